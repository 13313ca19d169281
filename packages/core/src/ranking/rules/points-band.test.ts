import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelForPoints, pointsBand } from './points-band.js';
import { rankingTester, round } from './test-kit.js';

rankingTester().run(pointsBand, {
  valid: [
    { name: '90 is excellent', record: round(2025, [{ memberId: 'A', points: 90, level: 'excellent' }]) },
    { name: '70 is good', record: round(2025, [{ memberId: 'A', points: 70, level: 'good' }]) },
    { name: '50 is completed', record: round(2025, [{ memberId: 'A', points: 50, level: 'completed' }]) },
    { name: '49.9 is not completed', record: round(2025, [{ memberId: 'A', points: 49.9, level: 'notCompleted' }]) },
    {
      name: 'collectives too',
      record: round(2025, [], { organizations: [{ organizationId: 'CB1', points: 75, level: 'good' }] }),
    },
    { name: 'QĐ 124 has no point scale', record: round(2024, [{ memberId: 'A', points: 10, level: 'excellent' }]) },
    { name: 'HD 21 has no point scale', record: round(2022, [{ memberId: 'A', level: 'good' }]) },
    { name: 'unranked evaluations are not judged', record: round(2025, [{ memberId: 'A', points: 95 }]) },
  ],
  invalid: [
    {
      name: '89.5 ranked excellent',
      record: round(2025, [{ memberId: 'A', points: 89.5, level: 'excellent' }]),
      errors: [{ messageId: 'aboveBand', path: ['members', 0, 'level'], facts: { band: 'good' } }],
    },
    {
      name: '49 ranked completed (collective)',
      record: round(2025, [], { organizations: [{ organizationId: 'CB1', points: 49, level: 'completed' }] }),
      errors: [{ messageId: 'aboveBand', path: ['organizations', 0, 'level'], message: 'KHT' }],
    },
    {
      name: 'a lower level than the band is information',
      record: round(2025, [{ memberId: 'A', points: 95, level: 'good' }]),
      errors: [{ messageId: 'belowBand', severity: 'info' }],
    },
    {
      name: 'no score under QĐ 366 is a warning',
      record: round(2025, [{ memberId: 'A', level: 'good' }]),
      errors: [{ messageId: 'missing', severity: 'warning' }],
    },
    {
      name: 'regime switch: a 2024 round named qd366 uses the scale',
      record: round(2024, [{ memberId: 'A', points: 60, level: 'good' }], { regime: 'qd366' }),
      errors: [{ messageId: 'aboveBand', locale: 'en', message: '60 points reach "completed" at most' }],
    },
  ],
});

describe('levelForPoints', () => {
  it('is monotone in the score', () => {
    const rank = { notCompleted: 0, completed: 1, good: 2, excellent: 3 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(rank[levelForPoints(lo)]).toBeLessThanOrEqual(rank[levelForPoints(hi)]);
        },
      ),
    );
  });
});
