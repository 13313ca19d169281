import { type CivilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import {
  JD_UNIX_EPOCH,
  newMoonJde,
  SYNODIC_MONTH,
  sunLongitude,
  sunLongitudeCrossing,
  toDynamicalTime,
  toUniversalTime,
} from './astronomy.js';

/**
 * A date of the Vietnamese lunar calendar (âm lịch): lunar year (the Gregorian year in which its Tết falls), month
 * 1–12, day 1–30, and whether the month is the leap month (tháng nhuận).
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/** The years for which the conversion is supported and tested. */
export const LUNAR_RANGE = Object.freeze({ from: 1900, to: 2100 });

/** Day number at which Vietnam's lunar calendar is reckoned at UTC+7 instead of UTC+8 (1968-01-01). */
const UTC7_FROM_JD = toDayNumber('1968-01-01') + JD_UNIX_EPOCH - 8 / 24;

/**
 * The time zone (hours east of UTC) in which Vietnam reckons lunar days at a given instant: UTC+8 (the Chinese
 * meridian, in practice) before 1968, UTC+7 (105° E) from 1968, when North Vietnam's switch of August 1967 first
 * shaped a lunar year (Tết Mậu Thân 1968 fell a day earlier than in China).
 */
export function lunarTimeZone(jdUt: number): 7 | 8 {
  return jdUt < UTC7_FROM_JD ? 8 : 7;
}

/** The local day number containing a UT instant. */
function localDay(jdUt: number): number {
  return Math.floor(jdUt + lunarTimeZone(jdUt) / 24 - JD_UNIX_EPOCH);
}

const newMoonDayCache = new Map<number, number>();

/** The day number (local civil day) on which new moon `k` falls: the first day of a lunar month. */
export function newMoonDay(k: number): number {
  let d = newMoonDayCache.get(k);
  if (d === undefined) {
    d = localDay(toUniversalTime(newMoonJde(k)));
    newMoonDayCache.set(k, d);
  }
  return d;
}

/** The lunation number of the month containing day number `day`. */
function lunationContaining(day: number): number {
  let k = Math.floor((day + JD_UNIX_EPOCH - 2451550.09766) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= day) k++;
  while (newMoonDay(k) > day) k--;
  return k;
}

/** Sun's longitude at the start (local midnight) of a day number. */
function longitudeAtDayStart(day: number): number {
  const jdUt = day + JD_UNIX_EPOCH - lunarTimeZone(day + JD_UNIX_EPOCH) / 24;
  return sunLongitude(toDynamicalTime(jdUt));
}

/** Lunation number of month 11 of the lunar year ending around the winter solstice of Gregorian `year`. */
function month11Lunation(year: number): number {
  // The winter solstice (apparent longitude 270°) falls on 21 or 22 December.
  const guess = toDayNumber(`${year}-12-21` as CivilDate) + JD_UNIX_EPOCH;
  const solsticeUt = toUniversalTime(sunLongitudeCrossing(270, toDynamicalTime(guess)));
  return lunationContaining(localDay(solsticeUt));
}

/** One lunar month: its first day and its name. */
interface MonthEntry {
  readonly start: number;
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

const tableCache = new Map<number, readonly MonthEntry[]>();

/**
 * The months from month 11 of lunar year `y − 1` (containing the December solstice of `y − 1`) up to, not including,
 * month 11 of lunar year `y`, with one extra entry holding the start of the latter. 12 months, or 13 when a leap
 * month is needed: then the leap month is the first month after month 11 that contains no principal solar term
 * (trung khí: a multiple of 30° of solar longitude), and it repeats the number of the month before it.
 */
function solsticeYear(y: number): readonly MonthEntry[] {
  const cached = tableCache.get(y);
  if (cached) return cached;
  const k0 = month11Lunation(y - 1);
  const k1 = month11Lunation(y);
  const count = k1 - k0;
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < 13; i++) {
      const a = Math.floor(longitudeAtDayStart(newMoonDay(k0 + i)) / 30);
      const b = Math.floor(longitudeAtDayStart(newMoonDay(k0 + i + 1)) / 30);
      if (a === b) {
        leapIndex = i;
        break;
      }
    }
  }
  const entries: MonthEntry[] = [];
  let month = 11;
  let lunarYear = y - 1;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      month = month === 12 ? 1 : month + 1;
      if (month === 1) lunarYear = y;
    }
    entries.push({ start: newMoonDay(k0 + i), year: lunarYear, month, leap });
  }
  entries.push({ start: newMoonDay(k1), year: y, month: 11, leap: false });
  const frozen = Object.freeze(entries);
  tableCache.set(y, frozen);
  return frozen;
}

function gregorianYearOf(day: number): number {
  return Number(fromDayNumber(day).slice(0, 4));
}

function assertRange(year: number, what: string): void {
  if (!Number.isInteger(year) || year < LUNAR_RANGE.from - 1 || year > LUNAR_RANGE.to + 1) {
    throw new RangeError(`${what} ${year} is outside the supported lunar range ${LUNAR_RANGE.from}–${LUNAR_RANGE.to}`);
  }
}

