import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR_MARKER, openStore } from '@dieule/adapter-postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-db-cli-'));
const data = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const vote = { for: 9, officialMembers: 10 };
const lines = [
  { kind: 'organization', id: 'DB-XA', name: 'Đảng bộ xã An Bình', type: 'grassrootsCommittee' },
  { kind: 'organization', id: 'CB-1', name: 'Chi bộ thôn 1', type: 'cell', parent: 'DB-XA' },
  {
    kind: 'member',
    id: 'M-002',
    person: { fullName: 'Trần Thị Bình', birthDate: '2000-11-20', sex: 'female', citizenId: '001300012345' },
    organization: 'CB-1',
    events: [
      { type: 'admissionVote', date: '2025-03-03', vote },
      { type: 'admissionDecision', date: '2025-03-20' },
      { type: 'admissionCeremony', date: '2025-04-02' },
    ],
  },
];
const roster = join(dir, 'roster.ndjson');
writeFileSync(roster, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
const db = (...args: string[]) => run(['db', ...args, '--data', data], '', '2026-03-16');

describe('dieule db', () => {
  it('init, import (idempotent), validate (no-op re-run), worklist, report', { timeout: 240_000 }, async () => {
    const notInit = await db('worklist');
    expect(notInit.code).toBe(2);
    expect(notInit.stderr).toContain('dieule db init');
    expect((await db('init')).code).toBe(0);
    const imp = await db('import', roster, '--format', 'json');
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ rowsRead: 3, added: 3, rejected: 0 });
    const again = await db('import', roster, '--format', 'json');
    expect(JSON.parse(again.stdout)).toMatchObject({ duplicate: true });
    const v1 = await db('validate', '--org', 'DB-XA', '--format', 'json');
    expect(JSON.parse(v1.stdout)).toMatchObject({ reused: false, summary: { records: 1 } });
    const v2 = await db('validate', '--org', 'DB-XA');
    expect(v2.stdout).toContain('đã có');
    const wl = await db('worklist', '--within', '30wd');
    expect(wl.stdout).toContain('02/04/2026');
    expect(wl.stdout).toContain('Hết thời gian dự bị');
    const ics = await db('worklist', '--format', 'ics');
    expect(ics.stdout).toContain('BEGIN:VCALENDAR');
    const csv = await db('worklist', '--format', 'csv', '--locale', 'en');
    expect(csv.stdout.split('\n')[0]).toContain('Working days left');
    const rep = await db('report', '--year', '2025', '--format', 'json');
    const r = JSON.parse(rep.stdout);
    expect(r.to).toBe('2025-12-31');
    expect(r.organizations[0].figures.find((f: { key: string }) => f.key === 'admissions').members).toEqual(['M-002']);
    const html = await db('report', '--year', '2025', '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('data-chart="flows"');
    expect(html.stdout).toContain('data-drill="CB-1/admissions" data-count="1"');
    const table = await db('report', '--year', '2026');
    expect(table.stdout).toContain('16/03/2026'); // the period ends today when the year is not over
    for (const out of [imp, v1, wl, ics, csv, rep, html, table])
      expect(out.stdout + out.stderr).not.toContain('001300012345');
  });

  it('an unreachable server is one line and exit 2', async () => {
    const r = await run(['db', 'worklist', '--database-url', 'postgres://postgres@127.0.0.1:1/none']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a database at a newer migration than the program is one line and exit 2', { timeout: 120_000 }, async () => {
    const newer = join(dir, 'newer');
    const s = await openStore({ dataDir: newer });
    await s.migrate();
    await s.db.execute(
      `insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', 99999999999999)` as never,
    );
    await s.close();
    for (const args of [['worklist'], ['migrate'], ['import', roster]]) {
      const r = await run(['db', ...args, '--data', newer, '--locale', 'en'], '', '2026-03-16');
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('newer schema migration');
    }
  });

  it('a PGlite folder written by another version is refused with one line and exit 2', async () => {
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, DATA_DIR_MARKER), JSON.stringify({ format: 'dieule.store/1', pglite: '0.2' }));
    const r = await run(['db', 'worklist', '--data', other], '', '2026-03-16');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('phiên bản khác');
  });

  it('an unknown server driver is one line and exit 2', async () => {
    const r = await run(['db', 'worklist', '--database-url', 'postgres://postgres@127.0.0.1:1/none', '--driver', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
