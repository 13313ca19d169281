/**
 * dieule over HTTP: the same report JSON as the library and the CLI, behind authentication, per-organization
 * authorization, request limits and one closed table of error codes. OpenAPI 3.1 at `/v1/openapi.json`.
 * @packageDocumentation
 */
export { createHttpApp, type HttpAppOptions, type HttpServiceConfig } from './app.js';
export {
  type ApiKeyLookup,
  type Authenticator,
  createAuthenticator,
  hashApiKey,
  LOCAL_PRINCIPAL,
  type Principal,
} from './auth.js';
export { type CheckOutcome, type CheckTask, jsonDepthExceeds, organizationOf, runCheck } from './check.js';
export {
  ConfigError,
  hasAuthentication,
  loadServerConfig,
  parseServerConfig,
  type Scope,
  type ServerConfig,
  type ServerConfigInput,
  serverConfigSchema,
} from './config.js';
export { ERROR_CODES, type ErrorBody, ErrorCode, HttpError, REPORT_STATUS } from './errors.js';
export { MESSAGES, type MessageKey } from './i18n/index.js';
export { createLogger, type Logger, maskIds } from './logging.js';
export { OrganizationTree } from './org-tree.js';
export { BoundedRunner, type CheckRunner, defaultWorkerFile, inThreadRunner, type PoolOptions } from './pool.js';
export { RateLimiter } from './rate-limit.js';
export {
  createRunner,
  openConfiguredStore,
  type RunningServer,
  type StartServerOptions,
  startServer,
} from './server.js';
export { STORE_BODY_ROUTES, storeModels, storeRoutes } from './store-routes.js';
