import { memberScope } from './member-scope.js';
import { rankingTester, round } from './test-kit.js';

rankingTester().run(memberScope, {
  valid: [
    { name: 'HD 21: exempted member left unranked', record: round(2022, [{ memberId: 'A', exempted: true }]) },
    { name: 'QĐ 366: exempted member left unranked', record: round(2025, [{ memberId: 'A', exempted: true }]) },
    { name: 'QĐ 366: suspended member left unranked', record: round(2025, [{ memberId: 'A', suspended: true }]) },
    {
      name: 'QĐ 366: admitted exactly 6 months before year end is ranked',
      record: round(2025, [{ memberId: 'A', admittedOn: '2025-06-30', level: 'good' }]),
    },
    {
      name: 'QĐ 366: admitted 5 months before, left unranked',
      record: round(2025, [{ memberId: 'A', admittedOn: '2025-07-15' }]),
    },
    {
      name: 'QĐ 124: no 6-month rule',
      record: round(2024, [{ memberId: 'A', admittedOn: '2024-11-01', level: 'completed' }]),
    },
    {
      name: 'HD 21: suspension is not a scope rule',
      record: round(2021, [{ memberId: 'A', suspended: true, level: 'completed' }]),
    },
  ],
  invalid: [
    {
      name: 'HD 21: exempted member ranked',
      record: round(2022, [{ memberId: 'A', exempted: true, level: 'good' }]),
      errors: [{ messageId: 'exempted', path: ['members', 0, 'level'], facts: { memberId: 'A', level: 'good' } }],
    },
    {
      name: 'QĐ 124: exempted member ranked',
      record: round(2023, [{ memberId: 'A', exempted: true, level: 'good' }]),
      errors: [{ messageId: 'exempted' }],
    },
    {
      name: 'QĐ 366: suspended member ranked',
      record: round(2025, [{ memberId: 'B', suspended: true, level: 'completed' }]),
      errors: [{ messageId: 'suspended', message: 'HT' }],
    },
    {
      name: 'QĐ 366: admitted under 6 months and ranked (reviewed at the decision date)',
      record: round(2025, [{ memberId: 'C', admittedOn: '2025-06-20', level: 'good' }], { decidedOn: '2025-12-15' }),
      errors: [{ messageId: 'tooRecent', facts: { months: 5, min: 6, reviewDate: '2025-12-15' } }],
    },
    {
      name: 'a rankable member without a level is a warning',
      record: round(2024, [{ memberId: 'D' }]),
      errors: [{ messageId: 'unranked', severity: 'warning' }],
    },
    {
      name: 'English message',
      record: round(2025, [{ memberId: 'B', suspended: true, level: 'completed' }]),
      errors: [{ messageId: 'suspended', locale: 'en', message: 'has level "completed"' }],
    },
  ],
});
