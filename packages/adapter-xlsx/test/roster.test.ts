import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberKind, validate } from '@dieule/core';
import { createEngine } from '@dieule/core/kernel';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvRosterWriter,
  csvField,
  encodeTcvn3,
  foldText,
  neutraliseFormula,
  openRoster,
  type RosterItem,
  rosterLocales,
  validateRoster,
  XlsxRosterWriter,
} from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-roster-'));
const asOf = '2026-11-23' as const;
// a bare engine (member schema only): importer behaviour without depending on the rule families
const engine = createEngine({
  packs: [{ provenance: { source: 'core', version: 'test' }, rules: [], recordKinds: [memberKind] }],
});

function csv(name: string, lines: string[], encoding: BufferEncoding = 'utf8'): string {
  const f = join(dir, name);
  writeFileSync(f, lines.join('\r\n'), encoding);
  return f;
}

async function items(file: string, opts: Record<string, unknown> = {}) {
  const src = openRoster(file, { asOf, ...opts });
  const out: RosterItem[] = [];
  for await (const it of src) out.push(it);
  return { items: out, records: out.filter((i) => i.type === 'record'), src };
}

const HEADER =
  'STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số thẻ đảng viên,Chi bộ,Ngày vào Đảng,Ngày chính thức,Trạng thái,Xếp loại 2025';

