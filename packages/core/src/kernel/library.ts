/** Library identity written into every report. */
export const LIBRARY = { name: '@dieule/core', version: '0.1.0' } as const;
