/**
 * Ranking rounds, cadre files (appointment files and cadre plans) and confidence votes in the store: put, get, list,
 * their version history, and the bundle they make with the member histories and the organization tree, judged by
 * the engine's cross-record rules (`bundle.crossRecord`, and every ranking and cadre rule reading the histories).
 *
 * Each record is stored AS WRITTEN (the same format-2 record a JSON user writes; schema defaults are not added), so
 * what is read back is deep-equal to what was put. A changed record gets a new revision; every version stays in
 * `record_versions`. Store ids: the record's own `id`, else a natural key (documented on {@link recordKey}).
 */
import { createHash } from 'node:crypto';
import { coreEngine, type Member, type Organization } from '@dieule/core';
import {
  type Appointment,
  appointmentSchema,
  type CadrePlan,
  type ConfidenceVote,
  cadrePlanSchema,
  confidenceVoteSchema,
} from '@dieule/core/cadre';
import type { CivilDate } from '@dieule/core/date';
import type { Engine, Issue, Report } from '@dieule/core/kernel';
import { type RankingRound, rankingRoundSchema } from '@dieule/core/ranking';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { type Db, rows } from './connection.js';
import { StoreError } from './errors.js';
import { canonicalJson, rowsToMember, shortHash } from './mapping.js';
import * as t from './schema.js';
import type { Store, StoredMember, WriteOptions } from './store.js';
import { findRun, storedReport } from './validate.js';

/** The kinds of records kept besides members and organizations. */
export const STORED_RECORD_KINDS = ['rankingRound', 'appointment', 'cadrePlan', 'confidenceVote'] as const;
/** One of {@link STORED_RECORD_KINDS}. */
export type StoredRecordKind = (typeof STORED_RECORD_KINDS)[number];

/** A cadre file: an appointment file or a cadre plan. */
export type CadreFile = Appointment | CadrePlan;

/** A record as stored: its store id, its kind, the revision it was read at and the record as written. */
export interface StoredRecord<T> {
  readonly id: string;
  readonly kind: StoredRecordKind;
  readonly revision: number;
  readonly record: T;
}

/** Outcome of putting one record. */
export interface PutRecordResult {
  readonly id: string;
  readonly kind: StoredRecordKind;
  readonly revision: number;
  readonly created: boolean;
  /** False when the stored version was the same (nothing written). */
  readonly changed: boolean;
}

const SCHEMAS: Record<
  StoredRecordKind,
  typeof rankingRoundSchema | typeof appointmentSchema | typeof cadrePlanSchema | typeof confidenceVoteSchema
> = {
  rankingRound: rankingRoundSchema,
  appointment: appointmentSchema,
  cadrePlan: cadrePlanSchema,
  confidenceVote: confidenceVoteSchema,
};

type Table = typeof t.rankingRounds | typeof t.cadreFiles | typeof t.confidenceVotes;
const TABLE: Record<StoredRecordKind, Table> = {
  rankingRound: t.rankingRounds,
  appointment: t.cadreFiles,
  cadrePlan: t.cadreFiles,
  confidenceVote: t.confidenceVotes,
};

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The store id of a record: its own `id` when it has one, else a natural key —
 * `round:<organization id>:<year>` for a ranking round, `appointment:<cadre id>:<file received on>:<type>` for an
 * appointment file, `plan:<organization>:<approved on>` for a cadre plan, `vote:<organization>:<held on>` for a
 * confidence vote (an empty part when the record does not name it).
 */
export function recordKey(kind: StoredRecordKind, record: Record<string, unknown>): string {
  if (typeof record.id === 'string' && record.id) return record.id;
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (kind) {
    case 'rankingRound':
      return `round:${s(isObj(record.organization) ? record.organization.id : '')}:${String(record.year)}`;
    case 'appointment':
      return `appointment:${s(isObj(record.cadre) ? record.cadre.id : '')}:${s(record.fileReceivedOn)}:${s(record.type)}`;
    case 'cadrePlan':
      return `plan:${s(record.organization)}:${s(record.approvedOn)}`;
    case 'confidenceVote':
      return `vote:${s(record.organization)}:${s(record.heldOn)}`;
  }
}

/**
 * Checks a record against its kind's schema and returns it AS WRITTEN, as plain JSON. Throws {@link StoreError}
 * `invalidRecord` naming the paths, never the values.
 */
