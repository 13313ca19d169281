import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { readmissionConditions } from './readmission.js';

const official = [
  { type: 'admissionDecision', date: '2010-03-01' },
  { type: 'admissionCeremony', date: '2010-03-20' },
  { type: 'recognitionDecision', date: '2011-03-25' },
];
const readmit = (date: string, consent = true) => ({ type: 'readmission', date, provincialConsent: consent });

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(readmissionConditions, {
  valid: [
    {
      name: 'exactly 36 months',
      record: memberWith([
        ...official,
        { type: 'strikeOff', date: '2019-06-03', ground: 'noProgress' },
        readmit('2022-06-03'),
      ]),
    },
    {
      name: 'left for family hardship',
      record: memberWith([
        ...official,
        { type: 'voluntaryExit', date: '2018-01-02', familyHardship: true },
        readmit('2022-01-03'),
      ]),
    },
    {
      name: 'less-serious conviction expunged 60 months before',
      record: memberWith([
        ...official,
        {
          type: 'expulsion',
          date: '2012-01-02',
          cause: 'crime',
          conviction: { severity: 'lessSerious', expungedOn: '2015-01-02' },
        },
        readmit('2020-01-02'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'one day short of 36 months',
      record: memberWith([
        ...official,
        { type: 'strikeOff', date: '2019-06-03', ground: 'noProgress' },
        readmit('2022-06-02'),
      ]),
      errors: [{ messageId: 'tooSoon', facts: { minMonths: 36 } }],
    },
    {
      name: 'abandoned activity is barred',
      record: memberWith([
        ...official,
        { type: 'strikeOff', date: '2015-06-01', ground: 'inactivity' },
        readmit('2022-06-01'),
      ]),
      errors: [{ messageId: 'barred', path: ['events', 3], facts: { cause: 'abandonedActivity' } }],
    },
    {
      name: 'corruption conviction is barred',
      record: memberWith([
        ...official,
        { type: 'expulsion', date: '2012-01-02', conviction: { severity: 'lessSerious', corruption: true } },
        readmit('2020-01-02'),
      ]),
      errors: [{ messageId: 'barred', facts: { cause: 'corruption' } }],
    },
    {
      name: 'expungement too recent',
      record: memberWith([
        ...official,
        { type: 'expulsion', date: '2012-01-02', conviction: { severity: 'lessSerious', expungedOn: '2017-01-02' } },
        readmit('2020-01-02'),
      ]),
      errors: [{ messageId: 'tooSoonAfterExpungement', facts: { minMonths: 60 } }],
    },
    {
      name: 'no provincial consent recorded (warning, English)',
      record: memberWith([
        ...official,
        { type: 'strikeOff', date: '2015-06-01', ground: 'duesUnpaid' },
        readmit('2022-06-01', false),
      ]),
      errors: [{ messageId: 'noConsent', severity: 'warning', locale: 'en', message: 'provincial standing committee' }],
    },
  ],
});
