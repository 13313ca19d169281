import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../date/add-days.js';
import type { CivilDate } from '../date/civil-date.js';
import { amendParameter, dayAfter, prevDay } from './engine-support.js';
import { defineParameter, parameterAt } from './parameter.js';

const base = defineParameter<number>({
  id: 't.days',
  title: { vi: 'x', en: 'x' },
  values: [
    { from: '2016-07-25', to: '2021-07-29', value: 60, citations: [{ document: 'a' }], confidence: 'verified' },
    { from: '2021-07-30', value: 45, citations: [{ document: 'b' }], confidence: 'verified' },
  ],
});
const day = fc.integer({ min: 0, max: 6000 }).map((n) => addDays('2015-01-01' as CivilDate, n));

describe('amendParameter', () => {
  it('the amended value holds inside its window and the base value outside it (property)', () => {
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }), day, (from, length, probe) => {
        const to = length === undefined ? null : addDays(from, length);
        const amended = amendParameter(base, [
          { from, to, value: 30, citations: [{ document: 'local' }], confidence: 'secondary' },
        ]);
        const inside = probe >= from && (to === null || probe <= to);
        const got = parameterAt(amended, probe)?.value;
        const expected = inside ? 30 : parameterAt(base, probe)?.value;
        // windows never overlap
        const sorted = [...amended.values].sort((a, b) => (a.from < b.from ? -1 : 1));
        const disjoint = sorted.every((v, i) => i === 0 || (sorted[i - 1]!.to != null && sorted[i - 1]!.to! < v.from));
        return got === expected && disjoint;
      }),
    );
  });
  it('day helpers step across month and year ends', () => {
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    expect(prevDay('2025-03-01')).toBe('2025-02-28');
    expect(prevDay('2026-01-01')).toBe('2025-12-31');
  });
});
