/**
 * The SDK, in one place. In a plugin of your own this file is not needed: import from `@dieule/plugin-sdk`.
 * (Inside this monorepo the example reaches the SDK source by path until the workspace links it.)
 */
export * from '../../../packages/plugin-sdk/src/index.js';
