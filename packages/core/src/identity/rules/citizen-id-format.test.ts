import { RuleTester } from '../../kernel/rule-tester.js';
import { memberKind } from '../../model/member.js';
import { citizenIdFormat } from './citizen-id-format.js';

const member = (citizenId: string) => ({
  kind: 'member',
  person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02', sex: 'male', citizenId },
  events: [],
});

new RuleTester({ recordKinds: [memberKind] }).run(citizenIdFormat, {
  valid: [
    member('087084000999'),
    member('087 084 000 999'),
    { kind: 'member', person: { fullName: 'A', birthDate: '1990-01-01', sex: 'male' }, events: [] },
  ],
  invalid: [
    {
      name: '11 digits',
      record: member('08708400099'),
      errors: [{ messageId: 'format', facts: { masked: '087******99' } }],
    },
    { name: 'letters', record: member('08708400099A'), errors: [{ messageId: 'format' }] },
    {
      name: 'unknown province 003',
      record: member('003084000999'),
      errors: [{ messageId: 'place', facts: { placeCode: '003' } }],
    },
    { name: 'legacy CMND is info', record: member('123456789'), errors: [{ messageId: 'legacy', severity: 'info' }] },
    {
      name: 'English message',
      record: member('0870840009'),
      errors: [{ messageId: 'format', locale: 'en', message: 'malformed' }],
    },
  ],
});
