import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { admissionAge } from './admission-age.js';
import { memberWith } from './common.js';

const vote = (date: string) => ({ type: 'admissionVote', date, vote: { for: 9, officialMembers: 9 } });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(admissionAge, {
  valid: [
    { name: 'exactly 18 at the vote', record: memberWith([vote('2024-06-15')], { birthDate: '2006-06-15' }) },
    { name: 'exactly 60y0m (QĐ 24)', record: memberWith([vote('2024-06-15')], { birthDate: '1964-06-15' }) },
    {
      name: 'QĐ 29: exactly 60 years 0 months is still "đủ 60"',
      record: memberWith([vote('2018-03-01')], { birthDate: '1958-03-01' }),
    },
    {
      name: 'over 60 with provincial consent on the decision',
      record: memberWith(
        [vote('2025-08-01'), { type: 'admissionDecision', date: '2025-09-01', overSixtyConsent: true }],
        {
          birthDate: '1960-01-01',
        },
      ),
    },
    {
      name: 'no vote and no decision: nothing to judge',
      record: memberWith([{ type: 'application', date: '2024-01-01' }], { birthDate: '2010-01-01' }),
    },
  ],
  invalid: [
    {
      name: 'one day short of 18',
      record: memberWith([vote('2024-06-14')], { birthDate: '2006-06-15' }),
      errors: [{ messageId: 'tooYoung', path: ['person', 'birthDate'], facts: { ageMonths: 215, minMonths: 216 } }],
    },
    {
      name: 'regression: member.admission.age 2016–2021 counted whole years (QĐ 29 1.1 a counts months): 60y6m is over 60',
      record: memberWith([vote('2021-07-29')], { birthDate: '1961-01-01' }),
      errors: [{ messageId: 'overSixty', facts: { ageMonths: 726 } }],
    },
    {
      name: 'regression: member.admission.age QĐ 29 era, 60 years 1 month is over 60',
      record: memberWith([vote('2018-04-01')], { birthDate: '1958-03-01' }),
      errors: [{ messageId: 'overSixty', facts: { ageMonths: 721 } }],
    },
    {
      name: 'QĐ 24 era: 60 years 6 months is over 60',
      record: memberWith([vote('2021-07-30')], { birthDate: '1961-01-01' }),
      errors: [{ messageId: 'overSixty', facts: { ageMonths: 726 } }],
    },
    {
      name: 'judged at the decision when no vote is recorded',
      record: memberWith([{ type: 'admissionDecision', date: '2025-09-01' }], { birthDate: '2008-01-01' }),
      errors: [{ messageId: 'tooYoung', facts: { measuredAt: 'decision' } }],
    },
    {
      name: 'English message',
      record: memberWith([vote('2025-08-01')], { birthDate: '1960-01-01' }),
      errors: [{ messageId: 'overSixty', locale: 'en', message: 'over 60' }],
    },
  ],
});
