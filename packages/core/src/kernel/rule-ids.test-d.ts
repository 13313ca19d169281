import { describe, expectTypeOf, it } from 'vitest';
import type { CivilDate } from '../date/civil-date.js';
import { defineParameter } from './parameter.js';
import { defineRule, defineRuleFor } from './rule.js';
import { isIssueOf, type MessageIdOf, type RuleId, type TypedIssue } from './rule-ids.js';
import type { Issue } from './types.js';

const months = defineParameter<number>({
  id: 't.months',
  title: { vi: 't', en: 't' },
  values: [{ from: '2000-01-01', value: 12, citations: [], confidence: 'verified' }],
});

describe('typed issues', () => {
  it('rule ids and message ids are unions generated from the core catalogue', () => {
    expectTypeOf<'member.admission.age'>().toExtend<RuleId>();
    expectTypeOf<'record.schema'>().toExtend<RuleId>();
    expectTypeOf<MessageIdOf<'member.admission.age'>>().toEqualTypeOf<'overSixty' | 'tooYoung'>();
    // @ts-expect-error not a rule id
    expectTypeOf<MessageIdOf<'member.admission.agee'>>().toBeString();
  });
  it('switching on ruleId narrows messageId', () => {
    const issue = {} as TypedIssue;
    if (issue.ruleId === 'member.admission.age')
      expectTypeOf(issue.messageId).toEqualTypeOf<'overSixty' | 'tooYoung'>();
    const plain = {} as Issue;
    if (isIssueOf(plain, 'identity.citizenId.matchesPerson'))
      expectTypeOf(plain.messageId).toEqualTypeOf<'birthYear' | 'sex'>();
  });
});

describe('defineRule infers messages and parameters (no explicit type arguments)', () => {
  it('from the object itself', () => {
    defineRule({
      id: 't',
      family: 't',
      title: { vi: 't', en: 't' },
      severity: 'error',
      appliesTo: ['x'],
      parameters: { months },
      messages: { late: { vi: 'a', en: 'a' }, early: { vi: 'b', en: 'b' } },
      select: (r: { d: CivilDate }) => ({ value: r, actDate: r.d }),
      versions: [{ from: '2000-01-01', citations: [], confidence: 'verified' }],
      check(ctx) {
        expectTypeOf(ctx.params.months).toEqualTypeOf<number>();
        expectTypeOf(ctx.record).toEqualTypeOf<{ d: CivilDate }>();
        expectTypeOf(ctx.subject).toEqualTypeOf<{ d: CivilDate }>();
        ctx.report('late');
        // @ts-expect-error an undeclared message id is a compile error
        ctx.report('lat');
      },
    });
  });
  it('with the record type fixed by defineRuleFor', () => {
    defineRuleFor<{ events: { date: CivilDate }[] }>()({
      id: 't2',
      family: 't',
      title: { vi: 't', en: 't' },
      severity: 'warning',
      appliesTo: ['x'],
      messages: { empty: { vi: 'a', en: 'a' } },
      select: (r) => r.events.map((e, i) => ({ value: e, actDate: e.date, path: ['events', i] })),
      versions: [{ from: '2000-01-01', citations: [], confidence: 'verified' }],
      check(ctx) {
        expectTypeOf(ctx.subject).toEqualTypeOf<{ date: CivilDate }>();
        ctx.report('empty');
        // @ts-expect-error an undeclared message id is a compile error
        ctx.report('full');
      },
    });
  });
});
