import { vietnameseCalendar } from '@dieule/core/calendar';
import { type Congress, congressSchema } from '@dieule/core/congress';
import { describe, expect, it } from 'vitest';
import { congressEvents, eventsToIcs } from '../src/index.js';

const stamp = new Date(Date.UTC(2026, 0, 1));
const congress = (over: Record<string, unknown> = {}): Congress =>
  congressSchema.parse({
    kind: 'congress',
    organization: { id: 'DB01', name: 'Đảng bộ Công ty A', type: 'grassroots' },
    termLabel: '2025–2030',
    openedOn: '2025-09-10',
    closedOn: '2025-09-11',
    summoned: { total: 120 },
    attended: { total: 112 },
    ...over,
  });

describe('congressEvents', () => {
  it('a grassroots congress of 2025: opening, report and handover deadlines, next-congress window', () => {
    const events = congressEvents(congress(), vietnameseCalendar);
    expect(events.map((e) => [e.kind, e.start])).toEqual([
      ['congress', '2025-09-10'],
      ['deadline', '2025-09-22'],
      ['deadline', '2025-10-02'],
      ['congress-window', '2029-09-10'],
      ['congress-window', '2030-09-10'],
      ['congress-window', '2031-09-10'],
    ]);
    expect(events[1]?.citations).toContainEqual({ document: 'qd-294-2025', point: '16.1' });
  });
  it('adds the approval deadline once the report is made (no complaint)', () => {
    const events = congressEvents(congress({ reportedOn: '2025-09-15' }), vietnameseCalendar);
    const approval = events.find((e) => e.id.endsWith('-approval'));
    expect(approval?.start).toBe('2025-10-06');
    expect(approval?.description?.vi).toBe('15 ngày làm việc kể từ ngày 15/09/2025.');
  });
  it('a pilot cell: the next congress five years on; writes an .ics with the basis', () => {
    const c = congress({
      organization: { id: 'CB3', name: 'Chi bộ 3', type: 'cell' },
      openedOn: '2025-10-02',
      closedOn: '2025-10-02',
      pilotFiveYearTerm: true,
    });
    const events = congressEvents(c, vietnameseCalendar);
    expect(events.find((e) => e.id.endsWith('next-nominal'))?.start).toBe('2030-10-02');
    const ics = eventsToIcs(events, { stamp, name: 'Đại hội' }).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('UID:congress-CB3-2025-10-02-opening');
    expect(ics).toContain('DTSTART;VALUE=DATE:20301002');
    expect(ics).toContain('Quy định 294-QĐ/TW');
  });
  it('congresses before 1/7/2025 have no encoded deadlines', () => {
    const events = congressEvents(congress({ openedOn: '2025-03-10', closedOn: '2025-03-10' }), vietnameseCalendar);
    expect(events.filter((e) => e.kind === 'deadline')).toEqual([]);
  });
});