describe('import', () => {
  it('finds the header under title lines and accounts for every row', async () => {
    const f = csv('a.csv', [
      'ĐẢNG BỘ XÃ AN BÌNH',
      'DANH SÁCH ĐẢNG VIÊN',
      HEADER,
      '1,Nguyễn Văn An,02/03/1984,Nam,087084000999,01001234,Chi bộ 1,15/05/2010,15/05/2011,Chính thức,HTT',
      ',,,,,,,,,,',
      HEADER,
      'Tổng cộng,1',
    ]);
    const { items: all, records } = await items(f);
    expect(all.map((i) => (i.type === 'skip' ? i.reason : 'record'))).toEqual([
      'title',
      'title',
      'header',
      'record',
      'empty',
      'repeatedHeader',
      'total',
    ]);
    expect(records[0]!.type === 'record' && records[0]!.source.value).toMatchObject({
      kind: 'member',
      person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', partyCardNumber: '01001234' },
      organization: 'Chi bộ 1',
      events: [
        { type: 'admissionDecision', date: '2010-05-15' },
        { type: 'admissionCeremony', date: '2010-05-15' },
        { type: 'recognitionDecision', date: '2011-05-15', effectiveOn: '2011-05-15' },
      ],
    });
  });

  it('regression: a six-month probation is one recognition-timing error, not a ceremony before the admission', async () => {
    // "Ngày chính thức" only 6 months after "Ngày vào Đảng": the ceremony used to be inferred 12 months before
    // recognition, i.e. before the admission decision, and two history errors with event names were reported.
    const f = csv('short-probation.csv', [
      HEADER,
      '1,Nguyễn Văn An,02/03/1984,Nam,087084000999,01001234,Chi bộ 1,10/01/2020,10/07/2020,Chính thức,',
    ]);
    const { records } = await items(f);
    const rec = records[0]!.type === 'record' ? records[0]!.source.value : undefined;
    expect(rec).toMatchObject({
      events: [
        { type: 'admissionDecision', date: '2020-01-10' },
        { type: 'admissionCeremony', date: '2020-01-10' },
        { type: 'recognitionDecision', date: '2020-07-10' },
      ],
    });
    const report = validate([rec], { asOf });
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.ruleId)).toEqual(['member.recognition.timing']);
    expect(errors[0]!.message).toContain('10/01/2021');
    expect(report.issues.some((i) => i.ruleId === 'member.history.consistency')).toBe(false);
  });

  it('points every issue at its cell and masks citizen IDs', async () => {
    const f = csv('dups.csv', [
      HEADER,
      '1,Nguyễn Văn An,02/03/1984,Nam,087084000999,01001234,Chi bộ 1,15/05/2010,15/05/2011,Chính thức,HTT',
      '2,Nguyễn  Văn An,02/03/1984,Nam,087084000999,01001234,Chi bộ 1,15/05/2010,15/05/2009,Chính thức,Tốt lắm',
      '3,Trần Thị Bình,5/3/85,X,001185000123,01001299,Chi bộ 2,1990,,Dự bị,',
    ]);
    const { records } = await items(f);
    const issues = records.flatMap((r) => (r.type === 'record' ? (r.source.issues ?? []) : []));
    const by = (id: string) => issues.find((i) => i.ruleId === id)!;
    expect(by('roster.duplicate.citizenId')).toMatchObject({ location: 'dups!E3', severity: 'error' });
    expect(by('roster.duplicate.citizenId').message).toContain('087*******99');
    expect(JSON.stringify(issues)).not.toContain('087084000999');
    expect(by('roster.duplicate.partyCard').location).toBe('dups!F3');
    expect(by('roster.duplicate.nameBirth')).toMatchObject({ location: 'dups!B3', severity: 'warning' });
    expect(by('roster.order').location).toBe('dups!I3');
    expect(by('roster.value.ranking').location).toBe('dups!K3');
    expect(by('roster.text.spaces').location).toBe('dups!B3');
    expect(by('roster.date.twoDigitYear').location).toBe('dups!C4');
    expect(by('roster.value.sex').location).toBe('dups!D4');
    expect(by('roster.date.partial').location).toBe('dups!H4');
  });

  it('one month-first date is a typo; a month-first column makes short dates ambiguous', async () => {
    const head = 'Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng';
    const typo = csv('typo.csv', [
      head,
      'A An,01/01/1980,Nam,12/25/2010',
      'B Bình,01/01/1980,Nam,25/12/2010',
      'C Chi,01/01/1980,Nữ,05/03/2011',
    ]);
    const ids = async (f: string) =>
      (await items(f)).records.flatMap((r) =>
        r.type === 'record' ? (r.source.issues ?? []).map((i) => i.ruleId) : [],
      );
    expect(await ids(typo)).toEqual(['roster.date.monthFirst']);
    const us = csv('us.csv', [
      head,
      'A An,01/01/1980,Nam,12/25/2010',
      'B Bình,01/01/1980,Nam,11/20/2010',
      'C Chi,01/01/1980,Nữ,05/03/2011',
    ]);
    expect(await ids(us)).toEqual(['roster.date.monthFirst', 'roster.date.monthFirst', 'roster.date.ambiguous']);
  });

  it('reads a TCVN3 CSV saved as Latin-1', async () => {
    const f = csv(
      'legacy.csv',
      [
        encodeTcvn3('Họ và tên,Ngày sinh,Giới tính,Chi bộ'),
        encodeTcvn3('Nguyễn Văn Đức,01/01/1980,Nam,Chi bộ số 1'),
        encodeTcvn3('Trần Thị Thu Hằng,02/02/1982,Nữ,Chi bộ số 2'),
      ],
      'latin1',
    );
    const { records, src } = await items(f);
    expect(
      records.map((r) => r.type === 'record' && (r.source.value as { person: { fullName: string } }).person.fullName),
    ).toEqual(['Nguyễn Văn Đức', 'Trần Thị Thu Hằng']);
    // one file-level notice states the detection; no per-cell conversion noise
    expect(src.notices.filter((n) => n.code === 'fileEncoding').map((n) => n.detail)).toEqual(['tcvn3']);
    const conv = records.flatMap((r) => (r.type === 'record' ? (r.source.issues ?? []) : []));
    expect(conv.filter((i) => i.ruleId === 'roster.text.legacyEncoding')).toEqual([]);
  });

  it('reads an xlsx sheet typed in TCVN3 (.VnTime), with date cells and serial numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    const font = { name: '.VnTime' };
    ws.addRow([encodeTcvn3('DANH SÁCH ĐẢNG VIÊN')]).font = font;
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng'].map(encodeTcvn3)).font = font;
    const r = ws.addRow([encodeTcvn3('Lê Thị Hà'), new Date(Date.UTC(1990, 4, 6)), encodeTcvn3('Nữ'), 40000]);
    r.font = font;
    r.getCell(2).numFmt = 'dd/mm/yyyy';
    const f = join(dir, 'legacy.xlsx');
    await wb.xlsx.writeFile(f);
    const { records } = await items(f);
    expect(records[0]!.type === 'record' && records[0]!.source.value).toMatchObject({
      person: { fullName: 'Lê Thị Hà', birthDate: '1990-05-06', sex: 'female' },
      events: [{ type: 'admissionDecision', date: '2009-07-06' }, { type: 'admissionCeremony' }],
    });
  });

  it('reads NDJSON rows and records through the same path', async () => {
    const f = join(dir, 'rows.ndjson');
    writeFileSync(
      f,
      [
        JSON.stringify({ 'Họ và tên': 'Phạm Văn Cường', 'Ngày sinh': '01/02/1970', 'Giới tính': 'Nam' }),
        '',
        JSON.stringify({ kind: 'member', person: { fullName: 'A B', birthDate: '1980-01-01', sex: 'male' } }),
      ].join('\n'),
    );
    const { items: all } = await items(f);
    expect(all.map((i) => i.type).sort()).toEqual(['record', 'record', 'skip']);
  });
});

