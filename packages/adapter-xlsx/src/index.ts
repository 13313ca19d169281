/**
 * Read and write membership rosters for dieule: `.xlsx` (streaming), `.csv`, `.json`/`.ndjson`; Vietnamese headers
 * with or without diacritics; dates in every form rosters use (never a silent guess); TCVN3 and VNI repaired to
 * Unicode; duplicates; row accounting; annotated exports; parallel rule evaluation for large files.
 * @packageDocumentation
 */
export {
  type DateForm,
  type DateOptions,
  type DateProblem,
  type DateRead,
  dateToExcelSerial,
  excelSerialToDate,
  readDate,
} from './dates.js';
export { DuplicateIndex } from './duplicates.js';
export {
  CANONICAL_HEADERS,
  CsvRosterWriter,
  csvField,
  ISSUES_HEADER,
  neutraliseFormula,
  XlsxRosterWriter,
} from './export.js';
export {
  columnLetter,
  fieldOfHeader,
  type HeaderMapping,
  type MappedColumn,
  mapHeaders,
  PASSIVE_FIELDS,
  ROSTER_FIELDS,
  type RosterField,
} from './headers.js';
export { FIELD_LABELS, type RosterMessages, rosterLocales } from './i18n/index.js';
export { ADAPTER_PROVENANCE, ADAPTER_VERSION, ROSTER_ISSUES } from './issues.js';
export { checkXlsx, ROSTER_LIMITS, RosterReadError, type RosterReadErrorCode } from './limits.js';
export { type CsvRecord, csvRecords, type PhysicalLine, physicalLines, sniffDelimiter, splitCsv } from './lines.js';
export { maskDeep, maskIds } from './mask.js';
export {
  type RosterAccounting,
  type RosterRun,
  type ValidateRosterOptions,
  validateRoster,
  workerFile,
} from './pipeline.js';
export { openRoster, type ReadRosterOptions, type RosterSource, rosterFormat } from './read.js';
export type { RosterCompact } from './roster-results.js';
export { convertRow, type OutValue, type RawCell, type RawRow, type RosterRowInfo, vnDate } from './row.js';
export {
  type RosterItem,
  type RosterNotice,
  type RosterRecordItem,
  type RosterSkipItem,
  type RowProblem,
  type SheetLayout,
  SheetMapper,
  type SkipReason,
} from './sheet.js';
export * from './text/index.js';
export {
  parseLevel,
  parseSex,
  parseStatus,
  type RankingLevel,
  type RosterStatus,
  STATUS_NAMES,
} from './values.js';