export function parseStoredRecord(kind: StoredRecordKind, record: unknown): Record<string, unknown> {
  const value = isObj(record) && record.kind === undefined ? { kind, ...record } : record;
  if (!isObj(value) || value.kind !== kind) throw new StoreError('invalidRecord', `kind ≠ ${kind}`);
  const r = SCHEMAS[kind].safeParse(value);
  if (!r.success)
    throw new StoreError(
      'invalidRecord',
      [...new Set(r.error.issues.map((i) => i.path.join('.') || '(record)'))].slice(0, 5).join(', '),
    );
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** The indexed columns of a record's row. */
function columns(kind: StoredRecordKind, r: Record<string, unknown>): Record<string, unknown> {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  switch (kind) {
    case 'rankingRound':
      return {
        year: r.year as number,
        organization: isObj(r.organization) ? str(r.organization.id) : null,
        decidedOn: str(r.decidedOn),
      };
    case 'appointment':
      return {
        kind,
        memberId: isObj(r.cadre) ? str(r.cadre.id) : null,
        organization: str(r.organization),
        actDate: str(r.fileReceivedOn),
      };
    case 'cadrePlan':
      return { kind, memberId: null, organization: str(r.organization), actDate: str(r.approvedOn) };
    case 'confidenceVote':
      return { organization: str(r.organization), voteDate: str(r.heldOn) };
  }
}

/** Writes one parsed record inside the caller's transaction. */
async function writeRecord(
  db: Db,
  kind: StoredRecordKind,
  record: Record<string, unknown>,
  options: WriteOptions,
): Promise<PutRecordResult> {
  const table = TABLE[kind];
  const id = recordKey(kind, record);
  const contentHash = shortHash(canonicalJson(record));
  const [cur] = await db
    .select({ revision: table.revision, hash: table.contentHash, payload: table.payload })
    .from(table)
    .where(eq(table.id, id));
  const have = cur?.revision ?? 0;
  if (options.expectedRevision !== undefined && options.expectedRevision !== have)
    throw new StoreError('staleRevision', `${options.expectedRevision} ≠ ${have}`);
  if (cur && kind !== 'rankingRound' && kind !== 'confidenceVote') {
    // one table holds both cadre-file kinds: an id already used by the other kind is refused, never overwritten
    const other = (cur.payload as { kind?: unknown }).kind;
    if (other !== kind) throw new StoreError('invalidRecord', `id ${id}: ${String(other)}`);
  }
  if (cur && cur.hash === contentHash) return { id, kind, revision: have, created: false, changed: false };
  const revision = have + 1;
  const row = {
    id,
    revision,
    payload: record,
    contentHash,
    recordedBy: options.recordedBy ?? null,
    ...columns(kind, record),
  };
  if (cur) {
    const done = await db
      .update(table)
      .set({ ...row, recordedAt: sql`now()` } as never)
      .where(and(eq(table.id, id), eq(table.revision, have)))
      .returning({ id: table.id });
    if (!done.length) throw new StoreError('staleRevision', `${have}`);
  } else {
    const done = await db
      .insert(table)
      .values(row as never)
      .onConflictDoNothing()
      .returning({ id: table.id });
    // another writer created it meanwhile: refused, never merged silently
    if (!done.length) throw new StoreError('staleRevision', 'created by another writer');
  }
  await db.insert(t.recordVersions).values({
    kind,
    recordId: id,
    revision,
    payload: record,
    contentHash,
    recordedBy: options.recordedBy ?? null,
  });
  return { id, kind, revision, created: !cur, changed: true };
}

/** Puts one record of a kind (in its own transaction). `expectedRevision: 0` means "must not exist yet". */
export async function putRecord(
  store: Store,
  kind: StoredRecordKind,
  record: unknown,
  options: WriteOptions = {},
): Promise<PutRecordResult> {
  const parsed = parseStoredRecord(kind, record);
  return store.db.transaction((tx) => writeRecord(tx as unknown as Db, kind, parsed, options));
}

/** Puts a ranking round. */
export const putRankingRound = (store: Store, round: unknown, options: WriteOptions = {}) =>
  putRecord(store, 'rankingRound', round, options);

/** Puts a cadre file: an appointment file or a cadre plan (by its `kind`). */
export function putCadreFile(store: Store, file: unknown, options: WriteOptions = {}): Promise<PutRecordResult> {
  const kind = isObj(file) && file.kind === 'cadrePlan' ? 'cadrePlan' : 'appointment';
  return putRecord(store, kind, file, options);
}

/** Puts a confidence vote. */
export const putConfidenceVote = (store: Store, vote: unknown, options: WriteOptions = {}) =>
  putRecord(store, 'confidenceVote', vote, options);

/** The records of a bundle this module keeps (members and organizations go through the store itself). */
export interface RecordsInput {
  readonly rankingRounds?: readonly unknown[];
  readonly cadreFiles?: readonly unknown[];
  readonly confidenceVotes?: readonly unknown[];
}

/** Puts the ranking rounds, cadre files and confidence votes of a bundle in ONE transaction (all or nothing). */
export async function putRecords(
  store: Store,
  input: RecordsInput,
  options: Omit<WriteOptions, 'expectedRevision'> = {},
): Promise<PutRecordResult[]> {
  const list: (readonly [StoredRecordKind, Record<string, unknown>])[] = [
    ...(input.rankingRounds ?? []).map((r) => ['rankingRound', parseStoredRecord('rankingRound', r)] as const),
    ...(input.cadreFiles ?? []).map((r) => {
      const kind = isObj(r) && r.kind === 'cadrePlan' ? 'cadrePlan' : 'appointment';
      return [kind, parseStoredRecord(kind, r)] as const;
    }),
    ...(input.confidenceVotes ?? []).map((r) => ['confidenceVote', parseStoredRecord('confidenceVote', r)] as const),
  ];
  return store.db.transaction(async (tx) => {
    const out: PutRecordResult[] = [];
    for (const [kind, r] of list) out.push(await writeRecord(tx as unknown as Db, kind, r, options));
    return out;
  });
}

function toStored<T>(row: { id: string; revision: number; payload: unknown }, kind?: StoredRecordKind) {
  const record = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as T;
  return {
    id: row.id,
    kind: kind ?? ((record as { kind?: StoredRecordKind }).kind as StoredRecordKind),
    revision: Number(row.revision),
    record,
  };
}

/** Reads one ranking round by store id. */
export async function getRankingRound(store: Store, id: string): Promise<StoredRecord<RankingRound> | undefined> {
  const [r] = await store.db.select().from(t.rankingRounds).where(eq(t.rankingRounds.id, id));
  return r ? toStored<RankingRound>(r, 'rankingRound') : undefined;
}

/** Reads one cadre file (appointment file or cadre plan) by store id. */
export async function getCadreFile(store: Store, id: string): Promise<StoredRecord<CadreFile> | undefined> {
  const [r] = await store.db.select().from(t.cadreFiles).where(eq(t.cadreFiles.id, id));
  return r ? toStored<CadreFile>(r) : undefined;
}

/** Reads one confidence vote by store id. */
export async function getConfidenceVote(store: Store, id: string): Promise<StoredRecord<ConfidenceVote> | undefined> {
  const [r] = await store.db.select().from(t.confidenceVotes).where(eq(t.confidenceVotes.id, id));
  return r ? toStored<ConfidenceVote>(r, 'confidenceVote') : undefined;
}

/** Filters of the lists. */
export interface ListRecordsOptions {
  /** Organization subtree: records whose organization is this one or below it. */
  readonly org?: string;
  /** Ranking rounds of this year only. */
  readonly year?: number;
}

async function scopeIds(store: Store, org: string | undefined): Promise<string[] | undefined> {
  return org === undefined ? undefined : ((await store.subtree(org)) ?? []);
}

/** The rounds of a year and subtree in list order, as a query (not awaited here, so callers can page it). */
function roundsQuery(store: Store, year: number | undefined, orgs: string[] | undefined) {
  return store.db
    .select()
    .from(t.rankingRounds)
    .where(
      and(
        year !== undefined ? eq(t.rankingRounds.year, year) : undefined,
        orgs ? inArray(t.rankingRounds.organization, orgs) : undefined,
      ),
    )
    .orderBy(asc(t.rankingRounds.year), asc(t.rankingRounds.organization), asc(t.rankingRounds.id))
    .$dynamic();
}

/** The ranking rounds (of a year, of a subtree), by organization then id. */
export async function listRankingRounds(
  store: Store,
  options: ListRecordsOptions = {},
): Promise<StoredRecord<RankingRound>[]> {
  const orgs = await scopeIds(store, options.org);
  if (orgs && !orgs.length) return [];
  const r = await roundsQuery(store, options.year, orgs);
  return r.map((x) => toStored<RankingRound>(x, 'rankingRound'));
}

/**
 * The ranking rounds of {@link listRankingRounds}, in the same order, read `pageSize` rounds at a time (memory holds
 * one page of rounds, not every round in scope).
 */
export async function* eachRankingRound(
  store: Store,
  options: ListRecordsOptions & { readonly pageSize?: number } = {},
): AsyncGenerator<StoredRecord<RankingRound>> {
  const orgs = await scopeIds(store, options.org);
  if (orgs && !orgs.length) return;
  const size = Math.max(1, options.pageSize ?? 200);
  for (let offset = 0; ; offset += size) {
    const page = await roundsQuery(store, options.year, orgs).limit(size).offset(offset);
    for (const x of page) yield toStored<RankingRound>(x, 'rankingRound');
    if (page.length < size) return;
  }
}

/** The cadre files (of a subtree), by id. */
export async function listCadreFiles(
  store: Store,
  options: Omit<ListRecordsOptions, 'year'> = {},
): Promise<StoredRecord<CadreFile>[]> {
  const orgs = await scopeIds(store, options.org);
  if (orgs && !orgs.length) return [];
  const r = await store.db
    .select()
    .from(t.cadreFiles)
    .where(
      orgs
        ? // a plan names its organization; an appointment file is in scope through its cadre's organization
          or(
            inArray(t.cadreFiles.organization, orgs),
            inArray(
              t.cadreFiles.memberId,
              store.db.select({ id: t.members.id }).from(t.members).where(inArray(t.members.organization, orgs)),
            ),
          )
        : undefined,
    )
    .orderBy(asc(t.cadreFiles.id));
  return r.map((x) => toStored<CadreFile>(x));
}

/** The confidence votes (of a subtree), by date then id. */
export async function listConfidenceVotes(
  store: Store,
  options: Omit<ListRecordsOptions, 'year'> = {},
): Promise<StoredRecord<ConfidenceVote>[]> {
  const orgs = await scopeIds(store, options.org);
  if (orgs && !orgs.length) return [];
  const r = await store.db
    .select()
    .from(t.confidenceVotes)
    .where(orgs ? inArray(t.confidenceVotes.organization, orgs) : undefined)
    .orderBy(asc(t.confidenceVotes.voteDate), asc(t.confidenceVotes.id));
  return r.map((x) => toStored<ConfidenceVote>(x, 'confidenceVote'));
}

/** Every stored version of a record, oldest first. */
export async function recordHistory(
  store: Store,
  kind: StoredRecordKind,
  id: string,
): Promise<{ revision: number; recordedBy: string | null; record: unknown }[]> {
  const r = await store.db
    .select()
    .from(t.recordVersions)
    .where(and(eq(t.recordVersions.kind, kind), eq(t.recordVersions.recordId, id)))
    .orderBy(asc(t.recordVersions.revision));
  return r.map((x) => ({ revision: x.revision, recordedBy: x.recordedBy, record: x.payload }));
}

/** The member ids (or party card numbers) a record names: round evaluations, cadres, persons voted on. */
export function namedMembers(record: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) out.add(v);
  };
  const each = (list: unknown, key: string) => {
    if (Array.isArray(list)) for (const e of list) if (isObj(e)) add(e[key]);
  };
  each(record.members, 'memberId');
  if (isObj(record.cadre)) add(record.cadre.id);
  each(record.cadres, 'id');
  each(record.results, 'cadreId');
  return [...out];
}

