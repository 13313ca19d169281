import { createHash } from 'node:crypto';
import { coreEngine } from '@dieule/core';
import type { CivilDate } from '@dieule/core/date';
import type { Engine, Issue, Report, ReportMeta, ReportSummary } from '@dieule/core/kernel';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { type Db, rows } from './connection.js';
import { shortHash } from './mapping.js';
import * as t from './schema.js';
import type { Store } from './store.js';

/** Options of {@link validateStore}. */
export interface ValidateStoreOptions {
  /** Root of the organization subtree (default: every member). */
  readonly org?: string;
  /** Reporting date (each record is judged as of the dates of its acts; `asOf` bounds "today"). */
  readonly asOf: CivilDate;
  readonly locale?: 'vi' | 'en';
  /** Engine with plugins (default: the core engine). */
  readonly engine?: Engine;
  /**
   * Return the issues in `report.issues` (default true). With false, memory holds only counts on any number of
   * members: the issues are in the store only (read them with {@link storedIssues} or {@link memberIssues}).
   */
  readonly keepIssues?: boolean;
}

/** Outcome of {@link validateStore}. */
export interface StoreValidation {
  readonly runId: number;
  /** True when a run with the same rule set, date, locale, scope and data existed: nothing was evaluated. */
  readonly reused: boolean;
  /**
   * The report: the same one `dieule validate` gives for the same records as JSON (its `issues` empty when
   * `keepIssues` is false).
   */
  readonly report: Report;
}

/**
 * Validates the members of an organization subtree from the store, streaming them through the engine (in key order)
 * and storing the run and its issues. Re-running with the same rule-set hash and data is a no-op that returns the
 * stored run.
 */
export async function validateStore(store: Store, options: ValidateStoreOptions): Promise<StoreValidation> {
  const engine = options.engine ?? coreEngine();
  const locale = options.locale ?? 'vi';
  const scope = options.org ?? '*';
  const orgs = await store.subtree(options.org);
  const scopeSql = orgs
    ? sql` where organization in (${sql.join(
        orgs.map((o) => sql`${o}`),
        sql`, `,
      )})`
    : sql``;
  // the data: every (member, revision) in scope, hashed (a revision changes with every write)
  const hash = await rows<{ h: string | null; n: number }>(
    store.db,
    sql`select md5(string_agg(id || ':' || revision, ',' order by id)) as h, count(*)::int as n from members${scopeSql}`,
  );
  const dataHash = shortHash(`${hash[0]?.h ?? ''}:${hash[0]?.n ?? 0}`);
  const key = { ruleSetHash: engine.ruleSetHash, asOf: options.asOf, locale, scope, dataHash };
  const existing = await findRun(store.db, key);
  if (existing)
    return {
      runId: existing.id,
      reused: true,
      report: await storedReport(store.db, existing, options.keepIssues ?? true),
    };

  // One transaction: the run row, then each page's issues as the members stream through the engine (read inside the
  // same transaction), then the counts. Other readers see the run only once it is committed, complete; a failure or a
  // kill leaves nothing. Only counts stay in memory (and the issues when `keepIssues`).
  const keepIssues = options.keepIssues ?? true;
  const evalOptions = { asOf: options.asOf, locale };
  const acc = engine.accumulator(evalOptions, keepIssues);
  const plugins = engine.plugins();
  let other: StoreValidation | undefined;
  try {
    return await store.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const [run] = await tx
        .insert(t.validationRuns)
        .values({ ...key, plugins, records: 0, errors: 0, warnings: 0, infos: 0, summary: {}, meta: {} })
        .onConflictDoNothing()
        .returning({ id: t.validationRuns.id });
      if (!run) {
        // another process stored the same run meanwhile (its insert committed first)
        const found = (await findRun(tx, key))!;
        return { runId: found.id, reused: true, report: await storedReport(tx, found, keepIssues) };
      }
      const runId = run.id;
      const pending: (typeof t.validationIssues.$inferInsert)[] = [];
      const flush = async () => {
        if (!pending.length) return;
        await tx.insert(t.validationIssues).values(pending);
        pending.length = 0;
      };
      const seenHash = createHash('md5');
      let index = 0;
      let ordinal = 0;
      for await (const m of store.members({ ...(options.org !== undefined ? { org: options.org } : {}), db: tx })) {
        seenHash.update(`${index ? ',' : ''}${m.key}:${m.revision}`);
        const result = engine.evaluate({ value: m.member }, index++, evalOptions);
        acc.add(result);
        for (const issue of result.issues)
          pending.push({
            runId,
            ordinal: ordinal++,
            memberId: m.key,
            ruleId: issue.ruleId,
            severity: issue.severity,
            issue,
          });
        if (pending.length >= ISSUES_PER_INSERT) await flush();
      }
      await flush();
      // the data changed while streaming: the run is stored under the data actually evaluated
      const seen = shortHash(`${index ? seenHash.digest('hex') : ''}:${index}`);
      if (seen !== key.dataHash) {
        const found = await findRun(tx, { ...key, dataHash: seen });
        if (found) {
          other = { runId: found.id, reused: true, report: await storedReport(tx, found, keepIssues) };
          throw ROLLBACK;
        }
      }
      const report = acc.finish();
      const s = report.summary;
      await tx
        .update(t.validationRuns)
        .set({
          dataHash: seen,
          records: s.records,
          errors: s.errors,
          warnings: s.warnings,
          infos: s.infos,
          summary: s,
          meta: report.meta,
        })
        .where(eq(t.validationRuns.id, runId));
      return { runId, reused: false, report };
    });
  } catch (e) {
    if (e === ROLLBACK && other) return other;
    throw e;
  }
}

