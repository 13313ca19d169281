import type { CivilDate } from './civil-date.js';

/** -1, 0 or 1. `YYYY-MM-DD` strings order lexicographically, so no parsing is needed. */
export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `a` is strictly before `b`. */
export function isBefore(a: CivilDate, b: CivilDate): boolean {
  return a < b;
}

/** True when `a` is strictly after `b`. */
export function isAfter(a: CivilDate, b: CivilDate): boolean {
  return a > b;
}

/** The earlier of two dates. */
export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

/** True when `date` lies in `[from, to]`; a `null`/absent `to` means the window is open-ended. */
export function isWithin(date: CivilDate, from: CivilDate, to?: CivilDate | null): boolean {
  return date >= from && (to == null || date <= to);
}