/** Loads the members with these store keys (and their histories), 1,000 keys a query; missing keys are skipped. */
async function membersByKeys(store: Store, keys: readonly string[]): Promise<StoredMember[]> {
  const out: StoredMember[] = [];
  for (let i = 0; i < keys.length; i += 1000) {
    const page = await rows<{
      id: string;
      revision: number;
      head: unknown;
      events: unknown;
    }>(
      store.db,
      sql`select m.id, m.revision, m.head,
        coalesce((select json_agg(json_build_object('id', e.id, 'actDate', e.act_date, 'seq', e.seq, 'payload', e.payload, 'corrects', e.corrects))
          from member_events e where e.member_id = m.id), '[]'::json) as events
        from members m where m.id in (${sql.join(
          keys.slice(i, i + 1000).map((k) => sql`${k}`),
          sql`, `,
        )})`,
    );
    for (const r of page) {
      const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
      out.push({ key: r.id, revision: Number(r.revision), member: rowsToMember(json(r.head), json(r.events)) });
    }
  }
  return out;
}

/** A bundle of stored records: what `validate` would read from one JSON file. */
export interface StoredBundle {
  readonly bundle: {
    readonly kind: 'bundle';
    readonly format: 'dieule.records/2';
    readonly organizations: readonly Organization[];
    readonly members: readonly Member[];
    readonly rankingRounds: readonly RankingRound[];
    readonly cadreFiles: readonly CadreFile[];
    readonly confidenceVotes: readonly ConfidenceVote[];
  };
  /** Store id and revision of each ranking round, cadre file and confidence vote, in bundle order. */
  readonly ids: {
    readonly rankingRounds: readonly { id: string; revision: number }[];
    readonly cadreFiles: readonly { id: string; revision: number }[];
    readonly confidenceVotes: readonly { id: string; revision: number }[];
  };
  /** Store key and revision of each member, in bundle order. */
  readonly memberRevisions: readonly { key: string; revision: number }[];
}

