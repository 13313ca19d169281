import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreEngine } from '@dieule/core';
import type { RecordResult } from '@dieule/core/kernel';
import { afterAll, describe, expect, it } from 'vitest';
import { type RosterItem, validateRoster } from '../src/index.js';
import { type RosterCompact, slimItem, slimResult } from '../src/roster-results.js';
import evaluateBatch from '../src/worker.js';

/**
 * Workers parse as well as judge (byte ranges of a CSV, duplicate indexes merged by the main thread): what reaches
 * the report must be exactly what one thread produces. The workers' code runs here through `workerRunner`, with every
 * task and result structured-cloned as a thread would see them; small ranges make many of them.
 */
const dir = mkdtempSync(join(tmpdir(), 'dieule-parallel-'));
const asOf = '2026-11-23' as const;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = coreEngine();
// the generator lives in examples/ (outside this package's rootDir): loaded at run time
const { generateRows } = (await import(new URL('../../../examples/rosters/generate.ts', import.meta.url).href)) as {
  generateRows: (n: number, seed: number) => Iterable<Record<string, unknown>>;
};

function roster(name: string, members: number, edit: (lines: string[]) => void): string {
  const d = (v: unknown) =>
    v instanceof Date ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear()}` : (v ?? '');
  const lines = [
    'DANH SÁCH ĐẢNG VIÊN',
    'STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số thẻ đảng viên,Chi bộ,Ngày vào Đảng,Ngày chính thức,Trạng thái,Ghi chú',
  ];
  let i = 0;
  for (const r of generateRows(members, 11))
    lines.push(
      [++i, r.name, d(r.birth), r.sex, r.cid, r.card, r.org, d(r.admission), d(r.recognition), r.status, '']
        .map((v) => String(v ?? ''))
        .join(','),
    );
  edit(lines);
  const f = join(dir, name);
  writeFileSync(f, `\ufeff${lines.join('\n')}\n`);
  return f;
}

async function run(file: string, parallel: boolean, compact?: RosterCompact) {
  const out: string[] = [];
  let ranges = 0;
  const r = await validateRoster(file, {
    engine,
    asOf,
    facts: true,
    sampleRows: 40,
    parallel,
    rangeBytes: 8192,
    ...(compact ? { compact } : {}),
    ...(parallel
      ? {
          workerRunner: async (task) => {
            if (task.kind === 'csvRange') ranges++;
            return structuredClone(evaluateBatch(structuredClone(task)));
          },
        }
      : {}),
    onItem: (item: RosterItem, result: RecordResult | undefined) => {
      // compact: both sides reduced the same way (what a reporting caller reads)
      out.push(
        JSON.stringify(
          compact ? [slimItem(item), result ? slimResult(result, compact) : null] : [item, result ?? null],
        ),
      );
    },
  });
  const report = JSON.stringify({
    accounting: r.accounting,
    summary: r.summary,
    notices: r.notices,
    layouts: r.layouts,
  });
  return { items: out, report, ranges, threads: r.threads };
}

describe('CSV on workers (byte ranges) and in one thread', () => {
  it('give byte-identical items, results, notices and accounting, duplicates across ranges included', async () => {
    const file = roster('dups.csv', 420, (l) => {
      // the same member far apart (another range), a row problem with a duplicate, an empty row, a total line,
      // a repeated header, mixed line endings
      l.push(l[5]!.replace(/^\d+/, '900'));
      l.push(`${l[30]!.replace(/^\d+/, '901')},extra,cells`);
      l.push('', ',,,,,,,,,,');
      l.splice(300, 0, l[1]!);
      l[200] = `${l[200]}\r`;
      l[250] = `${l[250]}\r`;
      l.push('Tổng cộng,,,,,,,,,,');
    });
    const one = await run(file, false);
    const many = await run(file, true);
    expect(many.ranges).toBeGreaterThan(3);
    expect(many.threads).toBeGreaterThan(0);
    expect(many.items.length).toBe(one.items.length);
    for (let i = 0; i < one.items.length; i++) expect(many.items[i]).toBe(one.items[i]);
    expect(many.report).toBe(one.report);
    expect(one.report).toContain('roster.duplicate.citizenId');
  });

  it('many ranges in flight finishing out of order are still merged in file order', async () => {
    const file = roster('inflight.csv', 700, (l) => {
      l.push(l[5]!.replace(/^\d+/, '900'));
      l.push('', 'Tổng cộng,,,,,,,,,,');
    });
    const one = await run(file, false);
    const out: string[] = [];
    let calls = 0;
    const r = await validateRoster(file, {
      engine,
      asOf,
      facts: true,
      sampleRows: 40,
      parallel: true,
      rangeBytes: 8192,
      rangesInFlight: 16,
      // later ranges finish first: each waits less than the one before it
      workerRunner: async (task) => {
        const wait = Math.max(0, 40 - 2 * calls++);
        const result = structuredClone(evaluateBatch(structuredClone(task)));
        await new Promise((done) => setTimeout(done, wait));
        return result;
      },
      onItem: (item: RosterItem, result: RecordResult | undefined) => {
        out.push(JSON.stringify([item, result ?? null]));
      },
    });
    expect(calls).toBeGreaterThan(6);
    expect(out).toEqual(one.items);
    expect(
      JSON.stringify({ accounting: r.accounting, summary: r.summary, notices: r.notices, layouts: r.layouts }),
    ).toBe(one.report);
  });

  it('compact: workers send back slim items and results, and the report is the same as in one thread', async () => {
    const file = roster('compact.csv', 420, (l) => {
      l.push(l[5]!.replace(/^\d+/, '900'));
      l.push(`${l[30]!.replace(/^\d+/, '901')},extra,cells`);
      l.push('', 'Tổng cộng,,,,,,,,,,');
    });
    const compact = { facts: ['status', 'probationEnd'] };
    const one = await run(file, false, compact);
    const many = await run(file, true, compact);
    expect(many.ranges).toBeGreaterThan(3);
    expect(many.items.length).toBe(one.items.length);
    for (let i = 0; i < one.items.length; i++) expect(many.items[i]).toBe(one.items[i]);
    expect(many.report).toBe(one.report);
    expect(one.report).toContain('roster.duplicate.citizenId');
    // and it is slim indeed: no record value, no export values, only the facts asked for
    const whole = await run(file, true);
    expect(many.items.join('').length * 2).toBeLessThan(whole.items.join('').length);
    expect(many.items.some((x) => x.includes('"status"'))).toBe(true);
    expect(many.items.some((x) => x.includes('"partyAge"'))).toBe(false);
    expect(whole.items.some((x) => x.includes('"partyAge"'))).toBe(true);
  });

  it('a quoted cell across a range boundary hands the rest of the file to one thread, with the same result', async () => {
    const file = roster('quoted.csv', 300, (l) => {
      for (const at of [120, 180, 240]) l[at] = l[at]!.replace(/,$/, ',"ghi chú\ntrên\nba dòng"');
      l[260] = l[260]!.replace(/,$/, ',"không đóng ngoặc');
    });
    const one = await run(file, false);
    const many = await run(file, true);
    expect(many.items).toEqual(one.items);
    expect(many.report).toBe(one.report);
  });
});
