import { recurringSchedule, termAt, vietnameseCalendar } from '@dieule/core/calendar';
import { describe, expect, it } from 'vitest';
import { deadlineEvent, eventsToIcs, holidayEvents, termEvents } from '../src/index.js';

const stamp = new Date(Date.UTC(2026, 0, 1));

describe('eventsToIcs', () => {
  it('writes all-day events whose descriptions cite the legal basis and the rule version', () => {
    const ics = eventsToIcs(holidayEvents(vietnameseCalendar.holidays(2024)), { name: 'Ngày nghỉ 2024', stamp });
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20240208');
    expect(ics).toContain('DTEND;VALUE=DATE:20240209');
    expect(ics).toContain('UID:holiday-2024-05-04-make-up');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('Căn cứ: điểm b khoản 1 Điều 112');
    expect(unfolded).toContain('schedule 2024.1');
  });
  it('multi-day events end the day after their last day; English on request', () => {
    const events = recurringSchedule(2026, 'cell').filter((e) => e.kind === 'thematic-meeting');
    const ics = eventsToIcs(events, { locale: 'en', stamp });
    expect(ics).toContain('DTSTART;VALUE=DATE:20260101');
    expect(ics).toContain('DTEND;VALUE=DATE:20260401');
    expect(ics).toContain('SUMMARY:Thematic meeting\\, Q1 2026');
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('Legal basis: Directive 50-CT/TW');
  });
  it('terms and deadlines', () => {
    const events = [
      ...termEvents(termAt('national-congress', '2026-03-01'), {
        vi: 'Ban Chấp hành Trung ương',
        en: 'Central Committee',
      }),
      deadlineEvent({
        id: 'M1-probation-end',
        title: { vi: 'Hết thời gian dự bị', en: 'Probation ends' },
        date: '2026-05-19',
        citations: [{ document: 'dieu-le-2011', article: '5', clause: '1' }],
        rule: { id: 'lifecycle.probation', version: '2025-07-01' },
      }),
    ];
    const ics = eventsToIcs(events, { stamp }).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260119');
    expect(ics).toContain('Quy tắc: lifecycle.probation@2025-07-01');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });
  it('is reproducible with a fixed stamp', () => {
    const e = recurringSchedule(2026, 'grassroots-committee');
    expect(eventsToIcs(e, { stamp })).toBe(eventsToIcs(e, { stamp }));
  });
});
