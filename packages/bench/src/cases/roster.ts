import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRoster, validateRoster } from '@dieule/adapter-xlsx';
import { coreEngine } from '@dieule/core';
import type { BenchCase } from '../case.js';

const ROWS = 2000;
const asOf = '2026-11-23' as const;
let file = '';

/** Writes a 2,000-row CSV with the roster generator (same file for every case). */
async function setup(): Promise<void> {
  if (file) return;
  // the generator lives in examples/ (outside this package's rootDir): loaded at run time
  const generator = new URL('../../../../examples/rosters/generate.ts', import.meta.url).href;
  const { generateRows } = (await import(generator)) as {
    generateRows: (n: number, seed: number) => Iterable<Record<string, unknown>>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'dieule-bench-roster-'));
  file = join(dir, 'roster.csv');
  const lines = [
    'STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số thẻ đảng viên,Chi bộ,Ngày vào Đảng,Ngày chính thức,Trạng thái,Xếp loại 2025',
  ];
  let i = 0;
  const d = (v: unknown) =>
    v instanceof Date ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear()}` : (v ?? '');
  for (const r of generateRows(ROWS, 7))
    lines.push(
      [++i, r.name, d(r.birth), r.sex, r.cid, r.card, r.org, d(r.admission), d(r.recognition), r.status, r.r2025]
        .map((v) => String(v ?? ''))
        .join(','),
    );
  writeFileSync(file, lines.join('\n'));
}

/**
 * Roster import alone (CSV parse, headers, dates, encodings, duplicates) and the whole validation (import + core
 * rules + derived facts, in-thread). The 10k/100k/1M figures with worker threads come from the CLI; see
 * docs/benchmarks.md.
 */
export const rosterCases: readonly BenchCase[] = [
  {
    group: 'roster',
    name: `import ${ROWS} csv rows`,
    itemsPerRun: ROWS + 1,
    unit: 'rows',
    setup,
    run: async () => {
      let n = 0;
      for await (const _ of openRoster(file, { asOf })) n++;
      return n;
    },
  },
  {
    group: 'roster',
    name: `validate ${ROWS} csv rows (in-thread, facts)`,
    itemsPerRun: ROWS + 1,
    unit: 'rows',
    setup,
    run: () => validateRoster(file, { engine: coreEngine(), asOf, facts: true, parallel: false }),
    time: 3000,
  },
];
