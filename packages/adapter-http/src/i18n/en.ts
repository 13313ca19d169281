import type { MessageKey } from './index.js';

/** Error messages of the HTTP service in English (on request: `?locale=en` or `Accept-Language: en`). */
export const en: Record<MessageKey, string> = {
  BAD_REQUEST: 'The request is not valid.',
  badAsOf: 'The asOf parameter must be a date written YYYY-MM-DD (for example 2026-11-23).',
  badLocale: 'The locale parameter accepts only vi or en.',
  badFacts: 'The facts parameter accepts only true or false.',
  notRecord: 'The body must be one record (a JSON object) or an array of records.',
  INVALID_JSON: 'The body is not valid JSON or NDJSON.',
  notUtf8: 'The body is not UTF-8 encoded.',
  tooDeep: 'The JSON body is nested more than {depth} levels deep.',
  EMPTY_INPUT: 'The body holds no record.',
  UNAUTHORIZED: 'Authentication required: send an API key (X-API-Key) or a JWT (Authorization: Bearer).',
  badCredentials: 'The credentials are not valid or have expired.',
  FORBIDDEN: 'You may not do this.',
  missingScope: 'The credentials lack the {scope} scope.',
  foreignRecord:
    'Record {position} belongs to a party organization outside your organizations; the whole batch was refused and no record was checked.',
  unattributedRecord:
    'Record {position} names no party organization, so its scope cannot be decided; the whole batch was refused.',
  NOT_FOUND: 'No such resource.',
  unknownKind: 'No such record kind.',
  REQUEST_TIMEOUT: 'The body did not arrive within {seconds} seconds.',
  PAYLOAD_TOO_LARGE: 'The body is larger than the limit of {limit} bytes.',
  TOO_MANY_RECORDS: 'More records than the limit of {limit} per request.',
  UNSUPPORTED_MEDIA_TYPE: 'Only application/json or application/x-ndjson bodies are accepted.',
  TOO_MANY_REQUESTS: 'Too many requests; try again in {seconds} seconds.',
  INTERNAL: 'An internal error of the service.',
  OVERLOADED: 'The service is overloaded; try again in {seconds} seconds.',
  NOT_READY: 'The service is not ready.',
  CONFLICT: 'The record was updated after you read it; read it again (for the new revision), then write.',
  keyIdTaken: 'This API key id is taken; choose another.',
  NO_DATABASE:
    'The service runs without a database, so it only validates records; configure "database" in dieule.server.json to use this.',
  DATABASE_UNAVAILABLE: 'The database is temporarily unavailable; try again in {seconds} seconds.',
  outsideScope: 'This record or organization lies outside your organizations, or does not exist.',
  orgRequired: 'You act for several organizations: give the org parameter.',
  scopeReachesOutside:
    'Below this organization the stored tree holds units outside your organizations; choose a lower organization.',
  memberNotFound: 'No such member record.',
  runNotFound: 'No validation run with this id.',
  keyNotFound: 'No active API key with this id.',
  invalidRecord: 'The record does not match the format at: {paths}.',
  badBody: 'The body does not match what this operation takes: {paths}.',
  badQuery: 'Invalid parameters: {paths}.',
  rosterUnreadable: 'The roster file sent cannot be read.',
  keyWiderThanYours: 'You cannot issue a key with more scopes or wider organizations than your own.',
};
