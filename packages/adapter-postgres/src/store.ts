import { type Member, memberSchema, type Organization, organizationSchema } from '@dieule/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type Connection,
  type ConnectOptions,
  connect,
  type Db,
  rows,
  type SchemaStatus,
  schemaStatus,
} from './connection.js';
import { StoreError } from './errors.js';
import {
  type EventRow,
  eventsToAppend,
  type MemberHead,
  memberToRows,
  organizationToRow,
  rowsToMember,
  rowToOrganization,
} from './mapping.js';
import * as t from './schema.js';

/** A member as stored: the record, its store key and the revision it was read at. */
export interface StoredMember {
  readonly key: string;
  readonly revision: number;
  readonly member: Member;
}

/** Options of writes. */
export interface WriteOptions {
  /** Who records it (a user name or system). */
  readonly recordedBy?: string;
  /** The revision the caller read; the write is refused when the member has moved on since. */
  readonly expectedRevision?: number;
}

/** Outcome of writing one member. */
export interface PutResult {
  readonly key: string;
  readonly revision: number;
  readonly created: boolean;
  readonly headChanged: boolean;
  readonly eventsAdded: number;
}

/** Columns of the bulk inserts: SQL name and type, in table order. */
const BULK = {
  members: [
    ['id', 'text'],
    ['revision', 'int'],
    ['organization', 'text'],
    ['sex', 'text'],
    ['birth_date', 'date'],
    ['head', 'jsonb'],
    ['head_hash', 'text'],
  ],
  member_versions: [
    ['member_id', 'text'],
    ['revision', 'int'],
    ['head', 'jsonb'],
    ['head_hash', 'text'],
    ['batch_id', 'int'],
  ],
  member_events: [
    ['id', 'text'],
    ['member_id', 'text'],
    ['seq', 'int'],
    ['type', 'text'],
    ['act_date', 'date'],
    ['payload', 'jsonb'],
    ['recorded_by', 'text'],
    ['source_file', 'text'],
    ['source_cell', 'text'],
    ['corrects', 'text'],
    ['batch_id', 'int'],
  ],
  import_rows: [
    ['batch_id', 'int'],
    ['ordinal', 'int'],
    ['sheet', 'text'],
    ['row', 'int'],
    ['outcome', 'text'],
    ['member_id', 'text'],
    ['reason', 'text'],
    ['issues', 'jsonb'],
  ],
} as const;

/**
 * Multi-row insert with ONE bind parameter: the rows travel as a JSON array and PostgreSQL unpacks them with
 * `jsonb_to_recordset` (far less work per row than one parameter per value; rows keyed by SQL column name).
 */
