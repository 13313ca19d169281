import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { cellVoteTwoThirds } from './cell-vote.js';
import { memberWith } from './common.js';

const vote = (date: string, v: Record<string, unknown>) => ({ type: 'admissionVote', date, vote: v });
const decision = (date: string) => ({ type: 'admissionDecision', date });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(cellVoteTwoThirds, {
  valid: [
    {
      name: '2 of 3',
      record: memberWith([vote('2025-08-05', { for: 2, officialMembers: 3 }), decision('2025-09-01')]),
    },
    {
      name: 'exempted absent members leave the denominator (8 of 12 minus 3 = 8/9)',
      record: memberWith([
        vote('2024-08-05', { for: 6, officialMembers: 12, excluded: { exemptedAbsent: 3 } }),
        decision('2024-09-02'),
      ]),
    },
    {
      name: 'from 1/7/2025 absent-with-leave also leaves the denominator',
      record: memberWith([
        vote('2025-07-01', { for: 6, officialMembers: 10, excluded: { absentWithLeave: 1 } }),
        decision('2025-08-01'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'regime switch: the same vote on 30/6/2025 counts absent-with-leave in the denominator',
      record: memberWith([
        vote('2025-06-30', { for: 6, officialMembers: 10, excluded: { absentWithLeave: 1 } }),
        decision('2025-08-01'),
      ]),
      errors: [
        { messageId: 'decidedWithoutMajority', path: ['events', 1], facts: { for: 6, denominator: 10, needed: 7 } },
      ],
    },
    {
      name: 'a failed vote without decision is info',
      record: memberWith([vote('2025-08-05', { for: 5, officialMembers: 9 })]),
      errors: [{ messageId: 'failed', severity: 'info', path: ['events', 0, 'vote'] }],
    },
    {
      name: 'failed vote then a new vote: info only',
      record: memberWith([
        vote('2025-08-05', { for: 5, officialMembers: 9 }),
        vote('2025-09-05', { for: 7, officialMembers: 9 }),
        decision('2025-10-01'),
      ]),
      errors: [{ messageId: 'failed', severity: 'info' }],
    },
    {
      name: 'recognition decided without majority',
      record: memberWith([
        decision('2024-01-10'),
        { type: 'admissionCeremony', date: '2024-02-01' },
        { type: 'recognitionVote', date: '2025-02-10', vote: { for: 3, officialMembers: 9 } },
        { type: 'recognitionDecision', date: '2025-03-01' },
      ]),
      errors: [{ messageId: 'decidedWithoutMajority', path: ['events', 3] }],
    },
    {
      name: 'more votes than members',
      record: memberWith([vote('2025-08-05', { for: 10, officialMembers: 9 })]),
      errors: [{ messageId: 'inconsistent', locale: 'en', message: '10 in favour out of 9' }],
    },
  ],
});