describe('row accounting (property)', () => {
  const cell = fc.oneof(
    fc.constant(''),
    fc.constantFrom(
      'Nguyễn Văn An',
      'x',
      'Tổng cộng',
      '05/03/1980',
      '1950',
      '31/02/2020',
      '12/25/1980',
      'Nam',
      'Nữ',
      '=1+1',
      '"q"',
      'HTXS',
    ),
    fc.string({ maxLength: 8 }),
  );
  it('rows read = valid + with errors + skipped, for any generated roster', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 25 }),
        fc.boolean(),
        async (rows, title) => {
          const lines = [
            ...(title ? ['DANH SÁCH'] : []),
            'Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Trạng thái,Xếp loại 2025',
          ];
          for (const r of rows) lines.push(r.map((v) => csvField(v)).join(','));
          const f = csv(`p${n++}.csv`, lines);
          const run = await validateRoster(f, { engine, asOf });
          const a = run.accounting;
          expect(a.rowsRead).toBe(a.valid + a.withErrors + a.skipped);
          expect(a.rowsRead).toBe(lines.length);
          expect(a.records).toBe(run.summary.records);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('export', () => {
  it('neutralises formulas', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('+84 912')).toBe("'+84 912");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-1')).toBe("'-1");
    expect(neutraliseFormula('Nguyễn')).toBe('Nguyễn');
    expect(csvField('=1+1')).toBe("'=1+1");
  });

  const sample = new URL('../../../examples/rosters/dang-bo-xa-an-binh.xlsx', import.meta.url).pathname;

  it('round trip xlsx → annotated xlsx → import loses nothing', async () => {
    const out = join(dir, 'round.xlsx');
    const writer = new XlsxRosterWriter(out);
    const first: unknown[] = [];
    await validateRoster(sample, {
      engine,
      asOf,
      onItem: (item, result) => {
        writer.add(item, result);
        if (item.type === 'record') first.push(item.source.value);
      },
    });
    await writer.finish();
    const again = (await items(out)).records.map((r) => r.type === 'record' && r.source.value);
    expect(again).toEqual(first);
    expect(first.length).toBeGreaterThan(250);
  });

  it('round trip via CSV loses nothing either', async () => {
    const out = join(dir, 'round.csv');
    const writer = new CsvRosterWriter(out);
    const first: unknown[] = [];
    const run = await validateRoster(sample, {
      engine,
      asOf,
      onItem: async (item, result) => {
        await writer.add(item, result);
        if (item.type === 'record') first.push(item.source.value);
      },
    });
    await writer.finish();
    const { records, src } = await items(out);
    expect(records.map((r) => r.type === 'record' && r.source.value)).toEqual(first);
    // regression: the export keeps every original column (STT and unrecognised ones too), under its own header
    const unmapped = (ns: readonly { code: string; header?: string }[]) =>
      [...new Set(ns.filter((n) => n.code === 'unmappedColumn').map((n) => foldText(n.header ?? '')))].sort();
    expect(unmapped(src.notices)).toEqual(unmapped(run.notices));
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toMatch(/^\ufeffSTT,/);
  });
});

describe('messages', () => {
  it('every locale has every key', () => {
    expect(Object.keys(rosterLocales.en).sort()).toEqual(Object.keys(rosterLocales.vi).sort());
  });
});
