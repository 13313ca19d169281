import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import type { Store } from '@dieule/adapter-postgres';
import { coreEngine } from '@dieule/core';
import type { Engine } from '@dieule/core/kernel';
import { serve } from '@hono/node-server';
import { createHttpApp, type HttpAppOptions } from './app.js';
import { ConfigError, type ServerConfig } from './config.js';
import { createLogger } from './logging.js';
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

/**
 * Picks the runner: worker threads when possible (no plugin, built worker present, and a probe task shows the workers
 * run the very rule set of the service), otherwise in-thread; always bounded. `warn` hears why workers were not used.
 */
export async function createRunner(
  engine: Engine,
  pool: PoolOptions = {},
  warn: (message: string) => void = () => {},
): Promise<CheckRunner> {
  const file = pool.workerFile ?? defaultWorkerFile();
  const wanted = pool.threads ?? Math.max(1, availableParallelism() - 1);
  const maxQueue = pool.maxQueue ?? 16;
  const inThread = () => new BoundedRunner(inThreadRunner(engine), 1, maxQueue, pool.retryAfterSeconds);
  // workers run the core rules only
  if (wanted === 0 || !file || engine.plugins().length > 0) return inThread();
  const verify = pool.verifyRuleSet !== false;
  const workers = await workerRunner(file, wanted, verify ? engine.ruleSetHash : undefined);
  const hash = await workers.probe(15_000).catch(() => undefined);
  if (hash === undefined || (verify && hash !== engine.ruleSetHash)) {
    await workers.close().catch(() => {});
    warn(
      hash === undefined
        ? 'worker threads did not start; validating in-thread'
        : 'worker threads load a different rule set (another build or loader); validating in-thread',
    );
    return inThread();
  }
  return new BoundedRunner(workers, wanted, maxQueue, pool.retryAfterSeconds);
}

/**
 * Opens the store of a `database` configuration: a PGlite folder, a server URL, or `DATABASE_URL`. The database must
 * already be at this build's schema (`dieule db init` / `dieule db migrate`): a clear {@link StoreError} otherwise.
 */
export async function openConfiguredStore(
  database: NonNullable<ServerConfig['database']>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Store> {
  const { openStore } = await import('@dieule/adapter-postgres');
  const url = database.url ?? (database.dataDir ? undefined : env.DATABASE_URL);
  if (!url && !database.dataDir) throw new ConfigError('database: give dataDir or url, or set DATABASE_URL');
  const store = url
    ? await openStore({ url, ...(database.schema ? { schema: database.schema } : {}) })
    : await openStore({ dataDir: database.dataDir as string });
  try {
    await store.check();
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
  return store;
}

/** Starts the service on Node (`@hono/node-server`); port 0 picks a free port. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const engine = options.engine ?? coreEngine();
  const database = options.config?.database;
  // a store the service opened itself is closed with it; a store passed in belongs to the caller
  const owned = !options.store && database ? await openConfiguredStore(database) : undefined;
  const pool = { ...options.config?.pool, ...options.pool } as PoolOptions;
  const logger = options.logger ?? createLogger();
  const runner = options.runner ?? (await createRunner(engine, pool, (m) => logger.warn({ event: 'pool' }, m)));
  const app = createHttpApp({ ...options, engine, runner, logger, ...(owned ? { store: owned } : {}) });
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
          runner
            .close()
            .then(() => owned?.close())
            .then(() => (err ? reject(err) : resolve()), reject);
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
