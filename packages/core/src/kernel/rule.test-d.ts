import { describe, expectTypeOf, it } from 'vitest';
import type { CivilDate } from '../date/civil-date.js';
import type { RulePack } from './pack.js';
import { defineParameter } from './parameter.js';
import { defineRule, type ParameterValues } from './rule.js';

const months = defineParameter<number>({
  id: 't.months',
  title: { vi: 't', en: 't' },
  values: [{ from: '2000-01-01', value: 12, citations: [], confidence: 'verified' }],
});

describe('defineRule', () => {
  it('infers message ids and parameter value types', () => {
    const rule = defineRule<{ d: CivilDate }, { d: CivilDate }, 'late' | 'early', { months: typeof months }>({
      id: 't',
      family: 't',
      title: { vi: 't', en: 't' },
      severity: 'error',
      appliesTo: ['x'],
      parameters: { months },
      messages: { late: { vi: 'a', en: 'a' }, early: { vi: 'b', en: 'b' } },
      select: (r) => ({ value: r, actDate: r.d }),
      versions: [{ from: '2000-01-01', citations: [], confidence: 'verified' }],
      check(ctx) {
        expectTypeOf(ctx.params.months).toEqualTypeOf<number>();
        expectTypeOf(ctx.actDate).toEqualTypeOf<CivilDate>();
        ctx.report('late');
        // @ts-expect-error an undeclared message id is a compile error
        ctx.report('lat');
      },
    });
    // a rule with typed parameters fits a pack
    const pack: RulePack = { provenance: { source: 'core', version: '0' }, rules: [rule] };
    expectTypeOf(pack.rules).toBeArray;
  });
  it('requires both locales for every message', () => {
    defineRule<unknown, unknown, 'm'>({
      id: 't',
      family: 't',
      title: { vi: 't', en: 't' },
      severity: 'error',
      appliesTo: [],
      // @ts-expect-error English is missing
      messages: { m: { vi: 'chỉ tiếng Việt' } },
      select: () => null,
      versions: [],
      check() {},
    });
  });
  it('maps parameters to their values', () => {
    expectTypeOf<ParameterValues<{ m: typeof months }>>().toEqualTypeOf<{ readonly m: number }>();
  });
});

describe('CivilDate', () => {
  it('accepts ISO literals and refuses other strings', () => {
    const ok: CivilDate = '2025-07-01';
    expectTypeOf(ok).toExtend<string>();
    // @ts-expect-error not a date shape
    const bad: CivilDate = '01/07/2025';
    void bad;
  });
});
