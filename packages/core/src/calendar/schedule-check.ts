import { isCivilDate } from '../date/civil-date.js';
import { dayOfWeek } from '../date/day-of-week.js';
import type { AnnouncedYearSchedule } from './schedule-types.js';

const KINDS = new Set(['statutory', 'compensatory', 'swap', 'make-up']);

/**
 * Checks an announced schedule before a calendar uses it (a plugin's data, a caller's new year): dates are real and
 * in the schedule's year, each day's holiday group is listed in `holidays`, make-up days are Saturdays, swapped
 * days are weekdays, no date appears twice. Returns the problems found (empty when the schedule is usable), with
 * the path of the offending field.
 * @example
 * checkAnnouncedSchedule({ year: 2027, version: '1', holidays: ['tet'], days: [{ date: '2027-02-06', kind: 'make-up', holiday: 'tet' }], sources: [], confidence: 'verified' }) // []
 */
export function checkAnnouncedSchedule(s: AnnouncedYearSchedule): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(s.year)) problems.push(`year: not a whole number (${String(s.year)})`);
  if (typeof s.version !== 'string' || s.version === '') problems.push('version: missing');
  const groups = new Set(s.holidays);
  const seen = new Set<string>();
  s.days.forEach((d, i) => {
    const at = `days[${i}]`;
    if (!isCivilDate(d.date)) {
      problems.push(`${at}.date: not a date YYYY-MM-DD (${String(d.date)})`);
      return;
    }
    if (Number(d.date.slice(0, 4)) !== s.year) problems.push(`${at}.date: ${d.date} is not in ${s.year}`);
    if (seen.has(d.date)) problems.push(`${at}.date: ${d.date} listed twice`);
    seen.add(d.date);
    if (!KINDS.has(d.kind)) problems.push(`${at}.kind: unknown kind ${String(d.kind)}`);
    if (!groups.has(d.holiday)) problems.push(`${at}.holiday: ${d.holiday} is not in holidays`);
    const dow = dayOfWeek(d.date);
    if (d.kind === 'make-up' && dow !== 6) problems.push(`${at}: make-up day ${d.date} is not a Saturday`);
    if (d.kind === 'swap' && dow > 5) problems.push(`${at}: swapped day ${d.date} is not a weekday`);
  });
  return problems;
}

/** What {@link readAnnouncedSchedules} found in a data file. */
export interface ReadSchedules {
  readonly schedules: readonly AnnouncedYearSchedule[];
  /** One line per problem, with the path of the offending field (`[0].days[2].date: …`). */
  readonly problems: readonly string[];
}

const CONFIDENCE = new Set(['verified', 'secondary', 'carried-over', 'recalled']);

/**
 * Reads announced schedules from parsed JSON (a data file published when the Government announces a new year, so
 * no release of core is needed): an array of year schedules, or one. Every schedule is checked; schedules with
 * problems are left out and reported, never half-used.
 * @example
 * readAnnouncedSchedules([{ year: 2027, version: '2027.1', holidays: ['tet'], days: [{ date: '2027-02-05', kind: 'statutory', holiday: 'tet' }], sources: [{ title: 'x' }], confidence: 'secondary' }]).problems // []
 * readAnnouncedSchedules({ year: 2027 }).schedules.length // 0
 */
export function readAnnouncedSchedules(data: unknown): ReadSchedules {
  const list = Array.isArray(data) ? data : [data];
  const schedules: AnnouncedYearSchedule[] = [];
  const problems: string[] = [];
  list.forEach((raw, i) => {
    const at = Array.isArray(data) ? `[${i}]` : '';
    if (!raw || typeof raw !== 'object') {
      problems.push(`${at || '(file)'}: not a schedule object`);
      return;
    }
    const s = raw as Partial<AnnouncedYearSchedule>;
    const own: string[] = [];
    if (!Array.isArray(s.holidays)) own.push('holidays: missing list');
    if (!Array.isArray(s.days)) own.push('days: missing list');
    if (!Array.isArray(s.sources) || s.sources.length === 0) own.push('sources: cite at least one announcement');
    if (!CONFIDENCE.has(String(s.confidence))) own.push(`confidence: unknown mark ${String(s.confidence)}`);
    if (own.length === 0) own.push(...checkAnnouncedSchedule(s as AnnouncedYearSchedule));
    if (own.length) problems.push(...own.map((p) => `${at}${at ? '.' : ''}${p}`));
    else schedules.push(s as AnnouncedYearSchedule);
  });
  return { schedules, problems };
}
