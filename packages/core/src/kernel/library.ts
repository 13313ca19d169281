import pkg from '../../package.json' with { type: 'json' };

/** Library identity written into every report (the version is read from the package's own package.json). */
export const LIBRARY: { readonly name: '@dieule/core'; readonly version: string } = Object.freeze({
  name: '@dieule/core',
  version: pkg.version,
});
