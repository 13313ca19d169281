import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // declarations come from `tsc -b` (.tsbuild, type-checked once); tsup only bundles them, no second type check
  dts: { entry: { index: '.tsbuild/src/index.d.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
