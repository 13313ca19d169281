import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corePack } from '../src/core-pack.js';
import { coreEngine } from '../src/default-engine.js';
import type { Issue } from '../src/kernel/types.js';
import type { Locale } from '../src/legal/types.js';

/**
 * Every message of every rule, rendered from the rule's examples and from generated variations of them (dates and
 * figures drawn by fast-check with the fixed global seed), in both locales: no leftover `{placeholder}`, no camelCase
 * token (a raw enum value or event-type name), no ISO date inside Vietnamese text, no raw English enum word in
 * Vietnamese text.
 */
const engine = coreEngine();
const LOCALES: Locale[] = ['vi', 'en'];

/** Words that are raw enum values when they show inside a Vietnamese sentence. */
const RAW_WORDS =
  /\b(male|female|reprimand|warning|expulsion|excellent|good|completed|official|probationary|first|reappointment|extension|central|provincial|district|grassroots|province|commune|cell)\b/;

function problems(issue: Issue, locale: Locale, userText: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // user-supplied strings (ids, names) may hold anything: blank them before looking
  let m = issue.message;
  // a schema issue names the field the user wrote (`"rankingHistory"`): that is the key in their data
  if (issue.ruleId === 'record.schema' && typeof issue.facts.field === 'string')
    m = m.split(issue.facts.field).join('');
  for (const t of userText) if (t.length > 0) m = m.split(t).join('');
  if (/\{\w+\}/.test(m)) out.push('leftover placeholder');
  const camel = /\b[a-z]+[A-Z][A-Za-z]*\b/.exec(m);
  if (camel) out.push(`camelCase token "${camel[0]}"`);
  if (locale === 'vi') {
    const iso = /\b\d{4}-\d{2}-\d{2}\b/.exec(m);
    if (iso) out.push(`ISO date "${iso[0]}" in Vietnamese text`);
    const raw = RAW_WORDS.exec(m);
    if (raw) out.push(`raw enum value "${raw[0]}" in Vietnamese text`);
  }
  return out.map((p) => `${issue.ruleId}/${issue.messageId} [${locale}]: ${p} in: ${issue.message}`);
}

/** Strings in a record that are free text or ids (not dates, not enum-like words). */
function userStrings(record: unknown, out = new Set<string>()): Set<string> {
  if (typeof record === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(record) && !/^[a-z]+([A-Z][a-z]*)*$/.test(record)) out.add(record);
  } else if (Array.isArray(record)) for (const v of record) userStrings(v, out);
  else if (record && typeof record === 'object') for (const v of Object.values(record)) userStrings(v, out);
  return out;
}

function render(record: unknown, asOf: string): string[] {
  const found: string[] = [];
  const user = userStrings(record);
  for (const locale of LOCALES) {
    const report = engine.validate(record, { asOf: asOf as never, locale });
    for (const issue of report.issues) found.push(...problems(issue, locale, user));
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
