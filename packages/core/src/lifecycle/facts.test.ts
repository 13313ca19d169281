import { describe, expect, it } from 'vitest';
import { coreEngine } from '../default-engine.js';
import type { MemberEvent } from '../model/member.js';
import { memberFacts } from './facts.js';

const official: MemberEvent[] = [
  { type: 'admissionDecision', date: '1995-07-26' },
  { type: 'admissionCeremony', date: '1995-08-10' },
  { type: 'recognitionDecision', date: '1996-08-20', effectiveOn: '1996-08-10' },
];

describe('memberFacts', () => {
  it('official member: party age, next badge with its occasion, citations', () => {
    const f = memberFacts({ events: official }, '2025-01-01');
    expect(f.status.value).toBe('official');
    expect(f.partyAge?.value).toMatchObject({ years: 29, months: 5, days: 6, recognized: true });
    expect(f.partyAge?.citations).toContainEqual({ document: 'dieu-le-2011', article: '5', clause: '4' });
    expect(f.nextBadge?.value).toEqual({
      years: 30,
      date: '2025-07-26',
      // no central occasion windows: a province's plugin supplies them (HD 06 18.4 lists the occasions only)
      occasion: null,
      occasionDate: null,
    });
    expect(f.overdue).toEqual([]);
  });

  it('probationary member: probation end and recognition deadlines; overdue review', () => {
    const events: MemberEvent[] = [
      { type: 'admissionDecision', date: '2024-09-02' },
      { type: 'admissionCeremony', date: '2024-09-20' },
    ];
    const f = memberFacts({ events }, '2025-12-01');
    expect(f.status.value).toBe('probationary');
    expect(f.probationEnd?.value).toBe('2025-09-20');
    expect(f.recognition?.value.cellReviewBy).toBe('2025-10-31');
    expect(f.overdue.map((o) => o.item)).toEqual(['recognitionReview']);
    expect(f.partyAge?.value.recognized).toBe(false);
  });

  it('overdue ceremony and admission decision', () => {
    expect(
      memberFacts({ events: [{ type: 'admissionDecision', date: '2025-01-06' }] }, '2025-12-01').overdue.map(
        (o) => o.item,
      ),
    ).toEqual(['ceremony']);
    expect(
      memberFacts(
        { events: [{ type: 'admissionVote', date: '2025-07-01', vote: { for: 3, officialMembers: 3 } }] },
        '2025-12-01',
      ).overdue[0],
    ).toMatchObject({
      item: 'admissionDecision',
      due: '2025-09-02',
      citations: [{ document: 'qd-294-2025', point: '4.3.1' }],
    });
  });

  it('a failed cell vote expects no decision', () => {
    expect(
      memberFacts(
        { events: [{ type: 'admissionVote', date: '2025-07-01', vote: { for: 1, officialMembers: 3 } }] },
        '2025-12-01',
      ).overdue,
    ).toEqual([]);
  });

  it('strike-off warnings, discipline in effect, lost contact', () => {
    const events: MemberEvent[] = [
      ...official,
      { type: 'discipline', date: '2025-03-03', form: 'warning', announcedOn: '2025-03-05' },
      { type: 'missedMonth', date: '2025-04-01', dues: true },
      { type: 'missedMonth', date: '2025-05-01', dues: true },
      { type: 'missedMonth', date: '2025-06-01', meetings: true },
      { type: 'lostContact', date: '2025-07-01' },
    ];
    const f = memberFacts({ events }, '2025-09-01');
    expect(f.strikeOffWarnings.map((w) => w.ground)).toEqual(['missedMonths']);
    expect(f.disciplineInEffect?.value).toMatchObject({
      form: 'warning',
      until: '2026-03-05',
      reason: 'within12Months',
    });
    expect(f.lostContact).toBe(true);
  });

  it('is the member record kind’s derive in the engine (with the engine calendar)', () => {
    const report = coreEngine().validate(
      {
        kind: 'member',
        id: 'A',
        person: { fullName: 'Lê Văn C', birthDate: '1970-01-01', sex: 'male' },
        events: official,
      },
      { asOf: '2025-01-01', facts: true },
    );
    const names = report.facts!.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['status', 'partyAge', 'nextBadge', 'overdue', 'strikeOffWarnings']));
    expect(report.facts!.find((f) => f.name === 'partyAge')!.label).toBe('Tuổi đảng');
  });
});
