import { memberDiscipline } from './member-discipline.js';
import { rankingTester, round } from './test-kit.js';

const m = (level: string, discipline: Record<string, unknown>[]) => ({ memberId: 'A', level, discipline });
const d = (decidedOn: string, more: Record<string, unknown> = {}) => ({ form: 'reprimand', decidedOn, ...more });

rankingTester().run(memberDiscipline, {
  valid: [
    { name: 'HD 21: disciplined in the year, ranked KHT', record: round(2022, [m('notCompleted', [d('2022-05-01')])]) },
    { name: 'HD 21: disciplined the year before', record: round(2022, [m('good', [d('2021-12-30')])]) },
    {
      name: 'QĐ 124: self-detected and remedied',
      record: round(2024, [m('completed', [d('2024-02-01', { selfDetected: true, remedied: true })])]),
    },
    { name: 'QĐ 366: not duty-related', record: round(2025, [m('good', [d('2025-02-01', { dutyRelated: false })])]) },
    {
      name: 'unranked member not judged',
      record: round(2025, [{ memberId: 'A', discipline: [d('2025-02-01', { dutyRelated: true })] }]),
    },
  ],
  invalid: [
    {
      name: 'HD 21: disciplined in the year even if remedied',
      record: round(2020, [m('completed', [d('2020-05-01', { selfDetected: true, remedied: true })])]),
      errors: [{ messageId: 'capped', path: ['members', 0, 'level'], facts: { form: 'reprimand', year: 2020 } }],
    },
    {
      name: 'QĐ 124: disciplined in the year, not remedied',
      record: round(2023, [m('good', [d('2023-11-20', { selfDetected: true })])]),
      errors: [{ messageId: 'capped', message: 'khiển trách' }],
    },
    {
      name: 'QĐ 366: duty-related reprimand',
      record: round(2025, [m('good', [d('2025-03-03', { dutyRelated: true })])]),
      errors: [{ messageId: 'capped', locale: 'en', message: '(reprimand)' }],
    },
    {
      name: 'QĐ 366: unknown whether duty-related is a warning',
      record: round(2025, [m('good', [d('2025-03-03')])]),
      errors: [{ messageId: 'dutyUnknown', severity: 'warning' }],
    },
    {
      name: 'QĐ 366: remedied duty-related discipline is weighed (info)',
      record: round(2026, [m('good', [d('2026-03-03', { dutyRelated: true, selfDetected: true, remedied: true })])]),
      errors: [{ messageId: 'weighed', severity: 'info' }],
    },
    {
      name: 'regime switch: the same 2025 record named qd124 is capped',
      record: round(2025, [m('good', [d('2025-03-03', { dutyRelated: false })])], { regime: 'qd124' }),
      errors: [{ messageId: 'capped' }],
    },
  ],
});
