import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CivilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import { announcedSchedules } from './announced.js';
import { estimatedHolidayDays } from './holiday-rules.js';
import { checkAnnouncedSchedule } from './schedule-check.js';
import { vietnameseCalendar as cal, createVietnameseCalendar } from './working-days.js';

const offWeekdays = (year: number) =>
  cal
    .holidays(year)
    .days.filter((d) => d.kind !== 'make-up' && cal.dayOff(d.date)?.kind !== 'weekend')
    .filter((d) => {
      const dow = (((toDayNumber(d.date) + 3) % 7) + 7) % 7;
      return dow < 5;
    })
    .map((d) => d.date);

describe('announced schedules (vn-data §3.3)', () => {
  it('2023: Tết 20–26/1, 29/4–3/5, 1–4/9, New Year compensated on 2/1', () => {
    expect(offWeekdays(2023)).toEqual([
      '2023-01-02',
      '2023-01-20',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
      '2023-09-01',
      '2023-09-04',
    ]);
    expect(cal.holidays(2023).estimated).toBe(false);
  });
  it('2024: Tết 8–14/2; Monday 29/4 off and Saturday 4/5 worked; 2–3/9', () => {
    expect(cal.isWorkingDay('2024-02-07')).toBe(true);
    for (const d of ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'] as const) {
      expect(cal.isWorkingDay(d)).toBe(false);
    }
    expect(cal.isWorkingDay('2024-02-15')).toBe(true);
    expect(cal.isWorkingDay('2024-04-29')).toBe(false);
    expect(cal.dayOff('2024-04-29')).toMatchObject({ kind: 'swap' });
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.isWorkingDay('2024-09-03')).toBe(false);
    expect(cal.holidays(2024).estimated).toBe(false);
  });
  it('2025: Tết 27–31/1; Giỗ Tổ 7/4; 2/5 swapped for Saturday 26/4; 1–2/9', () => {
    expect(offWeekdays(2025)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
  });
  it('regression: the 2026 New Year swap was missing (Friday 2/1 off, Saturday 10/1 worked)', () => {
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-01-10')).toBe(true);
    expect(cal.dayOff('2026-01-02')).toMatchObject({ kind: 'swap', holiday: 'new-year', estimated: false });
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(cal.workingDaysBetween('2026-01-05', '2026-01-12')).toBe(6); // Mon 5 … Mon 12 with Saturday 10 worked
    // the year's schedule takes the weakest mark of its announcements (the swap is known from news only)
    expect(cal.holidays(2026).schedule?.confidence).toBe('secondary');
  });
  it('2026: Tết 16–20/2 announced; the rest estimated (Giỗ Tổ on Sunday 26/4 → Monday 27/4)', () => {
    const h = cal.holidays(2026);
    expect(h.estimated).toBe(true);
    expect(h.estimatedHolidays).toEqual(expect.arrayContaining(['hung-kings', 'national-day']));
    expect(h.estimatedHolidays).not.toContain('tet');
    expect(cal.dayOff('2026-04-27')).toMatchObject({ kind: 'compensatory', compensates: '2026-04-26' });
    expect(offWeekdays(2026).filter((d) => d < '2026-03-01')).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });
});

