import { civilServiceConsistency } from './civil-service.js';
import { rankingTester, round } from './test-kit.js';

const m = (level: string, civilServiceLevel?: string) => ({
  memberId: 'A',
  level,
  ...(civilServiceLevel ? { civilServiceLevel } : {}),
});

rankingTester().run(civilServiceConsistency, {
  valid: [
    { name: 'HD 21: excellent in both', record: round(2021, [m('excellent', 'excellent')]) },
    { name: 'HD 21: good member, excellent civil servant', record: round(2021, [m('good', 'excellent')]) },
    { name: 'no civil-service ranking given', record: round(2021, [m('excellent')]) },
    { name: 'QĐ 366: excellent in both', record: round(2025, [m('excellent', 'excellent')]) },
  ],
  invalid: [
    {
      name: 'HD 21: excellent member, good civil servant (error)',
      record: round(2021, [m('excellent', 'good')]),
      errors: [
        { messageId: 'excellentNeedsCivilService', severity: 'error', path: ['members', 0, 'civilServiceLevel'] },
      ],
    },
    {
      name: 'QĐ 124: same link, a warning (recalled)',
      record: round(2024, [m('excellent', 'completed')]),
      errors: [{ messageId: 'excellentNeedsCivilService', severity: 'warning', message: 'HT' }],
    },
    {
      name: 'QĐ 366: English',
      record: round(2025, [m('excellent', 'good')]),
      errors: [{ messageId: 'excellentNeedsCivilService', locale: 'en', message: 'only "good"' }],
    },
  ],
});
