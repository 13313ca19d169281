import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Engine } from '@dieule/core/kernel';
import { type CheckOutcome, type CheckTask, runCheck } from './check.js';
import { HttpError } from './errors.js';

/** Runs check tasks somewhere (in-thread or on worker threads). */
export interface CheckRunner {
  run(task: CheckTask): Promise<CheckOutcome>;
  /** Threads used (0 = in-thread). */
  readonly threads: number;
  close(): Promise<void>;
}

/** Options of the validation pool. */
export interface PoolOptions {
  /** Worker threads (default: 1 less than the cores, at least 1). `0` = validate in-thread (plugins, tests). */
  readonly threads?: number;
  /** Tasks that may wait for a thread before the service answers 503 `OVERLOADED` (default 16). */
  readonly maxQueue?: number;
  /** Seconds in the `Retry-After` of a 503 (default 1). */
  readonly retryAfterSeconds?: number;
  /** The built worker file (default: `worker.js` beside this module, present in `dist/`). */
  readonly workerFile?: string;
  /**
   * Check that each worker's rule-set hash equals the service engine's (default true). Only a test that runs the
   * service from sources against the built worker turns it off: the hash covers rule code, which differs once built.
   */
  readonly verifyRuleSet?: boolean;
}

const WORKER_URL = (() => {
  try {
    return new URL('./worker.js', import.meta.url);
  } catch {
    return undefined;
  }
})();

/** Path of the built worker file, when this module runs from `dist/` (undefined in source mode). */
export function defaultWorkerFile(): string | undefined {
  if (WORKER_URL?.protocol !== 'file:') return undefined;
  const path = fileURLToPath(WORKER_URL);
  return existsSync(path) ? path : undefined;
}

/** In-thread runner: the engine runs on the event loop (used with plugins, or when no worker file is built). */
export function inThreadRunner(engine: Engine): CheckRunner {
  return {
    threads: 0,
    run: (task) =>
      new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(runCheck(engine, task));
          } catch (e) {
            reject(e);
          }
        }),
      ),
    close: async () => {},
  };
}

/**
 * Worker-thread runner (piscina): every thread builds the core engine once. The worker runs the core rules only, so
 * it is used only when the service's engine has no plugin. `expectedHash` (when given) is checked on every answer.
 */
export async function workerRunner(
  file: string,
  threads: number,
  expectedHash: string | undefined,
): Promise<CheckRunner & { probe(timeoutMs: number): Promise<string> }> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina<CheckTask, { outcome: CheckOutcome; ruleSetHash: string }>({
    filename: file,
    minThreads: threads,
    maxThreads: threads,
    // the bounded queue lives in BoundedRunner, which answers 503 before piscina would queue
    maxQueue: Number.POSITIVE_INFINITY,
    // the built worker loads the built core: drop a source-mode resolution condition inherited from a test runner
    execArgv: process.execArgv.filter(
      (a, i, all) => !a.startsWith('--conditions') && all[i - 1] !== '--conditions' && a !== '-C',
    ),
  });
  return {
    threads,
    async run(task) {
      const { ruleSetHash: workerHash, outcome } = await pool.run(task);
      if (expectedHash !== undefined && workerHash !== expectedHash)
        throw new Error('worker rule set differs from the service engine');
      return outcome;
    },
    /** The rule-set hash a worker reports (rejects when no worker answers in time, e.g. it failed to load). */
    async probe(timeoutMs) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const task: CheckTask = {
        text: '',
        mediaType: 'application/json',
        asOf: '2026-01-01',
        locale: 'vi',
        facts: false,
        maxRecords: 1,
        maxDepth: 1,
        allowed: null,
      };
      try {
        return await Promise.race([
          pool.run(task).then((r) => r.ruleSetHash),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('no worker answered')), timeoutMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * Bounds a runner: at most `concurrency` tasks run and `maxQueue` wait; one more is refused at once with 503
 * `OVERLOADED` and `Retry-After`, so a burst of large batches cannot pile up memory or starve the health check.
 */
export class BoundedRunner implements CheckRunner {
  readonly #inner: CheckRunner;
  readonly #concurrency: number;
  readonly #maxQueue: number;
  readonly #retryAfter: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(inner: CheckRunner, concurrency: number, maxQueue: number, retryAfterSeconds = 1) {
    this.#inner = inner;
    this.#concurrency = Math.max(1, concurrency);
    this.#maxQueue = Math.max(0, maxQueue);
    this.#retryAfter = retryAfterSeconds;
  }
  get threads(): number {
    return this.#inner.threads;
  }
  /** Tasks running and waiting now. */
  get load(): { readonly running: number; readonly waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }
  async run(task: CheckTask): Promise<CheckOutcome> {
    if (this.#running >= this.#concurrency) {
      if (this.#waiting.length >= this.#maxQueue)
        throw new HttpError('OVERLOADED', {
          retryAfterSeconds: this.#retryAfter,
          params: { seconds: this.#retryAfter },
        });
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else this.#running++;
    try {
      return await this.#inner.run(task);
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
  close(): Promise<void> {
    return this.#inner.close();
  }
}
