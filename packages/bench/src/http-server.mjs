// The service under test, in its own process (so its memory is measured alone) and in plain Node (no TypeScript
// loader, so the worker threads load exactly the same built code and are used): the built @dieule/adapter-http on
// 127.0.0.1 and a free port, queue large enough for 50 connections. Prints `PORT <n> THREADS <n>` once listening.
// With BENCH_DB=1 the service also has a store: an in-memory PGlite seeded with 200 members of CB-1.
import { createLogger, startServer } from '@dieule/adapter-http';

let store;
if (process.env.BENCH_DB) {
  const { openStore } = await import('@dieule/adapter-postgres');
  store = await openStore();
  await store.migrate();
  await store.putOrganizations([{ kind: 'organization', id: 'CB-1', name: 'Chi bộ 1', type: 'grassrootsCell' }]);
  for (let i = 0; i < 200; i++)
    await store.putMember({
      kind: 'member',
      id: `M${i}`,
      person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male' },
      organization: 'CB-1',
      events: [
        { type: 'admissionDecision', date: '2015-07-26' },
        { type: 'admissionCeremony', date: '2015-08-10' },
        { type: 'recognitionDecision', date: '2016-08-12' },
      ],
    });
}

const server = await startServer({
  today: () => '2026-11-23',
  host: '127.0.0.1',
  port: 0,
  config: { limits: { maxBodyBytes: 16 * 1024 * 1024, maxRecords: 200_000 } },
  pool: { maxQueue: 64 },
  ...(store ? { store } : {}),
  logger: createLogger({ write: (s) => (s.includes('"level":40') ? process.stderr.write(s) : undefined) }),
});
process.stdout.write(`PORT ${server.port} THREADS ${server.threads}\n`);
process.on('SIGTERM', () => {
  server.close().then(() => process.exit(0));
});
