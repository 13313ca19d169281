/**
 * The tables of the dieule store (Drizzle ORM). Migrations are generated from this file by drizzle-kit
 * (`pnpm -C packages/adapter-postgres run db:generate`) and committed under `drizzle/`.
 *
 * No foreign keys: rows are never deleted (events are append-only) and keeping the DDL free of schema-qualified
 * references lets one database hold several stores, one per PostgreSQL schema (`search_path`).
 * The mapping between records and these rows lives in ONE module: `mapping.ts`.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const day = (name: string) => date(name, { mode: 'string' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Party organizations, current version (the tree: `parent`, with dated validity). */
export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    revision: integer('revision').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    parent: text('parent'),
    validFrom: day('valid_from'),
    validTo: day('valid_to'),
    /** The whole organization record as written. */
    record: jsonb('record').notNull(),
    contentHash: text('content_hash').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('organizations_parent_idx').on(t.parent)],
);

/** Every version of every organization ever stored (append-only). */
export const organizationVersions = pgTable(
  'organization_versions',
  {
    organizationId: text('organization_id').notNull(),
    revision: integer('revision').notNull(),
    record: jsonb('record').notNull(),
    contentHash: text('content_hash').notNull(),
    batchId: integer('batch_id'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.revision] })],
);

/** Members, current identity (the head of the record: everything but the events). */
export const members = pgTable(
  'members',
  {
    /** The store key: the record's id, else its party card number, else derived from the person. */
    id: text('id').primaryKey(),
    revision: integer('revision').notNull(),
    organization: text('organization'),
    sex: text('sex'),
    birthDate: day('birth_date'),
    /** The record minus its events, as written. */
    head: jsonb('head').notNull(),
    headHash: text('head_hash').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('members_organization_idx').on(t.organization, t.id)],
);

/** Every version of every member head ever stored (append-only). */
export const memberVersions = pgTable(
  'member_versions',
  {
    memberId: text('member_id').notNull(),
    revision: integer('revision').notNull(),
    head: jsonb('head').notNull(),
    headHash: text('head_hash').notNull(),
    batchId: integer('batch_id'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.revision] })],
);

/** Member events: append-only. A member's history is its events not corrected by a later one, by (act date, seq). */
export const memberEvents = pgTable(
  'member_events',
  {
    /** Stable id: the event's own id when it has one, else derived from the member and the event's content. */
    id: text('id').primaryKey(),
    memberId: text('member_id').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    actDate: day('act_date').notNull(),
    /** The event exactly as written. */
    payload: jsonb('payload').notNull(),
    recordedAt: at('recorded_at').notNull().defaultNow(),
    recordedBy: text('recorded_by'),
    sourceFile: text('source_file'),
    sourceCell: text('source_cell'),
    /** The event this one corrects (the corrected event leaves the history but stays in the table). */
    corrects: text('corrects'),
    batchId: integer('batch_id'),
  },
  (t) => [
    index('member_events_member_idx').on(t.memberId, t.actDate, t.seq),
    index('member_events_type_date_idx').on(t.type, t.actDate),
    index('member_events_corrects_idx').on(t.corrects),
  ],
);

/** Import batches: one per file imported, with row accounting. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    fileName: text('file_name').notNull(),
    contentHash: text('content_hash').notNull(),
    recordedBy: text('recorded_by'),
    startedAt: at('started_at').notNull().defaultNow(),
    rowsRead: integer('rows_read').notNull().default(0),
    records: integer('records').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    membersAdded: integer('members_added').notNull().default(0),
    membersChanged: integer('members_changed').notNull().default(0),
    eventsAdded: integer('events_added').notNull().default(0),
    accounting: jsonb('accounting'),
  },
  (t) => [uniqueIndex('import_batches_hash_idx').on(t.contentHash)],
);

/** Every row of every batch: stored, unchanged, rejected (with its issues and cell) or skipped. */
export const importRows = pgTable(
  'import_rows',
  {
    batchId: integer('batch_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    sheet: text('sheet').notNull(),
    row: integer('row').notNull(),
    outcome: text('outcome').notNull(),
    memberId: text('member_id'),
    reason: text('reason'),
    issues: jsonb('issues'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.ordinal] })],
);

