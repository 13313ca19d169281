/**
 * A civil date (ngày theo lịch): a calendar day written `YYYY-MM-DD`, with no time and no time zone.
 *
 * Inside, arithmetic works on *day numbers* (days since 1970-01-01), so no JS `Date` at some midnight ever enters.
 * The type is a template-literal string so that literals type-check without a cast and JSON carries it as is.
 */
export type CivilDate = `${number}-${number}-${number}`;

/** Year, month (1–12) and day (1–31) of a civil date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS[month - 1] ?? Number.NaN);
}

/** True when `value` is a string `YYYY-MM-DD` naming a real day (years 0001–9999). */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Splits a civil date into its parts. The input must be valid (see {@link isCivilDate}). */
export function toParts(date: CivilDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : String(n));

/**
 * Builds a civil date from its parts.
 * @throws RangeError when the parts do not name a real day (a programming error, not bad input: parse input with
 *   {@link parseCivilDate}).
 * @example
 * civilDate(2024, 2, 29) // '2024-02-29'
 */
export function civilDate(year: number, month: number, day: number): CivilDate {
  const s = `${pad4(year)}-${pad2(month)}-${pad2(day)}` as CivilDate;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || !isCivilDate(s)) {
    throw new RangeError(`Not a civil date: ${year}-${month}-${day}`);
  }
  return s;
}

/**
 * Day number: days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`, exact for the proleptic
 * Gregorian calendar.
 */
export function toDayNumber(date: CivilDate): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber} (`civil_from_days`). */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}` as CivilDate;
}
