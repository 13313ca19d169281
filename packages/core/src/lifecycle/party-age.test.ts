import { describe, expect, it } from 'vitest';
import type { MemberEvent } from '../model/member.js';
import { badgeOccasionFor, nextBadge } from './badge.js';
import { badgeOccasions, valueAt } from './parameters.js';
import { partyAge } from './party-age.js';

const admitted = (decision: string, ceremony: string, official: string): MemberEvent[] => [
  { type: 'admissionDecision', date: decision as never },
  { type: 'admissionCeremony', date: ceremony as never },
  { type: 'recognitionDecision', date: official as never, effectiveOn: official as never },
];

describe('partyAge', () => {
  it('HD 01-HD/TW (2016) example: admitted 26/7/2015, official 26/7/2016 → party age from 26/7/2015', () => {
    const m = { events: admitted('2015-07-26', '2015-07-26', '2016-07-26') };
    const a = partyAge(m, '2025-07-26')!;
    expect(a.start).toBe('2015-07-26');
    expect(a.period).toEqual({ years: 10, months: 0, days: 0 });
    expect(a.recognized).toBe(true);
    expect(partyAge(m, '2025-07-25')!.period).toEqual({ years: 9, months: 11, days: 29 });
  });

  it('is not recognized while probationary', () => {
    const a = partyAge({ events: admitted('2025-01-10', '2025-02-01', '2026-02-01').slice(0, 2) }, '2025-12-01')!;
    expect(a.recognized).toBe(false);
  });

  it('re-admitted members count from the first decision minus the time out of the Party', () => {
    const events: MemberEvent[] = [
      ...admitted('2000-01-10', '2000-02-01', '2001-02-01'),
      { type: 'strikeOff', date: '2010-01-10', ground: 'duesUnpaid' },
      { type: 'readmission', date: '2015-01-10' },
      { type: 'admissionCeremony', date: '2015-02-01' },
      { type: 'recognitionDecision', date: '2016-02-15' },
    ];
    const a = partyAge({ events }, '2020-01-10')!;
    expect(a.start).toBe('2000-01-10');
    expect(a.gaps).toHaveLength(1);
    expect(a.period.years).toBe(15);
  });

  it('stops at the exit date of a former member and merges overlapping gaps', () => {
    const events: MemberEvent[] = [
      ...admitted('2000-01-10', '2000-02-01', '2001-02-01'),
      { type: 'lostContact', date: '2005-01-10' },
      { type: 'contactRestored', date: '2006-01-10' },
      { type: 'voluntaryExit', date: '2010-01-10' },
    ];
    const a = partyAge({ events }, '2026-01-01')!;
    expect(a.until).toBe('2010-01-10');
    expect(a.period.years).toBe(9);
  });

  it('counts only the overdue part of a late transfer', () => {
    const events: MemberEvent[] = [
      ...admitted('2000-01-10', '2000-02-01', '2001-02-01'),
      { type: 'transferOut', date: '2020-01-06', mode: 'official' },
      { type: 'transferIn', date: '2020-01-20', mode: 'official' },
      { type: 'transferOut', date: '2021-01-04', mode: 'official' },
      { type: 'transferIn', date: '2021-03-15', mode: 'official' },
    ];
    const a = partyAge({ events }, '2026-01-01')!;
    expect(a.gaps.map((g) => g.kind)).toEqual(['transfer']);
    // 30 working days after 2021-01-04 (weekends only) is 2021-02-15; 2021-02-16 .. 2021-03-14 excluded = 27 days
    expect(a.excludedDays).toBe(27);
  });
});

describe('badge', () => {
  it('regression: badge occasion windows were attributed to HD 06 18.4 (central default: occasions, no windows)', () => {
    expect(badgeOccasionFor('2025-07-26')).toBeNull();
    expect(badgeOccasionFor('2025-02-03')).toBeNull();
    expect(valueAt(badgeOccasions, '2025-07-26').map((o) => o.occasion)).toEqual(['02-03', '05-19', '09-02', '11-07']);
    expect(valueAt(badgeOccasions, '2025-07-26').every((o) => o.from === undefined && o.to === undefined)).toBe(true);
  });
  it('uses a province’s windows when given (Hà Nội: 1/12–end of February → 3/2)', () => {
    const hanoi = [
      { occasion: '02-03', from: '12-01', to: '02-29' },
      { occasion: '05-19', from: '03-01', to: '05-31' },
      { occasion: '09-02', from: '06-01', to: '09-30' },
      { occasion: '11-07', from: '10-01', to: '11-30' },
    ];
    expect(badgeOccasionFor('2026-02-25', hanoi)).toEqual({ occasion: '02-03', date: '2026-02-03' });
    expect(badgeOccasionFor('2025-12-05', hanoi)).toEqual({ occasion: '02-03', date: '2026-02-03' });
  });
  it('finds the next milestone not yet awarded', () => {
    expect(nextBadge('1995-07-26', '2026-01-01')).toMatchObject({ years: 30, date: '2025-07-26' });
    expect(nextBadge('1995-07-26', '2026-01-01', [30])).toMatchObject({ years: 40, date: '2035-07-26' });
  });
});
