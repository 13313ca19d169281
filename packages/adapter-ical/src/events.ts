import type { CalendarEvent, Term, YearHolidays } from '@dieule/core/calendar';
import type { CivilDate } from '@dieule/core/date';
import type { Citation, Confidence, LocalizedText } from '@dieule/core/legal';

const KIND_VI: Record<string, string> = {
  statutory: 'nghỉ lễ',
  compensatory: 'nghỉ bù',
  swap: 'nghỉ hoán đổi',
  'make-up': 'làm bù',
};

/**
 * One all-day event per day of a year's holiday listing (days off and make-up Saturdays), citing the Labour Code
 * article and, for announced years, the schedule version.
 */
export function holidayEvents(h: YearHolidays): CalendarEvent[] {
  return h.days.map((d) => ({
    id: `holiday-${d.date}-${d.kind}`,
    kind: d.kind === 'make-up' ? 'make-up-working-day' : 'day-off',
    title: {
      vi: `${d.name.vi} (${KIND_VI[d.kind] ?? d.kind})`,
      en: `${d.name.en} (${d.kind === 'make-up' ? 'make-up working day' : d.kind})`,
    },
    start: d.date,
    end: d.date,
    description: d.estimated
      ? {
          vi: 'Ước tính theo quy định (chưa có lịch nghỉ được công bố).',
          en: 'Estimated by the statutory rule (no announced schedule).',
        }
      : { vi: 'Theo lịch nghỉ đã công bố.', en: 'From the announced schedule.' },
    citations: d.citations,
    rule: {
      id: 'calendar.holidays',
      version: h.schedule && !d.estimated ? `schedule ${h.schedule.version}` : `statutory ${h.regime}`,
    },
    confidence: d.estimated ? 'recalled' : (h.schedule?.confidence ?? 'verified'),
  }));
}

/** Events for a term: its start, its mid-term point and its end. */
export function termEvents(term: Term, name?: LocalizedText): CalendarEvent[] {
  const who = name ?? { vi: term.body, en: term.body };
  const base = {
    citations: term.citations,
    confidence: term.confidence,
    rule: { id: 'calendar.term', version: term.basis },
  };
  const id = `term-${term.body}-${term.label}`;
  return [
    {
      ...base,
      id: `${id}-start`,
      kind: 'term-start',
      title: { vi: `${who.vi}: bắt đầu nhiệm kỳ ${term.label}`, en: `${who.en}: term ${term.label} begins` },
      start: term.start,
      end: term.start,
    },
    {
      ...base,
      id: `${id}-mid`,
      kind: 'mid-term',
      title: { vi: `${who.vi}: giữa nhiệm kỳ ${term.label}`, en: `${who.en}: mid-term ${term.label}` },
      start: term.midTerm,
      end: term.midTerm,
    },
    {
      ...base,
      id: `${id}-end`,
      kind: 'term-end',
      title: { vi: `${who.vi}: kết thúc nhiệm kỳ ${term.label}`, en: `${who.en}: term ${term.label} ends` },
      start: term.end,
      end: term.end,
    },
  ];
}

/** A deadline computed by a rule (probation end, review deadline, ceremony deadline…). */
export interface DeadlineInput {
  readonly id: string;
  readonly title: LocalizedText;
  readonly date: CivilDate;
  readonly citations: readonly Citation[];
  readonly rule?: { readonly id: string; readonly version: string };
  readonly confidence?: Confidence;
  readonly description?: LocalizedText;
}

/**
 * A one-day event for a computed deadline.
 * @example
 * deadlineEvent({ id: 'M1-probation', title: { vi: 'Hết thời gian dự bị', en: 'Probation ends' }, date: '2026-05-19', citations: [{ document: 'dieu-le-2011', article: '5' }] })
 */
export function deadlineEvent(d: DeadlineInput): CalendarEvent {
  return {
    id: d.id,
    kind: 'deadline',
    title: d.title,
    start: d.date,
    end: d.date,
    citations: d.citations,
    confidence: d.confidence ?? 'verified',
    ...(d.rule ? { rule: d.rule } : {}),
    ...(d.description ? { description: d.description } : {}),
  };
}
