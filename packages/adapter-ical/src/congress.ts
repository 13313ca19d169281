import type { CalendarEvent } from '@dieule/core/calendar';
import { type Congress, congressDeadlines, congressLevelOn, dmy, nextCongressWindow } from '@dieule/core/congress';
import type { WorkingDayCalendar } from '@dieule/core/kernel';

/**
 * A congress's timeline as calendar events: the opening, each deadline after it (results report, approval,
 * handover; QĐ 294 points 15.2 and 16.1) and the window of the next congress of its level (earliest, nominal and
 * latest days). Every event cites its basis and carries the confidence of the rule version behind it.
 * @example
 * congressEvents({ kind: 'congress', organization: { id: 'CB01', type: 'cell' }, openedOn: '2025-09-15', summoned: { total: 12 }, attended: { total: 12 }, elections: [] }, vietnameseCalendar).length // 6
 */
export function congressEvents(c: Congress, calendar: WorkingDayCalendar): CalendarEvent[] {
  const name = c.organization.name ?? c.organization.id;
  const id = `congress-${c.organization.id}-${c.openedOn}`;
  const level = congressLevelOn(c.organization, c.openedOn);
  const term = c.termLabel ? ` ${c.termLabel}` : '';
  const events: CalendarEvent[] = [
    {
      id: `${id}-opening`,
      kind: 'congress',
      title: { vi: `${name}: khai mạc đại hội${term}`, en: `${name}: congress${term} opens` },
      start: c.openedOn,
      end: c.closedOn ?? c.openedOn,
      citations: level.citations,
      confidence: level.confidence,
    },
  ];
  for (const d of congressDeadlines(c, calendar))
    events.push({
      id: `${id}-${d.id}`,
      kind: 'deadline',
      title: { vi: `${name}: hạn ${lower(d.title.vi)}`, en: `${name}: deadline to ${lower(d.title.en)}` },
      start: d.due,
      end: d.due,
      description: {
        vi: `${d.workingDays} ngày làm việc kể từ ngày ${dmy(d.from)}${d.doneOn ? `; đã thực hiện ngày ${dmy(d.doneOn)}` : ''}.`,
        en: `${d.workingDays} working days from ${dmy(d.from)}${d.doneOn ? `; done on ${dmy(d.doneOn)}` : ''}.`,
      },
      citations: d.citations,
      rule: { id: 'congress.after.deadlines', version: d.from },
      confidence: d.confidence,
    });
  const next = nextCongressWindow(c);
  if (next) {
    const base = {
      citations: next.citations,
      confidence: next.confidence,
      rule: { id: 'congress.timing.cycle', version: c.openedOn },
    };
    events.push(
      {
        ...base,
        id: `${id}-next-earliest`,
        kind: 'congress-window',
        title: { vi: `${name}: sớm nhất cho đại hội nhiệm kỳ sau`, en: `${name}: earliest day for the next congress` },
        start: next.earliest,
        end: next.earliest,
      },
      {
        ...base,
        id: `${id}-next-nominal`,
        kind: 'congress-window',
        title: { vi: `${name}: tròn nhiệm kỳ, đến kỳ đại hội`, en: `${name}: term complete, next congress due` },
        start: next.nominal,
        end: next.nominal,
      },
      {
        ...base,
        id: `${id}-next-latest`,
        kind: 'congress-window',
        title: { vi: `${name}: muộn nhất cho đại hội nhiệm kỳ sau`, en: `${name}: latest day for the next congress` },
        start: next.latest,
        end: next.latest,
      },
    );
  }
  return events;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