/**
 * The bundle of a subtree: the whole organization tree (authorities are resolved through it), the ranking rounds,
 * cadre files and confidence votes in scope, and the histories of the members they name (by id or party card
 * number), in one bundle.
 */
export async function storedBundle(store: Store, options: { org?: string } = {}): Promise<StoredBundle> {
  const scope = options.org !== undefined ? { org: options.org } : {};
  const [rounds, files, votes] = [
    await listRankingRounds(store, scope),
    await listCadreFiles(store, scope),
    await listConfidenceVotes(store, scope),
  ];
  const named = new Set<string>();
  for (const r of [...rounds, ...files, ...votes])
    for (const m of namedMembers(r.record as unknown as Record<string, unknown>)) named.add(m);
  const members = await membersByKeys(
    store,
    [...named].flatMap((m) => [m, `card:${m}`]),
  );
  members.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ref = (r: { id: string; revision: number }) => ({ id: r.id, revision: r.revision });
  return {
    bundle: {
      kind: 'bundle',
      format: 'dieule.records/2',
      organizations: await store.organizations(),
      members: members.map((m) => m.member),
      rankingRounds: rounds.map((r) => r.record),
      cadreFiles: files.map((r) => r.record),
      confidenceVotes: votes.map((r) => r.record),
    },
    ids: { rankingRounds: rounds.map(ref), cadreFiles: files.map(ref), confidenceVotes: votes.map(ref) },
    memberRevisions: members.map((m) => ({ key: m.key, revision: m.revision })),
  };
}

