import { describe, expect, it } from 'vitest';
import { civilPeriodEnd } from './periods.js';
import { recurringSchedule } from './recurring.js';
import { serviceWindow } from './service-windows.js';
import { planningTermsAt, termAt } from './terms.js';
import { vietnameseCalendar } from './working-days.js';

describe('termAt', () => {
  it('national congress: khóa XIII 2021–2026 until the XIV Congress opened on 19/1/2026', () => {
    expect(termAt('national-congress', '2026-01-18')).toMatchObject({
      label: '2021–2026',
      ordinal: 13,
      basis: 'congress',
    });
    expect(termAt('national-congress', '2026-01-19')).toMatchObject({
      label: '2026–2031',
      ordinal: 14,
      start: '2026-01-19',
    });
  });
  it('provincial and commune committees: 2020–2025 then 2025–2030', () => {
    expect(termAt('provincial-committee', '2024-06-01').label).toBe('2020–2025');
    expect(termAt('provincial-committee', '2026-06-01').label).toBe('2025–2030');
    expect(termAt('commune-committee', '2025-08-01').label).toBe('2025–2030');
  });
  it('cells directly under a grassroots committee: twice in five years (2025–2027, 2027–2030)', () => {
    expect(termAt('cell', '2026-03-01').label).toBe('2025–2027');
    expect(termAt('cell', '2028-03-01').label).toBe('2027–2030');
    expect(termAt('cell', '2026-03-01', { cellFiveYearPilot: true }).label).toBe('2025–2030');
  });
  it('National Assembly and People’s Councils: 2021–2026, 2026–2031', () => {
    expect(termAt('national-assembly', '2024-01-01')).toMatchObject({ label: '2021–2026', ordinal: 15 });
    expect(termAt('peoples-council', '2027-01-01').label).toBe('2026–2031');
  });
  it('mid-term and penultimate year (năm áp cuối)', () => {
    const t = termAt('provincial-committee', '2022-01-01');
    expect(t.penultimateYear).toBe(2024);
    expect(t.midTerm > t.start && t.midTerm < t.end).toBe(true);
  });
  it('supplied congress dates override the nominal boundaries', () => {
    const congresses = [
      { body: 'grassroots-committee' as const, date: '2020-05-12' as const },
      { body: 'grassroots-committee' as const, date: '2025-05-20' as const },
    ];
    expect(termAt('grassroots-committee', '2025-05-19', { congresses })).toMatchObject({
      label: '2020–2025',
      start: '2020-05-12',
      end: '2025-05-19',
      basis: 'congress',
    });
    expect(termAt('grassroots-committee', '2025-05-20', { congresses })).toMatchObject({
      label: '2025–2030',
      start: '2025-05-20',
    });
  });
});

describe('planningTermsAt', () => {
  it('plans for the four terms at once (2020–2025, 2021–2026, 2025–2030, 2026–2031)', () => {
    const p = planningTermsAt('2023-06-01');
    expect([p.partyCurrent.label, p.stateCurrent.label, p.partyNext.label, p.stateNext.label]).toEqual([
      '2020–2025',
      '2021–2026',
      '2025–2030',
      '2026–2031',
    ]);
    expect(p.citations[0]?.document).toBe('qd-50-2021');
    expect(planningTermsAt('2025-12-01').citations[0]?.document).toBe('qd-377-2025');
  });
});

describe('serviceWindow', () => {
  it('first appointment needs 60 months; QĐ 377 admits 48 in special cases', () => {
    const w = serviceWindow('first-appointment', { birthDate: '1973-01-15', sex: 'male', at: '2030-06-01' });
    // retires at 62 in 01/2035: 55 months left at 1/6/2030
    expect(w).toMatchObject({
      regime: 'qd-377-2025',
      requiredMonths: 60,
      exceptionalMonths: 48,
      meets: false,
      meetsException: true,
    });
    expect(serviceWindow('first-appointment', { birthDate: '1973-01-15', sex: 'male', at: '2023-01-01' }).regime).toBe(
      'qd-80-2022',
    );
  });
  it('committee re-election needs 48 months at the congress (CT 45)', () => {
    expect(
      serviceWindow('committee-re-election', { birthDate: '1967-01-10', sex: 'male', at: '2025-06-01' }).meets,
    ).toBe(false);
    expect(
      serviceWindow('committee-re-election', { birthDate: '1970-01-10', sex: 'male', at: '2025-06-01' }).meets,
    ).toBe(true);
  });
  it('planning for the next term: 60 / 120 months', () => {
    const input = { birthDate: '1975-03-01' as const, sex: 'female' as const, at: '2026-01-01' as const };
    expect(serviceWindow('planning-level-1', input).requiredMonths).toBe(60);
    expect(serviceWindow('planning-level-2', input)).toMatchObject({ requiredMonths: 120, meets: false });
  });
});

describe('civilPeriodEnd (Civil Code 2015 Điều 147–148)', () => {
  it('starts the day after and moves a last day off onto the next working day', () => {
    expect(civilPeriodEnd('2025-01-20', { days: 10 }, vietnameseCalendar)).toMatchObject({
      nominal: '2025-01-30',
      date: '2025-02-03',
      moved: true,
    });
    expect(civilPeriodEnd('2025-03-03', { days: 10 }, vietnameseCalendar)).toMatchObject({
      date: '2025-03-13',
      moved: false,
    });
  });
  it('months end on the last day of a shorter month', () => {
    expect(civilPeriodEnd('2024-01-31', { months: 1 }, vietnameseCalendar).date).toBe('2024-02-29');
    expect(civilPeriodEnd('2023-02-28', { years: 1 }, vietnameseCalendar).date).toBe('2024-02-28');
  });
});

describe('recurringSchedule', () => {
  it('a cell: 12 monthly meetings on working days, 4 thematic quarters, badge occasions and anniversaries', () => {
    const events = recurringSchedule(2026, 'cell', { calendar: vietnameseCalendar, meetingDay: 1 });
    const meetings = events.filter((e) => e.kind === 'cell-meeting');
    expect(meetings).toHaveLength(12);
    for (const m of meetings) expect(vietnameseCalendar.isWorkingDay(m.start)).toBe(true);
    expect(meetings[0]?.start).toBe('2026-01-05'); // 1/1 is New Year's Day, Friday 2/1 swapped for Saturday 10/1
    expect(events.filter((e) => e.kind === 'thematic-meeting')).toHaveLength(4);
    expect(events.filter((e) => e.kind === 'badge-occasion').map((e) => e.start)).toEqual([
      '2026-02-03',
      '2026-05-19',
      '2026-09-02',
      '2026-11-07',
    ]);
    expect(events.some((e) => e.start === '2026-10-14')).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
  it('a grassroots committee meets twice a year', () => {
    expect(recurringSchedule(2026, 'grassroots-committee').filter((e) => e.kind === 'committee-meeting')).toHaveLength(
      2,
    );
  });
});
