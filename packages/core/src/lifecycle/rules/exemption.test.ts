import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { exemptionDecision } from './exemption.js';

const official = [
  { type: 'admissionDecision', date: '2015-07-27' },
  { type: 'admissionCeremony', date: '2015-08-10' },
  { type: 'recognitionDecision', date: '2016-08-15' },
];
const ex = (date: string, extra: Record<string, unknown>) => ({ type: 'exemptionStart', date, ...extra });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(exemptionDecision, {
  valid: [
    {
      name: 'elderly, cell, certificate',
      record: memberWith([
        ...official,
        ex('2025-10-06', { reason: 'ageOrHealth', decidedBy: 'cell', medicalCertificate: true }),
      ]),
    },
    {
      name: 'before HD 38 the rule does not apply',
      record: memberWith([...official, ex('2025-09-26', { reason: 'maternity', decidedBy: 'cell' })]),
    },
    { name: 'body not recorded', record: memberWith([...official, ex('2025-10-06', { reason: 'abroadPrivate' })]) },
  ],
  invalid: [
    {
      name: 'regime switch 29/9/2025: maternity decided by the cell',
      record: memberWith([...official, ex('2025-09-29', { reason: 'maternity', decidedBy: 'cell' })]),
      errors: [{ messageId: 'wrongBody', path: ['events', 3, 'decidedBy'] }],
    },
    {
      name: 'elderly decided by the grassroots committee',
      record: memberWith([...official, ex('2025-10-06', { reason: 'ageOrHealth', decidedBy: 'grassrootsCommittee' })]),
      errors: [{ messageId: 'wrongBody', locale: 'en', message: 'decided by the cell' }],
    },
    {
      name: 'no medical certificate',
      record: memberWith([...official, ex('2025-10-06', { reason: 'ageOrHealth', medicalCertificate: false })]),
      errors: [{ messageId: 'noCertificate' }],
    },
  ],
});