/** Options of {@link validateStoreRecords}. */
export interface ValidateRecordsOptions {
  readonly org?: string;
  readonly asOf: CivilDate;
  readonly locale?: 'vi' | 'en';
  readonly engine?: Engine;
  /** Records judged per bundle, with the histories they name (default 200): bounds memory on any store. */
  readonly recordsPerBundle?: number;
}

/** Outcome of {@link validateStoreRecords}. */
export interface RecordsValidation {
  /** The stored run (undefined when the scope holds no ranking round, cadre file or confidence vote). */
  readonly runId: number | undefined;
  readonly reused: boolean;
  /**
   * The report of the ranking rounds, cadre files and confidence votes, judged inside their bundle: each issue is
   * located at `rankingRounds/<id>`, `cadreFiles/<id>` or `confidenceVotes/<id>` (the store id).
   */
  readonly report: Report;
}

const BUCKETS = ['rankingRounds', 'cadreFiles', 'confidenceVotes'] as const;
/** Records judged per bundle by {@link validateStoreRecords} by default (with the histories they name). */
const RECORDS_PER_BUNDLE = 200;

/**
 * Judges the stored ranking rounds, cadre files and confidence votes of a subtree inside their bundle (the member
 * histories they name and the organization tree), so the cross-record rules run as for a JSON bundle: facts come
 * from the histories, a disagreeing re-keyed field is reported citing both places. The members themselves are
 * judged by `validateStore`. The run and its issues are stored (scope `records:<org>`); re-running with the same
 * rule set and data is a no-op that returns the stored run.
 */
