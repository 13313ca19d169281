import { LIBRARY } from '../kernel/engine.js';
import { defineRecordKind } from '../kernel/record-kind.js';
import { type Member, memberKind } from '../model/member.js';
import { memberFacts, toDerivedFacts } from './facts.js';

/**
 * The `member` record kind with derived facts (status, party age, deadlines, badge, warnings): the base kind of
 * `model/member.ts` plus `derive`. The core pack uses this one.
 */
export const lifecycleMemberKind = defineRecordKind<Member>({
  ...memberKind,
  derive: (m, ctx) =>
    toDerivedFacts(memberFacts(m, ctx.asOf, ctx.calendar, ctx.parameters), ctx.record, ctx.locale, {
      source: 'core',
      version: LIBRARY.version,
    }),
});
