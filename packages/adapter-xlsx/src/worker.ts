/**
 * Worker entry for parallel evaluation (built to `dist/worker.js`; Node 20 cannot run a `.ts` worker, so in source
 * mode the pipeline evaluates in-thread). Each worker builds the core engine once and evaluates batches of records,
 * or parses, converts and evaluates a byte range of a CSV file.
 */
import { coreEngine } from '@dieule/core';
import type { EvaluateOptions, RecordResult, SourceRecord } from '@dieule/core/kernel';
import { type CsvRangeResult, type CsvRangeTask, runCsvRange } from './csv-parallel.js';
import { type RosterCompact, slimResult } from './roster-results.js';

/** A batch of records to evaluate. */
export interface WorkerTask {
  readonly kind?: 'records';
  readonly records: readonly SourceRecord[];
  /** Index of the first record in the whole input. */
  readonly offset: number;
  readonly options: EvaluateOptions;
  /** Send back slim results (see `ValidateRosterOptions.compact`). */
  readonly compact?: RosterCompact;
}

/** What a worker sends back. */
export interface WorkerResult {
  readonly ruleSetHash: string;
  readonly results: RecordResult[];
}

let engine: ReturnType<typeof coreEngine> | undefined;

export default function evaluateBatch(task: WorkerTask | CsvRangeTask): WorkerResult | CsvRangeResult {
  engine ??= coreEngine();
  if (task.kind === 'csvRange') return runCsvRange(task, engine);
  const e = engine;
  const results = task.records.map((r, i) => e.evaluate(r, task.offset + i, task.options));
  const compact = task.compact;
  if (compact) {
    // the values stay here: aggregates are observed here, the main thread's accumulator only counts
    const acc = e.accumulator(task.options, false);
    for (let i = 0; i < results.length; i++) {
      acc.add(results[i]!);
      results[i] = slimResult(results[i]!, compact);
    }
  }
  return { ruleSetHash: e.ruleSetHash, results };
}
