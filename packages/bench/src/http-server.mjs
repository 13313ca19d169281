// The service under test, in its own process (so its memory is measured alone) and in plain Node (no TypeScript
// loader, so the worker threads load exactly the same built code and are used): the built @dieule/adapter-http on
// 127.0.0.1 and a free port, queue large enough for 50 connections. Prints `PORT <n> THREADS <n>` once listening.
import { createLogger, startServer } from '@dieule/adapter-http';

const server = await startServer({
  today: () => '2026-11-23',
  host: '127.0.0.1',
  port: 0,
  config: { limits: { maxBodyBytes: 16 * 1024 * 1024, maxRecords: 200_000 } },
  pool: { maxQueue: 64 },
  logger: createLogger({ write: (s) => (s.includes('"level":40') ? process.stderr.write(s) : undefined) }),
});
process.stdout.write(`PORT ${server.port} THREADS ${server.threads}\n`);
process.on('SIGTERM', () => {
  server.close().then(() => process.exit(0));
});
