import { organizationTargets } from './organization-targets.js';
import { rankingTester, round } from './test-kit.js';

const r = (year: number, targets: Record<string, unknown>, level = 'completed') =>
  round(year, [], { organizations: [{ organizationId: 'CB1', level, targets }] });

rankingTester().run(organizationTargets, {
  valid: [
    { name: 'QĐ 124: 4/10 but key targets met', record: r(2024, { total: 10, met: 4 }) },
    {
      name: 'QĐ 124: 5/10 with key targets missed (not under half)',
      record: r(2024, { total: 10, met: 5, keyTargetsMissed: true }),
    },
    { name: 'QĐ 366: 7/10', record: r(2025, { total: 10, met: 7 }) },
    { name: 'QĐ 366: ranked KHT already', record: r(2025, { total: 10, met: 2 }, 'notCompleted') },
    { name: 'HD 21: no target rule encoded', record: r(2022, { total: 10, met: 1, keyTargetsMissed: true }) },
  ],
  invalid: [
    {
      name: 'QĐ 124: 4/10 and key targets missed',
      record: r(2024, { total: 10, met: 4, keyTargetsMissed: true }),
      errors: [{ messageId: 'capped', facts: { share: 40 } }],
    },
    {
      name: 'QĐ 366: 69/100',
      record: r(2025, { total: 100, met: 69 }),
      errors: [{ messageId: 'capped', facts: { share: 69 }, locale: 'en', message: '69/100' }],
    },
    {
      name: 'QĐ 366: key targets missed',
      record: r(2025, { total: 10, met: 9, keyTargetsMissed: true }, 'good'),
      errors: [{ messageId: 'capped', message: 'chỉ tiêu chủ yếu' }],
    },
    {
      name: 'QĐ 366: force majeure is weighed',
      record: r(2025, { total: 10, met: 5, forceMajeure: true }),
      errors: [{ messageId: 'forceMajeure', severity: 'warning' }],
    },
  ],
});
