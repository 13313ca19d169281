import { defineConfig } from 'tsup';

export default defineConfig({
  // worker.ts is its own entry: Node 20 runs worker threads only from built .js files; charts.ts is the
  // `@dieule/adapter-xlsx/charts` subpath (SVG charts shared by the CLI and adapter-postgres HTML reports)
  entry: ['src/index.ts', 'src/worker.ts', 'src/charts.ts'],
  format: ['esm', 'cjs'],
  // declarations come from `tsc -b` (.tsbuild, type-checked once); tsup only bundles them, no second type check
  dts: {
    entry: { index: '.tsbuild/src/index.d.ts', charts: '.tsbuild/src/charts.d.ts' },
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  sourcemap: true,
  clean: true,
  shims: true,
  target: 'node20',
});
