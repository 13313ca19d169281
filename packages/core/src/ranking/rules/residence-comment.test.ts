import { residenceComment } from './residence-comment.js';
import { rankingTester, round } from './test-kit.js';

rankingTester().run(residenceComment, {
  valid: [
    {
      name: 'comments received',
      record: round(2024, [{ memberId: 'A', workingMember: true, residenceComment: 'received' }]),
    },
    {
      name: 'not required (HD 33 1.1)',
      record: round(2024, [{ memberId: 'A', workingMember: true, residenceComment: 'notRequired' }]),
    },
    { name: 'not a working member: not judged', record: round(2024, [{ memberId: 'A' }]) },
    {
      name: 'exempted members are not ranked',
      record: round(2024, [{ memberId: 'A', workingMember: true, exempted: true }]),
    },
  ],
  invalid: [
    {
      name: 'working member ranked without residence comments',
      record: round(2024, [{ memberId: 'A', workingMember: true, level: 'good' }]),
      errors: [{ messageId: 'missing', path: ['members', 0, 'residenceComment'], facts: { year: 2024 } }],
    },
  ],
});
