import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { importRoster, openStore, type Store, tables } from '../src/index.js';
import { SERVER_URL, serverReachable } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-kill-'));
const roster = join(dir, 'big.ndjson');
/** Rows of the file, rows per batch, and the batch the child dies in (written, not committed). */
const N = 300;
const BATCH = 50;
const KILLED_IN = 3;
const EVENTS = 3;
writeFileSync(
  roster,
  Array.from({ length: N }, (_, i) =>
    JSON.stringify({
      kind: 'member',
      id: `K-${String(i).padStart(5, '0')}`,
      person: { fullName: 'Nguyễn Văn Kiên', birthDate: '1980-01-01', sex: 'male' },
      organization: 'CB-1',
      events: [
        { type: 'admissionDecision', date: '2010-01-05' },
        { type: 'admissionCeremony', date: '2010-01-20' },
        { type: 'recognitionDecision', date: '2011-01-25' },
      ],
    }),
  ).join('\n'),
);
const schema = `dieule_kill_${process.pid}`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (await serverReachable()) {
    const c = new pg.Client({ connectionString: SERVER_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
});

/** Runs the child importer, which kills itself inside the transaction of batch `KILLED_IN`. */
function importAndDie(target: string): Promise<{ killed: boolean; progressed: number; done: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=@dieule/source',
        '--import',
        'tsx',
        join(import.meta.dirname, 'kill-import.ts'),
        roster,
        target,
        String(BATCH),
        String(KILLED_IN * BATCH),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      resolve({
        killed: signal === 'SIGKILL',
        progressed: Math.max(0, ...[...out.matchAll(/progress (\d+)/g)].map((m) => Number(m[1]))),
        done: out.includes('done'),
      }),
    );
  });
}

/** What the killed import left, then the rerun and a second rerun of the same file. */
async function checkAfterKill(s: Store): Promise<void> {
  const committed = (KILLED_IN - 1) * BATCH;
  const c = await s.counts();
  // whole batches only: the batch the child died in left no member, event or row
  expect([c.members, c.member_events, c.import_batches, c.import_rows]).toEqual([
    committed,
    committed * EVENTS,
    1,
    committed,
  ]);
  const [batch] = await s.db.select().from(tables.importBatches);
  expect(batch).toMatchObject({ rowsRead: committed, membersAdded: committed, eventsAdded: committed * EVENTS });
  // the same file again resumes the batch: the rest is added, every row accounted for once
  const done = await importRoster(s, roster, { asOf: '2026-06-30', batchRows: 64 });
  expect(done).toMatchObject({ duplicate: false, batchId: batch!.id, rowsRead: N, added: N, eventsAdded: N * EVENTS });
  const after = await s.counts();
  expect([after.members, after.member_events, after.import_batches, after.import_rows]).toEqual([N, N * EVENTS, 1, N]);
  const ordinals = (await s.db.select({ o: tables.importRows.ordinal }).from(tables.importRows)).map((r) => r.o);
  expect(new Set(ordinals).size).toBe(N);
  // and once more: a complete file adds nothing
  expect(await importRoster(s, roster, { asOf: '2026-06-30' })).toMatchObject({ duplicate: true, added: 0 });
  expect(await s.counts()).toEqual(after);
}

const up = await serverReachable();

describe('an import killed inside a batch leaves whole batches only; the same file again completes it', () => {
  it('PGlite folder', { timeout: 120_000 }, async () => {
    const data = join(dir, 'data');
    const r = await importAndDie(data);
    expect(r).toEqual({ killed: true, progressed: (KILLED_IN - 1) * BATCH, done: false });
    const s = await openStore({ dataDir: data });
    try {
      await checkAfterKill(s);
    } finally {
      await s.close();
    }
  });

  it.runIf(up || process.env.CI)('PostgreSQL server', { timeout: 120_000 }, async () => {
    const r = await importAndDie(`${SERVER_URL}#${schema}`);
    expect(r).toEqual({ killed: true, progressed: (KILLED_IN - 1) * BATCH, done: false });
    const s = await openStore({ url: SERVER_URL, schema });
    try {
      await checkAfterKill(s);
    } finally {
      await s.close();
    }
  });
});
