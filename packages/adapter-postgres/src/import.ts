import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { openRoster, type ReadRosterOptions, type RosterItem } from '@dieule/adapter-xlsx';
import { coreEngine, type Member, memberSchema, type Organization, organizationSchema } from '@dieule/core';
import type { Engine, Issue } from '@dieule/core/kernel';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './connection.js';
import { memberKey } from './mapping.js';
import * as t from './schema.js';
import { bulkInsert, type Store, WritePlan, writeOrganizations } from './store.js';

function isOrganization(value: unknown): value is Organization {
  // the kind first: a failed schema parse builds its issues, which costs more than the member parse itself
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'organization' &&
    organizationSchema.safeParse(value).success
  );
}

/** Outcome of one row of an import. */
export type RowOutcome = 'added' | 'changed' | 'unchanged' | 'rejected' | 'skipped';

/** Row accounting of an import: `rowsRead = added + changed + unchanged + rejected + skipped`, always. */
export interface ImportResult {
  readonly batchId: number;
  /** True when this very file (same content hash) was imported before: nothing was added. */
  readonly duplicate: boolean;
  readonly fileName: string;
  readonly contentHash: string;
  readonly rowsRead: number;
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly eventsAdded: number;
}

/** Options of {@link importRoster}. */
export interface ImportOptions extends Omit<ReadRosterOptions, 'onProgress'> {
  readonly engine?: Engine;
  readonly recordedBy?: string;
  /**
   * Rows per batch (default 2000): each batch is ONE transaction (its members, events, row accounting and the
   * running totals of the import batch commit together), and memory stays bounded whatever the file size.
   */
  readonly batchRows?: number;
  /** Called after each committed batch with the rows of the file accounted for so far. */
  readonly onProgress?: (rowsRead: number) => void;
  /**
   * Called inside each batch's transaction once its rows are written, before the commit (with the rows accounted
   * for once it commits). For tests that interrupt an import at a known point; a throw rolls the batch back.
   * @internal
   */
  readonly beforeCommit?: (rowsRead: number) => void | Promise<void>;
}

