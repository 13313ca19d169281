import { RuleTester } from '../../kernel/rule-tester.js';
import { lifecycleMemberKind } from '../kind.js';
import { memberWith } from './common.js';
import { disciplineLimitation } from './discipline.js';

/**
 * Regression (audit 12/2026, §2 `member.discipline.limitation`): QĐ 69 Điều 4 k2 b lists, beside expulsion, three
 * violations to which no limitation applies — internal politics; defence, security or foreign affairs harming national
 * interests; use of illegal diplomas or certificates. The rule applied the 5 / 10-year periods to them.
 */
const official = [
  { type: 'admissionDecision', date: '1998-07-26' },
  { type: 'admissionCeremony', date: '1998-08-10' },
  { type: 'recognitionDecision', date: '1999-08-12' },
];
const tester = new RuleTester({ recordKinds: [lifecycleMemberKind] });
const late = (extra: Record<string, unknown>, date = '2024-04-02') =>
  memberWith([...official, { type: 'discipline', date, form: 'warning', violationOn: '2012-01-01', ...extra }]);

tester.run(disciplineLimitation, {
  valid: [
    { name: 'qd69 no limitation: internal politics, 12 years on', record: late({ noLimitation: 'internalPolitics' }) },
    { name: 'qd69 no limitation: national interest, 12 years on', record: late({ noLimitation: 'nationalInterest' }) },
    { name: 'qd69 no limitation: illegal diploma, 12 years on', record: late({ noLimitation: 'illegalDiploma' }) },
  ],
  invalid: [
    {
      name: 'an ordinary warning 12 years on is still past its 10-year limitation',
      record: late({}),
      errors: [{ messageId: 'expired', facts: { years: 10, limit: '2022-01-01' } }],
    },
    {
      // QĐ 102 (2017–2022) is not read for these cases: the mark does not lift its limitation.
      name: 'under QĐ 102 the mark does not lift the limitation',
      record: memberWith([
        ...official,
        {
          type: 'discipline',
          date: '2021-04-02',
          form: 'reprimand',
          violationOn: '2015-01-01',
          noLimitation: 'illegalDiploma',
        },
      ]),
      errors: [{ messageId: 'expired' }],
    },
  ],
});
