import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../../kernel/rule-tester.js';
import { congressKind, personnelPlanKind } from '../kinds.js';
import { electionBase, isMoreThanHalf, majorityOf } from '../model/congress.js';
import { congressAttendance } from './attendance.js';
import { electionMajority } from './election.js';
import { exampleCongress as congress } from './select.js';
import { congressTester, SEED } from './test-kit.js';

const tester = congressTester();
const committeeRound = (votes: number, over: Record<string, unknown> = {}) => ({
  body: 'committee',
  round: 1,
  seats: 1,
  candidates: [{ id: 'A', fullName: 'Nguyễn Văn A', votes, elected: true }],
  ...over,
});

tester.run(congressAttendance, {
  valid: [
    congress({ summoned: { total: 40, exempted: 3, temporarilyAway: 2 }, attended: { total: 36, exempted: 1 } }),
    congress({ summoned: { total: 0 }, attended: { total: 0 } }),
  ],
  invalid: [
    {
      name: 'more attending than summoned',
      record: congress({ summoned: { total: 12 }, attended: { total: 13 } }),
      errors: [{ messageId: 'moreAttendedThanSummoned', path: ['attended', 'total'], message: 'tổng số' }],
    },
    {
      name: 'more exempted attending than exempted summoned',
      record: congress({ summoned: { total: 12, exempted: 1 }, attended: { total: 10, exempted: 2 } }),
      errors: [{ messageId: 'moreAttendedThanSummoned', path: ['attended', 'exempted'] }],
    },
    {
      name: 'exempted and away exceed the total',
      record: congress({ summoned: { total: 4, exempted: 3, temporarilyAway: 2 }, attended: { total: 3 } }),
      errors: [{ messageId: 'partsOverTotal', path: ['summoned', 'total'], facts: { parts: 5, total: 4 } }],
    },
  ],
});

