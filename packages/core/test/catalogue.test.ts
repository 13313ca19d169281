import { describe, expect, it } from 'vitest';
import { corePack } from '../src/core-pack.js';
import { coreEngine } from '../src/default-engine.js';
import type { LocalizedText } from '../src/legal/types.js';

/**
 * The rule catalogue is documentation: each rule's `examples` are shown on its page (docs/rules/), so they run here as
 * tests (date-fns style "documentation examples executed as tests").
 */
const engine = coreEngine();

describe('every core rule', () => {
  for (const rule of corePack.rules) {
    describe(rule.id, () => {
      it('has titles and every message in every locale', () => {
        for (const text of [rule.title, ...Object.values(rule.messages as Record<string, LocalizedText>)]) {
          expect(text.vi.trim(), rule.id).not.toBe('');
          expect(text.en.trim(), rule.id).not.toBe('');
        }
      });
      it('has a valid and an invalid example', () => {
        const ex = rule.examples ?? [];
        expect(
          ex.some((e) => e.expect.length === 0),
          `${rule.id}: no valid example`,
        ).toBe(true);
        expect(
          ex.some((e) => e.expect.length > 0),
          `${rule.id}: no invalid example`,
        ).toBe(true);
      });
      for (const [i, ex] of (rule.examples ?? []).entries()) {
        it(`example ${i + 1}: ${ex.title.en}`, () => {
          const report = engine.validate(ex.record, { asOf: ex.asOf ?? '2026-11-23' });
          const structural = report.issues.filter((x) => x.ruleId.startsWith('record.'));
          expect(structural.map((x) => x.message)).toEqual([]);
          const got = report.issues.filter((x) => x.ruleId === rule.id).map((x) => x.messageId);
          expect(got.sort()).toEqual([...ex.expect].sort());
        });
      }
    });
  }
});
