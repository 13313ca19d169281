/**
 * The closed table of error codes (tRPC style): every non-report status the service answers comes from here.
 *
 * | Code | Status | When |
 * |---|---|---|
 * | `BAD_REQUEST` | 400 | a query parameter is wrong (`asOf`, `locale`, `facts`) or the body is not a record or array |
 * | `INVALID_JSON` | 400 | the body is not JSON / NDJSON, not UTF-8, or nested too deeply |
 * | `EMPTY_INPUT` | 400 | the body holds no record at all |
 * | `UNAUTHORIZED` | 401 | no credentials, or credentials that do not verify |
 * | `FORBIDDEN` | 403 | missing scope, or a record outside the caller's organizations (never says whether it exists) |
 * | `NOT_FOUND` | 404 | unknown route, record kind, or (for a caller acting for every organization) stored record |
 * | `REQUEST_TIMEOUT` | 408 | the body did not arrive in time |
 * | `CONFLICT` | 409 | the stored record moved on since the revision the caller read, or an id is taken |
 * | `PAYLOAD_TOO_LARGE` | 413 | the body is larger than the route's limit (counted while it streams) |
 * | `TOO_MANY_RECORDS` | 413 | more records than the limit |
 * | `UNSUPPORTED_MEDIA_TYPE` | 415 | neither `application/json` nor `application/x-ndjson` |
 * | `TOO_MANY_REQUESTS` | 429 | the caller's rate limit is spent (`Retry-After`) |
 * | `INTERNAL` | 500 | a bug of ours |
 * | `NO_DATABASE` | 501 | a store route on a service run without a database (validation only) |
 * | `OVERLOADED` | 503 | the validation queue is full (`Retry-After`) |
 * | `NOT_READY` | 503 | `/v1/ready`: the rule set or the database is not available |
 * | `DATABASE_UNAVAILABLE` | 503 | the database cannot be reached or is not at this build's schema (`Retry-After`) |
 *
 * Reports are not errors: 200 when no error-severity issue was found, 422 when some were ({@link REPORT_STATUS}).
 * The same outcomes as the CLI's exit codes: 200 ↔ 0, 422 ↔ 1, 4xx ↔ 2.
 */
export const ErrorCode = {
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  EMPTY_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_RECORDS: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  NO_DATABASE: 501,
  OVERLOADED: 503,
  NOT_READY: 503,
  DATABASE_UNAVAILABLE: 503,
} as const;

/** An error code of the table. */
export type ErrorCode = keyof typeof ErrorCode;

/** Every code, in table order. */
export const ERROR_CODES = Object.keys(ErrorCode) as ErrorCode[];

/** Status for a produced report. */
export const REPORT_STATUS = { clean: 200, errorsFound: 422 } as const;

/** The error body. Messages never echo input values (no citizen ID can reach a response or a log). */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    /** The request id (also in the `X-Request-Id` header and every log line of the request). */
    readonly requestId?: string;
    /** 0-based index of the record concerned, when one record decides the outcome (a foreign record). */
    readonly index?: number;
  };
}

/** An error raised inside the service; the app turns it into an {@link ErrorBody} response. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly index: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(
    code: ErrorCode,
    options: {
      readonly index?: number;
      readonly retryAfterSeconds?: number;
      readonly params?: Readonly<Record<string, string | number>>;
      readonly messageKey?: string;
    } = {},
  ) {
    super(options.messageKey ?? code);
    this.code = code;
    this.index = options.index;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.params = options.params ?? {};
  }
  /** The message key (a key of the locale tables). */
  get messageKey(): string {
    return this.message;
  }
}
