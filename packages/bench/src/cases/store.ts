// The store (issue 11): import of a synthetic roster into PGlite (a data folder) or the PostgreSQL server, then
// `db validate`, the worklist and the annual report over it. Two ways to run it:
//   - with the other cases (`pnpm bench store`): small, repeatable cases over a 2,000-member PGlite store;
//   - on its own, for the large figures (one driver per process, so peak RSS is that driver's):
//       node --conditions=@dieule/source --import tsx packages/bench/src/cases/store.ts 100000 pglite
//       node --conditions=@dieule/source --import tsx packages/bench/src/cases/store.ts 100000 server
//     prints one JSON line of figures (rows/s, RSS during the import, members/s, seconds);
//   - one phase per process over a kept server schema (each command's own peak RSS):
//       node … store.ts phase import NAME 200000; … phase validate NAME 0 2026-06-30; … phase report NAME; … phase drop NAME
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  annualReport,
  importRoster,
  openStore,
  type ServerDriver,
  type Store,
  validateStore,
  worklist,
} from '@dieule/adapter-postgres';
import type { BenchCase } from '../case.js';

const asOf = '2026-06-30' as const;
/** Cells under one committee. */
const CELLS = 50;

/** Writes a synthetic NDJSON roster: one committee, 50 cells, `n` members with 2–4 events each. Streamed. */
export async function writeSyntheticRoster(file: string, n: number, seed = 1): Promise<void> {
  const out = createWriteStream(file);
  const write = (line: string) =>
    out.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(JSON.stringify({ kind: 'organization', id: 'DB', name: 'Đảng bộ', type: 'grassrootsCommittee' }));
  for (let i = 0; i < CELLS; i++)
    await write(
      JSON.stringify({ kind: 'organization', id: `CB-${i}`, name: `Chi bộ ${i}`, type: 'cell', parent: 'DB' }),
    );
  for (let i = 0; i < n; i++) {
    const k = (i * 7919 + seed) % 1000003;
    const y = 1990 + (k % 36);
    const events: unknown[] = [
      { type: 'admissionDecision', date: `${y}-03-02` },
      { type: 'admissionCeremony', date: `${y}-03-20` },
    ];
    if (y < 2025) events.push({ type: 'recognitionDecision', date: `${y + 1}-03-25` });
    if (k % 17 === 0) events.push({ type: 'voluntaryExit', date: `2025-0${1 + (k % 9)}-15` });
    await write(
      JSON.stringify({
        kind: 'member',
        id: `B-${String(i).padStart(8, '0')}`,
        person: {
          fullName: 'Nguyễn Văn Bảo',
          birthDate: `${y - 20 - (k % 30)}-0${1 + (k % 9)}-1${k % 10}`,
          sex: k % 2 ? 'female' : 'male',
        },
        organization: `CB-${i % CELLS}`,
        events,
      }),
    );
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

/** Where the store of a measurement lives. */
export type StoreTarget = 'pglite' | 'server' | 'server-postgres-js';

/** Figures of one measurement. */
export interface StoreFigures {
  readonly target: StoreTarget;
  readonly rows: number;
  readonly importSeconds: number;
  readonly rowsPerSecond: number;
  /** RSS (MB) sampled after each written chunk: at the first chunk, at half the file, and the highest. */
  readonly rssFirstChunkMb: number;
  readonly rssHalfMb: number;
  readonly rssImportPeakMb: number;
  readonly validateSeconds?: number;
  readonly membersPerSecond?: number;
  readonly worklistSeconds?: number;
  readonly worklistItems?: number;
  readonly reportSeconds?: number;
  /** Peak RSS of the whole process (MB), all phases. */
  readonly maxRssMb: number;
}

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const mb = (b: number) => Math.round(b / 1048576);

async function open(target: StoreTarget, dir: string): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (target === 'pglite') {
    const store = await openStore({ dataDir: join(dir, 'data') });
    return { store, drop: async () => {} };
  }
  const schema = `dieule_bench_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const driver: ServerDriver = target === 'server' ? 'node-postgres' : 'postgres-js';
  const store = await openStore({ url: SERVER_URL, schema, driver });
  return {
    store,
    drop: async () => {
      const admin = await openStore({ url: SERVER_URL, driver });
      await admin.db.execute(`DROP SCHEMA IF EXISTS "${schema}" CASCADE` as never);
      await admin.close();
    },
  };
}

/** Imports `rows` synthetic members into a new store, then (unless `importOnly`) validates and reports over it. */
export async function measureStore(options: {
  rows: number;
  target: StoreTarget;
  importOnly?: boolean;
  batchRows?: number;
}): Promise<StoreFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'dieule-bench-store-'));
  const file = join(dir, 'roster.ndjson');
  const { store, drop } = await open(options.target, dir);
  try {
    await writeSyntheticRoster(file, options.rows);
    await store.migrate();
    const total = options.rows + CELLS + 1;
    const rss: number[] = [];
    let half = 0;
    let t = performance.now();
    const r = await importRoster(store, file, {
      asOf,
      ...(options.batchRows ? { batchRows: options.batchRows } : {}),
      onProgress: (n) => {
        const now = process.memoryUsage().rss;
        rss.push(now);
        if (!half && n >= total / 2) half = now;
      },
    });
    const importSeconds = (performance.now() - t) / 1000;
    if (r.rowsRead !== total) throw new Error(`read ${r.rowsRead} rows of ${total}`);
    const base = {
      target: options.target,
      rows: r.rowsRead,
      importSeconds: round(importSeconds),
      rowsPerSecond: Math.round(r.rowsRead / importSeconds),
      rssFirstChunkMb: mb(rss[0] ?? 0),
      rssHalfMb: mb(half || (rss[0] ?? 0)),
      rssImportPeakMb: mb(Math.max(...rss)),
    };
    if (options.importOnly) return { ...base, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
    t = performance.now();
    const v = await validateStore(store, { asOf });
    const validateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const w = await worklist(store, { asOf, org: 'DB' });
    const worklistSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    await annualReport(store, { year: 2025, org: 'DB' });
    const reportSeconds = (performance.now() - t) / 1000;
    return {
      ...base,
      validateSeconds: round(validateSeconds),
      membersPerSecond: Math.round(v.report.summary.records / validateSeconds),
      worklistSeconds: round(worklistSeconds),
      worklistItems: w.length,
      reportSeconds: round(reportSeconds),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await store.close().catch(() => {});
    await drop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

// ------------------------------------------------------------------ cases for `pnpm bench store`

const MEMBERS = 2000;
let shared: Store | undefined;
async function setup(): Promise<void> {
  if (shared) return;
  const dir = mkdtempSync(join(tmpdir(), 'dieule-bench-store-case-'));
  const file = join(dir, 'roster.ndjson');
  await writeSyntheticRoster(file, MEMBERS);
  shared = await openStore();
  await shared.migrate();
  await importRoster(shared, file, { asOf });
  rmSync(dir, { recursive: true, force: true });
}
let asOfDay = 0;
/** A different as-of date per run, so `validateStore` evaluates again instead of reusing the stored run. */
const nextAsOf = () => `2026-07-${String(1 + (asOfDay++ % 28)).padStart(2, '0')}` as const;

/** Validate, worklist and annual report over a 2,000-member PGlite store (in memory). */
export const storeCases: readonly BenchCase[] = [
  {
    group: 'store',
    name: `db validate ${MEMBERS} members (PGlite)`,
    itemsPerRun: MEMBERS,
    unit: 'members',
    setup,
    run: () => validateStore(shared!, { asOf: nextAsOf() as never }),
  },
  {
    group: 'store',
    name: `worklist ${MEMBERS} members (PGlite)`,
    itemsPerRun: MEMBERS,
    unit: 'members',
    setup,
    run: () => worklist(shared!, { asOf, org: 'DB' }),
  },
  {
    group: 'store',
    name: `annual report ${MEMBERS} members (PGlite)`,
    itemsPerRun: MEMBERS,
    unit: 'members',
    setup,
    run: () => annualReport(shared!, { year: 2025, org: 'DB' }),
  },
];

/**
 * One phase over a server schema kept between processes, so that `/usr/bin/time -v` gives each command's own peak
 * RSS: `import` fills schema `name` (kept), `validate` / `report` run over it, `drop` removes it.
 */
export async function storePhase(
  phase: 'import' | 'validate' | 'report' | 'drop',
  name: string,
  rows: number,
  phaseAsOf: string,
): Promise<Record<string, number | string>> {
  const schema = `dieule_bench_${name.replace(/[^a-z0-9_]/g, '')}`;
  const store = await openStore({ url: SERVER_URL, schema, driver: 'node-postgres' });
  const t = performance.now();
  const out: Record<string, number | string> = { phase, schema };
  try {
    if (phase === 'drop') {
      await store.db.execute(`DROP SCHEMA IF EXISTS "${schema}" CASCADE` as never);
    } else if (phase === 'import') {
      const dir = mkdtempSync(join(tmpdir(), 'dieule-bench-store-'));
      try {
        const file = join(dir, 'roster.ndjson');
        await writeSyntheticRoster(file, rows);
        await store.migrate();
        out.rowsRead = (await importRoster(store, file, { asOf })).rowsRead;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else if (phase === 'validate') {
      // as `dieule db validate` runs it (the table output: counts only; old code ignores the option)
      const v = await validateStore(store, { asOf: phaseAsOf as never, keepIssues: false });
      out.records = v.report.summary.records;
      out.reused = String(v.reused);
    } else {
      const r = await annualReport(store, { year: 2025, org: 'DB' });
      out.organizations = r.organizations.length;
      out.json = JSON.stringify(r).length;
    }
  } finally {
    await store.close().catch(() => {});
  }
  return {
    ...out,
    seconds: round((performance.now() - t) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'phase') {
  // node … store.ts phase <import|validate|report|drop> <schema name> [rows] [as-of]
  const [, , , phase, name, n, d] = process.argv;
  console.log(JSON.stringify(await storePhase(phase as never, name!, Number(n ?? 10000), d ?? asOf)));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? 10000);
  const target = (process.argv[3] ?? 'pglite') as StoreTarget;
  const importOnly = process.argv.includes('--import-only');
  const figures = await measureStore({ rows, target, importOnly });
  console.log(JSON.stringify({ node: process.version, ...figures }));
}
