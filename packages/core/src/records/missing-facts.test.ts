import { describe, expect, it } from 'vitest';
import { corePack } from '../core-pack.js';
import { validate } from '../default-engine.js';
import { createEngine } from '../kernel/engine.js';

const person = { fullName: 'Đỗ Văn Em', birthDate: '1990-01-01', sex: 'male' };
const official = [
  { type: 'admissionDecision', date: '2015-07-26' },
  { type: 'admissionCeremony', date: '2015-08-10' },
  { type: 'recognitionDecision', date: '2016-08-20', effectiveOn: '2016-08-10' },
];

describe('the missing facts', () => {
  it('introducer shared-work start date: months counted to the cell vote', () => {
    const m = (sharedSince: string) => ({
      kind: 'member',
      person,
      events: [
        {
          type: 'introduction',
          date: '2025-06-02',
          introducers: [
            { kind: 'member', name: 'B', official: true, sharedSince },
            { kind: 'member', name: 'C', official: true, sharedMonths: 24 },
          ],
        },
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } },
      ],
    });
    const hit = (since: string) =>
      validate(m(since), { asOf: '2025-09-01' }).issues.find((i) => i.messageId === 'sharedMonths');
    expect(hit('2024-08-05')).toBeUndefined(); // 12 months on the day of the vote
    expect(hit('2024-08-06')?.facts).toMatchObject({ sharedMonths: 11, sharedSince: '2024-08-06' });
    expect(hit('2024-08-06')?.path).toEqual(['events', 0, 'introducers', 0, 'sharedSince']);
  });
  it('recognition effective date and exempted-on-date', () => {
    const r = validate(
      {
        kind: 'member',
        person,
        events: [...official, { type: 'exemptionStart', date: '2024-03-01', reason: 'ageOrHealth' }],
      },
      { asOf: '2026-12-01', facts: true },
    );
    const fact = (n: string) => r.facts?.find((f) => f.name === n)?.value;
    expect(fact('officialSince')).toBe('2016-08-10');
    expect(fact('exemptedSince')).toBe('2024-03-01');
  });
  it('memberFacts reads parameters as amended by plugins (discipline expiry)', () => {
    const member = {
      kind: 'member',
      person,
      events: [...official, { type: 'discipline', date: '2026-01-05', announcedOn: '2026-01-10', form: 'reprimand' }],
    };
    const asOf = '2026-08-01' as const;
    const plain = createEngine({ packs: [corePack] }).validate(member, { asOf, facts: true });
    expect(plain.facts?.some((f) => f.name === 'disciplineInEffect')).toBe(true);
    const amended = createEngine({
      packs: [
        corePack,
        {
          provenance: { source: 'plugin', name: 'thu-nghiem', version: '1.0.0' },
          rules: [],
          parameterAmendments: [
            {
              parameter: 'member.discipline.expiryMonths',
              values: [
                { from: '2026-01-01', value: 6, citations: [{ document: 'qd-69-2022' }], confidence: 'secondary' },
              ],
            },
          ],
        },
      ],
    }).validate(member, { asOf, facts: true });
    expect(amended.facts?.some((f) => f.name === 'disciplineInEffect')).toBe(false);
  });
});

describe('deadline facts read amended parameters too', () => {
  it('regression: probation end and the cell review deadline used the default 12 months under an amendment', () => {
    const member = {
      kind: 'member',
      person,
      events: [
        { type: 'admissionDecision', date: '2026-01-05' },
        { type: 'admissionCeremony', date: '2026-01-20' },
      ],
    };
    const asOf = '2026-03-01' as const;
    const fact = (r: ReturnType<typeof validate>, n: string) => r.facts?.find((f) => f.name === n)?.value;
    const plain = createEngine({ packs: [corePack] }).validate(member, { asOf, facts: true });
    expect(fact(plain, 'probationEnd')).toBe('2027-01-20');
    const amended = createEngine({
      packs: [
        corePack,
        {
          provenance: { source: 'plugin', name: 'thu-nghiem', version: '1.0.0' },
          rules: [],
          parameterAmendments: [
            {
              parameter: 'member.probation.months',
              loosens: true,
              values: [
                { from: '2026-01-01', value: 18, citations: [{ document: 'qd-294-2025' }], confidence: 'secondary' },
              ],
            },
          ],
        },
      ],
    }).validate(member, { asOf, facts: true });
    expect(fact(amended, 'probationEnd')).toBe('2027-07-20');
  });
});

describe('badge proposal at an occasion, judged with the discipline waits', () => {
  const events = (proposalDate: string) => [
    { type: 'admissionDecision', date: '1995-07-26' },
    { type: 'admissionCeremony', date: '1995-08-10' },
    { type: 'recognitionDecision', date: '1996-08-20' },
    { type: 'discipline', date: '2025-08-01', announcedOn: '2025-08-05', form: 'reprimand' },
    { type: 'badgeProposal', date: proposalDate, years: 30, occasion: '02-03' },
  ];
  const ids = (d: string) =>
    validate({ kind: 'member', person, events: events(d) }, { asOf: '2026-12-01' })
      .issues.filter((i) => i.ruleId === 'member.badge.eligibility')
      .map((i) => i.messageId);
  it('a proposal within the 6-month wait after a reprimand is reported', () =>
    expect(ids('2026-01-20')).toEqual(['underDiscipline']));
  it('after the wait it is not', () => expect(ids('2026-03-01')).toEqual([]));
});
