import { addMonths } from './add-months.js';
import { type CivilDate, toDayNumber } from './civil-date.js';

/** A length of time in whole years, months and days. */
export interface Period {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/**
 * The completed (elapsed, whole) period from `from` to `to`: the largest number of months `M` such that
 * `addMonths(from, M) <= to` (end-of-month `clamp`), then the remaining days.
 *
 * This is how an age is counted (tuổi tròn): someone born 2006-06-15 is 17 years 11 months on 2024-06-01 and
 * 18 years 0 months on 2024-06-15. Someone born on 29 February completes a year on 28 February of common years.
 * Returns a negative-free period; when `to < from` the result is all zeros.
 * @example
 * completedPeriod('2006-06-15', '2024-06-01') // { years: 17, months: 11, days: 17 }
 */
export function completedPeriod(from: CivilDate, to: CivilDate): Period {
  if (to <= from) return { years: 0, months: 0, days: 0 };
  const fy = Number(from.slice(0, 4));
  const fm = Number(from.slice(5, 7));
  const ty = Number(to.slice(0, 4));
  const tm = Number(to.slice(5, 7));
  let total = (ty - fy) * 12 + (tm - fm);
  let anchor = addMonths(from, total);
  if (anchor > to) {
    total -= 1;
    anchor = addMonths(from, total);
  }
  return {
    years: Math.floor(total / 12),
    months: total % 12,
    days: toDayNumber(to) - toDayNumber(anchor),
  };
}

/** Whole months completed from `from` to `to` (the unit in which admission age is counted). */
export function completedMonths(from: CivilDate, to: CivilDate): number {
  const p = completedPeriod(from, to);
  return p.years * 12 + p.months;
}

/** Renders a period as `17y11m` / `17 năm 11 tháng` style text. */
export function formatPeriod(p: Period, locale: 'vi' | 'en' = 'vi', withDays = false): string {
  const parts =
    locale === 'vi'
      ? [`${p.years} năm`, `${p.months} tháng`, ...(withDays ? [`${p.days} ngày`] : [])]
      : [`${p.years}y`, `${p.months}m`, ...(withDays ? [`${p.days}d`] : [])];
  return parts.join(locale === 'vi' ? ' ' : '');
}
