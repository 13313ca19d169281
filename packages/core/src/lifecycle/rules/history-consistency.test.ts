import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { historyConsistency } from './history-consistency.js';

const official = [
  { type: 'admissionDecision', date: '2015-07-26' },
  { type: 'admissionCeremony', date: '2015-08-10' },
  { type: 'recognitionDecision', date: '2016-08-20' },
];

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(historyConsistency, {
  valid: [
    { name: 'empty history', record: memberWith([]) },
    { name: 'official member', record: memberWith(official) },
    {
      name: 'posthumous badge',
      record: memberWith([
        ...official,
        { type: 'death', date: '2044-01-01' },
        { type: 'badgeAwarded', date: '2045-02-03', years: 30, early: 'posthumous' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'recognition before ceremony',
      record: memberWith([official[0]!, official[2]!, official[1]!]),
      errors: [
        { messageId: 'refused', path: ['events', 1], facts: { refusal: 'notProbationary', status: 'admitted' } },
        { messageId: 'outOfOrder', path: ['events', 2, 'date'] },
      ],
    },
    {
      name: 'two open probations',
      record: memberWith([...official.slice(0, 2), { type: 'admissionCeremony', date: '2015-09-01' }]),
      errors: [{ messageId: 'refused', path: ['events', 2], facts: { refusal: 'notAdmitted' } }],
    },
    {
      name: 'events after death',
      record: memberWith([
        ...official,
        { type: 'death', date: '2020-01-01' },
        { type: 'transferOut', date: '2020-02-01', mode: 'official' },
      ]),
      errors: [{ messageId: 'refused', path: ['events', 4], facts: { refusal: 'afterDeath' } }],
    },
    {
      name: 'expelling a probationary member (Charter art. 35)',
      record: memberWith([...official.slice(0, 2), { type: 'expulsion', date: '2016-01-01' }]),
      errors: [{ messageId: 'refused', locale: 'en', message: 'only be reprimanded or warned' }],
    },
  ],
});
