import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CivilDate } from '../date/civil-date.js';
import { createEngine } from './engine.js';
import { renderTemplate } from './message.js';
import { defineRecordKind } from './record-kind.js';
import { defineRule, wholeRecord } from './rule.js';
import { runRuleTests } from './rule-tester.js';

describe('fast-check seed', () => {
  it('every test runs with a fixed global seed (scripts/vitest/fast-check-seed.ts)', () => {
    expect(typeof fc.readConfigureGlobal().seed).toBe('number');
  });
});

describe('renderTemplate', () => {
  it('a value containing braces is shown verbatim, never expanded again (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(renderTemplate('{a}|{b}', { a, b })).toBe(`${a}|${b}`);
      }),
    );
  });
});

describe('the rule tester checks every message in both locales', () => {
  const kind = defineRecordKind({
    kind: 't',
    title: { vi: 'T', en: 'T' },
    schema: z.object({ kind: z.literal('t'), on: z.string(), event: z.string() }),
  });
  const rule = defineRule<{ on: CivilDate; event: string }, unknown, 'bad'>({
    id: 'test.messages',
    family: 'test',
    title: { vi: 'T', en: 'T' },
    severity: 'error',
    appliesTo: ['t'],
    messages: { bad: { vi: 'Sự kiện {event} ngày {on}, thiếu {missing}.', en: 'Event {event} on {on}.' } },
    select: (r) => wholeRecord(r, r.on),
    versions: [{ from: '2011-01-19', citations: [{ document: 'dieu-le-2011' }], confidence: 'verified' }],
    check: (ctx) => ctx.report('bad', { facts: { event: ctx.record.event, on: ctx.record.on } }),
  });
  const cases = (event: string) => ({
    valid: [],
    invalid: [{ record: { kind: 't', on: '2024-05-01', event }, errors: [{ messageId: 'bad' }] }],
  });
  it('fails on a leftover placeholder and on a raw event type (regression: {actDate} and "admissionCeremony")', () => {
    const problems = runRuleTests(rule, cases('admissionCeremony'), { recordKinds: [kind] }).map((f) => f.problem);
    expect(problems.join('\n')).toContain('leftover placeholder {missing}');
    expect(problems.join('\n')).not.toContain('admissionCeremony" in'); // labelled: "lễ kết nạp"
  });
  it('renders dates dd/mm/yyyy in Vietnamese and enum labels in each locale', () => {
    const [vi] = createEngine({
      packs: [{ provenance: { source: 'core', version: '0' }, rules: [rule], recordKinds: [kind] }],
    }).evaluate({ value: { kind: 't', on: '2024-05-01', event: 'admissionCeremony' } }, 0, {
      asOf: '2025-01-01',
    }).issues;
    expect(vi?.message).toBe('Sự kiện lễ kết nạp ngày 01/05/2024, thiếu {missing}.');
  });
  it('can be switched off', () => {
    expect(runRuleTests(rule, cases('x'), { recordKinds: [kind], checkMessages: false })).toEqual([]);
  });
});
