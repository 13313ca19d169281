import { type CivilDate, civilDate, daysInMonth, toParts } from './civil-date.js';

/**
 * What to do when adding months lands on a day the target month lacks (31 March + 1 month).
 * - `clamp` (default): the last day of the target month (31/3 + 1 month = 30/4; 29/2/2024 + 12 months = 28/2/2025).
 *   This is the civil-code reading used for "N tháng" periods: a period ending in a month without that day ends on
 *   the month's last day (Bộ luật Dân sự 2015, Điều 147 khoản 3).
 * - `overflow`: carry the surplus into the next month (31/3 + 1 month = 1/5; 29/2/2024 + 12 months = 1/3/2025).
 */
export type EndOfMonthPolicy = 'clamp' | 'overflow';

/**
 * Adds calendar months with a stated end-of-month policy.
 * @example
 * addMonths('2024-01-31', 1) // '2024-02-29'
 * addMonths('2024-01-31', 1, 'overflow') // '2024-03-02'
 */
export function addMonths(date: CivilDate, months: number, policy: EndOfMonthPolicy = 'clamp'): CivilDate {
  const { year, month, day } = toParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  if (day <= last) return civilDate(y, m, day);
  if (policy === 'clamp') return civilDate(y, m, last);
  const overflow = day - last;
  return m === 12 ? civilDate(y + 1, 1, overflow) : civilDate(y, m + 1, overflow);
}
