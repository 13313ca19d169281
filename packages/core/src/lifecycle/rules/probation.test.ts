import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { probationReview } from './probation.js';

const start = [
  { type: 'admissionDecision', date: '2024-09-02' },
  { type: 'admissionCeremony', date: '2024-09-20' },
];
const v = (date: string, n: number) => ({ type: 'recognitionVote', date, vote: { for: n, officialMembers: 9 } });
const course = { type: 'newMemberCourse', date: '2025-03-14' };

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(probationReview, {
  valid: [
    {
      name: 'two failed votes, then recognized',
      record: memberWith([
        ...start,
        course,
        v('2025-09-22', 5),
        v('2025-10-01', 5),
        v('2025-10-15', 7),
        { type: 'recognitionDecision', date: '2025-10-27' },
      ]),
    },
    {
      name: 'three failed votes, then decided above',
      record: memberWith([
        ...start,
        course,
        v('2025-09-22', 5),
        v('2025-10-01', 5),
        v('2025-10-15', 5),
        { type: 'recognitionDecision', date: '2025-11-20' },
      ]),
    },
    { name: 'still on probation', record: memberWith(start) },
  ],
  invalid: [
    {
      name: 'no course before recognition (info)',
      record: memberWith([...start, v('2025-09-22', 9), { type: 'recognitionDecision', date: '2025-10-27' }]),
      errors: [{ messageId: 'noCourse', severity: 'info', path: ['events', 3] }],
    },
    {
      name: 'third failed vote (English)',
      record: memberWith([...start, course, v('2025-09-22', 5), v('2025-10-01', 5), v('2025-10-15', 5)]),
      errors: [{ messageId: 'escalate', path: ['events', 5], locale: 'en', message: 'voted 3 times' }],
    },
  ],
});
