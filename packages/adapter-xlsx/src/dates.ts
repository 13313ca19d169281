import { type CivilDate, civilDate, daysInMonth, fromDayNumber, toDayNumber } from '@dieule/core/date';

/**
 * How a roster date was read. `serial1900` / `serial1904` = an Excel serial number (from a number cell or a text
 * that is only digits); `date-cell` = a cell Excel itself typed as a date; `two-digit-year` = `d/m/yy` read with the
 * century rule (always reported).
 */
export type DateForm = 'date-cell' | 'serial1900' | 'serial1904' | 'iso' | 'dmy' | 'two-digit-year' | 'words';

/** Why a date could not be read. */
export type DateProblem =
  | 'format' // not a date at all
  | 'range' // 31/02/2020, month 13
  | 'partial' // 1950, 3/1950, 00/00/1950: year (and month) only
  | 'month-first' // 12/25/1980: month before day (an en-US spreadsheet)
  | 'ambiguous' // 05/03/1980 in a column that also holds month-first dates
  | 'serial'; // a serial number outside Excel's range (or the fictitious 29/02/1900)

/** Result of reading one date. Never throws. */
export type DateRead =
  | { readonly ok: true; readonly value: CivilDate; readonly form: DateForm; readonly centuryFrom?: string }
  | {
      readonly ok: false;
      readonly problem: DateProblem;
      readonly detail?: string;
      /** For `partial`: what is known. */
      readonly year?: number;
      readonly month?: number;
    };

/** Options of {@link readDate}. */
export interface DateOptions {
  /** Workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
  /**
   * Century rule for two-digit years: `yy` is read as the latest year ending in `yy` that is not after this year
   * (the reporting year), so `d/m/45` read in 2026 is 1945 and `d/m/24` is 2024. Every such read is reported.
   */
  readonly pivotYear: number;
  /** The column also holds month-first dates: a day-first reading of `05/03/1980` is then ambiguous. */
  readonly columnMonthFirst?: boolean;
}

const DAY_1899_12_30 = toDayNumber('1899-12-30' as CivilDate);
const DAY_1904_01_01 = toDayNumber('1904-01-01' as CivilDate);
const DAY_1970_01_01 = toDayNumber('1970-01-01' as CivilDate);

/**
 * Converts an Excel serial number to a civil date. 1900 system: serial 1 = 1900-01-01, serial 60 is the fictitious
 * 29/02/1900 (kept by Excel for Lotus 1-2-3 compatibility) and is refused, from 61 on `1899-12-30 + serial`. 1904
 * system: `1904-01-01 + serial`. Fractions (time of day) are dropped. Returns undefined outside 1..2958465.
 * @example
 * excelSerialToDate(35981) // '1998-07-05'
 * excelSerialToDate(34519, true) // '1998-07-05'
 */
export function excelSerialToDate(serial: number, date1904 = false): CivilDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial + 1e-9);
  if (date1904) {
    if (whole < 0 || whole > 2957003) return undefined;
    return fromDayNumber(DAY_1904_01_01 + whole);
  }
  if (whole < 1 || whole > 2958465 || whole === 60) return undefined;
  return fromDayNumber(DAY_1899_12_30 + whole + (whole < 60 ? 1 : 0));
}

/** The serial number of a date in the workbook's date system (for writing). */
export function dateToExcelSerial(date: CivilDate, date1904 = false): number {
  const day = toDayNumber(date);
  if (date1904) return day - DAY_1904_01_01;
  const s = day - DAY_1899_12_30;
  return s < 61 ? s - 1 : s;
}

/**
 * Reads the civil date of a JS Date that ExcelJS built from a serial (it builds them in UTC). The day is taken from
 * UTC fields, never local time, so a workbook read in UTC+7 keeps its dates.
 */
