import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { admissionAwarenessCertificate } from './admission-awareness-course.js';
import { memberWith } from './common.js';

const course = (date: string) => ({ type: 'awarenessCourse', date });
const vote = (date: string) => ({ type: 'admissionVote', date, vote: { for: 9, officialMembers: 9 } });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(admissionAwarenessCertificate, {
  valid: [
    { name: 'last day of validity', record: memberWith([course('2020-08-05'), vote('2025-08-05')]) },
    { name: 'no certificate recorded', record: memberWith([vote('2025-08-05')]) },
    {
      name: 'renewed certificate counts',
      record: memberWith([course('2015-01-05'), course('2024-01-05'), vote('2025-08-05')]),
    },
  ],
  invalid: [
    {
      name: 'one day late',
      record: memberWith([course('2020-08-04'), vote('2025-08-05')]),
      errors: [{ messageId: 'expired', path: ['events', 0, 'date'], facts: { validUntil: '2025-08-04' } }],
    },
    {
      name: 'English (HD 01 era, recalled)',
      record: memberWith([course('2014-01-06'), vote('2019-05-06')]),
      errors: [{ messageId: 'expired', locale: 'en', message: 'expired on 2019-01-06' }],
    },
  ],
});
