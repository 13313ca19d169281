import { defineConfig } from 'tsup';

export default defineConfig({
  // testing.ts: the fixtures of `@dieule/adapter-postgres/testing` (a subpath of its own, not in the main entry)
  entry: ['src/index.ts', 'src/testing.ts'],
  format: ['esm', 'cjs'],
  // declarations come from `tsc -b` (.tsbuild, type-checked once); tsup only bundles them, no second type check
  dts: {
    entry: { index: '.tsbuild/src/index.d.ts', testing: '.tsbuild/src/testing.d.ts' },
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  sourcemap: true,
  clean: true,
  target: 'node20',
  // import.meta.url in the CJS build (the migrations folder is found relative to the module)
  shims: true,
});
