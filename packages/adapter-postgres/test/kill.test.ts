import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { importRoster, openStore } from '../src/index.js';
import { SERVER_URL, serverReachable } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-kill-'));
const roster = join(dir, 'big.ndjson');
const N = 1200;
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

/** Runs the child importer and kills it (SIGKILL) once it has written `after` rows. */
function importAndKill(target: string, after: number): Promise<{ killed: boolean; progressed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@dieule/source', '--import', 'tsx', join(import.meta.dirname, 'kill-import.ts'), roster, target],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let progressed = 0;
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (const m of buf.matchAll(/progress (\d+)/g)) progressed = Math.max(progressed, Number(m[1]));
      if (progressed >= after) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', progressed }));
  });
}

const up = await serverReachable();

describe('an import killed mid-way leaves no partial batch', () => {
  it('PGlite folder', { timeout: 240_000 }, async () => {
    const data = join(dir, 'data');
    const r = await importAndKill(data, 400);
    expect(r.killed).toBe(true);
    expect(r.progressed).toBeGreaterThanOrEqual(400);
    expect(r.progressed).toBeLessThan(N);
    const s = await openStore({ dataDir: data });
    const c = await s.counts();
    expect([c.members, c.member_events, c.import_batches, c.import_rows]).toEqual([0, 0, 0, 0]);
    const done = await importRoster(s, roster, { asOf: '2026-06-30' });
    expect(done).toMatchObject({ rowsRead: N, added: N });
    await s.close();
  });

  it.runIf(up || process.env.CI)('PostgreSQL server', { timeout: 240_000 }, async () => {
    const r = await importAndKill(`${SERVER_URL}#${schema}`, 400);
    expect(r.killed).toBe(true);
    const s = await openStore({ url: SERVER_URL, schema });
    const c = await s.counts();
    expect([c.members, c.member_events, c.import_batches, c.import_rows]).toEqual([0, 0, 0, 0]);
    expect((await importRoster(s, roster, { asOf: '2026-06-30' })).added).toBe(N);
    await s.close();
  });
});
