import { defineConfig } from 'tsup';

const subpaths = [
  'date',
  'legal',
  'kernel',
  'calendar',
  'lifecycle',
  'records',
  'ranking',
  'cadre',
  'identity',
  'congress',
];

export default defineConfig({
  entry: ['src/index.ts', ...subpaths.map((s) => `src/${s}/index.ts`)],
  format: ['esm', 'cjs'],
  // tsup 8 injects baseUrl into the dts build: TS 6 needs this to accept it (see shared toolchain notes, P4).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
});
