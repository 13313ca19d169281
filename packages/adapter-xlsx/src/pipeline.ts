import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Engine, EvaluateOptions, RecordResult, ReportSummary, SourceRecord } from '@dieule/core/kernel';
import { type CsvRangeResult, type CsvRangeTask, countLineEndings, rangeSafeEncoding } from './csv-parallel.js';
import { csvRecords, csvRecordsOf, physicalLines, splitLines } from './lines.js';
import {
  csvRowItems,
  csvSetup,
  openRoster,
  type ReadRosterOptions,
  type RosterSource,
  rosterSheetOptions,
} from './read.js';
import { dropEchoes, notJudgeable, type RosterCompact, withDuplicates } from './roster-results.js';
import { judgeDuplicates } from './row.js';
import { type RosterItem, type RosterNotice, type SheetLayout, SheetMapper, type SkipReason } from './sheet.js';
import { lineRepair } from './text/file-encoding.js';
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
  /** CSV on workers: bytes per range a worker parses and judges (default 256 KiB). */
  readonly rangeBytes?: number;
  /** CSV on workers: byte ranges submitted ahead of the one being merged (default 2 per thread). */
  readonly rangesInFlight?: number;
  /**
   * Runs a worker task somewhere else than on a thread (tests run the workers' code in-thread through this, to check
   * that the split and merge change nothing). With it, `parallel: true` needs no built worker file.
   * @internal
   */
  readonly workerRunner?: (task: WorkerTask | CsvRangeTask) => Promise<WorkerResult | CsvRangeResult>;
  /**
   * `onItem` only reports (it exports nothing): on workers, items and results then come back slim, because the main
   * thread receives every one of them. A record item keeps its member's name, card number, id, organization and
   * transfer events, its first-cell location, the importer's issues, and the row's status and rankings (no export
   * values, no marks); a result keeps everything but the record's value, with only the facts named here (all when
   * `facts` is absent). Issues, summary, accounting and notices are the same as without it. In one thread items and
   * results are whole (nothing to send).
   */
  readonly compact?: RosterCompact;
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
  const rosterOnly = (item: RosterItem, r: RecordResult | undefined): RecordResult | undefined =>
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

  const runner = options.parallel === false ? undefined : options.workerRunner;
  const worker = options.parallel === false || runner ? undefined : workerFile();
  const size = await source.size();
  const useWorkers =
    (runner !== undefined || (worker !== undefined && availableParallelism() > 1)) &&
    (options.parallel === true || ((options.parallel ?? 'auto') === 'auto' && size >= 8 * 1024 * 1024));
  let threads = 0;
  const pool = async () => {
    if (runner) return { run: runner, threads: 2, destroy: async () => {} };
    const { Piscina } = await import('piscina');
    const n = availableParallelism();
    const p = new Piscina<WorkerTask | CsvRangeTask, WorkerResult | CsvRangeResult>({
      filename: worker!,
      minThreads: n,
      maxThreads: n,
    });
    return {
      run: (task: WorkerTask | CsvRangeTask) =>
        p.run(task, task.kind === 'csvRange' ? { transferList: [task.bytes.buffer as ArrayBuffer] } : {}),
      threads: n,
      destroy: () => p.destroy(),
    };
  };
  const csvDone =
    useWorkers && source.format === 'csv'
      ? await validateCsvOnWorkers(file, options, evalOptions, source, await pool(), tally, rosterOnly)
      : undefined;
  if (csvDone !== undefined) threads = csvDone;
  else if (!useWorkers) {
    let index = 0;
    for await (const item of source) {
      const result =
        item.type === 'record'
          ? dropEchoes(options.engine.evaluate(item.source, index++, evalOptions), locale)
          : undefined;
      await tally(item, rosterOnly(item, result));
    }
  } else {
    const workers = await pool();
    threads = workers.threads;
    const batchSize = options.batchSize ?? 1000;
    const queue: { items: RosterItem[]; done: Promise<WorkerResult> | undefined }[] = [];
    let batch: RosterItem[] = [];
    let offset = 0;
    const submit = () => {
      const recs: SourceRecord[] = [];
      for (const it of batch) if (it.type === 'record') recs.push(it.source);
      queue.push({
        items: batch,
        done: recs.length
          ? (workers.run({
              records: recs,
              offset,
              options: evalOptions,
              ...(options.compact ? { compact: options.compact } : {}),
            }) as Promise<WorkerResult>)
          : undefined,
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
      await workers.destroy();
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

interface Workers {
  run(task: WorkerTask | CsvRangeTask): Promise<WorkerResult | CsvRangeResult>;
  readonly threads: number;
  destroy(): Promise<void>;
}

/**
 * A CSV file on workers, parse included (see `csv-parallel.ts`). Returns the number of threads, or undefined when the
 * file does not lend itself to it (an encoding that cannot be cut anywhere, no header in the head of the file, a head
 * that needs the streaming reader): nothing has been read for good then, and the caller reads the file in one thread.
 */
async function validateCsvOnWorkers(
  file: string,
  options: ValidateRosterOptions,
  evalOptions: EvaluateOptions,
  source: RosterSource,
  workers: Workers,
  tally: (item: RosterItem, result: RecordResult | undefined) => Promise<void>,
  rosterOnly: (item: RosterItem, r: RecordResult | undefined) => RecordResult | undefined,
): Promise<number | undefined> {
  const locale = evalOptions.locale ?? 'vi';
  const rangeBytes = Math.max(4096, options.rangeBytes ?? 256 * 1024);
  const fh = await open(file, 'r');
  let destroyed = false;
  const finish = async () => {
    if (!destroyed) await workers.destroy();
    destroyed = true;
  };
  try {
    const size = (await fh.stat()).size;
    // ---- the head, in this thread: header, sample and column decisions, with the file's duplicate indexes
    const notices: RosterNotice[] = [];
    const setup = await csvSetup(file, notices);
    if (!rangeSafeEncoding(setup.encoding)) return undefined;
    const sheetOptions = rosterSheetOptions(file, options);
    const read = async (pos: number, want: number) => {
      const buf = new Uint8Array(new ArrayBuffer(Math.min(want, size - pos)));
      let got = 0;
      while (got < buf.length) {
        const { bytesRead } = await fh.read(buf, got, buf.length - got, pos + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    };
    /** A piece from `pos`: about `want` bytes, cut just after the last `\n` (or the rest of the file). */
    const piece = async (pos: number, want: number) => {
      const buf = await read(pos, want);
      if (pos + buf.length >= size) return { bytes: buf, atEnd: true };
      const cut = buf.lastIndexOf(10);
      return cut < 0 ? undefined : { bytes: buf.subarray(0, cut + 1), atEnd: false };
    };
    const head = await piece(0, rangeBytes);
    if (!head || head.atEnd) return undefined;
    const mapper = new SheetMapper(setup.sheet, sheetOptions, notices);
    const text = new TextDecoder('utf-8').decode(head.bytes);
    const split = splitLines(text, 1, true, lineRepair(setup.encoding));
    if (split.tooLong) return undefined;
    const recs = csvRecordsOf(split.lines, setup.delimiter, false);
    if (recs.ranOut) return undefined;
    const headItems: RosterItem[] = [];
    for (const rec of recs.records) for (const it of csvRowItems(mapper, rec)) headItems.push(it);
    const snapshot = mapper.snapshot();
    if (!snapshot) return undefined;
    const dup = sheetOptions.duplicates;

    // ---- from here on the file is read for good
    source.notices.push(...notices);
    notices.length = 0;
    const sheetNotices = source.notices;
    // the mapper keeps pushing into the array it was given: later notices of the head mapper reach the source
    const flushNotices = () => {
      if (notices.length) sheetNotices.push(...notices.splice(0));
    };
    type Job = { pos: number; end: number; firstLine: number; done: Promise<CsvRangeResult> };
    const queue: Job[] = [];
    let pos = head.bytes.length;
    let nextLine = 1 + countLineEndings(head.bytes);
    const submit = async () => {
      if (pos >= size) return false;
      const p = await piece(pos, rangeBytes);
      if (!p) return false; // a line longer than a range: the streaming reader takes over from here
      const task: CsvRangeTask = {
        kind: 'csvRange',
        bytes: p.bytes,
        firstLine: nextLine,
        atEnd: p.atEnd,
        delimiter: setup.delimiter,
        encoding: setup.encoding,
        mapper: snapshot,
        options: evalOptions,
        ...(options.compact ? { compact: options.compact } : {}),
      };
      const start = pos;
      pos += p.bytes.length;
      nextLine += countLineEndings(p.bytes);
      const done = workers.run(task) as Promise<CsvRangeResult>;
      done.catch(() => {}); // awaited in order below
      queue.push({ pos: start, end: pos, firstLine: task.firstLine, done });
      return true;
    };
    // ranges in flight (merged in file order whatever order they finish in); 4 per thread measured no faster on a
    // loaded machine and took ~100 MB more (docs/benchmarks.md), so the default stays 2 per thread
    const inFlight = Math.max(1, options.rangesInFlight ?? workers.threads * 2);
    while (queue.length < inFlight && (await submit()));
    // the head's records, judged here while the workers start on the ranges after it
    let index = 0;
    for (const item of headItems) {
      const result =
        item.type === 'record'
          ? dropEchoes(options.engine.evaluate(item.source, index++, evalOptions), locale)
          : undefined;
      flushNotices();
      await tally(item, rosterOnly(item, result));
    }
    flushNotices();
    options.onProgress?.(head.bytes.length, size);
    let fallbackFrom: { byte: number; line: number } | undefined;
    while (queue.length) {
      const job = queue.shift()!;
      const out = await job.done;
      if (out.ruleSetHash !== options.engine.ruleSetHash)
        throw new Error('worker rule set differs from the main engine (plugins are not loaded in workers)');
      if (out.unsafe) {
        fallbackFrom = { byte: job.pos, line: job.firstLine };
        break;
      }
      let n = 0;
      for (let i = 0; i < out.items.length; i++) {
        let item = out.items[i]!;
        let result = out.results[i] ?? undefined;
        const probe = out.probes[i];
        if (item.type === 'record' && result) {
          index++;
          if (probe && dup) {
            const found = judgeDuplicates(dup, probe, item.sheet, item.row);
            if (found.length) ({ item, result } = withDuplicates(item, result, found, locale));
          }
        }
        // notices of skipped rows come in row order, as they would in one thread
        while (n < out.notices.length && (out.notices[n]!.row ?? 0) <= item.row) sheetNotices.push(out.notices[n++]!);
        await tally(item, rosterOnly(item, result));
      }
      while (n < out.notices.length) sheetNotices.push(out.notices[n++]!);
      options.onProgress?.(job.end, size);
      if (queue.length < inFlight) await submit();
    }
    if (!fallbackFrom && pos < size) fallbackFrom = { byte: pos, line: nextLine };
    if (fallbackFrom) {
      // the rest of the file in this thread, with the same mapper and indexes: same items, same order
      for (const job of queue.splice(0)) await job.done.catch(() => undefined);
      await finish();
      const lines = physicalLines(file, setup.encoding, (b) => options.onProgress?.(b, size), fallbackFrom);
      for await (const rec of csvRecords(lines, setup.delimiter))
        for (const item of csvRowItems(mapper, rec)) {
          const result =
            item.type === 'record'
              ? dropEchoes(options.engine.evaluate(item.source, index++, evalOptions), locale)
              : undefined;
          flushNotices();
          await tally(item, rosterOnly(item, result));
        }
      flushNotices();
    }
    for (const item of mapper.end()) await tally(item, undefined);
    if (mapper.layout) source.layouts.push(mapper.layout);
    return workers.threads;
  } finally {
    await fh.close();
    await finish();
  }
}
