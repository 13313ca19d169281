import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { admissionFileValidity } from './admission-file-validity.js';
import { memberWith } from './common.js';

const intro = (date: string) => ({ type: 'introduction', date, introducers: [] });
const vote = (date: string) => ({ type: 'admissionVote', date, vote: { for: 9, officialMembers: 9 } });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(admissionFileValidity, {
  valid: [
    { name: 'last day of validity', record: memberWith([intro('2024-09-10'), vote('2025-09-10')]) },
    { name: 'no introduction recorded', record: memberWith([vote('2025-09-10')]) },
    {
      name: 'renewed introduction counts',
      record: memberWith([intro('2023-01-05'), intro('2025-03-01'), vote('2025-09-10')]),
    },
    { name: 'before HD 06 (not encoded earlier)', record: memberWith([intro('2020-01-05'), vote('2025-06-08')]) },
  ],
  invalid: [
    {
      name: 'regression: HD 06 5.4 a (12-month validity of the introduction) was not encoded',
      record: memberWith([intro('2024-09-09'), vote('2025-09-10')]),
      errors: [{ messageId: 'introductionExpired', path: ['events', 0, 'date'], facts: { validUntil: '2025-09-09' } }],
    },
    {
      name: 'carried over under HD 01 (2026)',
      record: memberWith([intro('2025-05-02'), vote('2026-08-03')]),
      errors: [{ messageId: 'introductionExpired' }],
    },
  ],
});
