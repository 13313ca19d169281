import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { coreEngine } from '@dieule/core';
import type { Engine } from '@dieule/core/kernel';
import { serve } from '@hono/node-server';
import { createHttpApp, type HttpAppOptions } from './app.js';
import {
  BoundedRunner,
  type CheckRunner,
  defaultWorkerFile,
  inThreadRunner,
  type PoolOptions,
  workerRunner,
} from './pool.js';

/** Options of {@link startServer}. */
export interface StartServerOptions extends HttpAppOptions {
  readonly port?: number;
  readonly host?: string;
  /** The validation pool (worker threads when the built worker is present and no plugin is loaded); ignored with `runner`. */
  readonly pool?: PoolOptions;
}

/** A running service. */
export interface RunningServer {
  readonly port: number;
  readonly host: string;
  /** Threads validating off the event loop (0 = in-thread). */
  readonly threads: number;
  /** Graceful shutdown: stop accepting, let in-flight requests finish, then stop the workers. */
  close(): Promise<void>;
}

/** Picks the runner: workers when possible (core rule set, built worker), otherwise in-thread; always bounded. */
export async function createRunner(engine: Engine, pool: PoolOptions = {}): Promise<CheckRunner> {
  const file = pool.workerFile ?? defaultWorkerFile();
  const wanted = pool.threads ?? Math.max(1, availableParallelism() - 1);
  // workers run the core rules only: use them when no plugin is loaded
  const sameRules = engine.plugins().length === 0;
  const maxQueue = pool.maxQueue ?? 16;
  if (wanted > 0 && file && sameRules)
    return new BoundedRunner(
      await workerRunner(file, wanted, pool.verifyRuleSet === false ? undefined : engine.ruleSetHash),
      wanted,
      maxQueue,
      pool.retryAfterSeconds,
    );
  return new BoundedRunner(inThreadRunner(engine), 1, maxQueue, pool.retryAfterSeconds);
}

/** Starts the service on Node (`@hono/node-server`); port 0 picks a free port. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const engine = options.engine ?? coreEngine();
  const pool = { ...options.config?.pool, ...options.pool } as PoolOptions;
  const runner = options.runner ?? (await createRunner(engine, pool));
  const app = createHttpApp({ ...options, engine, runner });
  const host = options.host ?? '127.0.0.1';
  let closing = false;
  // while shutting down, every response asks the client to close its connection, so keep-alive sockets end with
  // their last in-flight response instead of holding the shutdown until their idle timeout
  const fetch = async (req: Request, env: unknown) => {
    const res = await app.fetch(req, env as never);
    if (closing) {
      try {
        res.headers.set('connection', 'close');
      } catch {
        // immutable headers: Node's own idle-connection sweep below handles it
      }
    }
    return res;
  };
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch, port: options.port ?? 0, hostname: host }, () => resolve(s));
  });
  const bodyTimeout = options.config?.limits?.bodyTimeoutMs ?? 30_000;
  if ('requestTimeout' in server) {
    // Node's own guards against slowloris headers and bodies, a little beyond the service's body timeout
    server.requestTimeout = bodyTimeout + 5_000;
    server.headersTimeout = Math.min(60_000, bodyTimeout + 5_000);
  }
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    host,
    threads: runner.threads,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        server.close((err) => {
          runner.close().then(() => (err ? reject(err) : resolve()), reject);
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
