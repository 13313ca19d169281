import { describe, expect, it } from 'vitest';
import { coreEngine } from '../../default-engine.js';
import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { suspensionDuration } from './suspension.js';

const official = [
  { type: 'admissionDecision', date: '2010-03-01' },
  { type: 'admissionCeremony', date: '2010-03-20' },
  { type: 'recognitionDecision', date: '2011-03-25' },
];
const start = (date: string, extra: Record<string, unknown>) => ({ type: 'suspensionStart', date, ...extra });
const extend = (date: string, until: string) => ({ type: 'suspensionExtension', date, until });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(suspensionDuration, {
  valid: [
    { name: '90 days: 1/1 to 31/3', record: memberWith([...official, start('2023-01-01', { until: '2023-03-31' })]) },
    {
      name: 'extended to exactly 180 days: 1/1 to 29/6',
      record: memberWith([
        ...official,
        start('2023-01-01', { until: '2023-03-31' }),
        extend('2023-03-25', '2023-06-29'),
      ]),
    },
    {
      name: 'counted from `from` when the decision sets a later first day',
      record: memberWith([...official, start('2023-01-01', { from: '2023-01-10', until: '2023-04-09' })]),
    },
    {
      name: 'custody: the suspension follows the time limits of the law',
      record: memberWith([...official, start('2023-01-01', { ground: 'custody', until: '2023-12-31' })]),
    },
    {
      name: 'no last day set: nothing to judge',
      record: memberWith([...official, start('2023-01-01', {})]),
    },
    {
      name: 'before QĐ 22 (28/7/2021) the rule is not applied',
      record: memberWith([...official, start('2021-07-27', { until: '2021-12-31' })]),
    },
    {
      name: 'from QĐ 296 (30/5/2025) the rule is not applied (not checked against the new text)',
      record: memberWith([...official, start('2025-05-30', { until: '2025-12-31' })]),
    },
  ],
  invalid: [
    {
      name: '91 days without extension',
      record: memberWith([...official, start('2023-01-01', { until: '2023-04-01' })]),
      errors: [{ messageId: 'tooLong', path: ['events', 3, 'until'] }],
    },
    {
      name: 'extended to 181 days',
      record: memberWith([
        ...official,
        start('2023-01-01', { until: '2023-03-31' }),
        extend('2023-03-25', '2023-06-30'),
      ]),
      errors: [{ messageId: 'extendedTooLong', path: ['events', 3] }],
    },
  ],
});

describe('member.suspension.duration messages', () => {
  const record = memberWith([...official, start('2023-01-01', { until: '2023-04-01' })]);
  it('renders dates as dd/mm/yyyy in Vietnamese', () => {
    const issue = coreEngine()
      .validate(record, { asOf: '2024-01-01' })
      .issues.find((i) => i.ruleId === 'member.suspension.duration');
    expect(issue?.message).toBe(
      'Quyết định đình chỉ sinh hoạt đảng ngày 01/01/2023 đặt thời hạn từ 01/01/2023 đến 01/04/2023, dài hơn 90 ngày (chậm nhất đến 31/03/2023).',
    );
  });
  it('speaks English on request', () => {
    const issue = coreEngine()
      .validate(record, { asOf: '2024-01-01', locale: 'en' })
      .issues.find((i) => i.ruleId === 'member.suspension.duration');
    expect(issue?.message).toMatch(/^The suspension decided on .*2023.* longer than 90 days/);
  });
});
