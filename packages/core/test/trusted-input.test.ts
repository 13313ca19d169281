import { describe, expect, it } from 'vitest';
import { corePack } from '../src/core-pack.js';
import { coreEngine } from '../src/default-engine.js';
import { OptionsError } from '../src/kernel/options.js';

/**
 * `trustedInput` (issue 15) skips the schema parse and the unknown-key walk for records that are already the schema's
 * output. On such records it must change nothing but the time: every catalogue example, parsed once, gives the same
 * issues and facts trusted as untrusted.
 */
const engine = coreEngine();

describe('trustedInput', () => {
  it('gives the same issues and facts as the untrusted path on every catalogue example', () => {
    let compared = 0;
    for (const rule of corePack.rules)
      for (const ex of rule.examples ?? []) {
        const asOf = ex.asOf ?? '2026-11-23';
        const records = Array.isArray(ex.record) ? ex.record : [ex.record];
        for (const [i, record] of records.entries()) {
          const first = engine.evaluate({ value: record }, i, { asOf });
          if (first.value === undefined || first.issues.some((x) => x.ruleId.startsWith('record.'))) continue;
          for (const locale of ['vi', 'en'] as const) {
            const untrusted = engine.validate(first.value, { asOf, locale, facts: true });
            const trusted = engine.validate(first.value, { asOf, locale, facts: true, trustedInput: true });
            expect(trusted.issues, `${rule.id}: ${ex.title.en}`).toEqual(untrusted.issues);
            expect(trusted.facts, `${rule.id}: ${ex.title.en}`).toEqual(untrusted.facts);
            expect(trusted.summary).toEqual(untrusted.summary);
          }
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(100);
  });
  it('is an option like the others: a non-boolean is refused', () => {
    expect(() => engine.validate([], { asOf: '2026-11-23', trustedInput: 'yes' as never })).toThrow(OptionsError);
  });
});
