import { RuleTester } from '../../kernel/rule-tester.js';
import { rankingRoundKind } from '../round-kind.js';

/** The RuleTester for ranking rules (test-only helper). */
export const rankingTester = (): RuleTester => new RuleTester({ recordKinds: [rankingRoundKind], asOf: '2026-06-01' });

/** A round of `year` with member evaluations (test-only helper). */
export const round = (
  year: number,
  members: readonly Record<string, unknown>[] = [],
  extra: Record<string, unknown> = {},
) => ({
  kind: 'rankingRound',
  year,
  organization: { id: 'DB01' },
  members,
  ...extra,
});

/** `good` members ranked good and `excellent` ranked excellent, ids T1…, X1… */
export const levels = (good: number, excellent: number, extra: Record<string, unknown> = {}) => [
  ...Array.from({ length: good }, (_, i) => ({ memberId: `T${i + 1}`, level: 'good', ...extra })),
  ...Array.from({ length: excellent }, (_, i) => ({ memberId: `X${i + 1}`, level: 'excellent', ...extra })),
];
