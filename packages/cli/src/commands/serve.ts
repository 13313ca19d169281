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
import { type RegisterCommand, textsOf } from './context.js';

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
  const t = textsOf(ctx);
  program
    .command('serve')
    .description(t('serve.description'))
    .option('--config <file>', t('serve.config'))
    .option('--port <n>', t('serve.port'), '8787')
    .option('--host <address>', t('serve.host'), '127.0.0.1')
    .option('--insecure', t('serve.insecure'))
    .option('--plugin <module>', t('serve.plugin'), collect, [])
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(t('serve.errPort', { value: opts.port }));
      let config: ServerConfig | undefined;
      if (opts.config) {
        try {
          config = loadServerConfig(opts.config);
        } catch (e) {
          if (e instanceof ConfigError)
            throw new UsageError(t('serve.errConfig', { file: opts.config, detail: e.message }));
          throw e;
        }
      }
      const authenticated = config ? hasAuthentication(config) : false;
      if (!isLoopback(opts.host) && !authenticated && !opts.insecure)
        throw new UsageError(t('serve.errInsecure', { host: opts.host }));
      if (!isLoopback(opts.host) && !authenticated)
        ctx.io.stderr.write(`dieule: WARNING: listening on ${opts.host} WITHOUT authentication (--insecure)\n`);
      const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
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
        if (e instanceof ConfigError)
          throw new UsageError(t('serve.errConfig', { file: String(opts.config), detail: e.message }));
        if ((e as Error)?.name === 'StoreError')
          throw new UsageError(t('serve.errDatabase', { detail: (e as Error).message }));
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
