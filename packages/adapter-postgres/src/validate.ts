import { createHash } from 'node:crypto';
import { coreEngine } from '@dieule/core';
import type { CivilDate } from '@dieule/core/date';
import type { Engine, Issue, Report, ReportMeta, ReportSummary } from '@dieule/core/kernel';
import { and, asc, eq, sql } from 'drizzle-orm';
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
}

/** Outcome of {@link validateStore}. */
export interface StoreValidation {
  readonly runId: number;
  /** True when a run with the same rule set, date, locale, scope and data existed: nothing was evaluated. */
  readonly reused: boolean;
  /** The report: the same one `dieule validate` gives for the same records as JSON. */
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
  if (existing) return { runId: existing.id, reused: true, report: await storedReport(store.db, existing) };

  // evaluate while streaming (reads outside the write transaction), then write the run and its issues at once
  const evalOptions = { asOf: options.asOf, locale };
  const acc = engine.accumulator(evalOptions, true);
  const issueRows: { memberId: string; issue: Issue }[] = [];
  const pairs: string[] = [];
  let index = 0;
  for await (const m of store.members(options.org !== undefined ? { org: options.org } : {})) {
    pairs.push(`${m.key}:${m.revision}`);
    const result = engine.evaluate({ value: m.member }, index++, evalOptions);
    acc.add(result);
    for (const issue of result.issues) issueRows.push({ memberId: m.key, issue });
  }
  const seen = shortHash(
    `${pairs.length ? createHash('md5').update(pairs.join(',')).digest('hex') : ''}:${pairs.length}`,
  );
  const report = acc.finish();
  const s = report.summary;
  return store.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    // the data changed while streaming: the run is stored under the data actually evaluated
    const runKey = { ...key, dataHash: seen };
    const [run] = await tx
      .insert(t.validationRuns)
      .values({
        ...runKey,
        plugins: engine.plugins(),
        records: s.records,
        errors: s.errors,
        warnings: s.warnings,
        infos: s.infos,
        summary: s,
        meta: report.meta,
      })
      .onConflictDoNothing()
      .returning({ id: t.validationRuns.id });
    if (!run) {
      const other = (await findRun(tx, runKey))!;
      return { runId: other.id, reused: true, report };
    }
    const runId = run.id;
    for (let i = 0; i < issueRows.length; i += 1000)
      await tx.insert(t.validationIssues).values(
        issueRows.slice(i, i + 1000).map((r, j) => ({
          runId,
          ordinal: i + j,
          memberId: r.memberId,
          ruleId: r.issue.ruleId,
          severity: r.issue.severity,
          issue: r.issue,
        })),
      );
    return { runId, reused: false, report };
  });
}

async function findRun(
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

/** Rebuilds the report of a stored run. */
async function storedReport(db: Db, run: typeof t.validationRuns.$inferSelect): Promise<Report> {
  const issues = await db
    .select({ issue: t.validationIssues.issue })
    .from(t.validationIssues)
    .where(eq(t.validationIssues.runId, run.id))
    .orderBy(asc(t.validationIssues.ordinal));
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
