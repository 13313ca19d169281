import { organizationDiscipline } from './organization-discipline.js';
import { rankingTester, round } from './test-kit.js';

const o = (over: Record<string, unknown>) => ({ organizationId: 'CB1', level: 'good', ...over });
const r = (year: number, over: Record<string, unknown>) => round(year, [], { organizations: [o(over)] });
const d = (form: string, decidedOn: string, more: Record<string, unknown> = {}) => ({ form, decidedOn, ...more });

rankingTester().run(organizationDiscipline, {
  valid: [
    {
      name: 'HD 21: a reprimand does not cap',
      record: r(2022, { leadershipDiscipline: [d('reprimand', '2022-04-01')] }),
    },
    {
      name: 'HD 21: a warning from an earlier year',
      record: r(2022, { leadershipDiscipline: [d('warning', '2021-04-01')] }),
    },
    {
      name: 'QĐ 124: self-detected and remedied',
      record: r(2024, { leadershipDiscipline: [d('reprimand', '2024-04-01', { selfDetected: true, remedied: true })] }),
    },
    {
      name: 'QĐ 124: 1 of 5 subordinate units, self-detected',
      record: r(2024, { subordinateUnits: { total: 5, disciplined: 1, disciplinedSelfDetected: 1 } }),
    },
    {
      name: 'QĐ 366: discipline unrelated to duties',
      record: r(2025, { leadershipDiscipline: [d('warning', '2025-04-01', { dutyRelated: false })] }),
    },
    {
      name: 'QĐ 366: KHT already',
      record: r(2025, {
        level: 'notCompleted',
        leadershipDiscipline: [d('warning', '2025-04-01', { dutyRelated: true })],
      }),
    },
  ],
  invalid: [
    {
      name: 'HD 21: leadership member warned',
      record: r(2021, { leadershipDiscipline: [d('warning', '2021-04-01')] }),
      errors: [{ messageId: 'capped', facts: { reason: 'leadershipWarning' }, message: 'cảnh cáo' }],
    },
    {
      name: 'QĐ 124: over 20 % of subordinate units disciplined',
      record: r(2023, { subordinateUnits: { total: 9, disciplined: 2, disciplinedSelfDetected: 2 } }),
      errors: [{ messageId: 'capped', facts: { reason: 'over20' } }],
    },
    {
      name: 'QĐ 124: leadership collective disciplined',
      record: r(2024, { leadershipDisciplined: true }),
      errors: [{ messageId: 'capped', facts: { reason: 'collectiveDisciplined' } }],
    },
    {
      name: 'QĐ 124: excellent with a remedied leadership discipline',
      record: r(2024, {
        level: 'excellent',
        leadershipDiscipline: [d('reprimand', '2024-04-01', { selfDetected: true, remedied: true })],
      }),
      errors: [{ messageId: 'excellentNotClean', facts: { leadershipMember: true } }],
    },
    {
      name: 'QĐ 366: duty-related reprimand of a leader',
      record: r(2025, { leadershipDiscipline: [d('reprimand', '2025-04-01', { dutyRelated: true })] }),
      errors: [
        { messageId: 'capped', facts: { reason: 'leaderDutyDisciplined' }, locale: 'en', message: 'duty-related' },
      ],
    },
    {
      name: 'QĐ 366: remedied duty-related discipline is weighed',
      record: r(2025, {
        leadershipDiscipline: [d('reprimand', '2025-04-01', { dutyRelated: true, selfDetected: true, remedied: true })],
      }),
      errors: [{ messageId: 'weighed', severity: 'info' }],
    },
    {
      name: 'QĐ 366: excellent with a disciplined subordinate unit',
      record: r(2025, { level: 'excellent', subordinateUnits: { total: 10, disciplined: 1 } }),
      errors: [{ messageId: 'excellentNotClean', facts: { leadershipMember: false } }],
    },
  ],
});
