import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberKind } from '@dieule/core';
import { createEngine } from '@dieule/core/kernel';
import { describe, expect, it } from 'vitest';
import {
  checkXlsx,
  detectFileEncoding,
  maskDeep,
  maskIds,
  openRoster,
  type RosterItem,
  RosterReadError,
  validateRoster,
} from '../src/index.js';
import { rosterFixtures, sharedStringsBomb } from './fixtures/generate.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-enc-'));
const files = rosterFixtures();
for (const [name, buf] of Object.entries(files)) writeFileSync(join(dir, name), buf);
const asOf = '2026-11-23' as const;
const engine = createEngine({
  packs: [{ provenance: { source: 'core', version: 'test' }, rules: [], recordKinds: [memberKind] }],
});

async function read(name: string, opts: Record<string, unknown> = {}) {
  const src = openRoster(join(dir, name), { asOf, ...opts });
  const items: RosterItem[] = [];
  for await (const it of src) items.push(it);
  const records = items.flatMap((i) => (i.type === 'record' ? [i] : []));
  const person = (i: (typeof records)[number]) =>
    (i.source.value as { person: { fullName?: string; sex?: string; citizenId?: string } }).person;
  return { src, items, records, person };
}

const NAMES = ['Nguyễn Văn Đức', 'Trần Thị Thu Hằng', 'Lê Hoàng Yến', 'Phạm Quốc Việt'];

describe('encodings decided from the bytes, before headers are matched', () => {
  it.each([
    ['windows-1258.csv', 'windows-1258'],
    ['tcvn3.csv', 'tcvn3'],
    ['vni.csv', 'vni'],
    ['tcvn3-in-utf8.csv', 'utf-8+tcvn3'],
    ['utf-16le.txt', 'utf-16le'],
    ['utf-8-bom.csv', 'utf-8-bom'],
  ])('%s is read as %s: every header recognised, same members as UTF-8', async (name, enc) => {
    expect(detectFileEncoding(files[name]!, true)).toBe(enc);
    const { src, records, person, items } = await read(name);
    expect(src.notices.filter((n) => n.code === 'fileEncoding').map((n) => n.detail)).toEqual([enc]);
    expect(records.map((r) => person(r).fullName)).toEqual(NAMES);
    expect(records.map((r) => person(r).sex)).toEqual(['male', 'female', 'female', 'male']);
    // the ID column is recognised (so it is checked), and no "sex" error lands on column A
    expect(records.map((r) => person(r).citizenId)).toEqual([
      '087084000999',
      '079190001234',
      '001179004321',
      '036088007777',
    ]);
    const ids = records.flatMap((r) => (r.source.issues ?? []).map((i) => i.ruleId));
    expect(ids).not.toContain('roster.value.sex');
    expect(ids).not.toContain('roster.text.legacyEncoding');
    const header = items.find((i) => i.type === 'skip' && i.reason === 'header');
    expect(header && header.type === 'skip' && header.columns?.every((c) => c.field)).toBe(true);
  });

  it('regression: Windows-1258 CSV (combining tone marks) is not skipped as "no header"', async () => {
    const run = await validateRoster(join(dir, 'windows-1258.csv'), { engine, asOf, parallel: false });
    expect(run.accounting.records).toBe(4);
    expect(run.accounting.skippedByReason.noHeader ?? 0).toBe(0);
  });

  it('regression: one TCVN3 cell among Unicode cells of a column is repaired, and said so on that cell', async () => {
    const { records, person } = await read('one-legacy-cell.csv');
    expect(records.map((r) => person(r).fullName)).toEqual(NAMES.slice(0, 3));
    const conv = records.flatMap((r) =>
      (r.source.issues ?? []).filter((i) => i.ruleId === 'roster.text.legacyEncoding'),
    );
    expect(conv.map((i) => i.location)).toEqual(['one-legacy-cell!B3']);
  });
});

describe('damaged text files: every line accounted for, the rest still read', () => {
  it('regression: mixed \\r\\n and \\n line endings keep four members as four rows', async () => {
    const run = await validateRoster(join(dir, 'mixed-endings.csv'), { engine, asOf, parallel: false });
    expect(run.accounting.records).toBe(4);
    expect(run.accounting.rowsRead).toBe(5);
    const cr = await validateRoster(join(dir, 'cr-only.csv'), { engine, asOf, parallel: false });
    expect(cr.accounting.records).toBe(4);
  });

  it('regression: an unclosed quote is one located error and the lines after it are read', async () => {
    const { records, person } = await read('unclosed-quote.csv');
    expect(records.map((r) => person(r).fullName)).toEqual(NAMES);
    const problems = records.flatMap((r) =>
      (r.source.issues ?? []).filter((i) => i.ruleId === 'roster.row.unclosedQuote'),
    );
    expect(problems.map((i) => [i.location, i.severity])).toEqual([['unclosed-quote!A3', 'error']]);
    expect(problems[0]!.message).toMatch(/Dòng 3/);
  });

  it('regression: NDJSON arrays are records, late keys are columns, bad lines are located and never echoed', async () => {
    const { records, person, items, src } = await read('oddities.ndjson');
    expect(records.slice(0, 4).map((r) => person(r).fullName)).toEqual(NAMES);
    expect(person(records[3]!).sex).toBe('male');
    expect(items.map((i) => i.row)).toEqual([...items.map((i) => i.row)].sort((a, b) => a - b));
    const unreadable = items.filter((i) => i.type === 'skip' && i.reason === 'unreadable').map((i) => i.row);
    expect(unreadable).toEqual([4, 5]);
    const text = JSON.stringify(src.notices);
    expect(text).toMatch(/Dòng 4 không phải JSON hợp lệ/);
    expect(text).not.toMatch(/\d{9}/);
  });

  it('regression: CR-only NDJSON gives ten records, not one', async () => {
    const { records } = await read('cr-only.ndjson');
    expect(records).toHaveLength(10);
  });
});