/** SHA-256 of a file, streamed. */
export async function fileHash(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Members added or changed by one import from which the import refreshes the planner's statistics. */
const ANALYZE_AFTER = 1000;

type Counts = {
  rowsRead: number;
  added: number;
  changed: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  eventsAdded: number;
};
/** What `import_batches.accounting` holds: the totals so far and whether every row of the file is in. */
type Accounting = Counts & { complete?: boolean };

const ZERO: Counts = { rowsRead: 0, added: 0, changed: 0, unchanged: 0, rejected: 0, skipped: 0, eventsAdded: 0 };

function totalsOf(batch: { accounting: unknown }): Accounting {
  const a = batch.accounting as Partial<Accounting> | null;
  // a batch of an earlier version of the store (one transaction per file) has no `complete`: it is complete
  return { ...ZERO, ...(a ?? {}), complete: a?.complete !== false };
}

/** A pending row of the file, numbered as read. */
interface PendingRow {
  readonly item: RosterItem;
  /** Position in the file (0-based, every row). */
  readonly ordinal: number;
  /** Position among the records (organizations and skipped rows excluded): the engine's record index. */
  readonly index: number;
  readonly organization: boolean;
  /** A member row, checked against the schema while read (outside the transactions): the member or its errors. */
  readonly parsed?: { readonly member: Member | undefined; readonly issues: Issue[] };
}

/**
 * Imports a roster (.xlsx, .csv, .json, .ndjson) through the roster pipeline of `@dieule/adapter-xlsx`,
 * **transactional per batch**: each batch of rows (`batchRows`) commits its members, events, row accounting and the
 * running totals of the import batch in ONE transaction, so a failure or a kill leaves no partial batch: what is
 * committed is whole batches, and the import batch record says how many rows of the file they cover.
 *
 * Idempotent: the same file (same content hash) twice adds nothing. An import that was interrupted is resumed by
 * importing the same file again: the rows already committed are skipped, the rest are added, and the result gives the
 * totals of the whole file (`duplicate: false`). A changed row appends events (never rewrites them). Every row read
 * is accounted for in `import_rows`: added, changed, unchanged, rejected (with its issues and cell) or skipped (with
 * its reason).
 *
 * Each batch takes a transaction-scoped lock keyed by the store's schema, then reads what other writers committed:
 * two imports at once never duplicate a member nor lose a change.
 */
export async function importRoster(store: Store, file: string, options: ImportOptions): Promise<ImportResult> {
  const contentHash = await fileHash(file);
  const fileName = basename(file);
  const engine = options.engine ?? coreEngine();
  const recordedBy = options.recordedBy ?? null;
  const find = async () => {
    const [b] = await store.db
      .select({
        id: t.importBatches.id,
        fileName: t.importBatches.fileName,
        rowsRead: t.importBatches.rowsRead,
        accounting: t.importBatches.accounting,
      })
      .from(t.importBatches)
      .where(eq(t.importBatches.contentHash, contentHash));
    return b;
  };
  const duplicateOf = (b: { id: number; fileName: string; rowsRead: number }): ImportResult => ({
    batchId: b.id,
    duplicate: true,
    fileName: b.fileName,
    contentHash,
    ...ZERO,
    rowsRead: b.rowsRead,
  });
  let batch = await find();
  if (batch && totalsOf(batch).complete) return duplicateOf(batch);
  if (!batch) {
    await store.db
      .insert(t.importBatches)
      .values({ fileName, contentHash, recordedBy, accounting: { ...ZERO, complete: false } })
      .onConflictDoNothing();
    batch = (await find())!; // ours, or the one another import of this file created meanwhile
  }
  const batchId = batch.id;
  const chunkSize = Math.max(1, options.batchRows ?? 2000);
  const { onProgress: _p, engine: _e, recordedBy: _r, batchRows: _b, beforeCommit: _c, ...readOptions } = options;
  let finishedElsewhere = false;
  let totals: Accounting = { ...ZERO, complete: false };

  /** Writes one batch of rows in one transaction; `last` marks the import complete. */
  const commit = (pending: readonly PendingRow[], last: boolean) =>
    store.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('dieule.import:' || current_schema()))`);
      const [b] = await tx
        .select({ accounting: t.importBatches.accounting })
        .from(t.importBatches)
        .where(eq(t.importBatches.id, batchId));
      const before = totalsOf(b!);
      if (before.complete) {
        finishedElsewhere = true; // another import of this file finished it meanwhile
        return;
      }
      // rows an earlier (interrupted) or concurrent import of this file already committed are skipped
      const fresh = pending.filter((p) => p.ordinal >= before.rowsRead);
      const counts = { ...before };
      delete counts.complete;
      const records = fresh.flatMap((row) => (row.parsed ? [{ row, ...row.parsed }] : []));
      const plan = new WritePlan(batchId, recordedBy, fileName);
      await plan.load(
        tx,
        records.flatMap((r) => (r.member ? [memberKey(r.member)] : [])),
      );
      const importRows: Record<string, unknown>[] = [];
      let ri = 0;
      for (const row of fresh) {
        const { item } = row;
        counts.rowsRead++;
        const base = { batch_id: batchId, ordinal: row.ordinal, sheet: item.sheet, row: item.row };
        if (item.type === 'skip') {
          counts.skipped++;
          importRows.push({ ...base, outcome: 'skipped', member_id: null, reason: item.reason, issues: null });
          continue;
        }
        if (row.organization) {
          const [o] = await writeOrganizations(tx, [item.source.value as Organization], batchId);
          const outcome: RowOutcome = o === 'added' ? 'added' : o === 'changed' ? 'changed' : 'unchanged';
          counts[outcome]++;
          importRows.push({ ...base, outcome, member_id: null, reason: 'organization', issues: null });
          continue;
        }
        const r = records[ri++]!;
        if (!r.member) {
          counts.rejected++;
          importRows.push({ ...base, outcome: 'rejected', member_id: null, reason: null, issues: r.issues });
          continue;
        }
        const cells = item.source.location?.cells ?? {};
        const rowCell = `${item.sheet}!${item.row}`;
        const res = plan.add(r.member, { mode: 'merge', cellOf: (i) => cells[`events.${i}.date`] ?? rowCell });
        const outcome: RowOutcome = res.created
          ? 'added'
          : res.headChanged || res.eventsAdded
            ? 'changed'
            : 'unchanged';
        counts[outcome]++;
        counts.eventsAdded += res.eventsAdded;
        importRows.push({
          ...base,
          outcome,
          member_id: res.key,
          reason: null,
          issues: r.issues.length ? r.issues : null,
        });
      }
      await plan.write(tx);
      await bulkInsert(tx, 'import_rows', importRows);
      const after: Accounting = { ...counts, complete: last };
      await tx
        .update(t.importBatches)
        .set({
          rowsRead: counts.rowsRead,
          records: counts.added + counts.changed + counts.unchanged + counts.rejected,
          rejected: counts.rejected,
          skipped: counts.skipped,
          membersAdded: counts.added,
          membersChanged: counts.changed,
          eventsAdded: counts.eventsAdded,
          accounting: after,
        })
        .where(eq(t.importBatches.id, batchId));
      await options.beforeCommit?.(counts.rowsRead);
      totals = after;
    });

  const parse = (item: Extract<RosterItem, { type: 'record' }>, index: number): NonNullable<PendingRow['parsed']> => {
    const adapterIssues = [...(item.source.issues ?? [])];
    if (memberSchema.safeParse(item.source.value).success)
      return { member: item.source.value as Member, issues: adapterIssues };
    // the engine's issues are the located, masked, localized ones (no raw values)
    const res = engine.evaluate(item.source, index, { asOf: options.asOf, locale: options.locale ?? 'vi' });
    return { member: undefined, issues: res.issues.filter((i) => i.severity === 'error') as Issue[] };
  };
  let pending: PendingRow[] = [];
  let ordinal = 0;
  let index = 0;
  // one batch is written while the next one is read and checked (two batches in memory at most)
  let inFlight: Promise<void> | undefined;
  const settle = async () => {
    if (!inFlight) return;
    const p = inFlight;
    inFlight = undefined;
    await p;
    if (!finishedElsewhere) options.onProgress?.(totals.rowsRead);
  };
  for await (const item of openRoster(file, readOptions)) {
    const organization = item.type !== 'skip' && isOrganization(item.source.value);
    if (item.type === 'skip' || organization) pending.push({ item, ordinal: ordinal++, index: -1, organization });
    else {
      const i = index++;
      pending.push({ item, ordinal: ordinal++, index: i, organization, parsed: parse(item, i) });
    }
    if (pending.length >= chunkSize) {
      await settle();
      if (finishedElsewhere) break;
      const p = commit(pending, false);
      p.catch(() => {}); // awaited by the next settle(); this keeps the rejection from counting as unhandled
      inFlight = p;
      pending = [];
    }
  }
  await settle();
  if (!finishedElsewhere) {
    await commit(pending, true);
    if (!finishedElsewhere) options.onProgress?.(totals.rowsRead);
  }
  if (finishedElsewhere) return duplicateOf((await find())!);
  // a large import changes the tables' statistics: without fresh ones the planner reads a subtree page by sorting the
  // whole subtree (measured: 15× slower streaming of 50 k members) until autovacuum gets there
  if (totals.added + totals.changed >= ANALYZE_AFTER)
    await store.db.execute(sql`analyze members, member_versions, member_events, import_rows`);
  const { complete: _done, ...counts } = totals;
  return { batchId, duplicate: false, fileName, contentHash, ...counts } satisfies ImportResult;
}