/** Validation runs: one per (rule set, as-of, locale, scope, data). */
export const validationRuns = pgTable(
  'validation_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ruleSetHash: text('rule_set_hash').notNull(),
    asOf: day('as_of').notNull(),
    locale: text('locale').notNull(),
    plugins: jsonb('plugins').notNull(),
    scope: text('scope').notNull(),
    dataHash: text('data_hash').notNull(),
    records: integer('records').notNull(),
    errors: integer('errors').notNull(),
    warnings: integer('warnings').notNull(),
    infos: integer('infos').notNull(),
    summary: jsonb('summary').notNull(),
    meta: jsonb('meta').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('validation_runs_key_idx').on(t.ruleSetHash, t.asOf, t.locale, t.scope, t.dataHash)],
);

/** The issues of a validation run. */
export const validationIssues = pgTable(
  'validation_issues',
  {
    runId: integer('run_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    memberId: text('member_id'),
    ruleId: text('rule_id').notNull(),
    severity: text('severity').notNull(),
    /** The issue as the engine reported it. */
    issue: jsonb('issue').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.ordinal] }),
    index('validation_issues_member_idx').on(t.memberId),
    index('validation_issues_rule_idx').on(t.runId, t.ruleId),
  ],
);

/**
 * Ranking rounds (đợt kiểm điểm, đánh giá, xếp loại chất lượng), current version: one row per round, the round as
 * written in `payload` (the same format-2 record a JSON user writes). Earlier versions are in `record_versions`.
 */
export const rankingRounds = pgTable(
  'ranking_rounds',
  {
    /** The round's own id, else `round:<organization>:<year>` (see `records.ts`). */
    id: text('id').primaryKey(),
    revision: integer('revision').notNull().default(1),
    year: integer('year').notNull(),
    /** The organization that ranks (`organization.id` of the round). */
    organization: text('organization'),
    decidedOn: day('decided_on'),
    payload: jsonb('payload').notNull(),
    contentHash: text('content_hash').notNull().default(''),
    recordedBy: text('recorded_by'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('ranking_rounds_year_org_idx').on(t.year, t.organization)],
);

/**
 * Cadre files (hồ sơ cán bộ): appointment files (`appointment`) and cadre plans (`cadrePlan`), current version, as
 * written. Earlier versions are in `record_versions`.
 */
export const cadreFiles = pgTable(
  'cadre_files',
  {
    /** The file's own id, else derived from its natural key (see `records.ts`). */
    id: text('id').primaryKey(),
    revision: integer('revision').notNull().default(1),
    /** `appointment` or `cadrePlan`. */
    kind: text('kind').notNull().default('appointment'),
    /** The appointed cadre (appointment files); null for a plan, which names many. */
    memberId: text('member_id'),
    organization: text('organization'),
    /** File received on (appointment) or approved on (plan). */
    actDate: day('act_date'),
    payload: jsonb('payload').notNull(),
    contentHash: text('content_hash').notNull().default(''),
    recordedBy: text('recorded_by'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('cadre_files_org_idx').on(t.organization), index('cadre_files_member_idx').on(t.memberId)],
);

/** Confidence votes (lấy phiếu tín nhiệm), current version, as written. Earlier versions are in `record_versions`. */
export const confidenceVotes = pgTable(
  'confidence_votes',
  {
    /** The vote's own id, else `vote:<organization>:<held on>` (see `records.ts`). */
    id: text('id').primaryKey(),
    revision: integer('revision').notNull().default(1),
    organization: text('organization'),
    /** Held on. */
    voteDate: day('vote_date'),
    payload: jsonb('payload').notNull(),
    contentHash: text('content_hash').notNull().default(''),
    recordedBy: text('recorded_by'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('confidence_votes_org_idx').on(t.organization, t.voteDate)],
);

/** Every version of every ranking round, cadre file and confidence vote ever stored (append-only). */
export const recordVersions = pgTable(
  'record_versions',
  {
    /** `rankingRound`, `appointment`, `cadrePlan` or `confidenceVote`. */
    kind: text('kind').notNull(),
    recordId: text('record_id').notNull(),
    revision: integer('revision').notNull(),
    payload: jsonb('payload').notNull(),
    contentHash: text('content_hash').notNull(),
    recordedBy: text('recorded_by'),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.recordId, t.revision] })],
);

/** Store metadata (format of the store, library version that created it). */
export const storeMeta = pgTable('store_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: at('updated_at').notNull().default(sql`now()`),
});
