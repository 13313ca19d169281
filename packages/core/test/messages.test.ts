import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corePack } from '../src/core-pack.js';
import { coreEngine } from '../src/default-engine.js';
import { messageProblems, userStrings } from '../src/kernel/message-lint.js';
import type { Locale } from '../src/legal/types.js';

/**
 * Every message of every rule, rendered from the rule's examples and from generated variations of them (dates and
 * figures drawn by fast-check with the fixed global seed), in both locales: no leftover `{placeholder}`, no camelCase
 * token (a raw enum value or event-type name), no ISO date inside Vietnamese text, no raw English enum word in
 * Vietnamese text.
 */
const engine = coreEngine();
const LOCALES: Locale[] = ['vi', 'en'];

function render(record: unknown, asOf: string): string[] {
  const found: string[] = [];
  const user = userStrings(record);
  for (const locale of LOCALES) {
    const report = engine.validate(record, { asOf: asOf as never, locale });
    for (const issue of report.issues)
      for (const p of messageProblems(issue, locale, user))
        found.push(`${issue.ruleId}/${issue.messageId} [${locale}]: ${p} in: ${issue.message}`);
  }
  return found;
}

/** A variation of a record: every date moved by up to ±3 years, every number scaled, same shape and kinds. */
function vary(record: unknown, shift: number, scale: number): unknown {
  if (typeof record === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record)) {
    const y = Number(record.slice(0, 4)) + shift;
    return `${y}${record.slice(4, 8)}${record.slice(8) > '28' ? '28' : record.slice(8)}`;
  }
  if (typeof record === 'number' && Number.isInteger(record)) return Math.max(0, Math.round(record * scale));
  if (Array.isArray(record)) return record.map((v) => vary(v, shift, scale));
  if (record && typeof record === 'object')
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, vary(v, shift, scale)]));
  return record;
}

describe('every message of every rule reads as plain text', () => {
  for (const rule of corePack.rules)
    it(`${rule.id}: examples and generated variations`, () => {
      const found: string[] = [];
      const messages = new Set<string>();
      for (const ex of rule.examples ?? []) {
        const asOf = ex.asOf ?? '2026-11-23';
        found.push(...render(ex.record, asOf));
        for (const i of engine.validate(ex.record, { asOf }).issues) messages.add(i.messageId);
        fc.assert(
          fc.property(fc.integer({ min: -3, max: 3 }), fc.double({ min: 0, max: 3, noNaN: true }), (shift, scale) => {
            found.push(...render(vary(ex.record, shift, scale), asOf));
          }),
          { numRuns: 15 },
        );
      }
      expect([...new Set(found)]).toEqual([]);
    });
});
