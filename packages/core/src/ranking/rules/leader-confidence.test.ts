import { leaderLowConfidence } from './leader-confidence.js';
import { rankingTester, round } from './test-kit.js';

const m = (level: string, low: number, ballots = 20) => ({
  memberId: 'A',
  level,
  leadershipPost: true,
  confidenceVote: { ballots, low },
});

rankingTester().run(leaderLowConfidence, {
  valid: [
    { name: 'exactly half low', record: round(2025, [m('good', 10)]) },
    { name: 'over half low and ranked KHT', record: round(2025, [m('notCompleted', 15)]) },
    { name: 'QĐ 124 had no such criterion', record: round(2024, [m('good', 15)]) },
    { name: 'no ballots', record: round(2025, [m('good', 0, 0)]) },
  ],
  invalid: [
    {
      name: '11 of 20 low, ranked good',
      record: round(2025, [m('good', 11)]),
      errors: [{ messageId: 'capped', facts: { low: 11, ballots: 20 } }],
    },
    {
      name: 'English',
      record: round(2026, [m('completed', 17)]),
      errors: [{ messageId: 'capped', locale: 'en', message: '17/20' }],
    },
  ],
});
