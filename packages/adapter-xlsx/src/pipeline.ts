import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Engine, EvaluateOptions, Issue, RecordResult, ReportSummary, SourceRecord } from '@dieule/core/kernel';
import { maskDeep, maskIds } from './mask.js';
import { openRoster, type ReadRosterOptions, type RosterSource } from './read.js';
import type { RosterItem, RosterNotice, SheetLayout, SkipReason } from './sheet.js';
import type { WorkerResult, WorkerTask } from './worker.js';

/** Row accounting of a roster: `rowsRead = valid + withErrors + skipped`, always. */
export interface RosterAccounting {
  readonly rowsRead: number;
  readonly records: number;
  readonly valid: number;
  readonly withErrors: number;
  readonly skipped: number;
  readonly skippedByReason: Readonly<Partial<Record<SkipReason, number>>>;
  readonly sheets: readonly { readonly name: string; readonly rowsRead: number; readonly skipped: number }[];
}

/** Options of {@link validateRoster}. */
export interface ValidateRosterOptions extends ReadRosterOptions {
  /** The engine used in-thread (core + plugins). Workers build the core engine themselves. */
  readonly engine: Engine;
  /** Derive facts (status, deadlines) for each record. */
  readonly facts?: boolean;
  /**
   * Evaluate rules on worker threads: `auto` (default) = when the file is large (≥ 8 MB), there are two or more
   * cores and the built worker is present; `false` = never (use it with plugins: workers run the core rules only).
   */
  readonly parallel?: 'auto' | boolean;
  /** Records per worker task (default 1000). */
  readonly batchSize?: number;
  /** Called for every item in input order, with the record's result. Await-ed: it can write output. */
  readonly onItem?: (item: RosterItem, result: RecordResult | undefined) => void | Promise<void>;
}

/** Outcome of {@link validateRoster}: counts only; issues went to `onItem`. */
export interface RosterRun {
  readonly source: RosterSource;
  readonly accounting: RosterAccounting;
  readonly summary: ReportSummary;
  readonly notices: readonly RosterNotice[];
  readonly layouts: readonly SheetLayout[];
  /** Worker threads used, 0 when evaluated in-thread. */
  readonly threads: number;
}

const WORKER_URL = (() => {
  try {
    return new URL('./worker.js', import.meta.url);
  } catch {
    return undefined;
  }
})();

/** Path of the built worker file, when this module runs from `dist/` (undefined in source mode). */
export function workerFile(): string | undefined {
  if (WORKER_URL?.protocol !== 'file:') return undefined;
  const path = fileURLToPath(WORKER_URL);
  return existsSync(path) ? path : undefined;
}

/**
 * Reads a roster and validates every record with the engine, streaming: items flow to `onItem` in input order and
 * only counts stay in memory (plus the compact duplicate index). Large inputs are evaluated on worker threads.
 */
export async function validateRoster(file: string, options: ValidateRosterOptions): Promise<RosterRun> {
  const source = openRoster(file, options);
  const locale = options.locale ?? 'vi';
  const evalOptions: EvaluateOptions = {
    asOf: options.asOf,
    locale: options.locale ?? 'vi',
    ...(options.facts ? { facts: true } : {}),
  };
  const acc = options.engine.accumulator(evalOptions, false);
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  const sheets = new Map<string, { name: string; rowsRead: number; skipped: number }>();
  let records = 0;
  let skipped = 0;
  const unjudged = new Map<string, number>();
  const rosterOnly = (item: RosterItem, r: RecordResult | undefined) =>
    item.type === 'record' && r ? notJudgeable(item, r, unjudged) : r;
  const tally = async (item: RosterItem, result: RecordResult | undefined) => {
    let s = sheets.get(item.sheet);
    if (!s) {
      s = { name: item.sheet, rowsRead: 0, skipped: 0 };
      sheets.set(item.sheet, s);
    }
    s.rowsRead++;
    if (item.type === 'skip') {
      skipped++;
      s.skipped++;
      skippedByReason[item.reason] = (skippedByReason[item.reason] ?? 0) + 1;
    } else if (result) {
      records++;
      acc.add(result);
    }
    await options.onItem?.(item, result);
  };

  const worker = options.parallel === false ? undefined : workerFile();
  const size = await source.size();
  const useWorkers =
    worker !== undefined &&
    availableParallelism() > 1 &&
    (options.parallel === true || ((options.parallel ?? 'auto') === 'auto' && size >= 8 * 1024 * 1024));
  let threads = 0;
  if (!useWorkers) {
    let index = 0;
    for await (const item of source) {
      const result =
        item.type === 'record'
          ? dropEchoes(options.engine.evaluate(item.source, index++, evalOptions), locale)
          : undefined;
      await tally(item, rosterOnly(item, result));
    }
  } else {
    const { Piscina } = await import('piscina');
    threads = availableParallelism();
    const pool = new Piscina<WorkerTask, WorkerResult>({ filename: worker!, minThreads: threads, maxThreads: threads });
    const batchSize = options.batchSize ?? 1000;
    const queue: { items: RosterItem[]; done: Promise<WorkerResult> | undefined }[] = [];
    let batch: RosterItem[] = [];
    let offset = 0;
    const submit = () => {
      const recs: SourceRecord[] = [];
      for (const it of batch) if (it.type === 'record') recs.push(it.source);
      queue.push({
        items: batch,
        done: recs.length ? pool.run({ records: recs, offset, options: evalOptions }) : undefined,
      });
      offset += recs.length;
      batch = [];
    };
    const drainOne = async () => {
      const head = queue.shift()!;
      const out = head.done ? await head.done : undefined;
      if (out && out.ruleSetHash !== options.engine.ruleSetHash)
        throw new Error('worker rule set differs from the main engine (plugins are not loaded in workers)');
      let r = 0;
      for (const item of head.items)
        await tally(
          item,
          rosterOnly(item, item.type === 'record' ? dropEchoes(out!.results[r++]!, locale) : undefined),
        );
    };
    try {
      for await (const item of source) {
        batch.push(item);
        if (batch.length >= batchSize) {
          submit();
          if (queue.length > threads * 2) await drainOne();
        }
      }
      if (batch.length) submit();
      while (queue.length) await drainOne();
    } finally {
      await pool.destroy();
    }
  }
  for (const [key, count] of unjudged) {
    const [ruleId, why] = key.split('|') as [string, string];
    source.notices.push({
      code: 'unjudged',
      sheet: '',
      detail: ruleId,
      header: why,
      row: count,
      ...(why === 'noColumn' ? { column: 'course' } : {}),
    });
  }
  const summary = acc.summary();
  return {
    source,
    accounting: {
      rowsRead: records + skipped,
      records,
      valid: summary.valid,
      withErrors: summary.withErrors,
      skipped,
      skippedByReason,
      sheets: [...sheets.values()],
    },
    summary,
    notices: source.notices,
    layouts: source.layouts,
    threads,
  };
}

