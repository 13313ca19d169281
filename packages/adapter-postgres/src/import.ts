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
  /** Rows written per round trip (default 500): memory stays bounded whatever the file size. */
  readonly batchRows?: number;
  /** Called after each written chunk with the rows read so far. */
  readonly onProgress?: (rowsRead: number) => void;
}

/** SHA-256 of a file, streamed. */
export async function fileHash(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * Imports a roster (.xlsx, .csv, .json, .ndjson) through the roster pipeline of `@dieule/adapter-xlsx`, in ONE
 * transaction: a failure or a kill leaves no partial batch. Idempotent: the same file twice adds nothing; a changed
 * row appends events (never rewrites them). Every row read is accounted for in `import_rows`: added, changed,
 * unchanged, rejected (with its issues and cell) or skipped (with its reason).
 */
export async function importRoster(store: Store, file: string, options: ImportOptions): Promise<ImportResult> {
  const contentHash = await fileHash(file);
  const fileName = basename(file);
  const engine = options.engine ?? coreEngine();
  const previous = async (): Promise<ImportResult | undefined> => {
    const [prev] = await store.db.select().from(t.importBatches).where(eq(t.importBatches.contentHash, contentHash));
    if (!prev) return undefined;
    return {
      batchId: prev.id,
      duplicate: true,
      fileName: prev.fileName,
      contentHash,
      rowsRead: prev.rowsRead,
      added: 0,
      changed: 0,
      unchanged: 0,
      rejected: 0,
      skipped: 0,
      eventsAdded: 0,
    };
  };
  const prev = await previous();
  if (prev) return prev;
  const chunkSize = options.batchRows ?? 500;
  const { onProgress: _p, engine: _e, recordedBy: _r, batchRows: _b, ...readOptions } = options;
  const RETRY = Symbol('retry');
  const run = store.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    // imports into one store run one after the other (a transaction-scoped lock keyed by the store's schema): the
    // second one reads what the first committed, so two imports at once never duplicate a member nor lose a change
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('dieule.import:' || current_schema()))`);
    const [again] = await tx
      .select({ id: t.importBatches.id })
      .from(t.importBatches)
      .where(eq(t.importBatches.contentHash, contentHash));
    if (again) throw RETRY; // another import of this file committed meanwhile
    const [batch] = await tx
      .insert(t.importBatches)
      .values({ fileName, contentHash, recordedBy: options.recordedBy ?? null })
      .returning({ id: t.importBatches.id });
    const batchId = batch!.id;
    const plan = new WritePlan(batchId, options.recordedBy ?? null, fileName);
    const counts = { rowsRead: 0, added: 0, changed: 0, unchanged: 0, rejected: 0, skipped: 0, eventsAdded: 0 };
    let pending: RosterItem[] = [];
    let ordinal = 0;
    let index = 0;
    const flush = async () => {
      const records: { item: Extract<RosterItem, { type: 'record' }>; member: Member | undefined; issues: Issue[] }[] =
        [];
      const importRows: (typeof t.importRows.$inferInsert)[] = [];
      const orgRow = pending.map((item) => item.type !== 'skip' && isOrganization(item.source.value));
      for (const [k, item] of pending.entries()) {
        if (item.type === 'skip' || orgRow[k]) continue;
        const parsed = memberSchema.safeParse(item.source.value);
        const adapterIssues = [...(item.source.issues ?? [])];
        if (parsed.success) records.push({ item, member: item.source.value as Member, issues: adapterIssues });
        else {
          // the engine's issues are the located, masked, localized ones (no raw values)
          const res = engine.evaluate(item.source, index, { asOf: options.asOf, locale: options.locale ?? 'vi' });
          records.push({
            item,
            member: undefined,
            issues: res.issues.filter((i) => i.severity === 'error') as Issue[],
          });
        }
        index++;
      }
      await plan.load(
        tx,
        records.flatMap((r) => (r.member ? [memberKey(r.member)] : [])),
      );
      let ri = 0;
      for (const [k, item] of pending.entries()) {
        counts.rowsRead++;
        const base = { batchId, ordinal: ordinal++, sheet: item.sheet, row: item.row };
        if (item.type === 'skip') {
          counts.skipped++;
          importRows.push({ ...base, outcome: 'skipped', reason: item.reason });
          continue;
        }
        if (orgRow[k]) {
          const [o] = await writeOrganizations(tx, [item.source.value as Organization], batchId);
          const outcome: RowOutcome = o === 'added' ? 'added' : o === 'changed' ? 'changed' : 'unchanged';
          counts[outcome]++;
          importRows.push({ ...base, outcome, reason: 'organization' });
          continue;
        }
        const r = records[ri++]!;
        if (!r.member) {
          counts.rejected++;
          importRows.push({ ...base, outcome: 'rejected', issues: r.issues });
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
        importRows.push({ ...base, outcome, memberId: res.key, issues: r.issues.length ? r.issues : null });
      }
      await plan.write(tx);
      await bulkInsert(
        tx,
        'import_rows',
        importRows.map((r) => ({
          batch_id: r.batchId,
          ordinal: r.ordinal,
          sheet: r.sheet,
          row: r.row,
          outcome: r.outcome,
          member_id: r.memberId ?? null,
          reason: r.reason ?? null,
          issues: r.issues ?? null,
        })),
      );
      pending = [];
      options.onProgress?.(counts.rowsRead);
    };
    for await (const item of openRoster(file, readOptions)) {
      pending.push(item);
      if (pending.length >= chunkSize) await flush();
    }
    await flush();
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
        accounting: counts,
      })
      .where(eq(t.importBatches.id, batchId));
    return { batchId, duplicate: false, fileName, contentHash, ...counts } satisfies ImportResult;
  });
  try {
    return await run;
  } catch (e) {
    if (e === RETRY) return (await previous())!;
    throw e;
  }
}
