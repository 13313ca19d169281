import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './add-days.js';
import { addMonths } from './add-months.js';
import { addYears } from './add-years.js';
import { type CivilDate, civilDate, fromDayNumber, isCivilDate, toDayNumber } from './civil-date.js';
import { completedMonths, completedPeriod } from './completed-period.js';
import { dayOfWeek } from './day-of-week.js';
import { differenceInDays } from './difference-in-days.js';
import { parseCivilDate } from './parse.js';

const dateArb = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber);

describe('civil dates', () => {
  it('day numbers round-trip for every day 1900–2100 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 47846 }), (n) => toDayNumber(fromDayNumber(n)) === n));
  });
  it('consecutive day numbers are consecutive dates (property)', () => {
    fc.assert(
      fc.property(dateArb, (d) => isCivilDate(d) && addDays(d, 1) > d && differenceInDays(d, addDays(d, 1)) === 1),
    );
  });
  it('knows weekdays', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2025-09-02')).toBe(2);
    expect(dayOfWeek('2026-02-17')).toBe(2);
  });
  it('rejects impossible days', () => {
    expect(isCivilDate('2023-02-29')).toBe(false);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(() => civilDate(2023, 2, 29)).toThrow(RangeError);
  });
});

describe('month arithmetic and its end-of-month policy', () => {
  it('clamps by default: 29/02 + 12 months = 28/02', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
  });
  it('overflows when asked: 29/02 + 12 months = 01/03', () => {
    expect(addMonths('2024-02-29', 12, 'overflow')).toBe('2025-03-01');
    expect(addMonths('2024-01-31', 1, 'overflow')).toBe('2024-03-02');
  });
  it('adding months never changes the day unless clamped (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -600, max: 600 }), (d, m) => {
        const r = addMonths(d, m);
        return r.slice(8) === d.slice(8) || Number(r.slice(8)) < Number(d.slice(8));
      }),
    );
  });
});

describe('completed periods (ages)', () => {
  it('counts admission age in months: born 2006-06-15, considered 2024-06-01 → 17y11m', () => {
    expect(completedPeriod('2006-06-15', '2024-06-01')).toEqual({ years: 17, months: 11, days: 17 });
    expect(completedMonths('2006-06-15', '2024-06-15')).toBe(216);
  });
  it('a 29 February birthday completes the year on 28 February', () => {
    expect(completedPeriod('2004-02-29', '2022-02-28')).toMatchObject({ years: 18, months: 0 });
  });
  it('addMonths(from, completedMonths) <= to < addMonths(from, completedMonths + 1) (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const [from, to] = (a <= b ? [a, b] : [b, a]) as [CivilDate, CivilDate];
        const m = completedMonths(from, to);
        return addMonths(from, m) <= to && addMonths(from, m + 1) > to;
      }),
    );
  });
});

describe('parseCivilDate', () => {
  it('reads ISO and Vietnamese day-first forms', () => {
    expect(parseCivilDate('2015-07-26')).toEqual({ ok: true, value: '2015-07-26', form: 'iso' });
    expect(parseCivilDate('26/7/2015')).toEqual({ ok: true, value: '2015-07-26', form: 'vn' });
    expect(parseCivilDate(' 01.02.2020 ')).toMatchObject({ ok: true, value: '2020-02-01' });
  });
  it('explains refusals with stable codes', () => {
    expect(parseCivilDate('')).toMatchObject({ ok: false, code: 'empty' });
    expect(parseCivilDate('31/02/2020')).toMatchObject({ ok: false, code: 'range' });
    expect(parseCivilDate('1/2/20')).toMatchObject({ ok: false, code: 'ambiguous' });
    expect(parseCivilDate('hôm qua')).toMatchObject({ ok: false, code: 'format' });
  });
  it('never throws and round-trips formatted dates (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseCivilDate(s).ok === 'boolean'));
    fc.assert(
      fc.property(dateArb, (d) => {
        const r = parseCivilDate(`${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`);
        return r.ok && r.value === d;
      }),
    );
  });
});
