import type { CalendarEvent } from '@dieule/core/calendar';
import { type CivilDate, fromDayNumber, toDayNumber } from '@dieule/core/date';
import { type DocumentRegistry, defaultRegistry, formatCitation, type Locale } from '@dieule/core/legal';
import ical, { ICalCalendarMethod } from 'ical-generator';

/** Options of {@link eventsToIcs}. */
export interface IcsOptions {
  /** Calendar name (X-WR-CALNAME). */
  readonly name?: string;
  /** Language of titles and descriptions (default `vi`). */
  readonly locale?: Locale;
  /**
   * DTSTAMP of every event. Pass a fixed instant for reproducible files; default: the time of the call (the
   * adapter, not core, reads the clock).
   */
  readonly stamp?: Date;
  /** Registry used to render citations (default: the core registry; pass one extended by plugins). */
  readonly registry?: DocumentRegistry;
}

/**
 * A date-only value for ical-generator: the `YYYY-MM-DD` string itself; with `allDay` it is written as a DATE value
 * (tested under several host time zones).
 */
const plainDate = (date: CivilDate): string => date;

const CONFIDENCE: Record<Locale, Record<string, string>> = {
  vi: {
    verified: 'đã đối chiếu văn bản',
    secondary: 'theo nguồn thứ cấp',
    'carried-over': 'mang sang từ văn bản cũ, chưa thấy trong văn bản mới',
    recalled: 'chưa đối chiếu văn bản',
  },
  en: {
    verified: 'checked against the text',
    secondary: 'from a secondary source',
    'carried-over': 'carried over from the replaced text, not seen in the new one',
    recalled: 'not yet checked against the text',
  },
};

/** The description of an event: its text, then the legal basis, the rule version and the confidence. */
export function describeEvent(event: CalendarEvent, locale: Locale, registry: DocumentRegistry): string {
  const lines: string[] = [];
  if (event.description) lines.push(event.description[locale]);
  if (event.citations.length > 0) {
    const basis = event.citations.map((c) => formatCitation(c, locale, registry)).join('; ');
    lines.push(`${locale === 'vi' ? 'Căn cứ' : 'Legal basis'}: ${basis}`);
  } else {
    lines.push(locale === 'vi' ? 'Căn cứ: chưa xác định văn bản' : 'Legal basis: no document identified');
  }
  if (event.rule) lines.push(`${locale === 'vi' ? 'Quy tắc' : 'Rule'}: ${event.rule.id}@${event.rule.version}`);
  lines.push(
    `${locale === 'vi' ? 'Độ tin cậy' : 'Confidence'}: ${CONFIDENCE[locale][event.confidence] ?? event.confidence}`,
  );
  return lines.join('\n');
}

/**
 * Renders computed events as an iCalendar document. Each event is an all-day event from `start` to `end`
 * inclusive (DTEND is the day after, as RFC 5545 requires for DATE values).
 * @example
 * eventsToIcs(recurringSchedule(2026, 'cell'), { name: 'Chi bộ 1', stamp: new Date(0) }) // 'BEGIN:VCALENDAR…'
 */
export function eventsToIcs(events: readonly CalendarEvent[], options: IcsOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const registry = options.registry ?? defaultRegistry();
  const calendar = ical({
    name: options.name ?? 'dieule',
    prodId: { company: 'dieule', product: 'adapter-ical', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  const stamp = options.stamp ?? new Date();
  for (const e of events) {
    calendar.createEvent({
      id: e.id,
      start: plainDate(e.start),
      end: plainDate(fromDayNumber(toDayNumber(e.end) + 1)),
      allDay: true,
      stamp,
      summary: e.title[locale],
      description: describeEvent(e, locale, registry),
      categories: [{ name: e.kind }],
    });
  }
  return calendar.toString();
}
