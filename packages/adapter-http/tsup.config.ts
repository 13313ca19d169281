import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/worker.ts'],
  dts: { entry: 'src/index.ts', compilerOptions: { ignoreDeprecations: '6.0' } },
  shims: true,
  format: ['esm', 'cjs'],
  sourcemap: true,
  clean: true,
  target: 'node20',
});
