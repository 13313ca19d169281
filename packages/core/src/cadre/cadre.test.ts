import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreEngine } from '../default-engine.js';
import { createEngine } from '../kernel/engine.js';
import { messageProblems, userStrings } from '../kernel/message-lint.js';
import { runRuleTests } from '../kernel/rule-tester.js';
import { cadreRecordKinds, cadreRules } from './pack.js';

describe('cadre rules: catalogue examples', () => {
  for (const rule of cadreRules)
    it(`${rule.id} examples hold`, () => {
      expect(rule.examples?.length ?? 0).toBeGreaterThanOrEqual(2);
      const failures = runRuleTests(
        rule,
        {
          valid: rule.examples!.filter((e) => e.expect.length === 0).map((e) => ({ record: e.record })),
          invalid: rule
            .examples!.filter((e) => e.expect.length > 0)
            .map((e) => ({ record: e.record, errors: e.expect.map((messageId) => ({ messageId })) })),
        },
        { recordKinds: cadreRecordKinds, asOf: '2026-06-01' },
      );
      expect(failures).toEqual([]);
    });
});

const date = fc
  .record({
    y: fc.integer({ min: 2012, max: 2032 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const birth = fc
  .record({
    y: fc.integer({ min: 1950, max: 2000 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const discipline = fc.record({
  form: fc.constantFrom('reprimand', 'warning', 'removalFromPost', 'expulsion'),
  decidedOn: date,
});
const cadre = fc.record(
  {
    id: fc.constantFrom('A', 'B', 'C', 'D'),
    birthDate: birth,
    sex: fc.constantFrom('male', 'female'),
    retirementAgeMonths: fc.integer({ min: 600, max: 780 }),
    discipline: fc.array(discipline, { maxLength: 3 }),
    rankingHistory: fc.array(
      fc.record({
        year: fc.integer({ min: 2018, max: 2030 }),
        level: fc.constantFrom('excellent', 'good', 'completed', 'notCompleted'),
      }),
      { maxLength: 4 },
    ),
    currentPostRank: fc.integer({ min: 0, max: 4 }),
  },
  { requiredKeys: ['id', 'birthDate', 'sex'] },
);
const vote = fc.record({
  kind: fc.constant('confidenceVote'),
  heldOn: date,
  summoned: fc.nat(60),
  present: fc.nat(60),
  results: fc.array(
    fc.record({ cadreId: fc.constantFrom('A', 'B'), high: fc.nat(30), confidence: fc.nat(30), low: fc.nat(30) }),
    { maxLength: 4 },
  ),
});
const plan = fc.record({
  kind: fc.constant('cadrePlan'),
  approvedOn: date,
  level: fc.constantFrom('central', 'provincial', 'district', 'grassroots'),
  term: fc.record({ from: date }),
  scope: fc.constantFrom('nextTerm', 'currentTerm'),
  posts: fc.array(
    fc.record({
      id: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
      rank: fc.integer({ min: 0, max: 5 }),
      level: fc.constantFrom('x', 'y'),
    }),
    { maxLength: 4 },
  ),
  cadres: fc.array(cadre, { maxLength: 5 }),
  entries: fc.array(
    fc.record(
      {
        cadreId: fc.constantFrom('A', 'B', 'C', 'D', 'Z'),
        postId: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'Q'),
        target: fc.constantFrom(1, 2),
        removedOn: date,
      },
      { requiredKeys: ['cadreId', 'postId'] },
    ),
    { maxLength: 12 },
  ),
});
const appointment = fc.record(
  {
    kind: fc.constant('appointment'),
    type: fc.constantFrom('first', 'reappointment', 'extension'),
    cadre,
    post: fc.record({ title: fc.constant('P'), higher: fc.boolean() }),
    currentPost: fc.record({ since: date }),
    fileReceivedOn: date,
    decidedOn: date,
    termEndsOn: date,
    specialCase: fc.boolean(),
    timeInPostException: fc.boolean(),
  },
  { requiredKeys: ['kind', 'type', 'cadre', 'post', 'fileReceivedOn'] },
);

describe('random cadre records', () => {
  const engine = createEngine({
    packs: [{ provenance: { source: 'core', version: '0' }, rules: cadreRules, recordKinds: cadreRecordKinds }],
  });
  it('never throw and never produce internal or schema issues', () => {
    fc.assert(
      fc.property(fc.oneof(vote, plan, appointment), (r) => {
        const res = engine.evaluate({ value: r }, 0, { asOf: '2026-06-01', facts: true });
        // (the generator shares one cadre shape: `currentPostRank` is a plan field, an unknown key in an appointment)
        const bad = res.issues.filter((i) => i.ruleId.startsWith('record.') && i.ruleId !== 'record.unknownKey');
        expect(bad).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
  it('render every message in both locales as plain text (no placeholder, raw enum, ISO date)', () => {
    fc.assert(
      fc.property(fc.oneof(vote, plan, appointment), fc.constantFrom('vi' as const, 'en' as const), (r, locale) => {
        const res = engine.evaluate({ value: r }, 0, { asOf: '2026-06-01', locale });
        const user = userStrings(r);
        for (const i of res.issues) expect(messageProblems(i, locale, user), i.message).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
  it('the core engine knows the three kinds', () => {
    const kinds = coreEngine()
      .recordKinds()
      .map((k) => k.kind);
    expect(kinds).toEqual(expect.arrayContaining(['confidenceVote', 'cadrePlan', 'appointment', 'rankingRound']));
  });
});
