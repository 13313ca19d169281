import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR_MARKER, openStore } from '@dieule/adapter-postgres';
import { allMembers, appointment2025, orgs, round2025, vote2025 } from '@dieule/adapter-postgres/testing';
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

  it('put a bundle (ranking round, cadre file, confidence vote), list it, validate it, report its ranking', {
    timeout: 240_000,
  }, async () => {
    const data2 = join(dir, 'records');
    const rdb = (...args: string[]) => run(['db', ...args, '--data', data2], '', '2026-03-16');
    const file = join(dir, 'bundle.json');
    writeFileSync(
      file,
      JSON.stringify({
        kind: 'bundle',
        format: 'dieule.records/2',
        organizations: orgs,
        members: allMembers,
        rankingRounds: [round2025],
        cadreFiles: [appointment2025],
        confidenceVotes: [vote2025],
      }),
    );
    expect((await rdb('init')).code).toBe(0);
    const put = await rdb('put', file, '--format', 'json');
    expect(put.code).toBe(0);
    const p = JSON.parse(put.stdout);
    expect(p.organizations).toEqual({ added: 4, changed: 0 });
    expect(p.members.added).toBe(4);
    expect(p.records.map((r: { created: boolean }) => r.created)).toEqual([true, true, true]);
    const again = await rdb('put', file);
    expect(again.stdout).toContain('Đợt xếp loại: thêm mới 0, cập nhật 0');
    const list = JSON.parse((await rdb('list', '--year', '2025', '--format', 'json')).stdout);
    expect(list.rankingRounds[0].record).toEqual(round2025);
    expect(list.cadreFiles[0].record).toEqual(appointment2025);
    expect((await rdb('list', '--kind', 'vote')).stdout).toContain('Lấy phiếu tín nhiệm PTN-2025-DB-XA');
    const v = await rdb('validate', '--org', 'DB-XA', '--format', 'json');
    expect(v.code).toBe(1);
    const rules = JSON.parse(v.stdout).records.issues.map((i: { ruleId: string }) => i.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['ranking.quota.members', 'bundle.crossRecord']));
    expect((await rdb('validate', '--org', 'DB-XA')).stdout).toContain(
      'Đợt xếp loại, hồ sơ cán bộ, lấy phiếu tín nhiệm',
    );
    const table = await rdb('report', '--year', '2025', '--org', 'DB-XA');
    expect(table.stdout).toContain('Đảng viên: 2 được đánh giá — HTXS 1 (50%), HTT 1 (50%)');
    expect(table.stdout).toContain('VƯỢT TỶ LỆ HTXS — XL-2025-DB-XA, đảng viên, nhóm DB-XA');
    const html = await rdb('report', '--year', '2025', '--format', 'html');
    expect(html.stdout).toContain('data-quota="breach"');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ kind: 'dues' }]));
    const refused = await rdb('put', bad, '--locale', 'en');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('record 1 is of kind “dues”');
    for (const out of [put, v, table, html]) expect(out.stdout + out.stderr).not.toMatch(/\d{12}/);
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
