import { describe, expectTypeOf, it } from 'vitest';
import type { RuleDefinition } from '../../kernel/rule.js';
import type { MemberEvaluation, RankingRound } from '../model/round.js';
import type { newMemberMonths } from '../parameters.js';
import { memberScope } from './member-scope.js';

describe('rules declared without type arguments keep their types (issue 10)', () => {
  it('ranking.member.scope: record, subject, message ids and parameters are inferred', () => {
    expectTypeOf(memberScope).toEqualTypeOf<
      RuleDefinition<
        RankingRound,
        MemberEvaluation,
        'exempted' | 'suspended' | 'tooRecent' | 'unranked',
        { newMonths: typeof newMemberMonths }
      >
    >();
  });
  it('an undeclared message id is a compile error', () => {
    type Report = Parameters<Parameters<typeof memberScope.check>[0]['report']>[0];
    expectTypeOf<'unranked'>().toExtend<Report>();
    // @ts-expect-error not a message of the rule
    expectTypeOf<'unrankd'>().toExtend<Report>();
  });
});
