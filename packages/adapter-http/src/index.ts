/**
 * dieule over HTTP: the same report JSON as the library and the CLI, one closed table of statuses.
 * @packageDocumentation
 */
export { createHttpApp, type HttpAppOptions } from './app.js';
export { type ErrorBody, ErrorCode, REPORT_STATUS } from './status.js';