/** Solar → lunar on a day number. */
export function lunarFromDayNumber(day: number): LunarDate {
  const gy = gregorianYearOf(day);
  let table = solsticeYear(gy);
  const last = table[table.length - 1] as MonthEntry;
  if (day >= last.start) table = solsticeYear(gy + 1);
  else if (day < (table[0] as MonthEntry).start) table = solsticeYear(gy - 1);
  let i = table.length - 2;
  while (i > 0 && (table[i] as MonthEntry).start > day) i--;
  const e = table[i] as MonthEntry;
  return { year: e.year, month: e.month, day: day - e.start + 1, leap: e.leap };
}

/**
 * Converts a civil (solar) date to the Vietnamese lunar date.
 * @throws RangeError outside 1900–2100.
 * @example
 * toLunar('2025-01-29') // { year: 2025, month: 1, day: 1, leap: false } (Tết Ất Tỵ)
 * toLunar('1985-01-21') // { year: 1985, month: 1, day: 1, leap: false } (a month before China's)
 * toLunar('2023-03-22') // { year: 2023, month: 2, day: 1, leap: true }
 */
export function toLunar(date: CivilDate): LunarDate {
  assertRange(Number(date.slice(0, 4)), 'Year');
  return lunarFromDayNumber(toDayNumber(date));
}

function monthEntry(year: number, month: number, leap: boolean): { entry: MonthEntry; next: MonthEntry } | undefined {
  const table = solsticeYear(month >= 11 ? year + 1 : year);
  for (let i = 0; i < table.length - 1; i++) {
    const e = table[i] as MonthEntry;
    if (e.year === year && e.month === month && e.leap === leap) return { entry: e, next: table[i + 1] as MonthEntry };
  }
  return undefined;
}

/** The leap month of lunar year `year` (1–12), or `null` when the year has none. */
export function leapMonthOf(year: number): number | null {
  assertRange(year, 'Lunar year');
  for (const y of [year, year + 1]) {
    for (const e of solsticeYear(y).slice(0, -1)) if (e.leap && e.year === year) return e.month;
  }
  return null;
}

/** Number of days (29 or 30) of a lunar month, or `null` when the month does not exist (a leap month not in that year). */
export function lunarMonthLength(year: number, month: number, leap = false): 29 | 30 | null {
  assertRange(year, 'Lunar year');
  const found = monthEntry(year, month, leap);
  return found ? ((found.next.start - found.entry.start) as 29 | 30) : null;
}

/** Result of {@link fromLunar}: the solar date, or why the lunar date does not exist. */
export type FromLunarResult =
  | { readonly ok: true; readonly date: CivilDate }
  | { readonly ok: false; readonly reason: 'range' | 'month' | 'leap-month' | 'day'; readonly detail: string };

/**
 * Converts a Vietnamese lunar date to the civil date, refusing dates that do not exist (a leap month the year does
 * not have, day 30 of a 29-day month) instead of rolling them over.
 * @example
 * fromLunar(2026, 1, 1) // { ok: true, date: '2026-02-17' }
 * fromLunar(2025, 3, 10) // { ok: true, date: '2025-04-07' } (Giỗ Tổ Hùng Vương)
 * fromLunar(2024, 12, 30) // { ok: false, reason: 'day', … } (month 12 of Giáp Thìn has 29 days)
 */
export function fromLunar(year: number, month: number, day: number, leap = false): FromLunarResult {
  if (!Number.isInteger(year) || year < LUNAR_RANGE.from || year > LUNAR_RANGE.to) {
    return { ok: false, reason: 'range', detail: `lunar year ${year} outside ${LUNAR_RANGE.from}–${LUNAR_RANGE.to}` };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false, reason: 'month', detail: `no lunar month ${month}` };
  }
  const found = monthEntry(year, month, leap);
  if (!found) return { ok: false, reason: 'leap-month', detail: `lunar year ${year} has no leap month ${month}` };
  const length = found.next.start - found.entry.start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    return {
      ok: false,
      reason: 'day',
      detail: `lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has ${length} days`,
    };
  }
  return { ok: true, date: fromDayNumber(found.entry.start + day - 1) };
}

/** The first day of lunar year `year` (Tết Nguyên đán, mùng 1 tháng Giêng). */
export function tetDate(year: number): CivilDate {
  const r = fromLunar(year, 1, 1);
  if (!r.ok) throw new RangeError(r.detail);
  return r.date;
}

/** The last day of lunar month 12 of `year` (29 or 30 Tết: the eve, giao thừa day) — not always "day 30". */
export function lastDayOfLunarYear(year: number): CivilDate {
  return fromDayNumber(toDayNumber(tetDate(year + 1)) - 1);
}

/** Formats a lunar date `YYYY-MM-DD`, with ` leap` appended for a leap month (the CLI contract). */
export function formatLunarDate(d: LunarDate): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${String(d.year).padStart(4, '0')}-${p2(d.month)}-${p2(d.day)}${d.leap ? ' leap' : ''}`;
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;

/**
 * The sexagenary (can chi) name of a lunar year. Vietnam names the fourth branch Mão (cat), not Mǎo (rabbit).
 * @example
 * lunarYearName(2025) // 'Ất Tỵ'
 * lunarYearName(1968) // 'Mậu Thân'
 */
export function lunarYearName(year: number): string {
  const s = (((year + 6) % 10) + 10) % 10;
  const b = (((year + 8) % 12) + 12) % 12;
  return `${STEMS[s]} ${BRANCHES[b]}`;
}
