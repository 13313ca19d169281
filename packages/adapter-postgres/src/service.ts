/**
 * What the HTTP service (`@dieule/adapter-http`) needs from the store beyond the core API: API keys kept hashed in
 * the database, pages of members restricted to a set of organizations, and the stored validation runs.
 *
 * The API-key table is created on first use (`create table if not exists`), outside the drizzle migrations, so a
 * store that never serves HTTP never gets it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Issue, Report, ReportMeta, ReportSummary } from '@dieule/core/kernel';
import { sql } from 'drizzle-orm';
import { rows } from './connection.js';
import { type MemberHead, rowsToMember } from './mapping.js';
import type { Store, StoredMember } from './store.js';

/** An API key as stored: never the key itself, only its SHA-256. */
export interface StoredApiKey {
  readonly id: string;
  readonly scopes: readonly string[];
  /** Subtree roots, or `'*'`. */
  readonly organizations: readonly string[] | '*';
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const API_KEYS_DDL = sql.raw(
  'create table if not exists dieule_api_keys (id text primary key, sha256 text not null unique, ' +
    'scopes jsonb not null, organizations jsonb not null, created_by text, ' +
    'created_at timestamptz not null default now(), revoked_at timestamptz)',
);

const ensured = new WeakSet<Store>();
async function ensureApiKeys(store: Store): Promise<void> {
  if (ensured.has(store)) return;
  await store.db.execute(API_KEYS_DDL);
  ensured.add(store);
}

/** SHA-256 hex of a key. */
const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

interface KeyRow {
  id: string;
  scopes: unknown;
  organizations: unknown;
  created_by: string | null;
  created_at: string | Date;
  revoked_at: string | Date | null;
}
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const iso = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v.toISOString() : String(v));
const toKey = (r: KeyRow): StoredApiKey => ({
  id: r.id,
  scopes: json(r.scopes) as string[],
  organizations: json(r.organizations) as string[] | '*',
  createdBy: r.created_by,
  createdAt: iso(r.created_at) as string,
  revokedAt: iso(r.revoked_at),
});

/**
 * Creates an API key: returns the key ONCE (only its hash is stored), or `undefined` when the id is taken.
 * Keys look like `dk_` + 32 random base64url characters (192 bits).
 */
export async function createApiKey(
  store: Store,
  spec: {
    readonly id: string;
    readonly scopes: readonly string[];
    readonly organizations: readonly string[] | '*';
    readonly createdBy?: string;
  },
): Promise<{ readonly id: string; readonly key: string } | undefined> {
  await ensureApiKeys(store);
  const key = `dk_${randomBytes(24).toString('base64url')}`;
  const r = await rows<{ id: string }>(
    store.db,
    sql`insert into dieule_api_keys (id, sha256, scopes, organizations, created_by)
        values (${spec.id}, ${digest(key)}, ${JSON.stringify(spec.scopes)}::jsonb, ${JSON.stringify(spec.organizations)}::jsonb, ${spec.createdBy ?? null})
        on conflict do nothing returning id`,
  );
  return r.length ? { id: spec.id, key } : undefined;
}

/** The key whose SHA-256 (hex) is given, when it exists and is not revoked. */
export async function findApiKey(store: Store, sha256: string): Promise<StoredApiKey | undefined> {
  await ensureApiKeys(store);
  const [r] = await rows<KeyRow>(
    store.db,
    sql`select * from dieule_api_keys where sha256 = ${sha256} and revoked_at is null`,
  );
  return r ? toKey(r) : undefined;
}

/** Every stored key (revoked ones too), without hashes. */
export async function listApiKeys(store: Store): Promise<StoredApiKey[]> {
  await ensureApiKeys(store);
  return (await rows<KeyRow>(store.db, sql`select * from dieule_api_keys order by id`)).map(toKey);
}

/** Revokes a key; false when there is no such active key. */
export async function revokeApiKey(store: Store, id: string): Promise<boolean> {
  await ensureApiKeys(store);
  const r = await rows<{ id: string }>(
    store.db,
    sql`update dieule_api_keys set revoked_at = now() where id = ${id} and revoked_at is null returning id`,
  );
  return r.length > 0;
}

