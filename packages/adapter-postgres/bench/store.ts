// Store benchmark: import of N synthetic roster rows (NDJSON interchange records) into PGlite (in memory) and into
// the PostgreSQL server, then validate, worklist and annual report over them. Prints rows/s, members/s, seconds
// and peak RSS. Usage:
//   node --conditions=@dieule/source --import tsx packages/adapter-postgres/bench/store.ts [N] [pglite|server|both]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { annualReport, importRoster, openStore, type Store, validateStore, worklist } from '../src/index.js';

const N = Number(process.argv[2] ?? 10000);
const which = process.argv[3] ?? 'both';
const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dir = mkdtempSync(join(tmpdir(), 'dieule-bench-'));
const file = join(dir, 'roster.ndjson');
const orgs = Array.from({ length: 50 }, (_, i) => ({
  kind: 'organization',
  id: `CB-${i}`,
  name: `Chi bộ ${i}`,
  type: 'cell',
  parent: 'DB',
}));
const lines = [
  JSON.stringify({ kind: 'organization', id: 'DB', name: 'Đảng bộ', type: 'grassrootsCommittee' }),
  ...orgs.map((o) => JSON.stringify(o)),
];
for (let i = 0; i < N; i++) {
  const y = 1990 + (i % 35);
  lines.push(
    JSON.stringify({
      kind: 'member',
      id: `B-${String(i).padStart(7, '0')}`,
      person: {
        fullName: 'Nguyễn Văn Bảo',
        birthDate: `${y - 25}-0${1 + (i % 9)}-1${i % 10}`,
        sex: i % 2 ? 'female' : 'male',
      },
      organization: `CB-${i % 50}`,
      events: [
        { type: 'admissionDecision', date: `${y}-03-02` },
        { type: 'admissionCeremony', date: `${y}-03-20` },
        ...(y < 2025 ? [{ type: 'recognitionDecision', date: `${y + 1}-03-25` }] : []),
      ],
    }),
  );
}
writeFileSync(file, `${lines.join('\n')}\n`);
let peak = 0;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;

async function run(name: string, store: Store) {
  await store.migrate();
  peak = 0;
  let t = performance.now();
  const r = await importRoster(store, file, { asOf: '2026-06-30' });
  const imp = (performance.now() - t) / 1000;
  console.log(
    `${name}: import ${r.rowsRead} rows in ${imp.toFixed(1)} s = ${Math.round(r.rowsRead / imp)} rows/s, peak RSS ${mb(peak)}`,
  );
  t = performance.now();
  const v = await validateStore(store, { asOf: '2026-06-30' });
  const val = (performance.now() - t) / 1000;
  console.log(
    `${name}: validate ${v.report.summary.records} members in ${val.toFixed(1)} s = ${Math.round(v.report.summary.records / val)} members/s`,
  );
  t = performance.now();
  const w = await worklist(store, { asOf: '2026-06-30', org: 'DB' });
  console.log(`${name}: worklist (${w.length} items) ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await annualReport(store, { year: 2025, org: 'DB' });
  console.log(`${name}: annual report ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await store.close();
}

try {
  if (which !== 'server') await run('pglite', await openStore());
  if (which !== 'pglite') {
    const schema = `dieule_bench_${process.pid}`;
    await run('server', await openStore({ url: URL_, schema }));
    const c = new pg.Client({ connectionString: URL_ });
    await c.connect();
    await c.query(`DROP SCHEMA "${schema}" CASCADE`);
    await c.end();
  }
} finally {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
}