describe('statutory rule for years without an announced schedule (estimated)', () => {
  it('Tết = last day of month 12 + mùng 1–4; Saturday → working day before, Sunday → working day after', () => {
    // 2021: Tết Friday 12/2 → 10–16/2 (what was in fact approved).
    expect(offWeekdays(2021).filter((d) => d < '2021-03-01')).toEqual([
      '2021-01-01',
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-15',
      '2021-02-16',
    ]);
    // 2020 (Labour Code 2012): Tết Saturday 25/1 → 23–29/1.
    expect(offWeekdays(2020).filter((d) => d < '2020-03-01')).toEqual([
      '2020-01-01',
      '2020-01-23',
      '2020-01-24',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
    ]);
  });
  it('the estimate reproduces the announced Tết days off of 2023–2026', () => {
    const weekdaysOff = (days: readonly { date: CivilDate; holiday: string }[]) =>
      days.filter((d) => d.holiday === 'tet' && (((toDayNumber(d.date) + 3) % 7) + 7) % 7 < 5).map((d) => d.date);
    for (const s of announcedSchedules.filter((x) => x.holidays.includes('tet'))) {
      const announced = s.days.filter((d) => d.holiday === 'tet').map((d) => d.date);
      expect(weekdaysOff(estimatedHolidayDays(s.year))).toEqual(announced);
    }
  });
  it('a weekend holiday is compensated on the next working day (2022: 1/1 Sat → 3/1; 30/4–1/5 → 2–3/5)', () => {
    expect(offWeekdays(2022)).toEqual(
      expect.arrayContaining(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03', '2022-09-01', '2022-09-02']),
    );
    expect(cal.holidays(2022).estimated).toBe(true);
  });
  it('one National Day day before 2021, two from 2021 (Labour Code 2019)', () => {
    expect(cal.holidays(2020).days.filter((d) => d.holiday === 'national-day')).toHaveLength(1);
    expect(cal.holidays(2021).days.filter((d) => d.holiday === 'national-day' && d.kind === 'statutory')).toHaveLength(
      2,
    );
    expect(cal.holidays(2021).regime).toBe('blld-2019');
  });
  it('four days of Tết and no Giỗ Tổ in 2006 (Labour Code 1994); Giỗ Tổ from 2007', () => {
    expect(cal.holidays(2006).days.filter((d) => d.holiday === 'tet' && d.kind === 'statutory')).toHaveLength(4);
    expect(cal.holidays(2006).days.some((d) => d.holiday === 'hung-kings')).toBe(false);
    expect(cal.holidays(2007).days.some((d) => d.holiday === 'hung-kings')).toBe(true);
  });
  it('Saturday was a working day before the five-day week of 2 October 1999', () => {
    expect(cal.isWorkingDay('1999-09-25')).toBe(true);
    expect(cal.isWorkingDay('1999-10-02')).toBe(false);
  });
  it('uses the last day of lunar month 12, not "day 30" (Tết 2025: 29 Chạp = 28/1)', () => {
    const est = createVietnameseCalendar({ schedules: [] });
    expect(est.holidays(2025).days.find((d) => d.holiday === 'tet')?.date).toBe('2025-01-27');
  });
});

describe('addWorkingDays / workingDaysBetween / explanation', () => {
  it('the n-th working day strictly after the date', () => {
    expect(cal.addWorkingDays('2024-02-07', 1)).toBe('2024-02-15');
    expect(cal.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04'); // make-up Saturday
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05'); // 2/1/2026 swapped for Saturday 10/1
    expect(cal.addWorkingDays('2026-01-05', 0)).toBe('2026-01-05');
    expect(cal.addWorkingDays('2024-02-15', -1)).toBe('2024-02-07');
  });
  it('explains the skipped days', () => {
    const e = cal.explainAddWorkingDays('2024-04-26', 2);
    expect(e.date).toBe('2024-05-03');
    expect(e.skipped.map((s) => [s.date, s.reason.kind])).toEqual([
      ['2024-04-27', 'weekend'],
      ['2024-04-28', 'weekend'],
      ['2024-04-29', 'swap'],
      ['2024-04-30', 'statutory'],
      ['2024-05-01', 'statutory'],
    ]);
    expect(e.estimatedYears).toEqual([]);
    expect(cal.explainAddWorkingDays('2026-08-28', 3).estimatedYears).toEqual([2026]);
  });
  it('counts across many years', () => {
    // 2024: 262 weekdays − 12 weekdays off + 1 make-up Saturday.
    expect(cal.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
    expect(cal.workingDaysBetween('2000-01-01', '2040-01-01')).toBeGreaterThan(9500);
  });

  const day = fc.integer({ min: toDayNumber('1995-01-01'), max: toDayNumber('2040-12-31') }).map(fromDayNumber);
  it('property: addWorkingDays(d, n) is a working day and exactly n working days follow d up to it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const r = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(r)).toBe(true);
        expect(cal.workingDaysBetween(d, r)).toBe(n);
        expect(cal.workingDaysBetween(d, fromDayNumber(toDayNumber(r) - 1))).toBe(n - 1);
      }),
    );
  });
  it('property: agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (d, n) => {
        let cur = toDayNumber(d);
        let left = Math.abs(n);
        while (left > 0) {
          cur += Math.sign(n);
          if (cal.isWorkingDay(fromDayNumber(cur))) left--;
        }
        expect(cal.addWorkingDays(d, n)).toBe(fromDayNumber(cur));
      }),
    );
  });
  it('property: workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, a)).toBe(0);
        expect(cal.workingDaysBetween(a, c)).toBe(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c));
      }),
    );
  });
});

