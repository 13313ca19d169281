import { type CivilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import type { WorkingDayCalendar } from '../kernel/calendar-port.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';
import { announcedSchedules } from './announced.js';
import {
  estimatedHolidayDays,
  HOLIDAY_NAMES,
  type HolidayDay,
  type HolidayRegime,
  holidayCitations,
  holidayRegime,
  isWeeklyRest,
} from './holiday-rules.js';
import { checkAnnouncedSchedule } from './schedule-check.js';
import type { AnnouncedYearSchedule, HolidayId, ScheduleSource } from './schedule-types.js';

/** Options of {@link createVietnameseCalendar}. */
export interface VietnameseCalendarOptions {
  /**
   * Announced schedules to add to the built-in ones (2023–2026). A schedule for a year that already has one
   * replaces the built-in entry for the holiday groups it lists.
   */
  readonly schedules?: readonly AnnouncedYearSchedule[];
}

/** The holiday calendar of one year: every day off on a weekday and every worked Saturday, with reasons. */
export interface YearHolidays {
  readonly year: number;
  /** The Labour Code whose holiday list applies. */
  readonly regime: HolidayRegime;
  /** True when some day of the year comes from the statutory rule where the Prime Minister chooses. */
  readonly estimated: boolean;
  /** Holiday groups still estimated (not settled by an announced schedule). */
  readonly estimatedHolidays: readonly HolidayId[];
  /** The announced schedule used, if any. */
  readonly schedule: {
    readonly version: string;
    readonly holidays: readonly HolidayId[];
    readonly sources: readonly ScheduleSource[];
    readonly confidence: Confidence;
    readonly note?: string;
  } | null;
  /** Days in date order: statutory, compensatory and swapped days off, and make-up working Saturdays. */
  readonly days: readonly HolidayDay[];
}

/** Why a day is not a working day. */
export type DayOffReason =
  | { readonly kind: 'weekend'; readonly name: LocalizedText; readonly citations: readonly Citation[] }
  | (HolidayDay & { readonly kind: 'statutory' | 'compensatory' | 'swap' });

/** A day skipped while counting working days. */
export interface SkippedDay {
  readonly date: CivilDate;
  readonly reason: DayOffReason;
}

/** The result of {@link VietnameseCalendar.explainAddWorkingDays}: the date and what was skipped on the way. */
export interface WorkingDaysExplanation {
  readonly from: CivilDate;
  readonly workingDays: number;
  readonly date: CivilDate;
  /** Days between `from` and `date` that were not counted, with their reason. */
  readonly skipped: readonly SkippedDay[];
  /** Saturdays that were counted because they are announced make-up working days. */
  readonly makeUpDays: readonly HolidayDay[];
  /** Years touched whose holidays are (partly) estimated. */
  readonly estimatedYears: readonly number[];
}

/** The Vietnamese working-day calendar: the kernel port plus holiday listings and explanations. */
export interface VietnameseCalendar extends WorkingDayCalendar {
  /** The holidays of a year (announced where known, statutory rule otherwise). */
  holidays(year: number): YearHolidays;
  /** Why `date` is not a working day, or `null` when it is one. */
  dayOff(date: CivilDate): DayOffReason | null;
  /** {@link WorkingDayCalendar.addWorkingDays} with the list of days skipped and why. */
  explainAddWorkingDays(date: CivilDate, n: number): WorkingDaysExplanation;
  /** The announced schedules this calendar uses. */
  readonly schedules: readonly AnnouncedYearSchedule[];
}

const WEEKEND: LocalizedText = Object.freeze({ vi: 'Nghỉ hằng tuần (thứ Bảy, Chủ nhật)', en: 'Weekly rest day' });

const WEEKEND_CITATIONS: readonly Citation[] = Object.freeze([
  Object.freeze({ document: 'qd-188-1999-ttg', article: '1' }),
  Object.freeze({ document: 'blld-2019', article: '111', clause: '1' }),
]);

/** Per-year precomputation: working flags, prefix counts and the offsets of the working days. */
interface YearIndex {
  readonly start: number;
  readonly length: number;
  /** `prefix[i]` = working days among the first `i` days of the year. */
  readonly prefix: Int32Array;
  /** Offsets (from `start`) of the working days, in order. */
  readonly working: Int32Array;
  readonly total: number;
  readonly holidays: YearHolidays;
  readonly byDay: ReadonlyMap<number, HolidayDay>;
  /** The civil date of each day of the year, so results need no formatting. */
  readonly dates: readonly CivilDate[];
  /** Day-of-year offset of the first of each month (index 1–12), leap years included. */
  readonly monthStart: Int32Array;
}

/** Reads `YYYY-MM-DD` digits without building substrings (the hot path of the working-day arithmetic). */
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

const RANK: Record<Confidence, number> = { verified: 3, secondary: 2, 'carried-over': 1, recalled: 0 };
const weakest = (list: readonly Confidence[]): Confidence =>
  list.reduce((a, b) => (RANK[b] < RANK[a] ? b : a), list[0] ?? 'recalled');

function merge(year: number, schedules: readonly AnnouncedYearSchedule[]): YearHolidays {
  const estimate = estimatedHolidayDays(year);
  const forYear = schedules.filter((s) => s.year === year);
  const schedule = forYear[forYear.length - 1];
  const settled = new Set<HolidayId>();
  for (const s of forYear) for (const h of s.holidays) settled.add(h);
  const days = new Map<CivilDate, HolidayDay>();
  for (const d of estimate) if (!settled.has(d.holiday)) days.set(d.date, d);
  for (const s of forYear) {
    for (const d of s.days) {
      const name = s.names?.[d.holiday] ?? HOLIDAY_NAMES[d.holiday] ?? { vi: d.holiday, en: d.holiday };
      days.set(d.date, {
        date: d.date,
        kind: d.kind,
        holiday: d.holiday,
        name,
        estimated: false,
        citations: holidayCitations(year, d.holiday, d.kind),
      });
    }
  }
  const list = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const estimatedHolidays = [...new Set(list.filter((d) => d.estimated).map((d) => d.holiday))];
  return Object.freeze({
    year,
    regime: holidayRegime(year),
    estimated: estimatedHolidays.length > 0,
    estimatedHolidays,
    schedule: schedule
      ? {
          version: forYear.map((s) => s.version).join('+'),
          holidays: [...settled],
          sources: forYear.flatMap((s) => s.sources),
          // the weakest of the year's announcements (a news-only swap does not inherit a verified Tết schedule's mark)
          confidence: weakest(forYear.map((s) => s.confidence)),
          ...(schedule.note ? { note: schedule.note } : {}),
        }
      : null,
    days: Object.freeze(list),
  });
}

function buildYear(year: number, schedules: readonly AnnouncedYearSchedule[]): YearIndex {
  const start = toDayNumber(`${String(year).padStart(4, '0')}-01-01` as CivilDate);
  const length = toDayNumber(`${String(year + 1).padStart(4, '0')}-01-01` as CivilDate) - start;
  const holidays = merge(year, schedules);
  const byDay = new Map<number, HolidayDay>();
  for (const d of holidays.days) byDay.set(toDayNumber(d.date), d);
  const dates: CivilDate[] = new Array(length);
  for (let i = 0; i < length; i++) dates[i] = fromDayNumber(start + i);
  const monthStart = new Int32Array(13);
  for (let m = 1; m <= 12; m++) {
    monthStart[m] =
      toDayNumber(`${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-01` as CivilDate) - start;
  }
  const prefix = new Int32Array(length + 1);
  const working = new Int32Array(length);
  let total = 0;
  for (let i = 0; i < length; i++) {
    const day = start + i;
    const h = byDay.get(day);
    const isWorking = h ? h.kind === 'make-up' : !isWeeklyRest(day);
    if (isWorking) working[total++] = i;
    prefix[i + 1] = total;
  }
  return { start, length, prefix, working, total, holidays, byDay, dates, monthStart };
}

/**
 * Builds a Vietnamese working-day calendar for state and Party bodies (Mon–Fri week; holidays of the Labour Code in
 * force for the year; compensatory days; announced schedules 2023–2026 plus any you pass).
 *
 * Years are precomputed lazily (per year: working flags and prefix counts), so `addWorkingDays` and
 * `workingDaysBetween` cost O(years spanned), not O(days).
 * @example
 * const cal = createVietnameseCalendar();
 * cal.addWorkingDays('2024-02-07', 1) // '2024-02-15' (Tết Giáp Thìn 8–14/2 skipped)
 * cal.isWorkingDay('2024-05-04') // true (make-up Saturday)
 * @throws TypeError when a passed schedule fails {@link checkAnnouncedSchedule}.
 */
export function createVietnameseCalendar(options: VietnameseCalendarOptions = {}): VietnameseCalendar {
  for (const s of options.schedules ?? []) {
    const problems = checkAnnouncedSchedule(s);
    if (problems.length > 0) {
      throw new TypeError(`Invalid announced schedule for ${String(s.year)}: ${problems.join('; ')}`);
    }
  }
  const schedules = Object.freeze([...announcedSchedules, ...(options.schedules ?? [])]);
  const years: (YearIndex | undefined)[] = [];
  const yearIndex = (year: number): YearIndex => {
    let y = years[year];
    if (!y) {
      y = buildYear(year, schedules);
      years[year] = y;
    }
    return y;
  };
  const locate = (date: CivilDate) => {
    const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
    const y = yearIndex(year);
    const month = digit(date, 5) * 10 + digit(date, 6);
    const offset = (y.monthStart[month] as number) + digit(date, 8) * 10 + digit(date, 9) - 1;
    return { y, offset, year };
  };
  /**
   * Working days before 1 January of each year, counted from an anchor year (the first year asked about). The range
   * of known years grows contiguously, one year at a time, so a count never loops over days.
   */
  const before: number[] = [];
  let lo = Number.NaN;
  let hi = Number.NaN;
  const workingBefore = (year: number): number => {
    if (Number.isNaN(lo)) {
      lo = hi = year;
      before[year] = 0;
    }
    while (year > hi) {
      before[hi + 1] = (before[hi] as number) + yearIndex(hi).total;
      hi++;
    }
    while (year < lo) {
      before[lo - 1] = (before[lo] as number) - yearIndex(lo - 1).total;
      lo--;
    }
    return before[year] as number;
  };
  /** Working days from the anchor up to and including `date`. */
  const countUpTo = (date: CivilDate): number => {
    const { y, offset, year } = locate(date);
    return workingBefore(year) + (y.prefix[offset + 1] as number);
  };

  const isWorkingDay = (date: CivilDate): boolean => {
    const { y, offset } = locate(date);
    return (y.prefix[offset + 1] as number) > (y.prefix[offset] as number);
  };

  const addWorkingDays = (date: CivilDate, n: number): CivilDate => {
    if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
    if (n === 0) return date;
    let { y, offset, year } = locate(date);
    // 1-based rank, within year `year`, of the working day we want.
    let rank = n > 0 ? (y.prefix[offset + 1] as number) + n : (y.prefix[offset] as number) + n + 1;
    while (rank > y.total) {
      rank -= y.total;
      year++;
      y = yearIndex(year);
    }
    while (rank < 1) {
      year--;
      y = yearIndex(year);
      rank += y.total;
    }
    return y.dates[y.working[rank - 1] as number] as CivilDate;
  };

  const workingDaysBetween = (from: CivilDate, to: CivilDate): number => {
    return countUpTo(to) - countUpTo(from);
  };

  const dayOff = (date: CivilDate): DayOffReason | null => {
    const { y, offset } = locate(date);
    const h = y.byDay.get(y.start + offset);
    if (h) return h.kind === 'make-up' ? null : (h as DayOffReason);
    return isWeeklyRest(y.start + offset) ? { kind: 'weekend', name: WEEKEND, citations: WEEKEND_CITATIONS } : null;
  };

  const explainAddWorkingDays = (date: CivilDate, n: number): WorkingDaysExplanation => {
    const result = addWorkingDays(date, n);
    const [lo, hi] = n >= 0 ? [toDayNumber(date), toDayNumber(result)] : [toDayNumber(result), toDayNumber(date)];
    const skipped: SkippedDay[] = [];
    const makeUpDays: HolidayDay[] = [];
    const touched = new Set<number>();
    for (let d = lo + 1; d < hi; d++) {
      const civil = fromDayNumber(d);
      const { y, year } = locate(civil);
      touched.add(year);
      const reason = dayOff(civil);
      if (reason) skipped.push({ date: civil, reason });
      else {
        const h = y.byDay.get(d);
        if (h?.kind === 'make-up') makeUpDays.push(h);
      }
    }
    touched.add(Number(result.slice(0, 4)));
    const estimatedYears = [...touched].filter((yr) => yearIndex(yr).holidays.estimated).sort((a, b) => a - b);
    return { from: date, workingDays: n, date: result, skipped, makeUpDays, estimatedYears };
  };

  return {
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    holidays: (year) => yearIndex(year).holidays,
    dayOff,
    explainAddWorkingDays,
    schedules,
  };
}

/** The Vietnamese working-day calendar with the built-in announced schedules (what the default engine uses). */
export const vietnameseCalendar: VietnameseCalendar = createVietnameseCalendar();