tester.run(electionMajority, {
  valid: [
    {
      name: 'HD 06 14.2: 3 exempted (1 came) and 2 away (none came) → 36 counted; 19 votes elect',
      record: congress({
        summoned: { total: 40, exempted: 3, temporarilyAway: 2 },
        attended: { total: 35, exempted: 1 },
        elections: [committeeRound(19)],
      }),
      derived: { 'congress.electionBase': 36 },
    },
    {
      name: 'Charter 12.3: 21 of 40 summoned (only 30 present)',
      record: congress({ summoned: { total: 40 }, attended: { total: 30 }, elections: [committeeRound(21)] }),
    },
    {
      name: 'secretary elected by a committee of 7 with 4 votes',
      record: congress({
        committeeSize: 7,
        elections: [{ body: 'secretary', round: 1, seats: 1, candidates: [{ id: 'A', votes: 4, elected: true }] }],
      }),
    },
    {
      name: 'not declared elected: no majority needed',
      record: congress({ elections: [committeeRound(2, { candidates: [{ id: 'B', votes: 2 }] })] }),
    },
  ],
  invalid: [
    {
      name: 'Charter 12.3: 20 of 40 summoned is not more than half, even with 36 present',
      record: congress({
        summoned: { total: 40 },
        attended: { total: 36 },
        elections: [committeeRound(20, { validBallots: 36 })],
      }),
      errors: [
        {
          messageId: 'notMajority',
          path: ['elections', 0, 'candidates', 0],
          facts: { votes: 20, base: 40, needed: 21 },
          message: 'Nguyễn Văn A được công bố trúng cử với 20 phiếu, chưa quá một nửa của 40',
        },
      ],
    },
    {
      name: 'the issue’s reading (more than half of valid ballots) would pass 19 of 36 ballots; the Charter does not',
      record: congress({
        summoned: { total: 40 },
        attended: { total: 36 },
        elections: [committeeRound(19, { validBallots: 36 })],
      }),
      errors: [{ messageId: 'notMajority', locale: 'en', message: 'not more than half of 40 (at least 21 needed)' }],
    },
    {
      name: 'exempted members who attend count: 40 summoned, 3 exempted all present → 40; 20 votes fail',
      record: congress({
        summoned: { total: 40, exempted: 3 },
        attended: { total: 38, exempted: 3 },
        elections: [committeeRound(20)],
      }),
      errors: [{ messageId: 'notMajority', facts: { base: 40 } }],
    },
    {
      name: 'secretary elected by a committee of 7 with 3 votes',
      record: congress({
        committeeSize: 7,
        elections: [{ body: 'secretary', round: 1, seats: 1, candidates: [{ id: 'A', votes: 3, elected: true }] }],
      }),
      errors: [{ messageId: 'notMajority', facts: { base: 7, needed: 4 }, message: 'Bầu bí thư lần 1' }],
    },
    {
      name: 'regression: a 12-digit citizen ID used as a candidate id is masked in messages and facts',
      record: congress({
        summoned: { total: 40 },
        attended: { total: 36 },
        elections: [
          { body: 'committee', round: 1, seats: 1, candidates: [{ id: '087084000999', votes: 20, elected: true }] },
        ],
      }),
      errors: [
        { messageId: 'notMajority', facts: { candidateId: '087*******99' }, message: '087*******99 được công bố' },
      ],
    },
    {
      name: 'more declared elected than seats',
      record: congress({
        elections: [
          {
            body: 'committee',
            round: 1,
            seats: 1,
            candidates: [
              { id: 'A', votes: 9, elected: true },
              { id: 'B', votes: 8, elected: true },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'tooManyElected', path: ['elections', 0, 'candidates'] }],
    },
    {
      name: 'votes over valid ballots',
      record: congress({ elections: [committeeRound(11, { validBallots: 10 })] }),
      errors: [{ messageId: 'votesOverBallots', path: ['elections', 0, 'candidates', 0, 'votes'] }],
    },
    {
      name: 'valid ballots over the electorate',
      record: congress({ elections: [committeeRound(7, { validBallots: 13 })] }),
      errors: [{ messageId: 'ballotsOverElectorate' }],
    },
  ],
});

describe('counting (property tests, seed printed on failure)', () => {
  it('the election base lies between the summoned total less both groups and the summoned total', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(20), fc.nat(20), fc.nat(20), fc.nat(20), (total, ex, away, exIn, awayIn) => {
        const e = Math.min(ex, total);
        const a = Math.min(away, total - e);
        const base = electionBase({
          summoned: { total, exempted: e, temporarilyAway: a },
          attended: { total: 0, exempted: Math.min(exIn, e), temporarilyAway: Math.min(awayIn, a) },
        });
        expect(base).toBeLessThanOrEqual(total);
        expect(base).toBeGreaterThanOrEqual(total - e - a);
        // every exempted or away member who attends adds exactly one
        expect(base).toBe(total - (e - Math.min(exIn, e)) - (a - Math.min(awayIn, a)));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('majorityOf is the least count that is more than half', () => {
    fc.assert(
      fc.property(fc.nat(100_000), (n) => {
        const m = majorityOf(n);
        expect(isMoreThanHalf(m, n)).toBe(true);
        expect(isMoreThanHalf(m - 1, n)).toBe(false);
      }),
      { seed: SEED },
    );
  });

  it('the rule reports a declared winner exactly when votes × 2 ≤ the counted total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(10), fc.nat(200), (total, exempted, v) => {
        const ex = Math.min(exempted, total);
        const votes = Math.min(v, total);
        const record = congress({
          summoned: { total, exempted: ex },
          attended: { total: total - ex },
          elections: [committeeRound(votes)],
        });
        const failures = runRuleTests(
          electionMajority,
          {
            valid: 2 * votes > total - ex ? [record] : [],
            invalid: 2 * votes > total - ex ? [] : [{ record, errors: [{ messageId: 'notMajority' }] }],
          },
          { recordKinds: [congressKind, personnelPlanKind], asOf: '2026-11-23' },
        );
        expect(failures).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