describe('a caller adds a newly announced year', () => {
  it('replaces the estimate for the groups it lists', () => {
    const custom = createVietnameseCalendar({
      schedules: [
        {
          year: 2027,
          version: '2027.1',
          holidays: ['national-day', 'culture-day'],
          days: [
            { date: '2027-09-02', kind: 'statutory', holiday: 'national-day' },
            { date: '2027-09-03', kind: 'statutory', holiday: 'national-day' },
            { date: '2027-11-24', kind: 'statutory', holiday: 'culture-day' },
          ],
          names: { 'culture-day': { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } },
          sources: [{ title: 'test' }],
          confidence: 'verified',
        },
      ],
    });
    expect(custom.isWorkingDay('2027-11-24')).toBe(false);
    expect(cal.isWorkingDay('2027-11-24')).toBe(true);
    expect(custom.dayOff('2027-11-24')).toMatchObject({ name: { vi: 'Ngày Văn hóa Việt Nam' } });
    expect(custom.holidays(2027).estimatedHolidays).not.toContain('national-day');
    expect(custom.holidays(2027).schedule?.version).toBe('2027.1');
  });
});

describe('checkAnnouncedSchedule', () => {
  const base = { year: 2027, version: '2027.1', holidays: ['tet'], sources: [], confidence: 'verified' as const };
  it('accepts the built-in schedules', () => {
    for (const s of announcedSchedules) expect(checkAnnouncedSchedule(s)).toEqual([]);
  });
  it('reports each problem with its path', () => {
    const problems = checkAnnouncedSchedule({
      ...base,
      days: [
        { date: '2027-02-08', kind: 'make-up', holiday: 'tet' }, // a Monday
        { date: '2027-02-06', kind: 'swap', holiday: 'tet' }, // a Saturday
        { date: '2026-02-09', kind: 'statutory', holiday: 'tet' },
        { date: '2027-09-02', kind: 'statutory', holiday: 'national-day' },
        { date: '2027-02-31' as CivilDate, kind: 'statutory', holiday: 'tet' },
      ],
    });
    expect(problems).toEqual([
      'days[0]: make-up day 2027-02-08 is not a Saturday',
      'days[1]: swapped day 2027-02-06 is not a weekday',
      'days[2].date: 2026-02-09 is not in 2027',
      'days[3].holiday: national-day is not in holidays',
      'days[4].date: not a date YYYY-MM-DD (2027-02-31)',
    ]);
  });
  it('createVietnameseCalendar refuses an invalid schedule', () => {
    expect(() =>
      createVietnameseCalendar({
        schedules: [{ ...base, days: [{ date: '2027-02-08', kind: 'make-up', holiday: 'tet' }] }],
      }),
    ).toThrow(/not a Saturday/);
  });
});

describe('holiday listings agree with the working-day answers (1995–2060)', () => {
  it('days off are not working days; make-up Saturdays are; compensation lands on a weekday', () => {
    for (let y = 1995; y <= 2060; y++) {
      const h = cal.holidays(y);
      for (const d of h.days) {
        expect([d.date, cal.isWorkingDay(d.date)]).toEqual([d.date, d.kind === 'make-up']);
        const dow = (((toDayNumber(d.date) + 3) % 7) + 7) % 7; // 0 = Monday
        if (d.kind === 'compensatory' || d.kind === 'swap')
          expect([d.date, dow < 5 || y < 2000]).toEqual([d.date, true]);
      }
      expect(new Set(h.days.map((d) => d.date)).size).toBe(h.days.length);
      if (!h.schedule?.holidays.includes('tet')) {
        const tet = h.days.filter((d) => d.holiday === 'tet' && d.kind === 'statutory').length;
        expect([y, tet]).toEqual([y, y >= 2013 ? 5 : 4]);
      }
    }
  });
});
