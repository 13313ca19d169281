import { addDays } from '../date/add-days.js';
import type { CivilDate } from '../date/civil-date.js';
import { dayOfWeek } from '../date/day-of-week.js';

/**
 * What the rules need from a working-day calendar. The Vietnamese calendar (`@dieule/core/calendar`) implements it;
 * the kernel depends only on this interface.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: CivilDate): boolean;
  /** The n-th working day strictly after `date` ("trong thời hạn n ngày làm việc kể từ …"). */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /** Working days in `(from, to]`: how many working days after `from` up to and including `to`. */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
}

/** Weekends only (no holidays): a fallback for tests and for callers who bring no calendar. */
export const weekendOnlyCalendar: WorkingDayCalendar = {
  isWorkingDay: (d) => dayOfWeek(d) < 6,
  addWorkingDays(d, n) {
    let cur = d;
    let left = n;
    while (left > 0) {
      cur = addDays(cur, 1);
      if (dayOfWeek(cur) < 6) left--;
    }
    return cur;
  },
  workingDaysBetween(from, to) {
    let count = 0;
    for (let cur = addDays(from, 1); cur <= to; cur = addDays(cur, 1)) if (dayOfWeek(cur) < 6) count++;
    return count;
  },
};
