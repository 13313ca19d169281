import { type CivilDate, civilDate, daysInMonth, isCivilDate } from './civil-date.js';

/** Why a date string was refused. Stable codes; messages are rendered by the caller's locale. */
export type DateParseErrorCode = 'empty' | 'format' | 'range' | 'ambiguous';

/** Result of {@link parseCivilDate}: never throws. */
export type DateParseResult =
  | { readonly ok: true; readonly value: CivilDate; readonly form: 'iso' | 'vn' }
  | { readonly ok: false; readonly code: DateParseErrorCode; readonly input: string; readonly detail: string };

const VN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parses ISO `YYYY-MM-DD` or Vietnamese day-first `dd/mm/yyyy` (also `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`).
 * Two-digit years are refused here (`ambiguous`): the spreadsheet importer applies a stated century rule instead.
 * @example
 * parseCivilDate('26/07/2015') // { ok: true, value: '2015-07-26', form: 'vn' }
 * parseCivilDate('31/02/2020') // { ok: false, code: 'range', … }
 */
export function parseCivilDate(input: string): DateParseResult {
  const s = input.trim();
  if (s === '') return { ok: false, code: 'empty', input, detail: 'empty string' };
  if (isCivilDate(s)) return { ok: true, value: s, form: 'iso' };
  let m = ISO_LOOSE.exec(s);
  let form: 'iso' | 'vn' = 'iso';
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = VN.exec(s);
    if (!m) {
      if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(s)) {
        return { ok: false, code: 'ambiguous', input, detail: 'two-digit year' };
      }
      return { ok: false, code: 'format', input, detail: 'expected YYYY-MM-DD or dd/mm/yyyy' };
    }
    form = 'vn';
    d = Number(m[1]);
    mo = Number(m[2]);
    y = Number(m[3]);
  }
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    return { ok: false, code: 'range', input, detail: `no day ${d} in month ${mo} of ${y}` };
  }
  return { ok: true, value: civilDate(y, mo, d), form };
}

/** Formats a civil date the Vietnamese way, `dd/mm/yyyy`. */
export function formatVietnamese(date: CivilDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
