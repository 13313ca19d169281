import { describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../src/calendar/index.js';
import { corePack } from '../src/core-pack.js';
import { coreEngine } from '../src/default-engine.js';
import { createEngine } from '../src/kernel/engine.js';
import type { RulePack } from '../src/kernel/pack.js';

// Regression (docs site, issue #13): the rule-set hash hashed the source text of core checks, so the docs (built
// with tsx), the browser bundle (vite) and the package (tsup) each showed a different hash for the same release.
describe('rule-set hash of the core rules', () => {
  it('does not depend on how the checks were transpiled (same release, same hash)', () => {
    // The same rules with every check and select wrapped: different source text, same behaviour.
    const rewrapped: RulePack = {
      ...corePack,
      rules: corePack.rules.map((r) => ({
        ...r,
        check: (ctx: any) => r.check(ctx),
        select: (rec: any) => r.select(rec),
        versions: r.versions.map((v) => (v.check ? { ...v, check: (ctx: any) => v.check?.(ctx) } : v)),
      })),
    };
    const engine = createEngine({ packs: [rewrapped], calendar: vietnameseCalendar });
    expect(engine.ruleSetHash).toBe(coreEngine().ruleSetHash);
  });

  it('still changes with a rule’s data (its messages)', () => {
    const [first, ...rest] = corePack.rules;
    if (!first) throw new Error('no core rule');
    const changed: RulePack = {
      ...corePack,
      rules: [{ ...first, messages: { ...first.messages, extra: { vi: 'x', en: 'x' } } }, ...rest],
    };
    expect(createEngine({ packs: [changed], calendar: vietnameseCalendar }).ruleSetHash).not.toBe(
      coreEngine().ruleSetHash,
    );
  });
});
