import { RuleTester } from '../../kernel/rule-tester.js';
import { cadrePlanKind } from '../kinds.js';
import { planDiscipline } from './plan-discipline.js';
import { planPerPerson, planPerPost } from './plan-limits.js';
import { planAge, planHigherPost } from './plan-post-and-age.js';
import { planReferences } from './plan-references.js';
import { examplePlan as plan } from './plan-shared.js';
import { planStructure } from './plan-structure.js';

const tester = new RuleTester({ recordKinds: [cadrePlanKind], asOf: '2026-06-01' });
const e = (cadreId: string, postId = 'PBT', more: Record<string, unknown> = {}) => ({ cadreId, postId, ...more });
const qd50 = { approvedOn: '2024-03-15', term: { from: '2025-10-01' } };

tester.run(planReferences, {
  valid: [plan([e('A'), e('A', 'CT')])],
  invalid: [
    {
      name: 'unknown cadre',
      record: { ...plan([e('A')]), entries: [e('Z')] },
      errors: [{ messageId: 'unknownCadre', path: ['entries', 0, 'cadreId'] }],
    },
    { name: 'duplicate', record: plan([e('A'), e('A')]), errors: [{ messageId: 'duplicate' }] },
    {
      name: 'QĐ 50 era',
      record: plan([e('A', 'XX')], [], qd50),
      errors: [{ messageId: 'unknownPost', locale: 'en', message: 'no post XX' }],
    },
  ],
});

tester.run(planPerPost, {
  valid: [
    plan([e('A'), e('B'), e('C')]),
    {
      name: 'a removed entry does not count',
      record: plan([e('A'), e('B'), e('C'), e('D', 'PBT', { removedOn: '2026-01-01' })]),
    },
  ],
  invalid: [
    {
      name: 'QĐ 377: four for one post, the fourth named',
      record: plan([e('A'), e('B'), e('C'), e('D')]),
      errors: [{ messageId: 'tooMany', path: ['entries', 3], facts: { count: 4, extra: ['D'] } }],
    },
    {
      name: 'QĐ 50: five for one post',
      record: plan([e('A'), e('B'), e('C'), e('D'), e('E')], [], qd50),
      errors: [{ messageId: 'tooMany', facts: { extra: ['D', 'E'] } }],
    },
  ],
});

