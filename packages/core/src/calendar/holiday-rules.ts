import { type CivilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import type { Citation, LocalizedText } from '../legal/types.js';
import { fromLunar, LUNAR_RANGE, lastDayOfLunarYear } from './lunar.js';
import type { DayKind, HolidayId } from './schedule-types.js';

/** One day of a year's holiday calendar: a day off (or a worked make-up Saturday) with its reason and basis. */
export interface HolidayDay {
  readonly date: CivilDate;
  readonly kind: DayKind;
  readonly holiday: HolidayId;
  readonly name: LocalizedText;
  /** True when the day comes from the statutory rule rather than an announced schedule and involves a choice. */
  readonly estimated: boolean;
  readonly citations: readonly Citation[];
  /** For a compensatory day: the holiday day (on a weekly rest day) it makes up for. */
  readonly compensates?: CivilDate;
}

/** Names of the built-in holidays. */
export const HOLIDAY_NAMES: Readonly<Record<string, LocalizedText>> = Object.freeze({
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings Commemoration Day' },
  'victory-day': { vi: 'Ngày Chiến thắng (30/4)', en: 'Victory Day (30 April)' },
  'labour-day': { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  'national-day': { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
});

/** The labour-law regime that sets the holiday list of a year. */
export type HolidayRegime = 'blld-1994' | 'blld-2012' | 'blld-2019';

/**
 * The Labour Code whose holiday list applies to a year: the 2019 code from 2021 (two National Day days), the 2012
 * code from 2013 (five days of Tết), the 1994 code before (four days of Tết; Giỗ Tổ Hùng Vương from 2007).
 */
export function holidayRegime(year: number): HolidayRegime {
  return year >= 2021 ? 'blld-2019' : year >= 2013 ? 'blld-2012' : 'blld-1994';
}

const POINTS: Readonly<Record<string, string>> = {
  'new-year': 'a',
  tet: 'b',
  'victory-day': 'c',
  'labour-day': 'd',
  'national-day': 'đ',
  'hung-kings': 'e',
};

/** The legal basis of a holiday day of the given kind in a year. */
export function holidayCitations(year: number, holiday: HolidayId, kind: DayKind): readonly Citation[] {
  const regime = holidayRegime(year);
  if (kind === 'compensatory') {
    if (regime === 'blld-2019') return [{ document: 'blld-2019', article: '111', clause: '3' }];
    if (regime === 'blld-2012') return [{ document: 'blld-2012', article: '115', clause: '3' }];
    return [{ document: 'blld-1994', article: '73' }];
  }
  if (kind === 'swap' || kind === 'make-up') {
    // The Prime Minister fixes the concrete days each year (Điều 112 khoản 3 BLLĐ 2019).
    return regime === 'blld-2019'
      ? [{ document: 'blld-2019', article: '112', clause: '3' }]
      : [{ document: regime, article: regime === 'blld-2012' ? '115' : '73' }];
  }
  const point = POINTS[holiday];
  if (regime === 'blld-2019')
    return [{ document: 'blld-2019', article: '112', clause: '1', ...(point ? { point } : {}) }];
  if (regime === 'blld-2012')
    return [{ document: 'blld-2012', article: '115', clause: '1', ...(point ? { point } : {}) }];
  return holiday === 'hung-kings'
    ? [{ document: 'luat-84-2007' }, { document: 'blld-1994', article: '73' }]
    : [{ document: 'blld-1994', article: '73' }];
}

/**
 * The first day on which state and Party bodies rest on Saturday as well as Sunday (the 40-hour, five-day week of
 * Quyết định 188/1999/QĐ-TTg; Party bodies are political organizations under its Article 1).
 */
const FIVE_DAY_WEEK_FROM = toDayNumber('1999-10-02');

/** Weekly rest day (ngày nghỉ hằng tuần) on a day number: Sunday, and Saturday from 2 October 1999. */
export function isWeeklyRest(day: number): boolean {
  const dow = ((((day + 3) % 7) + 7) % 7) + 1; // 1 = Monday … 7 = Sunday
  return dow === 7 || (dow === 6 && day >= FIVE_DAY_WEEK_FROM);
}

interface StatutoryDay {
  readonly day: number;
  readonly holiday: HolidayId;
  /** True when the day is one the Prime Minister chooses (Tết span, second National Day day). */
  readonly chosen: boolean;
}

/** The statutory holiday days of a year (before compensation), with the usual choice of Tết and National Day days. */
function statutoryDays(year: number): StatutoryDay[] {
  const regime = holidayRegime(year);
  const fixed = (month: number, day: number) =>
    toDayNumber(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CivilDate);
  const days: StatutoryDay[] = [{ day: fixed(1, 1), holiday: 'new-year', chosen: false }];
  const lunarOk = year >= LUNAR_RANGE.from && year <= LUNAR_RANGE.to;
  if (lunarOk) {
    // Tết: the last day of lunar month 12 (29 or 30) and the first days of month 1 — the span the Prime Minister
    // approved in 2023–2026 once weekend days are compensated (4 days before 2013, 5 from 2013).
    const eve = toDayNumber(lastDayOfLunarYear(year - 1));
    const span = regime === 'blld-1994' ? 4 : 5;
    for (let i = 0; i < span; i++) days.push({ day: eve + i, holiday: 'tet', chosen: true });
    if (year >= 2007) {
      const hk = fromLunar(year, 3, 10);
      if (hk.ok) days.push({ day: toDayNumber(hk.date), holiday: 'hung-kings', chosen: false });
    }
  }
  days.push({ day: fixed(4, 30), holiday: 'victory-day', chosen: false });
  days.push({ day: fixed(5, 1), holiday: 'labour-day', chosen: false });
  const nd = fixed(9, 2);
  days.push({ day: nd, holiday: 'national-day', chosen: false });
  if (regime === 'blld-2019') {
    // The second day is adjacent to 2/9 and chosen by the Prime Minister; the usual choice joins it to the weekend
    // or to the nearer end of the week: Mon → Tue 3/9; Tue, Wed, Fri → the day before; Thu → Fri 3/9;
    // Sat → Fri 1/9; Sun → Mon 3/9.
    const dow = ((((nd + 3) % 7) + 7) % 7) + 1;
    const second = dow === 1 || dow === 4 || dow === 7 ? nd + 1 : nd - 1;
    days.push({ day: second, holiday: 'national-day', chosen: true });
  }
  return days.sort((a, b) => a.day - b.day);
}

const name = (holiday: HolidayId): LocalizedText => HOLIDAY_NAMES[holiday] ?? { vi: holiday, en: holiday };

/**
 * The days off of a year by the statutory rule alone: the Labour Code holidays of the regime in force, plus a
 * compensatory day for each holiday day that falls on a weekly rest day. Compensation goes to the next working day
 * (Điều 111 khoản 3 BLLĐ 2019; Điều 115 khoản 3 BLLĐ 2012), except that for Tết the schedules approved since 2014
 * put a Saturday's compensation on the working day before the span and a Sunday's on the working day after it.
 * Holidays on weekdays that involve no choice are certain; Tết days, the second National Day day and compensation
 * days are marked `estimated`.
 */
export function estimatedHolidayDays(year: number): HolidayDay[] {
  const statutory = statutoryDays(year);
  const off = new Set(statutory.map((s) => s.day));
  const result: HolidayDay[] = [];
  for (const s of statutory) {
    result.push({
      date: fromDayNumber(s.day),
      kind: 'statutory',
      holiday: s.holiday,
      name: name(s.holiday),
      estimated: s.chosen,
      citations: holidayCitations(year, s.holiday, 'statutory'),
    });
  }
  for (const s of statutory) {
    if (!isWeeklyRest(s.day)) continue;
    const saturday = ((((s.day + 3) % 7) + 7) % 7) + 1 === 6;
    const step = s.holiday === 'tet' && saturday ? -1 : 1;
    let c = s.day + step;
    while (isWeeklyRest(c) || off.has(c)) c += step;
    off.add(c);
    result.push({
      date: fromDayNumber(c),
      kind: 'compensatory',
      holiday: s.holiday,
      name: name(s.holiday),
      estimated: true,
      citations: holidayCitations(year, s.holiday, 'compensatory'),
      compensates: fromDayNumber(s.day),
    });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
