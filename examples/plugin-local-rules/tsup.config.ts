import { defineConfig } from 'tsup';

/**
 * One ESM file the CLI can load: `dieule check records.ndjson --plugin examples/plugin-local-rules`.
 * Everything the plugin imports is bundled, so the file runs wherever it is copied. A published plugin would
 * rather keep `@dieule/plugin-sdk` external (a peer dependency) to share the app's copy.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'node20',
  noExternal: [/.*/],
  // bundle the workspace packages from source, so the file matches the code it was tested with
  esbuildOptions(options) {
    options.conditions = ['@dieule/source', 'import', 'default'];
  },
});