export async function validateStoreRecords(store: Store, options: ValidateRecordsOptions): Promise<RecordsValidation> {
  const engine = options.engine ?? coreEngine();
  const locale = options.locale ?? 'vi';
  const evalOptions = { asOf: options.asOf, locale };
  const scope = options.org !== undefined ? { org: options.org } : {};
  const lists = {
    rankingRounds: await listRankingRounds(store, scope),
    cadreFiles: await listCadreFiles(store, scope),
    confidenceVotes: await listConfidenceVotes(store, scope),
  };
  const acc = engine.accumulator(evalOptions, true);
  const items = BUCKETS.flatMap((bucket) => lists[bucket].map((r) => ({ bucket, r })));
  if (!items.length) return { runId: undefined, reused: false, report: acc.finish() };
  const organizations = await store.organizations();
  const keysOf = (list: readonly { r: StoredRecord<unknown> }[]) => [
    ...new Set(
      list.flatMap(({ r }) => namedMembers(r.record as Record<string, unknown>).flatMap((m) => [m, `card:${m}`])),
    ),
  ];
  // the data: every record and every member it names, at its revision, and the tree
  const revisions: string[] = [];
  const allKeys = keysOf(items);
  for (let i = 0; i < allKeys.length; i += 1000) {
    const found = await rows<{ id: string; revision: number }>(
      store.db,
      sql`select id, revision from members where id in (${sql.join(
        allKeys.slice(i, i + 1000).map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
    for (const f of found) revisions.push(`m/${f.id}:${Number(f.revision)}`);
  }
  const data = [
    ...items.map(({ bucket, r }) => `${bucket}/${r.id}:${r.revision}`),
    ...revisions.sort(),
    `orgs:${shortHash(canonicalJson(organizations))}`,
  ];
  const dataHash = shortHash(createHash('md5').update(data.join(',')).digest('hex'));
  const key = {
    ruleSetHash: engine.ruleSetHash,
    asOf: options.asOf,
    locale,
    scope: `records:${options.org ?? '*'}`,
    dataHash,
  };
  const existing = await findRun(store.db, key);
  if (existing) return { runId: existing.id, reused: true, report: await storedReport(store.db, existing) };

  // a bundle per chunk of records (memory stays bounded): each record judged reading the histories it names;
  // members and organizations are judged elsewhere (`validateStore`)
  let index = 0;
  const per = Math.max(1, options.recordsPerBundle ?? RECORDS_PER_BUNDLE);
  for (let c = 0; c < items.length; c += per) {
    const chunk = items.slice(c, c + per);
    const members = (await membersByKeys(store, keysOf(chunk))).sort((x, y) =>
      x.key < y.key ? -1 : x.key > y.key ? 1 : 0,
    );
    const of = (bucket: (typeof BUCKETS)[number]) => chunk.filter((x) => x.bucket === bucket).map((x) => x.r);
    const ids = {
      rankingRounds: of('rankingRounds'),
      cadreFiles: of('cadreFiles'),
      confidenceVotes: of('confidenceVotes'),
    };
    const bundle = {
      kind: 'bundle',
      format: 'dieule.records/2',
      organizations,
      members: members.map((m) => m.member),
      rankingRounds: ids.rankingRounds.map((r) => r.record),
      cadreFiles: ids.cadreFiles.map((r) => r.record),
      confidenceVotes: ids.confidenceVotes.map((r) => r.record),
    };
    for (const s of engine.expand({ value: bundle }, evalOptions)) {
      const where = s.location?.file ?? '';
      const m = /^(rankingRounds|cadreFiles|confidenceVotes)\[(\d+)\]$/.exec(where);
      if (!m) continue;
      const id = ids[m[1] as (typeof BUCKETS)[number]][Number(m[2])]!.id;
      const at = `${m[1]}/${id}`;
      // issues the bundle found while reading the record name its place in the bundle: name the stored record
      const issues = s.issues?.map((i) => ({
        ...i,
        ...(i.location === where ? { location: at } : {}),
        ...(i.record === where ? { record: at } : {}),
      }));
      acc.add(
        engine.evaluate(
          { value: s.value, id, location: { file: at }, ...(issues ? { issues } : {}) },
          index++,
          evalOptions,
        ),
      );
    }
  }
  const report = acc.finish();
  const sum = report.summary;
  return store.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [run] = await tx
      .insert(t.validationRuns)
      .values({
        ...key,
        plugins: engine.plugins(),
        records: sum.records,
        errors: sum.errors,
        warnings: sum.warnings,
        infos: sum.infos,
        summary: sum,
        meta: report.meta,
      })
      .onConflictDoNothing()
      .returning({ id: t.validationRuns.id });
    if (!run) return { runId: undefined, reused: true, report };
    for (let i = 0; i < report.issues.length; i += 1000)
      await tx.insert(t.validationIssues).values(
        report.issues.slice(i, i + 1000).map((issue: Issue, j) => ({
          runId: run.id,
          ordinal: i + j,
          memberId: null,
          ruleId: issue.ruleId,
          severity: issue.severity,
          issue,
        })),
      );
    return { runId: run.id, reused: false, report };
  });
}
