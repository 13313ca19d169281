import { createHttpApp } from '@dieule/adapter-http';
import { serve } from '@hono/node-server';
import { loadEngine } from '../engine.js';
import { UsageError } from '../exit-codes.js';
import { collect } from '../options.js';
import type { RegisterCommand } from './context.js';

/** `dieule serve [--port 8787] [--host 127.0.0.1] [--plugin m]`: the HTTP service (see @dieule/adapter-http). */
export const registerServe: RegisterCommand = (program, ctx) => {
  program
    .command('serve')
    .description('Run the HTTP service: POST /v1/check, GET /v1/rules, /v1/documents, /v1/schema/:kind')
    .option('--port <n>', 'port', '8787')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--plugin <module>', 'load a plugin (repeatable)', collect, [])
    .action(async (opts: { port: string; host: string; plugin: string[] }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port must be 0–65535, got "${opts.port}"`);
      const app = createHttpApp({ engine: await loadEngine(ctx.io, opts.plugin), today: ctx.io.today });
      await new Promise<void>((resolve) => {
        serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
          ctx.io.stderr.write(`dieule: listening on http://${opts.host}:${info.port}\n`);
          resolve();
        });
      });
    });
};
