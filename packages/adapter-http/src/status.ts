/**
 * The closed table of HTTP statuses and error codes (tRPC style: one table, no ad-hoc statuses).
 *
 * | Outcome | Status | Body |
 * |---|---|---|
 * | report produced, no error-severity issue | 200 | report |
 * | report produced, error-severity issues found | 422 | report |
 * | catalogue, documents, schema | 200 | JSON |
 * | body is not JSON/NDJSON, or is empty | 400 | `{ error: { code: 'INVALID_JSON' \| 'EMPTY_INPUT' } }` |
 * | bad query parameter (`asOf`, `locale`) | 400 | `{ error: { code: 'BAD_REQUEST' } }` |
 * | unknown route or record kind | 404 | `{ error: { code: 'NOT_FOUND' } }` |
 * | body larger than the limit | 413 | `{ error: { code: 'PAYLOAD_TOO_LARGE' } }` |
 * | content type neither JSON nor NDJSON | 415 | `{ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } }` |
 * | a bug of ours | 500 | `{ error: { code: 'INTERNAL' } }` |
 *
 * The same outcomes as the CLI's exit codes: 200 ↔ 0, 422 ↔ 1, 4xx ↔ 2.
 */
export const ErrorCode = {
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  EMPTY_INPUT: 400,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
} as const;

/** An error code of the table. */
export type ErrorCode = keyof typeof ErrorCode;

/** Status for a produced report. */
export const REPORT_STATUS = { clean: 200, errorsFound: 422 } as const;

/** The error body. Messages never echo input values (no citizen IDs in logs or responses). */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}
