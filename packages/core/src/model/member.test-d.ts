import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Member, MemberEvent, memberEventSchema, memberSchema } from './member.js';

// The named event and member types (written for the API pages, which otherwise expand the whole union inline) must
// stay exactly what the schemas produce.
describe('named model types', () => {
  it('MemberEvent is the output of memberEventSchema', () => {
    expectTypeOf<MemberEvent>().toEqualTypeOf<z.infer<typeof memberEventSchema>>();
  });
  it('Member is the output of memberSchema', () => {
    expectTypeOf<Member>().toEqualTypeOf<z.infer<typeof memberSchema>>();
  });
});
