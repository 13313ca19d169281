import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { admissionIntroducers } from './admission-introducers.js';
import { memberWith } from './common.js';

const intro = (introducers: Record<string, unknown>[], date = '2025-06-02') => ({
  type: 'introduction',
  date,
  introducers,
});
const vote = (date = '2025-08-05') => ({ type: 'admissionVote', date, vote: { for: 9, officialMembers: 9 } });
const m = (name: string, extra: Record<string, unknown> = {}) => ({
  kind: 'member',
  name,
  official: true,
  sharedMonths: 12,
  ...extra,
});

new RuleTester({ recordKinds: [lifecycleMemberKind] }).run(admissionIntroducers, {
  valid: [
    { name: 'two official members, 12 months each', record: memberWith([intro([m('B'), m('C')]), vote()]) },
    {
      name: 'trade-union route (Charter art. 4 cl. 2)',
      record: memberWith([intro([m('B'), { kind: 'tradeUnion' }]), vote()], { birthDate: '1985-01-01' }),
    },
    {
      name: 'reassigned introducer needs no 12 months',
      record: memberWith([intro([m('B'), m('C', { sharedMonths: 2, reassigned: true })]), vote()]),
    },
    {
      name: 'residence from 30/7/2021',
      record: memberWith([intro([m('B'), m('C', { sharedContext: 'residence' })], '2021-06-01'), vote('2021-07-30')]),
    },
    { name: 'no introduction recorded', record: memberWith([vote()]) },
  ],
  invalid: [
    {
      name: 'one member only',
      record: memberWith([intro([m('B')]), vote()]),
      errors: [{ messageId: 'route', path: ['events', 0, 'introducers'], facts: { members: 1, organizations: 0 } }],
    },
    {
      name: 'probationary introducer',
      record: memberWith([intro([m('B'), m('C', { official: false })]), vote()]),
      errors: [{ messageId: 'notOfficial', path: ['events', 0, 'introducers', 1, 'official'] }],
    },
    {
      name: 'regime switch: residence not accepted on 29/7/2021',
      record: memberWith([intro([m('B'), m('C', { sharedContext: 'residence' })], '2021-06-01'), vote('2021-07-29')]),
      errors: [{ messageId: 'residenceNotAccepted' }],
    },
    {
      name: 'Youth Union route for a 35-year-old (warning)',
      record: memberWith([intro([m('B'), { kind: 'youthUnion' }]), vote()], { birthDate: '1990-01-01' }),
      errors: [{ messageId: 'youthRouteAge', severity: 'warning', facts: { ageYears: 35 } }],
    },
    {
      name: 'English',
      record: memberWith([intro([m('B', { sharedMonths: 11 }), m('C')]), vote()]),
      errors: [{ messageId: 'sharedMonths', locale: 'en', message: 'shared only 11 months' }],
    },
  ],
});
