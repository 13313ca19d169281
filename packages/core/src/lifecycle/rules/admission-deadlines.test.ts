import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import {
  admissionCeremonyTimeliness,
  admissionDecisionTimeliness,
  recognitionDecisionTimeliness,
} from './admission-deadlines.js';
import { memberWith } from './common.js';

const vote = (date: string, forVotes = 9) => ({
  type: 'admissionVote',
  date,
  vote: { for: forVotes, officialMembers: 9 },
});
const decision = (date: string, extra: Record<string, unknown> = {}) => ({ type: 'admissionDecision', date, ...extra });
const tester = new RuleTester({ recordKinds: [lifecycleMemberKind], asOf: '2026-11-23' });

// Weekends-only calendar in these tests (the engine default); the Vietnamese calendar is tested by the calendar family.
// 2025-06-30 (Mon) + 60 working days = 2025-09-22; 2025-07-01 (Tue) + 45 working days = 2025-09-02.
tester.run(admissionDecisionTimeliness, {
  valid: [
    {
      name: 'QĐ 232: vote 30/6/2025, decision on day 60',
      record: memberWith([vote('2025-06-30'), decision('2025-09-22')]),
    },
    { name: 'QĐ 294: decision on day 45', record: memberWith([vote('2025-07-01'), decision('2025-09-02')]) },
    {
      name: 'QĐ 294: day 60 with a 15-day extension',
      record: memberWith([vote('2025-07-01'), decision('2025-09-23', { extensionWorkingDays: 15 })]),
    },
    { name: 'failed vote expects no decision', record: memberWith([vote('2025-01-06', 5)]) },
    { name: 'not yet due', record: memberWith([vote('2026-11-02')]) },
  ],
  invalid: [
    {
      name: 'regime switch 1/7/2025: the same 60-day delay is late under QĐ 294',
      record: memberWith([vote('2025-07-01'), decision('2025-09-23')]),
      errors: [
        { messageId: 'late', path: ['events', 1, 'date'], facts: { days: 45, due: '2025-09-02', workingDaysLate: 15 } },
      ],
    },
    {
      name: 'extension of 30 is over the QĐ 294 maximum of 15',
      record: memberWith([vote('2025-07-01'), decision('2025-09-23', { extensionWorkingDays: 30 })]),
      errors: [{ messageId: 'extensionTooLong', facts: { maxExtension: 15 } }],
    },
    {
      name: 'no decision, overdue as of 23/11/2026',
      record: memberWith([vote('2026-01-05')]),
      errors: [{ messageId: 'overdue', locale: 'en', message: 'without an admission decision' }],
    },
  ],
});

tester.run(admissionCeremonyTimeliness, {
  valid: [
    {
      name: 'counted from receipt',
      record: memberWith([
        decision('2025-09-01', { receivedOn: '2025-09-15' }),
        { type: 'admissionCeremony', date: '2025-10-27' },
      ]),
    },
    {
      name: 'late with consent',
      record: memberWith([
        decision('2025-09-01'),
        { type: 'admissionCeremony', date: '2026-01-12', lateConsent: true },
      ]),
    },
    { name: 'pending, not yet due', record: memberWith([decision('2026-11-02')]) },
  ],
  invalid: [
    {
      name: 'one working day late',
      record: memberWith([decision('2025-09-01'), { type: 'admissionCeremony', date: '2025-10-14' }]),
      errors: [{ messageId: 'late', facts: { due: '2025-10-13', workingDaysLate: 1 } }],
    },
    {
      name: 'never held',
      record: memberWith([decision('2025-09-01')]),
      errors: [{ messageId: 'overdue', severity: 'warning' }],
    },
  ],
});

const probation = [decision('2024-09-02'), { type: 'admissionCeremony', date: '2024-09-20' }];
const recVote = (date: string) => ({ type: 'recognitionVote', date, vote: { for: 9, officialMembers: 9 } });
// 2025-10-06 (Mon) + 30 working days = 2025-11-17
tester.run(recognitionDecisionTimeliness, {
  valid: [
    {
      name: 'on the 30th working day',
      record: memberWith([...probation, recVote('2025-10-06'), { type: 'recognitionDecision', date: '2025-11-17' }]),
    },
    {
      name: 'a failed vote expects no decision',
      record: memberWith([
        ...probation,
        { type: 'recognitionVote', date: '2025-10-06', vote: { for: 2, officialMembers: 9 } },
      ]),
    },
  ],
  invalid: [
    {
      name: 'one working day late',
      record: memberWith([...probation, recVote('2025-10-06'), { type: 'recognitionDecision', date: '2025-11-18' }]),
      errors: [{ messageId: 'late', facts: { due: '2025-11-17', workingDaysLate: 1 } }],
    },
    {
      name: 'never decided',
      record: memberWith([...probation, recVote('2025-10-06')]),
      errors: [{ messageId: 'overdue', locale: 'en', message: 'without a recognition decision' }],
    },
  ],
});
