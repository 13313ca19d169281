import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', index: 'src/index.ts' },
  format: ['esm'],
  // declarations come from `tsc -b` (.tsbuild, type-checked once); tsup only bundles them, no second type check
  dts: { entry: { index: '.tsbuild/src/index.d.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
