import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../kernel/rule-tester.js';
import { confidenceVoteKind } from '../kinds.js';
import { exampleVote as vote } from './select.js';
import { lowConfidenceBand, voteLowConfidence } from './vote-low-confidence.js';
import { voteQuorum } from './vote-quorum.js';
import { voteTally } from './vote-tally.js';

const tester = new RuleTester({ recordKinds: [confidenceVoteKind], asOf: '2026-06-01' });
const r = (low: number, high = 0, confidence = 0) => ({ cadreId: 'A', high, confidence, low });

tester.run(voteQuorum, {
  valid: [
    vote(30, 20),
    vote(3, 2),
    vote(0, 0),
    { name: 'QĐ 262 era: no quorum rule encoded', record: vote(30, 10, [], '2020-05-01') },
  ],
  invalid: [
    { name: '19 of 30', record: vote(30, 19), errors: [{ messageId: 'noQuorum', facts: { needed: 20 } }] },
    {
      name: '1 of 2',
      record: vote(2, 1),
      errors: [{ messageId: 'noQuorum', locale: 'en', message: 'at least 2 needed' }],
    },
    {
      name: 'more present than summoned',
      record: vote(10, 11),
      errors: [{ messageId: 'morePresent', path: ['present'] }],
    },
  ],
});

tester.run(voteTally, {
  valid: [vote(30, 25, [r(5, 10, 10)]), vote(30, 25, [{ ...r(5, 10, 5), invalid: 5 }])],
  invalid: [
    {
      name: 'QĐ 96',
      record: vote(30, 25, [r(6, 10, 10)]),
      errors: [{ messageId: 'tooManyBallots', path: ['results', 0] }],
    },
    { name: 'QĐ 262', record: vote(30, 25, [r(26)], '2020-01-01'), errors: [{ messageId: 'tooManyBallots' }] },
  ],
});

tester.run(voteLowConfidence, {
  valid: [
    { name: 'exactly half', record: vote(30, 30, [r(15, 15)]) },
    { name: 'no ballots', record: vote(30, 30, [r(0)]) },
  ],
  invalid: [
    {
      name: 'QĐ 96: 16/30 → out of planning',
      record: vote(30, 30, [r(16, 14)]),
      errors: [
        { messageId: 'overHalf', severity: 'warning', facts: { consequence: 'outOfPlanning' }, message: 'quy hoạch' },
      ],
    },
    {
      name: 'QĐ 96: 20/30 (exactly 2/3) → dismissal',
      record: vote(30, 30, [r(20, 10)]),
      errors: [
        {
          messageId: 'twoThirds',
          severity: 'warning',
          facts: { consequence: 'dismissal' },
          locale: 'en',
          message: 'dismissal',
        },
      ],
    },
    {
      name: 'QĐ 262 (day before QĐ 96): 20/30 → resignation or relief',
      record: vote(30, 30, [r(20, 10)], '2023-02-01'),
      errors: [{ messageId: 'twoThirds', severity: 'warning', facts: { consequence: 'resignationOrRelief' } }],
    },
    {
      name: 'regime switch: the same ballot on 2023-02-02 is judged by QĐ 96',
      record: vote(30, 30, [r(20, 10)], '2023-02-02'),
      errors: [{ messageId: 'twoThirds', facts: { consequence: 'dismissal' } }],
    },
  ],
});

describe('lowConfidenceBand', () => {
  it('splits at more than 1/2 and at 2/3, in integers', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (a, b) => {
        const [low, ballots] = a <= b ? [a, b] : [b, a];
        const band = lowConfidenceBand(low, ballots);
        if (ballots === 0) {
          expect(band).toBe('none');
          return;
        }
        const share = low / ballots;
        expect(band).toBe(low * 3 >= ballots * 2 ? 'twoThirds' : share > 0.5 ? 'overHalf' : 'none');
      }),
    );
    expect(lowConfidenceBand(2, 3)).toBe('twoThirds');
    expect(lowConfidenceBand(3, 5)).toBe('overHalf');
    expect(lowConfidenceBand(1, 2)).toBe('none');
  });
});
