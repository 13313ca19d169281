import { type CivilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import { dayOfWeek } from '../date/day-of-week.js';
import type { WorkingDayCalendar } from '../kernel/calendar-port.js';
import type { AnnouncedYearSchedule } from './schedule-types.js';

/** Options of {@link createVietnameseCalendar}. */
export interface VietnameseCalendarOptions {
  /** Announced schedules to use on top of (and in place of) the built-in ones, e.g. a newly announced year. */
  readonly schedules?: readonly AnnouncedYearSchedule[];
}

/** The Vietnamese working-day calendar (preliminary: weekends and announced schedules). */
export interface VietnameseCalendar extends WorkingDayCalendar {}

/** Builds a Vietnamese working-day calendar, optionally with more announced schedules. */
export function createVietnameseCalendar(options: VietnameseCalendarOptions = {}): VietnameseCalendar {
  const off = new Set<string>();
  const on = new Set<string>();
  for (const s of options.schedules ?? []) for (const d of s.days) (d.kind === 'make-up' ? on : off).add(d.date);
  const isWorkingDay = (d: CivilDate) => on.has(d) || (dayOfWeek(d) < 6 && !off.has(d));
  return {
    isWorkingDay,
    addWorkingDays(date, n) {
      let cur = toDayNumber(date);
      let left = n;
      while (left > 0) {
        cur++;
        if (isWorkingDay(fromDayNumber(cur))) left--;
      }
      return fromDayNumber(cur);
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let cur = toDayNumber(from) + 1; cur <= toDayNumber(to); cur++)
        if (isWorkingDay(fromDayNumber(cur))) count++;
      return count;
    },
  };
}

/** The Vietnamese working-day calendar with the built-in announced schedules. */
export const vietnameseCalendar: VietnameseCalendar = createVietnameseCalendar();
