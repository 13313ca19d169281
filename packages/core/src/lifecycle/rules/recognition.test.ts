import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { recognitionTiming } from './recognition.js';

const start = [
  { type: 'admissionDecision', date: '2015-07-26' },
  { type: 'admissionCeremony', date: '2015-07-26' },
];
const vote = (date: string) => ({ type: 'recognitionVote', date, vote: { for: 9, officialMembers: 9 } });

// 2016-07-26 (Tue) + 30 working days (weekends only) = 2016-09-06
new RuleTester({ recordKinds: [lifecycleMemberKind], asOf: '2026-11-23' }).run(recognitionTiming, {
  valid: [
    {
      name: 'HD 01 example: ceremony 26/7/2015, official 26/7/2016',
      record: memberWith([
        ...start,
        vote('2016-07-26'),
        { type: 'recognitionDecision', date: '2016-08-15', effectiveOn: '2016-07-26' },
      ]),
    },
    { name: 'last day of the review window', record: memberWith([...start, vote('2016-09-06')]) },
    {
      name: 'struck off before the review is due',
      record: memberWith([...start, { type: 'strikeOff', date: '2016-01-10', ground: 'inactivity' }]),
    },
    {
      name: 'still on probation',
      record: memberWith([
        { type: 'admissionDecision', date: '2026-01-05' },
        { type: 'admissionCeremony', date: '2026-01-20' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'reviewed before probation ended',
      record: memberWith([...start, vote('2016-07-25')]),
      errors: [{ messageId: 'voteBeforeEnd', severity: 'error' }],
    },
    {
      name: 'one working day late',
      record: memberWith([...start, vote('2016-09-07')]),
      errors: [{ messageId: 'late', facts: { due: '2016-09-06' } }],
    },
    { name: 'never reviewed', record: memberWith(start), errors: [{ messageId: 'overdue' }] },
    {
      name: 'recognition dated on the decision, not at the end of probation',
      record: memberWith([
        ...start,
        vote('2016-08-01'),
        { type: 'recognitionDecision', date: '2016-08-20', effectiveOn: '2016-08-20' },
      ]),
      errors: [
        {
          messageId: 'wrongEffectiveDate',
          path: ['events', 3, 'effectiveOn'],
          locale: 'en',
          message: 'must be the end of probation, 2016-07-26',
        },
      ],
    },
  ],
});
