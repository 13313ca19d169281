/**
 * Worker entry for parallel rule evaluation (built to `dist/worker.js`; Node 20 cannot run a `.ts` worker, so in
 * source mode the pipeline evaluates in-thread). Each worker builds the core engine once and evaluates batches.
 */
import { coreEngine } from '@dieule/core';
import type { EvaluateOptions, RecordResult, SourceRecord } from '@dieule/core/kernel';

/** A batch of records to evaluate. */
export interface WorkerTask {
  readonly records: readonly SourceRecord[];
  /** Index of the first record in the whole input. */
  readonly offset: number;
  readonly options: EvaluateOptions;
}

/** What a worker sends back. */
export interface WorkerResult {
  readonly ruleSetHash: string;
  readonly results: RecordResult[];
}

export default function evaluateBatch(task: WorkerTask): WorkerResult {
  const engine = coreEngine();
  const results = task.records.map((r, i) => engine.evaluate(r, task.offset + i, task.options));
  return { ruleSetHash: engine.ruleSetHash, results };
}