export function dateFromExcelJs(d: Date, date1904 = false): CivilDate | undefined {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return undefined;
  const day = Math.floor(ms / 86_400_000 + 1e-7);
  const serial = day - DAY_1970_01_01 + 25569 - (date1904 ? 1462 : 0);
  // ExcelJS ignores the fictitious 29/02/1900: reuse our own conversion from the serial it started from
  return excelSerialToDate(serial, date1904);
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const WORDS = /^ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})$/i;
const PARTIAL_MY = /^(?:(?:0{1,2}|-{1,2})\s*[/.-]\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const PARTIAL_Y = /^(?:(?:0{1,2}|-{1,2})\s*[/.-]\s*(?:0{1,2}|-{1,2})\s*[/.-]\s*)?(\d{4})$/;
const DIGITS = /^\d{1,7}(?:\.\d+)?$/;

function make(y: number, m: number, d: number): CivilDate | undefined {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return civilDate(y, m, d);
}

/**
 * Reads a roster date from a cell value: a Date that ExcelJS typed, an Excel serial number, or text in one of the
 * forms `dd/mm/yyyy` (also `-` and `.`), `d/m/yy` (century rule, reported), ISO `yyyy-mm-dd`, and
 * "ngày 05 tháng 3 năm 2024". Partial dates (`1950`, `3/1950`, `00/00/1950`) and month-first dates are problems,
 * never guesses.
 * @example
 * readDate('05/03/1980', { pivotYear: 2026 }) // { ok: true, value: '1980-03-05', form: 'dmy' }
 * readDate('5/3/45', { pivotYear: 2026 }) // { ok: true, value: '1945-03-05', form: 'two-digit-year', centuryFrom: '45' }
 * readDate(45658, { pivotYear: 2026 }) // { ok: true, value: '2025-01-01', form: 'serial1900' }
 */
export function readDate(value: unknown, options: DateOptions): DateRead {
  if (value instanceof Date) {
    const v = dateFromExcelJs(value, options.date1904);
    return v ? { ok: true, value: v, form: 'date-cell' } : { ok: false, problem: 'serial' };
  }
  if (typeof value === 'number') return fromSerial(value, options.date1904);
  if (typeof value !== 'string') return { ok: false, problem: 'format' };
  const s = value.trim().replace(/^'/, '');
  if (DIGITS.test(s) && !/^\d{4}$/.test(s)) return fromSerial(Number(s), options.date1904);
  let m = ISO.exec(s);
  if (m) {
    const v = make(Number(m[1]), Number(m[2]), Number(m[3]));
    return v ? { ok: true, value: v, form: 'iso' } : { ok: false, problem: 'range', detail: s };
  }
  m = WORDS.exec(s);
  if (m) {
    const v = make(Number(m[3]), Number(m[2]), Number(m[1]));
    return v ? { ok: true, value: v, form: 'words' } : { ok: false, problem: 'range', detail: s };
  }
  m = DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    let y = Number(m[3]);
    let centuryFrom: string | undefined;
    if (m[3]!.length === 2) {
      centuryFrom = m[3]!;
      const yy = y;
      y = options.pivotYear - ((((options.pivotYear - yy) % 100) + 100) % 100);
    }
    if (a === 0 || b === 0) return { ok: false, problem: 'partial', year: y, ...(b > 0 ? { month: b } : {}) };
    if (b > 12 && a <= 12) return { ok: false, problem: 'month-first', detail: s };
    if (options.columnMonthFirst && a <= 12 && b <= 12 && a !== b)
      return { ok: false, problem: 'ambiguous', detail: s };
    const v = make(y, b, a);
    if (!v) return { ok: false, problem: 'range', detail: s };
    return centuryFrom
      ? { ok: true, value: v, form: 'two-digit-year', centuryFrom }
      : { ok: true, value: v, form: 'dmy' };
  }
  m = PARTIAL_Y.exec(s);
  if (m) return { ok: false, problem: 'partial', year: Number(m[1]) };
  m = PARTIAL_MY.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return { ok: false, problem: 'partial', year: Number(m[2]), month: Number(m[1]) };
  return { ok: false, problem: 'format', detail: s };
}

function fromSerial(n: number, date1904: boolean | undefined): DateRead {
  const v = excelSerialToDate(n, date1904);
  return v
    ? { ok: true, value: v, form: date1904 ? 'serial1904' : 'serial1900' }
    : { ok: false, problem: 'serial', detail: String(n) };
}

/** True when a text looks like a month-first date (`12/25/1980`): used to mark a column before reading it. */
export function looksMonthFirst(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DMY.exec(value.trim());
  return !!m && Number(m[2]) > 12 && Number(m[1]) <= 12 && Number(m[1]) > 0;
}
