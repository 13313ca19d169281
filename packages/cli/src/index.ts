/**
 * The dieule CLI as a library: run it in-process (tests, other tools).
 * @packageDocumentation
 */
export { ExitCode, UsageError } from './exit-codes.js';
export type { Io } from './io.js';
export { main, VERSION } from './main.js';
