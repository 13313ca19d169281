import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { transferDeadlines } from './transfer.js';

const base = [
  { type: 'admissionDecision', date: '2015-07-27' },
  { type: 'admissionCeremony', date: '2015-08-10' },
];
const out = (date: string, extra: Record<string, unknown> = {}) => ({
  type: 'transferOut',
  date,
  mode: 'official',
  ...extra,
});
const into = (date: string, extra: Record<string, unknown> = {}) => ({
  type: 'transferIn',
  date,
  mode: 'official',
  ...extra,
});

// weekends-only: 2024-03-04 (Mon) + 30 working days = 2024-04-15
new RuleTester({ recordKinds: [lifecycleMemberKind], asOf: '2026-11-23' }).run(transferDeadlines, {
  valid: [
    { name: 'presented on the last day', record: memberWith([...base, out('2024-03-04'), into('2024-04-15')]) },
    {
      name: 'late with good reason',
      record: memberWith([...base, out('2024-03-04'), into('2024-05-20', { goodReason: true })]),
    },
    {
      name: 'study for 2 years',
      record: memberWith([
        ...base,
        out('2024-09-02', { mode: 'temporary', purpose: 'study', expectedUntil: '2026-09-02' }),
        into('2024-09-09', { mode: 'temporary' }),
      ]),
    },
    {
      name: 'procedure within 60 working days',
      record: memberWith([...base, out('2024-05-24', { triggeredOn: '2024-03-01' }), into('2024-05-31')]),
    },
  ],
  invalid: [
    {
      name: 'one working day late',
      record: memberWith([...base, out('2024-03-04'), into('2024-04-16')]),
      errors: [{ messageId: 'letterLate', path: ['events', 3, 'date'], facts: { due: '2024-04-15' } }],
    },
    {
      name: 'never presented (before HD 38)',
      record: memberWith([...base, out('2024-03-04')]),
      errors: [{ messageId: 'letterOverdue' }],
    },
    {
      name: 'HD 38 (from 29/9/2025): never presented is also a strike-off ground',
      record: memberWith([...base, out('2025-10-06')]),
      errors: [{ messageId: 'letterOverdue' }, { messageId: 'strikeOffGround', facts: { limit: '2026-01-06' } }],
    },
    {
      // regression: strike-off ground skipped once the 2025-09-29 version was carried over under the 2026 texts
      name: 'regression: strike-off ground after 3 months also for a transfer under QĐ 20 / QĐ 208 (2026)',
      record: memberWith([...base, out('2026-05-04')]),
      errors: [{ messageId: 'letterOverdue' }, { messageId: 'strikeOffGround', facts: { limit: '2026-08-04' } }],
    },
    {
      name: 'temporary for 14 months of work',
      record: memberWith([
        ...base,
        out('2024-09-02', { mode: 'temporary', purpose: 'work', expectedUntil: '2025-11-02' }),
        into('2024-09-09', { mode: 'temporary' }),
      ]),
      errors: [{ messageId: 'temporaryTooLong' }],
    },
    {
      name: 'procedure late (English)',
      record: memberWith([...base, out('2024-06-10', { triggeredOn: '2024-03-01' }), into('2024-06-17')]),
      errors: [{ messageId: 'procedureLate', locale: 'en', message: 'past 60 working days' }],
    },
  ],
});
