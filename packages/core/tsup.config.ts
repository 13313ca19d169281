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
  // Declarations come from `tsc -b` (.tsbuild, type-checked once by the typecheck/build step); tsup only bundles
  // them, so the build does not type-check core a second time. tsup 8 injects baseUrl into the dts build: TS 6 needs
  // ignoreDeprecations to accept it (see shared toolchain notes, P4).
  dts: {
    entry: Object.fromEntries([
      ['index', '.tsbuild/src/index.d.ts'],
      ...subpaths.map((s) => [`${s}/index`, `.tsbuild/src/${s}/index.d.ts`]),
    ]),
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
});
