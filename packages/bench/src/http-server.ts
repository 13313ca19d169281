/**
 * The service under test, in its own process (so its memory is measured alone): the built `@dieule/adapter-http`
 * with the worker pool, on 127.0.0.1 and a free port. Prints `PORT <n>` once listening.
 */
import { createLogger, startServer } from '@dieule/adapter-http';

const server = await startServer({
  today: () => '2026-11-23',
  host: '127.0.0.1',
  port: 0,
  config: { limits: { maxBodyBytes: 16 * 1024 * 1024, maxRecords: 200_000 } },
  logger: createLogger({ write: () => {} }, 'silent'),
});
process.stdout.write(`PORT ${server.port} THREADS ${server.threads}\n`);
process.on('SIGTERM', () => {
  server.close().then(() => process.exit(0));
});
