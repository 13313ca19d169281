/**
 * The SDK, in one place. In a plugin of your own this file is not needed: import from `@dieule/plugin-sdk`.
 */
export * from '@dieule/plugin-sdk';