tester.run(planPerPerson, {
  valid: [
    plan([e('A', 'BT'), e('A', 'PBT'), e('A', 'CT')]),
    {
      name: 'posts at different levels count apart',
      record: {
        ...plan([e('A', 'BT'), e('A', 'PBT'), e('A', 'CT'), e('A', 'T1')]),
        posts: [
          { id: 'BT', rank: 3, level: 'xã' },
          { id: 'PBT', rank: 2, level: 'xã' },
          { id: 'CT', rank: 2, level: 'xã' },
          { id: 'T1', rank: 4, level: 'tỉnh' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'four posts at one level',
      record: plan([e('A', 'BT'), e('A', 'PBT'), e('A', 'CT'), e('A', 'PCT')], [{ id: 'A', currentPostRank: 0 }]),
      errors: [{ messageId: 'tooMany', facts: { extra: ['PCT'], level: 'xã' } }],
    },
  ],
});

tester.run(planHigherPost, {
  valid: [
    plan([e('A', 'BT')]),
    { name: 'current rank unknown', record: plan([e('A', 'PCT')], [{ id: 'A', currentPostRank: undefined }]) },
  ],
  invalid: [
    {
      name: 'same rank',
      record: plan([e('A', 'PCT')]),
      errors: [{ messageId: 'notHigher', path: ['entries', 0, 'postId'] }],
    },
    {
      name: 'entry-level rank wins',
      record: plan([e('A', 'BT', { currentPostRank: 3 })]),
      errors: [{ messageId: 'notHigher' }],
    },
  ],
});

tester.run(planAge, {
  valid: [
    plan([e('A')]),
    {
      name: 'QĐ 50: 60 months at the term start',
      record: plan([e('A')], [{ id: 'A', birthDate: '1969-01-01' }], qd50),
    },
    {
      name: 'QĐ 377 target 2: born 1990',
      record: plan([e('A', 'PBT', { target: 2 })], [{ id: 'A', birthDate: '1990-01-01' }]),
    },
  ],
  invalid: [
    {
      name: 'QĐ 377: born 1970',
      record: plan([e('A')], [{ id: 'A', birthDate: '1970-01-01' }]),
      errors: [{ messageId: 'tooOld', facts: { min: 60 } }],
    },
    {
      name: 'QĐ 377 target 2 needs 120 months',
      record: plan([e('A', 'PBT', { target: 2 })], [{ id: 'A', birthDate: '1975-01-01' }]),
      errors: [{ messageId: 'tooOld', facts: { min: 120, target: 2 } }],
    },
    {
      name: 'QĐ 50: target 2 needs only 60 months (same cadre fails the QĐ 50 term start)',
      record: plan([e('A', 'PBT', { target: 2 })], [{ id: 'A', birthDate: '1964-01-01' }], qd50),
      errors: [{ messageId: 'tooOld', facts: { min: 60 } }],
    },
    {
      name: 'own retirement age (women to 60 under NĐ 83/2022) is used when given',
      record: plan([e('A')], [{ id: 'A', sex: 'female', birthDate: '1975-01-01', retirementAgeMonths: 720 }]),
      errors: [{ messageId: 'tooOld', locale: 'en', message: 'months of service left' }],
    },
  ],
});

tester.run(planDiscipline, {
  valid: [
    plan([e('A')], [{ id: 'A', discipline: [{ form: 'reprimand', decidedOn: '2024-02-01' }] }]),
    {
      name: 'QĐ 80: warning 31 months before',
      record: plan([e('A')], [{ id: 'A', discipline: [{ form: 'warning', decidedOn: '2021-08-01' }] }], qd50),
    },
    {
      name: 'removed after the discipline',
      record: plan(
        [e('A', 'PBT', { removedOn: '2026-05-01' })],
        [{ id: 'A', discipline: [{ form: 'reprimand', decidedOn: '2026-04-20' }] }],
      ),
    },
    {
      name: 'discipline after the reporting date',
      record: plan([e('A')], [{ id: 'A', discipline: [{ form: 'reprimand', decidedOn: '2026-09-01' }] }]),
    },
  ],
  invalid: [
    {
      name: 'QĐ 377: warning 30 months before (36 needed)',
      record: plan([e('A')], [{ id: 'A', discipline: [{ form: 'warning', decidedOn: '2023-09-15' }] }]),
      errors: [{ messageId: 'barred', facts: { bar: 36, months: 30 } }],
    },
    {
      name: 'QĐ 80: reprimand 11 months before (12 needed)',
      record: plan([e('A')], [{ id: 'A', discipline: [{ form: 'reprimand', decidedOn: '2023-04-01' }] }], qd50),
      errors: [{ messageId: 'barred', facts: { bar: 12 } }],
    },
    {
      name: 'disciplined after approval and still in the plan',
      record: plan([e('A')], [{ id: 'A', discipline: [{ form: 'reprimand', decidedOn: '2026-04-20' }] }]),
      errors: [
        { messageId: 'mustRemove', path: ['entries', 0, 'removedOn'], locale: 'en', message: 'must be removed' },
      ],
    },
  ],
});

tester.run(planStructure, {
  valid: [
    plan([e('A'), e('B', 'CT'), e('C', 'BT')], [{ id: 'B', sex: 'female' }]),
    {
      name: 'young cadres at provincial level',
      record: plan(
        [e('A'), e('B', 'CT')],
        [
          { id: 'A', birthDate: '1995-01-01' },
          { id: 'B', sex: 'female' },
        ],
        { level: 'provincial' },
      ),
    },
  ],
  invalid: [
    {
      name: 'no women',
      record: plan([e('A'), e('B', 'CT')]),
      errors: [{ messageId: 'fewWomen', severity: 'warning', facts: { share: 0 } }],
    },
    {
      name: 'no young cadre at provincial level',
      record: plan([e('A'), e('B', 'CT')], [{ id: 'B', sex: 'female' }], { level: 'provincial' }),
      errors: [{ messageId: 'fewYoung', facts: { age: 40, young: 0 } }],
    },
  ],
});
