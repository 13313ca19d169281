import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { badgeEligibility } from './badge.js';
import { memberWith } from './common.js';
import { disciplineLimitation } from './discipline.js';

const official = (decision = '1995-07-26') => [
  { type: 'admissionDecision', date: decision },
  { type: 'admissionCeremony', date: decision },
  { type: 'recognitionDecision', date: '1996-08-12' },
];
const tester = new RuleTester({ recordKinds: [lifecycleMemberKind] });
const person = { birthDate: '1970-03-15' };

tester.run(disciplineLimitation, {
  valid: [
    {
      name: 'reprimand within 5 years',
      record: memberWith(
        [...official(), { type: 'discipline', date: '2023-04-02', form: 'reprimand', violationOn: '2018-04-02' }],
        person,
      ),
    },
    {
      name: 'no violation date recorded',
      record: memberWith([...official(), { type: 'discipline', date: '2023-04-02', form: 'reprimand' }], person),
    },
  ],
  invalid: [
    {
      name: 'QĐ 102 era: reprimand after 5 years',
      record: memberWith(
        [...official(), { type: 'discipline', date: '2021-04-02', form: 'reprimand', violationOn: '2016-04-01' }],
        person,
      ),
      errors: [{ messageId: 'expired', path: ['events', 3, 'violationOn'], facts: { years: 5, limit: '2021-04-01' } }],
    },
    {
      name: 'removal from post after 10 years (English)',
      record: memberWith(
        [...official(), { type: 'discipline', date: '2024-04-02', form: 'removalFromPost', violationOn: '2014-01-01' }],
        person,
      ),
      errors: [{ messageId: 'expired', locale: 'en', message: '10-year limitation' }],
    },
  ],
});

tester.run(badgeEligibility, {
  valid: [
    {
      name: '30 years reached before the award',
      record: memberWith([...official(), { type: 'badgeAwarded', date: '2025-09-02', years: 30 }], person),
    },
    {
      name: 'seriously ill, 11 months early',
      record: memberWith(
        [...official(), { type: 'badgeAwarded', date: '2024-09-02', years: 30, early: 'seriousIllness' }],
        person,
      ),
    },
    {
      name: 'before 1/7/2025 a discipline did not bar the badge',
      record: memberWith(
        [
          ...official(),
          { type: 'discipline', date: '2025-01-06', form: 'warning' },
          { type: 'badgeAwarded', date: '2025-05-19', years: 30, early: 'seriousIllness' },
        ],
        person,
      ),
    },
  ],
  invalid: [
    {
      name: 'another occasion is info',
      record: memberWith(
        [
          ...official(),
          { type: 'badgeAwarded', date: '2025-08-19', years: 30, early: 'seriousIllness', occasion: '08-19' },
        ],
        person,
      ),
      errors: [{ messageId: 'otherOccasion', severity: 'info' }],
    },
    {
      name: 'not a milestone',
      record: memberWith([...official(), { type: 'badgeAwarded', date: '2025-09-02', years: 35 }], person),
      errors: [{ messageId: 'notMilestone' }],
    },
    {
      name: 'ill but 13 months early',
      record: memberWith(
        [...official(), { type: 'badgeAwarded', date: '2024-06-25', years: 30, early: 'seriousIllness' }],
        person,
      ),
      errors: [{ messageId: 'tooEarly', facts: { earlyMonths: 12, due: '2025-07-26' } }],
    },
    {
      name: 'regime switch 1/7/2025: warned 3 months before the award',
      record: memberWith(
        [
          ...official(),
          { type: 'discipline', date: '2025-06-02', form: 'warning' },
          { type: 'badgeAwarded', date: '2025-09-02', years: 30 },
        ],
        person,
      ),
      errors: [{ messageId: 'underDiscipline', facts: { form: 'warning', waitUntil: '2026-03-02' } }],
    },
    {
      name: 'twice the same badge',
      record: memberWith(
        [
          ...official(),
          { type: 'badgeAwarded', date: '2025-09-02', years: 30 },
          { type: 'badgeAwarded', date: '2025-11-07', years: 30 },
        ],
        person,
      ),
      errors: [{ messageId: 'duplicate', locale: 'en', message: 'already awarded' }],
    },
  ],
});
