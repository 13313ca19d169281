import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from '../default-engine.js';
import { kernelLocales } from '../i18n/index.js';
import { createEngine, EngineConfigError } from './engine.js';
import { defineParameter } from './parameter.js';
import { defineRecordKind } from './record-kind.js';
import { defineRule } from './rule.js';

const minAge = defineParameter<number>({
  id: 'test.minAge',
  title: { vi: 'Tuổi tối thiểu', en: 'Minimum age' },
  values: [
    {
      from: '2011-01-19',
      to: '2020-12-31',
      value: 16,
      citations: [{ document: 'dieu-le-2011', article: '1' }],
      confidence: 'verified',
    },
    {
      from: '2021-01-01',
      value: 18,
      citations: [{ document: 'dieu-le-2011', article: '1', clause: '1' }],
      confidence: 'verified',
    },
  ],
});

const ageRule = defineRule<
  { person: { birthDate: string }; events: { type: string; date: string }[] },
  unknown,
  'young',
  { min: typeof minAge }
>({
  id: 'test.age',
  family: 'test',
  title: { vi: 'Tuổi', en: 'Age' },
  severity: 'error',
  appliesTo: ['member'],
  parameters: { min: minAge },
  messages: { young: { vi: 'Chưa đủ {min} tuổi', en: 'Younger than {min}' } },
  select: (m) =>
    m.events
      .filter((e) => e.type === 'vote')
      .map((e, i) => ({ value: e, actDate: e.date as `${number}-${number}-${number}`, path: ['events', i] })),
  versions: [{ from: '2011-01-19', citations: [{ document: 'dieu-le-2011', article: '1' }], confidence: 'verified' }],
  check(ctx) {
    const age = Number(ctx.actDate.slice(0, 4)) - Number(ctx.record.person.birthDate.slice(0, 4));
    if (age < ctx.params.min) ctx.report('young', { facts: { age, min: ctx.params.min } });
  },
});

// The kernel tests own their record kind, so they test the kernel and not a family's model.
const memberKind = defineRecordKind({
  kind: 'member',
  title: { vi: 'Hồ sơ', en: 'Record' },
  schema: z.object({
    kind: z.literal('member'),
    person: z.object({ fullName: z.string(), birthDate: z.iso.date(), sex: z.enum(['male', 'female']) }),
    events: z.array(z.object({ type: z.string(), date: z.iso.date() })),
  }),
});

const packs = [{ provenance: { source: 'core' as const, version: '0' }, rules: [ageRule], recordKinds: [memberKind] }];
const rec = (date: string) => ({
  kind: 'member',
  person: { fullName: 'X', birthDate: '2004-01-01', sex: 'male' },
  events: [{ type: 'vote', date }],
});

describe('engine: as-of evaluation', () => {
  const engine = createEngine({ packs });
  it('judges each act by the parameter value in force on its date', () => {
    expect(engine.validate(rec('2020-06-01'), { asOf: '2026-01-01' }).issues).toHaveLength(0); // 16 ≥ 16
    const r = engine.validate(rec('2021-06-01'), { asOf: '2026-01-01' }); // 18 needed
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      ruleId: 'test.age',
      path: ['events', 0],
      facts: { min: 18, actDate: '2021-06-01' },
    });
    expect(r.issues[0]!.citations).toContainEqual({ document: 'dieu-le-2011', article: '1', clause: '1' });
  });
  it('compiles each regime once', () => {
    expect(engine.rulesInForce('2021-06-01')).toBe(engine.rulesInForce('2024-01-01'));
    expect(engine.rulesInForce('2020-06-01')).not.toBe(engine.rulesInForce('2021-06-01'));
  });
  it('renders messages per call in either locale', () => {
    expect(engine.validate(rec('2021-06-01'), { asOf: '2026-01-01', locale: 'en' }).issues[0]!.message).toBe(
      'Younger than 18',
    );
    expect(engine.validate(rec('2021-06-01'), { asOf: '2026-01-01' }).issues[0]!.message).toBe('Chưa đủ 18 tuổi');
  });
  it('refuses a rule citing an unknown document, at load time', () => {
    const bad = {
      ...ageRule,
      id: 'x',
      versions: [{ from: '2000-01-01' as const, citations: [{ document: 'nope' }], confidence: 'verified' as const }],
    };
    expect(() => createEngine({ packs: [{ ...packs[0]!, rules: [bad] }] })).toThrow(EngineConfigError);
  });
});

describe('validators never throw', () => {
  it('accounts for every input, whatever it is (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 20 }), (input) => {
        const r = validate(input, { asOf: '2026-01-01' });
        return r.summary.records === input.length && r.summary.valid + r.summary.withErrors === r.summary.records;
      }),
    );
  });
  it('turns malformed records into schema issues with paths', () => {
    const r = validate(
      { kind: 'member', person: { fullName: 'A', birthDate: '31/02/1990', sex: 'x' } },
      { asOf: '2026-01-01' },
    );
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['person.birthDate', 'person.sex']));
  });
});

describe('locales', () => {
  it('every kernel locale has every key', () => {
    const keys = Object.keys(kernelLocales.vi).sort();
    for (const [loc, messages] of Object.entries(kernelLocales))
      expect(Object.keys(messages).sort(), loc).toEqual(keys);
  });
});
