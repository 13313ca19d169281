import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { admissionEducation } from './admission-education.js';
import { memberWith } from './common.js';

const vote = (date: string) => ({ type: 'admissionVote', date, vote: { for: 9, officialMembers: 9 } });
const edu = (general: string) => ({ education: { general } });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(admissionEducation, {
  valid: [
    { name: 'lower secondary', record: memberWith([vote('2024-03-05')], edu('lowerSecondary')) },
    { name: '"equivalent" on 29/7/2021 (QĐ 29)', record: memberWith([vote('2021-07-29')], edu('equivalent')) },
    {
      name: 'primary with the recorded exception',
      record: memberWith(
        [vote('2025-08-05'), { type: 'admissionDecision', date: '2025-09-01', educationException: true }],
        edu('primary'),
      ),
    },
    { name: 'education not recorded', record: memberWith([vote('2025-08-05')]) },
  ],
  invalid: [
    {
      name: 'regime switch: "equivalent" on 30/7/2021',
      record: memberWith([vote('2021-07-30')], edu('equivalent')),
      errors: [{ messageId: 'equivalentNotAccepted', path: ['person', 'education', 'general'] }],
    },
    {
      name: 'primary without exception (QĐ 29 too)',
      record: memberWith([vote('2019-05-06')], edu('primary')),
      errors: [{ messageId: 'belowLowerSecondary', facts: { level: 'primary', exception: false } }],
    },
    {
      name: 'English',
      record: memberWith([vote('2025-08-05')], edu('none')),
      errors: [{ messageId: 'belowLowerSecondary', locale: 'en', message: 'below a lower-secondary' }],
    },
  ],
});
