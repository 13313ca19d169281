import { addMonths } from '../date/add-months.js';
import { type CivilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import type { WorkingDayCalendar } from '../kernel/calendar-port.js';
import type { Citation } from '../legal/types.js';

/** A period counted in calendar units, as the civil code counts it. */
export type CalendarPeriod = { readonly days: number } | { readonly months: number } | { readonly years: number };

/** The end of a civil-code period, and whether it was moved off a day off. */
export interface PeriodEnd {
  /** The last day of the period (the period ends at 24:00 of it). */
  readonly date: CivilDate;
  /** The day the count itself landed on, before moving off a weekend or holiday. */
  readonly nominal: CivilDate;
  readonly moved: boolean;
  readonly citations: readonly Citation[];
}

const CITATIONS: readonly Citation[] = Object.freeze([
  Object.freeze({ document: 'blds-2015', article: '147' }),
  Object.freeze({ document: 'blds-2015', article: '148' }),
]);

/**
 * The last day of a period counted in calendar days, months or years from an event, by the Civil Code 2015
 * (Điều 147–148): the count starts on the day after the event; a period in months or years ends on the
 * corresponding day of the last month, or on that month's last day when it has no such day; and when the last day
 * is a weekly rest day or a holiday, the period ends at the end of the next working day.
 *
 * Use it where a rule says "N ngày" (calendar days); where it says "N ngày làm việc" use
 * {@link WorkingDayCalendar.addWorkingDays}.
 * @example
 * civilPeriodEnd('2025-01-20', { days: 10 }, vietnameseCalendar).date // '2025-02-03' (30/1 is Tết; next working day)
 * civilPeriodEnd('2024-01-31', { months: 1 }, vietnameseCalendar).date // '2024-02-29'
 */
export function civilPeriodEnd(event: CivilDate, period: CalendarPeriod, calendar: WorkingDayCalendar): PeriodEnd {
  let nominal: CivilDate;
  if ('days' in period) nominal = fromDayNumber(toDayNumber(event) + period.days);
  else if ('months' in period) nominal = addMonths(event, period.months, 'clamp');
  else nominal = addMonths(event, period.years * 12, 'clamp');
  const date = calendar.isWorkingDay(nominal) ? nominal : calendar.addWorkingDays(nominal, 1);
  return { date, nominal, moved: date !== nominal, citations: CITATIONS };
}