export async function bulkInsert(
  db: Db,
  table: keyof typeof BULK,
  items: readonly Record<string, unknown>[],
  options: { onConflict?: 'ignore' | 'refuse' } = {},
): Promise<void> {
  if (!items.length) return;
  const cols = BULK[table];
  const names = cols.map(([n]) => `"${n}"`).join(', ');
  const defs = cols.map(([n, ty]) => `"${n}" ${ty}`).join(', ');
  const refuse = options.onConflict === 'refuse';
  for (let i = 0; i < items.length; i += 5000) {
    const chunk = items.slice(i, i + 5000);
    const json = JSON.stringify(chunk);
    const insert = sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(defs)}) on conflict do nothing`;
    if (!refuse) {
      await db.execute(insert);
      continue;
    }
    // a row another writer inserted meanwhile (its transaction committed first): refused, never merged silently
    const [r] = await rows<{ n: number | string }>(
      db,
      sql`with ins as (${insert} returning 1) select count(*)::int as n from ins`,
    );
    if (Number(r?.n ?? 0) !== chunk.length) throw new StoreError('staleRevision', 'created by another writer');
  }
}

/** Internal state of one member while a batch of writes is planned. */
interface MemberState {
  revision: number;
  headHash: string;
  events: { id: string; type: string; corrects: string | null }[];
  nextSeq: number;
  exists: boolean;
  /** Revision in the database when loaded (writes are guarded by it). */
  base: number;
}

/** The pending writes of a batch. */
export class WritePlan {
  readonly newMembers: (typeof t.members.$inferInsert)[] = [];
  readonly changedHeads = new Map<
    string,
    {
      head: MemberHead;
      headHash: string;
      revision: number;
      organization: string | null;
      sex: string | null;
      birthDate: string | null;
    }
  >();
  readonly bumped = new Map<string, number>();
  readonly versions: (typeof t.memberVersions.$inferInsert)[] = [];
  readonly events: (typeof t.memberEvents.$inferInsert)[] = [];
  readonly states = new Map<string, MemberState>();
  constructor(
    readonly batchId: number | null,
    readonly recordedBy: string | null,
    readonly sourceFile: string | null,
  ) {}

  /** Loads the stored state of these keys (once per key). */
  async load(db: Db, keys: readonly string[]): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.states.has(k));
    if (!missing.length) return;
    const heads = await db
      .select({ id: t.members.id, revision: t.members.revision, headHash: t.members.headHash })
      .from(t.members)
      .where(inArray(t.members.id, missing));
    const evs = await db
      .select({
        id: t.memberEvents.id,
        memberId: t.memberEvents.memberId,
        type: t.memberEvents.type,
        corrects: t.memberEvents.corrects,
        seq: t.memberEvents.seq,
      })
      .from(t.memberEvents)
      .where(inArray(t.memberEvents.memberId, missing));
    for (const k of missing)
      this.states.set(k, { revision: 0, headHash: '', events: [], nextSeq: 0, exists: false, base: 0 });
    for (const h of heads)
      Object.assign(this.states.get(h.id)!, {
        revision: h.revision,
        headHash: h.headHash,
        exists: true,
        base: h.revision,
      });
    for (const e of evs) {
      const s = this.states.get(e.memberId)!;
      s.events.push({ id: e.id, type: e.type, corrects: e.corrects });
      s.nextSeq = Math.max(s.nextSeq, e.seq + 1);
    }
  }

  /** Plans writing this version of a member (state must be loaded). */
  add(
    member: Member,
    options: { cellOf?: (i: number) => string | undefined; expectedRevision?: number; mode: 'merge' | 'append' },
  ): PutResult {
    const rowsOf = memberToRows(member, options.cellOf ? { cellOf: options.cellOf } : {});
    const key = rowsOf.key;
    const s = this.states.get(key)!;
    if (options.expectedRevision !== undefined && options.expectedRevision !== s.revision)
      throw new StoreError('staleRevision', `${options.expectedRevision} ≠ ${s.revision}`);
    const created = !s.exists;
    const headChanged = s.exists && s.headHash !== rowsOf.headHash;
    const incoming: EventRow[] =
      options.mode === 'merge'
        ? eventsToAppend(s.events, rowsOf.events, s.nextSeq)
        : rowsOf.events.map((e, i) => ({ ...e, seq: s.nextSeq + i }));
    if (options.mode === 'append') {
      const have = new Set(s.events.map((e) => e.id));
      for (const e of incoming) if (have.has(e.id)) throw new StoreError('staleRevision', 'event already stored');
    }
    const changed = created || headChanged || incoming.length > 0;
    if (!changed) return { key, revision: s.revision, created: false, headChanged: false, eventsAdded: 0 };
    const revision = s.revision + 1;
    const info = {
      head: rowsOf.head,
      headHash: rowsOf.headHash,
      organization: rowsOf.organization,
      sex: rowsOf.sex,
      birthDate: rowsOf.birthDate,
    };
    if (created) {
      const existing = this.newMembers.find((m) => m.id === key);
      if (!existing) this.newMembers.push({ id: key, revision, ...info });
      else Object.assign(existing, { revision, ...info });
    } else if (headChanged || this.changedHeads.has(key)) this.changedHeads.set(key, { ...info, revision });
    else this.bumped.set(key, revision);
    if (this.changedHeads.has(key)) this.bumped.delete(key);
    if (created || headChanged)
      this.versions.push({
        memberId: key,
        revision,
        head: rowsOf.head,
        headHash: rowsOf.headHash,
        batchId: this.batchId,
      });
    for (const e of incoming) {
      this.events.push({
        id: e.id,
        memberId: key,
        seq: e.seq,
        type: e.type,
        actDate: e.actDate,
        payload: e.payload,
        recordedBy: this.recordedBy,
        sourceFile: this.sourceFile,
        sourceCell: e.sourceCell,
        corrects: e.corrects,
        batchId: this.batchId,
      });
      s.events.push({ id: e.id, type: e.type, corrects: e.corrects });
    }
    s.nextSeq += incoming.length;
    s.revision = revision;
    s.headHash = rowsOf.headHash;
    return { key, revision, created, headChanged, eventsAdded: incoming.length };
  }

  /** Writes the plan (inside the caller's transaction). Conflicting concurrent writers never duplicate a row. */
  async write(db: Db): Promise<void> {
    await bulkInsert(
      db,
      'members',
      this.newMembers.map((m) => ({
        id: m.id,
        revision: m.revision,
        organization: m.organization,
        sex: m.sex,
        birth_date: m.birthDate,
        head: m.head,
        head_hash: m.headHash,
      })),
      { onConflict: 'refuse' },
    );
    for (const m of this.newMembers) {
      const s = this.states.get(m.id)!;
      s.exists = true;
      s.base = m.revision;
    }
    for (const [key, h] of this.changedHeads) {
      const r = await db
        .update(t.members)
        .set({ ...h, updatedAt: sql`now()` })
        .where(and(eq(t.members.id, key), eq(t.members.revision, this.states.get(key)!.base)))
        .returning({ id: t.members.id });
      if (!r.length) throw new StoreError('staleRevision', `${this.states.get(key)!.base}`);
      this.states.get(key)!.base = h.revision;
    }
    for (const [key, revision] of this.bumped) {
      const r = await db
        .update(t.members)
        .set({ revision, updatedAt: sql`now()` })
        .where(and(eq(t.members.id, key), eq(t.members.revision, this.states.get(key)!.base)))
        .returning({ id: t.members.id });
      if (!r.length) throw new StoreError('staleRevision', `${this.states.get(key)!.base}`);
      this.states.get(key)!.base = revision;
    }
    await bulkInsert(
      db,
      'member_versions',
      this.versions.map((v) => ({
        member_id: v.memberId,
        revision: v.revision,
        head: v.head,
        head_hash: v.headHash,
        batch_id: v.batchId,
      })),
    );
    await bulkInsert(
      db,
      'member_events',
      this.events.map((e) => ({
        id: e.id,
        member_id: e.memberId,
        seq: e.seq,
        type: e.type,
        act_date: e.actDate,
        payload: e.payload,
        recorded_by: e.recordedBy,
        source_file: e.sourceFile,
        source_cell: e.sourceCell,
        corrects: e.corrects,
        batch_id: e.batchId,
      })),
    );
    this.newMembers.length = 0;
    // forget the states: memory stays bounded on any file (a member seen again is reloaded, inside the same
    // transaction, with what this plan wrote)
    this.states.clear();
    this.changedHeads.clear();
    this.bumped.clear();
    this.versions.length = 0;
    this.events.length = 0;
  }
}

/**
 * Checks a member record against the schema and returns it AS WRITTEN (schema defaults are not added: the store
 * keeps what the user wrote). Throws {@link StoreError} `invalidRecord` naming the paths, never the values.
 */
export function parseMember(record: unknown): Member {
  const r = memberSchema.safeParse(record);
  if (!r.success)
    throw new StoreError(
      'invalidRecord',
      [...new Set(r.error.issues.map((i) => i.path.join('.') || '(record)'))].slice(0, 5).join(', '),
    );
  return record as Member;
}

/** Writes organizations inside the caller's transaction; returns each one's outcome. */
export async function writeOrganizations(
  db: Db,
  orgs: readonly Organization[],
  batchId: number | null,
): Promise<('added' | 'changed' | 'unchanged')[]> {
  const out: ('added' | 'changed' | 'unchanged')[] = [];
  for (const raw of orgs) {
    const org = organizationSchema.parse(raw);
    const row = organizationToRow(org);
    const [cur] = await db
      .select({ revision: t.organizations.revision, hash: t.organizations.contentHash })
      .from(t.organizations)
      .where(eq(t.organizations.id, row.id));
    if (cur && cur.hash === row.contentHash) {
      out.push('unchanged');
      continue;
    }
    const revision = (cur?.revision ?? 0) + 1;
    if (cur)
      await db
        .update(t.organizations)
        .set({ ...row, revision, updatedAt: sql`now()` })
        .where(eq(t.organizations.id, row.id));
    else await db.insert(t.organizations).values({ ...row, revision });
    await db
      .insert(t.organizationVersions)
      .values({ organizationId: row.id, revision, record: row.record, contentHash: row.contentHash, batchId });
    out.push(cur ? 'changed' : 'added');
  }
  return out;
}

/** The select list of one member with its whole history (one query). */
const MEMBER_WITH_HISTORY = sql`
  select m.id, m.revision, m.head,
    coalesce((
      select json_agg(json_build_object('id', e.id, 'actDate', e.act_date, 'seq', e.seq, 'payload', e.payload, 'corrects', e.corrects)
        order by e.act_date, e.seq)
      from member_events e where e.member_id = m.id
    ), '[]'::json) as events
  from members m`;

interface HistoryRow {
  id: string;
  revision: number;
  head: MemberHead;
  events: { id: string; actDate: string; seq: number; payload: unknown; corrects: string | null }[] | string;
}

function toStored(r: HistoryRow): StoredMember {
  const events = typeof r.events === 'string' ? JSON.parse(r.events) : r.events;
  const head = typeof r.head === 'string' ? JSON.parse(r.head) : r.head;
  return { key: r.id, revision: Number(r.revision), member: rowsToMember(head, events) };
}

/**
 * The dieule store: organizations with their dated tree, members with append-only event histories, import batches,
 * validation runs. Open it with {@link openStore}.
 */
export class Store {
  constructor(readonly connection: Connection) {}

  /** The Drizzle database (for queries this API does not have). */
  get db(): Db {
    return this.connection.db;
  }

  /** Applies the committed migrations (creates the tables on a new database). Refuses a newer database. */
  async migrate(): Promise<SchemaStatus> {
    const before = await schemaStatus(this.connection);
    if (before.state === 'newer') throw new StoreError('newerSchema');
    if (before.state !== 'current') await this.connection.migrate();
    return schemaStatus(this.connection);
  }

  /** Checks the database is at the migration this build expects (one clear error otherwise). */
  async check(): Promise<SchemaStatus> {
    const s = await schemaStatus(this.connection);
    if (s.state === 'newer') throw new StoreError('newerSchema');
    if (s.state === 'empty') throw new StoreError('notInitialized');
    if (s.state === 'behind') throw new StoreError('behindSchema');
    return s;
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  // ------------------------------------------------------------------ organizations

  /** Stores organizations; a changed organization gets a new revision, the old one stays in its versions. */
  async putOrganizations(
    orgs: readonly Organization[],
    options: { batchId?: number } = {},
  ): Promise<{ added: number; changed: number }> {
    return this.db.transaction(async (tx) => {
      const outcomes = await writeOrganizations(tx as unknown as Db, orgs, options.batchId ?? null);
      return {
        added: outcomes.filter((o) => o === 'added').length,
        changed: outcomes.filter((o) => o === 'changed').length,
      };
    });
  }

  /** Every organization (current versions). */
  async organizations(): Promise<Organization[]> {
    const r = await this.db
      .select({ record: t.organizations.record })
      .from(t.organizations)
      .orderBy(t.organizations.id);
    return r.map(rowToOrganization);
  }

  /** Every stored version of an organization, oldest first. */
  async organizationHistory(id: string): Promise<{ revision: number; record: Organization }[]> {
    const r = await this.db
      .select()
      .from(t.organizationVersions)
      .where(eq(t.organizationVersions.organizationId, id))
      .orderBy(t.organizationVersions.revision);
    return r.map((x) => ({ revision: x.revision, record: x.record as Organization }));
  }

  /** The ids of an organization and every organization below it (the whole store when `root` is undefined). */
  async subtree(root: string | undefined, db: Db = this.db): Promise<string[] | undefined> {
    if (root === undefined) return undefined;
    const r = await rows<{ id: string }>(
      db,
      sql`with recursive tree(id) as (select ${root}::text union select o.id from organizations o join tree on o.parent = tree.id) select id from tree`,
    );
    return r.map((x) => x.id);
  }

  // ------------------------------------------------------------------ members

  /**
   * Writes a member record: new events (by stable id) are appended, a changed head makes a new revision; stored
   * events are never rewritten. With `expectedRevision`, a member that moved on since is refused.
   */
  async putMember(record: unknown, options: WriteOptions = {}): Promise<PutResult> {
    const member = parseMember(record);
    return this.db.transaction(async (tx) => {
      const plan = new WritePlan(null, options.recordedBy ?? null, null);
      const key = memberToRows(member).key;
      await plan.load(tx as unknown as Db, [key]);
      const res = plan.add(member, {
        mode: 'merge',
        ...(options.expectedRevision !== undefined ? { expectedRevision: options.expectedRevision } : {}),
      });
      await plan.write(tx as unknown as Db);
      return res;
    });
  }

  /**
   * Appends events to a member's history. `expectedRevision` is the revision the caller read: when another writer
   * got there first the append is refused ({@link StoreError} `staleRevision`), never merged silently.
   */
  async appendEvents(
    key: string,
    events: readonly unknown[],
    options: WriteOptions & { expectedRevision: number },
  ): Promise<PutResult> {
    return this.db.transaction(async (tx) => {
      const [cur] = await rows<HistoryRow>(
        tx as unknown as Db,
        sql`${MEMBER_WITH_HISTORY} where m.id = ${key} for update`,
      );
      if (!cur) throw new StoreError('notFound', key.startsWith('p:') ? key : undefined);
      const stored = toStored(cur);
      if (stored.revision !== options.expectedRevision)
        throw new StoreError('staleRevision', `${options.expectedRevision} ≠ ${stored.revision}`);
      const next = parseMember({ ...stored.member, events: [...stored.member.events, ...events] });
      const plan = new WritePlan(null, options.recordedBy ?? null, null);
      await plan.load(tx as unknown as Db, [key]);
      const res = plan.add(next, { mode: 'merge', expectedRevision: options.expectedRevision });
      await plan.write(tx as unknown as Db);
      return res;
    });
  }

  /** Loads one member with its history (one query), or undefined. */
  async getMember(key: string): Promise<StoredMember | undefined> {
    const [r] = await rows<HistoryRow>(this.db, sql`${MEMBER_WITH_HISTORY} where m.id = ${key}`);
    return r ? toStored(r) : undefined;
  }

  /** Streams the members of an organization subtree (or all), in key order, a page at a time. */
  async *members(options: { org?: string; pageSize?: number; db?: Db } = {}): AsyncGenerator<StoredMember> {
    const db = options.db ?? this.db;
    const orgs = await this.subtree(options.org, db);
    const size = options.pageSize ?? 500;
    let after = '';
    for (;;) {
      const scope = orgs
        ? sql` and m.organization in (${sql.join(
            orgs.map((o) => sql`${o}`),
            sql`, `,
          )})`
        : sql``;
      const page = await rows<HistoryRow>(
        db,
        sql`${MEMBER_WITH_HISTORY} where m.id > ${after}${scope} order by m.id limit ${size}`,
      );
      for (const r of page) yield toStored(r);
      if (page.length < size) return;
      after = page[page.length - 1]!.id;
    }
  }

  /** Counts of each table (for accounting and tests). */
  async counts(): Promise<Record<string, number>> {
    const names = [
      'organizations',
      'organization_versions',
      'members',
      'member_versions',
      'member_events',
      'import_batches',
      'import_rows',
      'validation_runs',
      'validation_issues',
    ];
    const out: Record<string, number> = {};
    for (const n of names) {
      const [r] = await rows<{ n: string | number }>(this.db, sql.raw(`select count(*)::int as n from ${n}`));
      out[n] = Number(r?.n ?? 0);
    }
    return out;
  }
}

/** Opens a store (PGlite folder, in-memory PGlite, an existing PGlite, or a server URL). Does not migrate. */
export async function openStore(options: ConnectOptions = {}): Promise<Store> {
  return new Store(await connect(options));
}
