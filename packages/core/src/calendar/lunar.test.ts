import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import { newMoonJde, sunLongitude, sunLongitudeCrossing } from './astronomy.js';
import {
  formatLunarDate,
  fromLunar,
  lastDayOfLunarYear,
  leapMonthOf,
  lunarFromDayNumber,
  lunarMonthLength,
  lunarYearName,
  tetDate,
  toLunar,
} from './lunar.js';

describe('astronomy (Meeus worked examples)', () => {
  it('new moon of 1977 February (example 49.a): JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });
  it("Sun's apparent longitude on 1992 October 13.0 TD (example 25.a): 199.909°", () => {
    expect(sunLongitude(2448908.5)).toBeCloseTo(199.909, 2);
  });
  it('finds the instant of a solar longitude', () => {
    const jde = sunLongitudeCrossing(270, 2460300);
    expect(sunLongitude(jde)).toBeCloseTo(270, 5);
  });
});

describe('Tết Nguyên đán (vn-data §4.1, §4.3)', () => {
  it.each([
    [1968, '1968-01-29'], // Vietnam switched to UTC+7; China 30/1
    [1969, '1969-02-16'], // China 17/2
    [1985, '1985-01-21'], // China 20/2: a whole month apart
    [2007, '2007-02-17'], // China 18/2
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2030, '2030-02-02'], // China 3/2
    [2053, '2053-02-18'], // China 19/2
    // Before 1968 Vietnam reckoned at UTC+8, like China.
    [1903, '1903-01-29'],
    [1935, '1935-02-04'],
    [1965, '1965-02-02'],
  ])('%i → %s', (year, date) => {
    expect(tetDate(year)).toBe(date);
    expect(toLunar(date as `${number}-${number}-${number}`)).toEqual({ year, month: 1, day: 1, leap: false });
  });
});

describe('more Tết dates (widely published; not from the research tables, so recalled)', () => {
  it.each([
    [1945, '1945-02-13'],
    [1954, '1954-02-03'], // new moon five minutes before midnight (UTC+8)
    [1975, '1975-02-11'],
    [1979, '1979-01-28'],
    [1990, '1990-01-27'],
    [2000, '2000-02-05'],
    [2010, '2010-02-14'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('%i → %s', (year, date) => expect(tetDate(year)).toBe(date));
});

describe('Giỗ Tổ Hùng Vương, 10/3 âm lịch', () => {
  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('%i → %s', (year, date) => {
    expect(fromLunar(year, 3, 10)).toEqual({ ok: true, date });
  });
});

describe('leap months (năm nhuận)', () => {
  const expected: Record<number, number> = {
    1982: 4,
    1985: 2,
    1987: 7,
    1990: 5,
    1993: 3,
    1995: 8,
    1998: 5,
    2001: 4,
    2004: 2,
    2006: 7,
    2009: 5,
    2012: 4,
    2014: 9,
    2017: 6,
    2020: 4,
    2023: 2,
    2025: 6,
    2028: 5,
    2031: 3,
    2033: 11,
    2036: 6,
    2039: 5,
  };
  it('matches the table for 1980–2040, and no other year of that span has one', () => {
    for (let y = 1980; y <= 2040; y++) expect([y, leapMonthOf(y)]).toEqual([y, expected[y] ?? null]);
  });
  it('2033 has leap month 11 (the "2033 problem"), starting 2033-12-22', () => {
    expect(fromLunar(2033, 11, 1, true)).toEqual({ ok: true, date: '2033-12-22' });
    expect(toLunar('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true });
  });
  it('leap month 2 of 2023 starts 2023-03-22', () => {
    expect(formatLunarDate(toLunar('2023-03-22'))).toBe('2023-02-01 leap');
  });
});

describe('fromLunar refuses dates that do not exist', () => {
  it('day 30 of a 29-day month (month 12 of Giáp Thìn)', () => {
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(fromLunar(2024, 12, 30)).toMatchObject({ ok: false, reason: 'day' });
    expect(lastDayOfLunarYear(2024)).toBe('2025-01-28');
  });
  it('a leap month the year does not have', () => {
    expect(fromLunar(2024, 5, 1, true)).toMatchObject({ ok: false, reason: 'leap-month' });
    expect(lunarMonthLength(2024, 5, true)).toBeNull();
  });
  it('months and years out of range', () => {
    expect(fromLunar(2025, 13, 1)).toMatchObject({ ok: false, reason: 'month' });
    expect(fromLunar(1899, 1, 1)).toMatchObject({ ok: false, reason: 'range' });
    expect(() => toLunar('1850-01-01')).toThrow(RangeError);
  });
});

describe('sexagenary year names', () => {
  it.each([
    [1968, 'Mậu Thân'],
    [1985, 'Ất Sửu'],
    [2023, 'Quý Mão'],
    [2024, 'Giáp Thìn'],
    [2025, 'Ất Tỵ'],
    [2026, 'Bính Ngọ'],
  ])('%i is %s', (y, name) => expect(lunarYearName(y)).toBe(name));
});

describe('every day 1900–2100', () => {
  it('round-trips and is a well-formed calendar (months of 29/30 days, 12 or 13 months a year)', () => {
    const first = toDayNumber('1900-01-31'); // Tết Canh Tý 1900
    const last = toDayNumber('2100-12-31');
    let prev = lunarFromDayNumber(first);
    expect(prev).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    let monthsInYear = 1;
    for (let d = first + 1; d <= last; d++) {
      const l = lunarFromDayNumber(d);
      if (l.day === 1) {
        // A new month: the previous one had 29 or 30 days, and the month number advances (or repeats for a leap).
        if (prev.day !== 29 && prev.day !== 30) throw new Error(`month of ${prev.day} days before ${fromDayNumber(d)}`);
        const expectedMonth = l.leap ? prev.month : prev.month === 12 ? 1 : prev.month + 1;
        if (l.month !== expectedMonth) throw new Error(`month ${l.month} after ${prev.month} on ${fromDayNumber(d)}`);
        if (l.month === 1 && !l.leap) {
          if (l.year !== prev.year + 1) throw new Error(`year ${l.year} after ${prev.year}`);
          if (monthsInYear !== 12 && monthsInYear !== 13) throw new Error(`${prev.year} had ${monthsInYear} months`);
          monthsInYear = 0;
        }
        monthsInYear++;
      } else if (l.day !== prev.day + 1 || l.month !== prev.month || l.leap !== prev.leap || l.year !== prev.year) {
        throw new Error(`discontinuity on ${fromDayNumber(d)}`);
      }
      const back = fromLunar(l.year, l.month, l.day, l.leap);
      if (!back.ok || toDayNumber(back.date) !== d) throw new Error(`round trip failed on ${fromDayNumber(d)}`);
      prev = l;
    }
    expect(prev.year).toBe(2100);
  });

  it('property: toLunar then fromLunar is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-02-01'), max: toDayNumber('2100-12-31') }), (d) => {
        const date = fromDayNumber(d);
        const l = toLunar(date);
        expect(fromLunar(l.year, l.month, l.day, l.leap)).toEqual({ ok: true, date });
      }),
    );
  });

  it('property: the winter solstice always falls in lunar month 11', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (y) => {
        // 21 or 22 December
        expect(toLunar(civilDate(y, 12, 22)).month === 11 || toLunar(civilDate(y, 12, 21)).month === 11).toBe(true);
      }),
    );
  });
});