/**
 * A page of members (with their histories) whose organization is one of `organizations` (`null` = every member),
 * in key order after `after`.
 */
export async function memberPage(
  store: Store,
  organizations: readonly string[] | null,
  options: { readonly after?: string; readonly limit: number },
): Promise<StoredMember[]> {
  if (organizations !== null && organizations.length === 0) return [];
  const scope =
    organizations === null
      ? sql``
      : sql` and organization in (${sql.join(
          organizations.map((o) => sql`${o}`),
          sql`, `,
        )})`;
  // one query for the whole page, histories included (the same shape as Store.getMember)
  const page = await rows<{ id: string; revision: number; head: unknown; events: unknown }>(
    store.db,
    sql`select m.id, m.revision, m.head,
      coalesce((
        select json_agg(json_build_object('id', e.id, 'actDate', e.act_date, 'seq', e.seq, 'payload', e.payload, 'corrects', e.corrects)
          order by e.act_date, e.seq)
        from member_events e where e.member_id = m.id
      ), '[]'::json) as events
      from members m where m.id > ${options.after ?? ''}${scope} order by m.id limit ${options.limit}`,
  );
  return page.map((r) => ({
    key: r.id,
    revision: Number(r.revision),
    member: rowsToMember(json(r.head) as MemberHead, json(r.events) as Parameters<typeof rowsToMember>[1]),
  }));
}

/** A stored validation run (its summary; the issues with {@link getRun}). */
export interface RunSummary {
  readonly id: number;
  readonly asOf: string;
  readonly locale: string;
  /** The organization subtree validated, or `'*'`. */
  readonly scope: string;
  readonly ruleSetHash: string;
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly createdAt: string;
}

interface RunRow {
  id: number | string;
  as_of: string | Date;
  locale: string;
  scope: string;
  rule_set_hash: string;
  records: number;
  errors: number;
  warnings: number;
  infos: number;
  created_at: string | Date;
  summary?: unknown;
  meta?: unknown;
}
const day = (v: string | Date) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const toRun = (r: RunRow): RunSummary => ({
  id: Number(r.id),
  asOf: day(r.as_of),
  locale: r.locale,
  scope: r.scope,
  ruleSetHash: r.rule_set_hash,
  records: Number(r.records),
  errors: Number(r.errors),
  warnings: Number(r.warnings),
  infos: Number(r.infos),
  createdAt: iso(r.created_at) as string,
});

/** Stored runs whose scope is one of `scopes` (`null` = every run), newest first. */
export async function listRuns(
  store: Store,
  scopes: readonly string[] | null,
  options: { readonly limit: number },
): Promise<RunSummary[]> {
  if (scopes !== null && scopes.length === 0) return [];
  const where =
    scopes === null
      ? sql``
      : sql` where scope in (${sql.join(
          scopes.map((s) => sql`${s}`),
          sql`, `,
        )})`;
  const r = await rows<RunRow>(
    store.db,
    sql`select id, as_of, locale, scope, rule_set_hash, records, errors, warnings, infos, created_at from validation_runs${where} order by id desc limit ${options.limit}`,
  );
  return r.map(toRun);
}

/** One stored run with its report, or undefined. */
export async function getRun(store: Store, id: number): Promise<{ run: RunSummary; report: Report } | undefined> {
  const [r] = await rows<RunRow>(store.db, sql`select * from validation_runs where id = ${id}`);
  if (!r) return undefined;
  const issues = await rows<{ issue: unknown }>(
    store.db,
    sql`select issue from validation_issues where run_id = ${id} order by ordinal`,
  );
  return {
    run: toRun(r),
    report: {
      format: 'dieule.report/1',
      meta: json(r.meta) as ReportMeta,
      summary: json(r.summary) as ReportSummary,
      issues: issues.map((i) => json(i.issue) as Issue),
    },
  };
}