/** Issues written per insert statement while a run streams. */
const ISSUES_PER_INSERT = 1000;
/** Thrown inside the transaction to roll back a run another process stored first (under the data evaluated). */
const ROLLBACK = Symbol('rollback');

/** The stored run with this key (rule-set hash, as-of, locale, scope, data hash), if any. */
export async function findRun(
  db: Db,
  key: { ruleSetHash: string; asOf: string; locale: string; scope: string; dataHash: string },
): Promise<typeof t.validationRuns.$inferSelect | undefined> {
  const [r] = await db
    .select()
    .from(t.validationRuns)
    .where(
      and(
        eq(t.validationRuns.ruleSetHash, key.ruleSetHash),
        eq(t.validationRuns.asOf, key.asOf),
        eq(t.validationRuns.locale, key.locale),
        eq(t.validationRuns.scope, key.scope),
        eq(t.validationRuns.dataHash, key.dataHash),
      ),
    );
  return r;
}

/** Rebuilds the report of a stored run (member runs and record runs alike); `withIssues: false` leaves the issues out. */
export async function storedReport(
  db: Db,
  run: typeof t.validationRuns.$inferSelect,
  withIssues = true,
): Promise<Report> {
  const issues = withIssues
    ? await db
        .select({ issue: t.validationIssues.issue })
        .from(t.validationIssues)
        .where(eq(t.validationIssues.runId, run.id))
        .orderBy(asc(t.validationIssues.ordinal))
    : [];
  return {
    format: 'dieule.report/1',
    meta: run.meta as ReportMeta,
    summary: run.summary as ReportSummary,
    issues: issues.map((i) => i.issue as Issue),
  };
}

/** The issues of a stored run for one member. */
export async function memberIssues(store: Store, runId: number, memberId: string): Promise<Issue[]> {
  const r = await store.db
    .select({ issue: t.validationIssues.issue })
    .from(t.validationIssues)
    .where(and(eq(t.validationIssues.runId, runId), eq(t.validationIssues.memberId, memberId)))
    .orderBy(asc(t.validationIssues.ordinal));
  return r.map((x) => x.issue as Issue);
}

/** The issues of a stored run in their order, read a page at a time (memory stays flat on any run). */
export async function* storedIssues(
  store: Store,
  runId: number,
  options: { pageSize?: number } = {},
): AsyncGenerator<Issue> {
  const size = options.pageSize ?? 1000;
  let after = -1;
  for (;;) {
    const page = await store.db
      .select({ ordinal: t.validationIssues.ordinal, issue: t.validationIssues.issue })
      .from(t.validationIssues)
      .where(and(eq(t.validationIssues.runId, runId), gt(t.validationIssues.ordinal, after)))
      .orderBy(asc(t.validationIssues.ordinal))
      .limit(size);
    for (const r of page) yield r.issue as Issue;
    if (page.length < size) return;
    after = page[page.length - 1]!.ordinal;
  }
}
