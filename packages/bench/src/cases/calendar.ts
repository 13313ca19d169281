import {
  createVietnameseCalendar,
  fromLunar,
  lunarFromDayNumber,
  toLunar,
  vietnameseCalendar,
} from '@dieule/core/calendar';
import { type CivilDate, fromDayNumber, toDayNumber } from '@dieule/core/date';
import type { BenchCase } from '../case.js';

const FROM = toDayNumber('2000-01-01');
const SPAN = toDayNumber('2040-12-31') - FROM;
const N = 100_000;
/** Start dates spread over 2000–2040 (a fixed pseudo-random sequence). */
const dates: CivilDate[] = Array.from({ length: N }, (_, i) => fromDayNumber(FROM + ((i * 7919) % SPAN)));
const pairs: [CivilDate, CivilDate][] = dates.map((d, i) => [d, dates[(i * 31) % N] as CivilDate]);

export const calendarCases: readonly BenchCase[] = [
  {
    group: 'calendar',
    name: 'addWorkingDays(d, 30), d in 2000–2040 (years warm)',
    itemsPerRun: N,
    unit: 'calls',
    setup: () => {
      for (let y = 1999; y <= 2042; y++) vietnameseCalendar.holidays(y);
    },
    run: () => {
      let last = '';
      for (const d of dates) last = vietnameseCalendar.addWorkingDays(d, 30);
      return last;
    },
  },
  {
    group: 'calendar',
    name: 'workingDaysBetween(a, b), random pairs 2000–2040',
    itemsPerRun: N,
    unit: 'calls',
    run: () => {
      let s = 0;
      for (const [a, b] of pairs) s += vietnameseCalendar.workingDaysBetween(a, b);
      return s;
    },
  },
  {
    group: 'calendar',
    name: 'isWorkingDay(d)',
    itemsPerRun: N,
    unit: 'calls',
    run: () => {
      let s = 0;
      for (const d of dates) if (vietnameseCalendar.isWorkingDay(d)) s++;
      return s;
    },
  },
  {
    group: 'calendar',
    name: 'cold calendar: build 2000–2040 (41 years) from scratch',
    itemsPerRun: 41,
    unit: 'years',
    run: () => {
      const cal = createVietnameseCalendar();
      for (let y = 2000; y <= 2040; y++) cal.holidays(y);
      return cal;
    },
  },
  {
    group: 'calendar',
    name: 'toLunar(d) then fromLunar (round trip)',
    itemsPerRun: N,
    unit: 'conversions',
    run: () => {
      let ok = 0;
      for (const d of dates) {
        const l = toLunar(d);
        if (fromLunar(l.year, l.month, l.day, l.leap).ok) ok++;
      }
      return ok;
    },
  },
  {
    group: 'calendar',
    name: 'solar → lunar, every day 1900–2100',
    itemsPerRun: 73_414,
    unit: 'days',
    run: () => {
      let s = 0;
      for (let d = toDayNumber('1900-01-01'); d <= toDayNumber('2100-12-31'); d++) s += lunarFromDayNumber(d).day;
      return s;
    },
  },
];
