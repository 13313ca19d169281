/**
 * Keep dieule member files in PostgreSQL: embedded PGlite by default (a data folder, no server to install), a
 * PostgreSQL server in production. Organizations with their tree, members with append-only event histories, import
 * batches with row accounting, validation runs and their issues, worklists and the annual report.
 * @packageDocumentation
 */
export {
  type Connection,
  type ConnectOptions,
  connect,
  DATA_DIR_MARKER,
  type Db,
  migrationsFolder,
  PGLITE_LINE,
  parseServerUrl,
  type SchemaStatus,
  SERVER_DRIVERS,
  type ServerDriver,
  schemaStatus,
} from './connection.js';
export { maskDigits, STORE_ERRORS, StoreError, type StoreErrorCode } from './errors.js';
export { fileHash, type ImportOptions, type ImportResult, importRoster, type RowOutcome } from './import.js';
export {
  canonicalJson,
  type EventRow,
  eventIds,
  eventsToAppend,
  inHistoryOrder,
  type MemberHead,
  type MemberRows,
  memberKey,
  memberToRows,
  type OrganizationRow,
  organizationToRow,
  rowsToMember,
  rowToOrganization,
} from './mapping.js';
export {
  type CadreFile,
  eachRankingRound,
  getCadreFile,
  getConfidenceVote,
  getRankingRound,
  type ListRecordsOptions,
  listCadreFiles,
  listConfidenceVotes,
  listRankingRounds,
  namedMembers,
  type PutRecordResult,
  parseStoredRecord,
  putCadreFile,
  putConfidenceVote,
  putRankingRound,
  putRecord,
  putRecords,
  type RecordsInput,
  type RecordsValidation,
  recordHistory,
  recordKey,
  STORED_RECORD_KINDS,
  type StoredBundle,
  type StoredRecord,
  type StoredRecordKind,
  storedBundle,
  type ValidateRecordsOptions,
  validateStoreRecords,
} from './records.js';
export {
  type AnnualReport,
  type AnnualReportOptions,
  annualReport,
  type Figure,
  type FigureKey,
  memberFigures,
  type OrganizationFigures,
  REPORT_FIGURES,
} from './report.js';
export {
  type AnnualReportHtmlOptions,
  annualReportHtml,
  drillId,
  REPORT_HTML_LABELS,
} from './report-html.js';
export {
  type LevelDistribution,
  type LevelFigure,
  type QuotaCheck,
  type RankingDistribution,
  type RankingDistributionOptions,
  type RankingRoundRow,
  rankingDistribution,
  roundQuota,
} from './report-ranking.js';
export * as tables from './schema.js';
export {
  createApiKey,
  findApiKey,
  getRun,
  listApiKeys,
  listRuns,
  memberPage,
  type RunSummary,
  revokeApiKey,
  type StoredApiKey,
} from './service.js';
export { openStore, type PutResult, parseMember, Store, type StoredMember, type WriteOptions } from './store.js';
export {
  memberIssues,
  type StoreValidation,
  storedIssues,
  type ValidateStoreOptions,
  validateStore,
} from './validate.js';
export {
  citationText,
  memberWorkItems,
  WORK_ITEM_LABELS,
  type WorkItem,
  type WorklistOptions,
  type WorklistRow,
  worklist,
  worklistCsv,
} from './worklist.js';