describe('masking', () => {
  it('masks 12- and 9-digit runs, grouped or not, and leaves dates, phone numbers and card numbers', () => {
    expect(maskIds('“079203001234” và 079 203 001 234, CMND 123456789')).toBe(
      '“079*******34” và 079*******34, CMND 123****89',
    );
    expect(maskIds('02/03/1984 · 0912345678 · thẻ 01001234')).toBe('02/03/1984 · 0912345678 · thẻ 01001234');
  });

  it('maskDeep copies nothing without a run of nine digits, and still finds every grouped ID', () => {
    const facts = [
      { name: 'probationEnd', value: '2026-11-23' },
      { at: '2026-11-23 2026-12-01', n: 12345678 },
    ];
    expect(maskDeep(facts)).toBe(facts);
    for (const id of ['079203001234', '079 203 001 234', '079.203.001.234', '079-203-001-234', '123456789'])
      expect(maskDeep({ m: [`số ${id}.`] }).m[0]).toBe(maskIds(`số ${id}.`));
    expect(maskDeep({ m: ['số 079 203 001 234.'] }).m[0]).toBe('số 079*******34.');
  });

  it('regression: IDs typed into any column never reach a message, fact or record reference in full', async () => {
    const out: string[] = [];
    const full =
      /(?<!\d)(087084000999|079190001234|001179004321|036088007777|036 088 007 777|123456789|079203001234)(?!\d)/;
    for (const f of ['misplaced-ids.csv', 'oddities.ndjson']) {
      const run = await validateRoster(join(dir, f), {
        engine,
        asOf,
        parallel: false,
        facts: true,
        onItem: (_i, r) => {
          if (r) out.push(JSON.stringify({ record: r.record, issues: r.issues, facts: r.facts }));
        },
      });
      out.push(JSON.stringify(run.notices));
    }
    expect(out.join('\n')).not.toMatch(full);
    expect(out.join('\n')).toMatch(/087\*{7}99/);
  });
});

describe('hostile workbooks: bounded memory', () => {
  it('regression: a shared-strings bomb is refused from the zip directory, before anything is expanded', async () => {
    const f = join(dir, 'bomb.xlsx');
    writeFileSync(f, sharedStringsBomb(4_000_000));
    const err = await checkXlsx(f).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RosterReadError);
    expect((err as RosterReadError).code).toBe('sharedStringsBytes');
    expect((err as RosterReadError).text('vi')).toMatch(/vượt giới hạn 48 MB/);
  });

  it('regression: a workbook declaring millions of shared strings is refused', async () => {
    const f = join(dir, 'declared.xlsx');
    writeFileSync(f, sharedStringsBomb(10, 5_000_000));
    const err = await checkXlsx(f).catch((e: unknown) => e);
    expect((err as RosterReadError).code).toBe('sharedStrings');
  });

  it('peak RSS stays under 300 MB on the largest shared-strings table allowed', () => {
    // ~2.8 million tiny strings just under the byte cap, read by exceljs in a fresh process
    const f = join(dir, 'near-cap.xlsx');
    writeFileSync(f, sharedStringsBomb(2_800_000, 900_000));
    const script = `
      import { openRoster } from '@dieule/adapter-xlsx';
      let n = 0; let err = '';
      try { for await (const _ of openRoster(${JSON.stringify(f)}, { asOf: '2026-11-23' })) n++; } catch (e) { err = e.code ?? e.message; }
      console.log(JSON.stringify({ n, err, rss: process.resourceUsage().maxRSS }));`;
    const res = execFileSync(
      process.execPath,
      ['--conditions=@dieule/source', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: join(__dirname, '..'),
        encoding: 'utf8',
      },
    );
    const { rss, n, err } = JSON.parse(res.trim().split('\n').pop()!) as { rss: number; n: number; err: string };
    expect({ n, err }).toEqual({ n: 1, err: '' });
    expect(rss / 1024).toBeLessThan(300);
  });
});
