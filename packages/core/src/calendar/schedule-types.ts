import type { CivilDate } from '../date/civil-date.js';
import type { Confidence, LocalizedText } from '../legal/types.js';

/**
 * The holidays of the Labour Code list (plus any a plugin adds, e.g. a future 24/11 Culture Day), by stable id:
 * `new-year` (Tết Dương lịch), `tet` (Tết Nguyên đán), `hung-kings` (Giỗ Tổ Hùng Vương), `victory-day` (30/4),
 * `labour-day` (1/5), `national-day` (Quốc khánh).
 */
export type HolidayId =
  | 'new-year'
  | 'tet'
  | 'hung-kings'
  | 'victory-day'
  | 'labour-day'
  | 'national-day'
  | (string & {});

/**
 * Why a day is off (or, for `make-up`, why a Saturday is worked):
 * - `statutory`: a holiday day of the Labour Code (ngày nghỉ lễ, tết);
 * - `compensatory`: a compensatory day off for a holiday that fell on a weekly rest day (nghỉ bù);
 * - `swap`: a weekday given off in exchange for a make-up Saturday (hoán đổi ngày làm việc);
 * - `make-up`: a Saturday worked in exchange for a swapped weekday (làm bù) — a working day.
 */
export type DayKind = 'statutory' | 'compensatory' | 'swap' | 'make-up';

/** One day of an officially announced schedule. */
export interface AnnouncedDay {
  readonly date: CivilDate;
  readonly kind: DayKind;
  readonly holiday: HolidayId;
}

/** Where an announced schedule was read. */
export interface ScheduleSource {
  readonly title: string;
  readonly link?: string;
  readonly published?: CivilDate;
}

/**
 * The days off that the Prime Minister approved for one year for cadres, civil servants and public employees
 * (cán bộ, công chức, viên chức) — Tết spans, the second National Day day, swapped weekdays and make-up Saturdays.
 * These cannot be derived by rule, so they are versioned data. Holiday groups listed in `holidays` are taken from
 * the announcement (replacing the statutory estimate for that group); the other groups of the year stay estimated.
 */
export interface AnnouncedYearSchedule {
  readonly year: number;
  /** Version of this data entry (`2024.1`); bump it when a correction is made. */
  readonly version: string;
  /** Holiday groups this announcement settles. */
  readonly holidays: readonly HolidayId[];
  /**
   * Days of the announcement: every weekday off (`statutory`, `compensatory`, `swap`) and every worked Saturday
   * (`make-up`) of the listed groups. Weekend days inside a Tết span need not be listed.
   */
  readonly days: readonly AnnouncedDay[];
  /** Names for holiday ids outside the built-in list. */
  readonly names?: Readonly<Record<string, LocalizedText>>;
  readonly sources: readonly ScheduleSource[];
  readonly confidence: Confidence;
  readonly note?: string;
}
