import {
  ConfigError,
  createLogger,
  hasAuthentication,
  loadServerConfig,
  type RunningServer,
  type ServerConfig,
  startServer,
} from '@dieule/adapter-http';
import { loadEngine } from '../engine.js';
import { UsageError } from '../exit-codes.js';
import { collect } from '../options.js';
import type { RegisterCommand } from './context.js';

/** Loopback addresses: the only ones `serve` listens on without authentication (unless `--insecure`). */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

interface ServeOptions {
  port: string;
  host: string;
  plugin: string[];
  config?: string;
  insecure?: boolean;
}

/**
 * `dieule serve [--config dieule.server.json] [--port 8787] [--host 127.0.0.1] [--insecure] [--plugin m]`: the HTTP
 * service (see @dieule/adapter-http and docs/guides/http.md). Refuses a non-loopback host when no authentication is
 * configured, unless `--insecure`. SIGTERM / SIGINT shut it down gracefully (in-flight requests finish).
 */
export const registerServe: RegisterCommand = (program, ctx) => {
  program
    .command('serve')
    .description(
      'Run the HTTP service (POST /v1/check, GET /v1/rules, /v1/documents, /v1/schema/:kind, /v1/health, /v1/ready, ' +
        '/v1/openapi.json, /v1/reference; with "database" in --config: members, events, import, validation runs, ' +
        'worklist, annual report, API keys)',
    )
    .option(
      '--config <file>',
      'service configuration (API keys, JWT, organizations, limits, CORS, database): dieule.server.json',
    )
    .option('--port <n>', 'port (0 = any free port)', '8787')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--insecure', 'allow a non-loopback host without authentication (never in production)')
    .option('--plugin <module>', 'load a plugin (repeatable; validation then runs in-thread)', collect, [])
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port must be 0–65535, got "${opts.port}"`);
      let config: ServerConfig | undefined;
      if (opts.config) {
        try {
          config = loadServerConfig(opts.config);
        } catch (e) {
          if (e instanceof ConfigError) throw new UsageError(`--config ${opts.config}: ${e.message}`);
          throw e;
        }
      }
      const authenticated = config ? hasAuthentication(config) : false;
      if (!isLoopback(opts.host) && !authenticated && !opts.insecure)
        throw new UsageError(
          `refusing to listen on ${opts.host} without authentication: configure apiKeys or jwt in --config, ` +
            'or pass --insecure (anyone who can reach the port could then send and read personal data)',
        );
      if (!isLoopback(opts.host) && !authenticated)
        ctx.io.stderr.write(`dieule: WARNING: listening on ${opts.host} WITHOUT authentication (--insecure)\n`);
      const engine = await loadEngine(ctx.io, opts.plugin);
      let server: RunningServer;
      try {
        server = await startServer({
          engine,
          today: ctx.io.today,
          host: opts.host,
          port,
          ...(config ? { config } : {}),
          logger: createLogger({ write: (s: string) => ctx.io.stderr.write(s) }),
        });
      } catch (e) {
        // the store could not be opened (unreachable, not initialized, another schema): one line, exit code 2;
        // the message of a store error never holds the URL's password or personal data
        if (e instanceof ConfigError) throw new UsageError(`--config ${opts.config}: ${e.message}`);
        if ((e as Error)?.name === 'StoreError') throw new UsageError(`database: ${(e as Error).message}`);
        throw e;
      }
      const auth = config
        ? [
            config.apiKeys.length ? `${config.apiKeys.length} API key(s)` : '',
            config.database?.apiKeys ? 'database API keys' : '',
            config.jwt ? 'JWT' : '',
          ]
            .filter(Boolean)
            .join(' + ') || 'none'
        : 'none';
      const db = config?.database
        ? config.database.dataDir
          ? `PGlite ${config.database.dataDir}`
          : 'PostgreSQL server'
        : 'none (validation only)';
      const where = opts.host.includes(':') && !opts.host.startsWith('[') ? `[${opts.host}]` : opts.host;
      ctx.io.stderr.write(
        `dieule: listening on http://${where}:${server.port} (authentication: ${auth}; ` +
          `validation: ${server.threads > 0 ? `${server.threads} worker thread(s)` : 'in-thread'}; database: ${db})\n`,
      );
      if (ctx.io.onServe) ctx.io.onServe(server);
      else {
        const stop = () => {
          ctx.io.stderr.write('dieule: shutting down (finishing in-flight requests)\n');
          server.close().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      }
    });
};