/**
 * Issues a roster can never settle, because it has no column for the data (a member's political course) or the data
 * lives in another organization's roster (the receipt of a member who transferred out). They are not reported per
 * member: one notice per rule says the rule could not be judged from this roster, and why.
 */
const ROSTER_BLIND: readonly { ruleId: string; messageIds: readonly string[]; why: 'noColumn' | 'transferredOut' }[] = [
  { ruleId: 'member.probation.review', messageIds: ['noCourse'], why: 'noColumn' },
  { ruleId: 'member.transfer.deadlines', messageIds: ['letterOverdue', 'strikeOffGround'], why: 'transferredOut' },
];

function notJudgeable(item: RosterItem & { type: 'record' }, r: RecordResult, unjudged: Map<string, number>) {
  const events = (item.source.value as { events?: { type?: string }[] } | null)?.events ?? [];
  const last = [...events].reverse().find((e) => e.type === 'transferOut' || e.type === 'transferIn');
  const outOnly = last?.type === 'transferOut';
  let drop: Set<Issue> | undefined;
  for (const i of r.issues) {
    const b = ROSTER_BLIND.find((x) => x.ruleId === i.ruleId && x.messageIds.includes(i.messageId));
    if (!b || i.severity === 'error' || (b.why === 'transferredOut' && !outOnly)) continue;
    drop ??= new Set();
    drop.add(i);
    const key = `${b.ruleId}|${b.why}`;
    unjudged.set(key, (unjudged.get(key) ?? 0) + 1);
  }
  return drop ? { ...r, issues: r.issues.filter((i) => !drop.has(i)) } : r;
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const ISO_DATES = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** The result with every citizen-ID-like digit run masked in its issues, facts and record reference. */
function masked(r: RecordResult, locale: 'vi' | 'en'): RecordResult {
  let issues = maskDeep(r.issues);
  // Vietnamese messages show dates as dd/mm/yyyy, whatever rule rendered them
  if (locale === 'vi' && issues.some((i) => ISO_DATE.test(i.message)))
    issues = issues.map((i) =>
      ISO_DATE.test(i.message) ? { ...i, message: i.message.replace(ISO_DATES, '$3/$2/$1') } : i,
    );
  const facts = maskDeep(r.facts);
  const record = typeof r.record === 'string' ? maskIds(r.record) : r.record;
  return issues === r.issues && facts === r.facts && record === r.record ? r : { ...r, issues, facts, record };
}

/**
 * Drops the schema echo of a problem the importer already reported at the same path (an unreadable birth date is
 * one issue, not two), and the history-consistency consequences of dates the importer found out of order.
 */
function dropEchoes(raw: RecordResult, locale: 'vi' | 'en'): RecordResult {
  const result = masked(raw, locale);
  const adapterPaths = new Set<string>();
  let orderBroken = false;
  for (const i of result.issues)
    if (i.provenance.source === 'plugin' && i.provenance.name === '@dieule/adapter-xlsx' && i.severity === 'error') {
      adapterPaths.add(i.path.join('.'));
      if (i.ruleId === 'roster.order') orderBroken = true;
    }
  if (adapterPaths.size === 0) return result;
  // one root cause, reported once: dates out of order (already an error on their cell) make the member's history
  // inconsistent; those consequences are not reported again
  const issues: Issue[] = result.issues.filter(
    (i) =>
      !(i.ruleId === 'record.schema' && adapterPaths.has(i.path.join('.'))) &&
      !(orderBroken && i.ruleId === 'member.history.consistency'),
  );
  return issues.length === result.issues.length ? result : { ...result, issues };
}
