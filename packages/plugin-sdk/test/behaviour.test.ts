import { corePack, createEngine as kernelEngine } from '@dieule/core';
import { describe, expect, it } from 'vitest';
import {
  attainmentPercent,
  catalogueSnapshot,
  createEngine,
  definePlugin,
  defineRule,
  PluginTester,
  z,
} from '../src/index.js';
import { amending, type Case, core, deadlineDays, deadlineRule, doc, rec } from './fixtures.js';

const load = (...plugins: unknown[]) => createEngine({ core: [core], plugins });

const orgRule = defineRule<Case, Case, 'odd'>({
  id: 'tinh-a/case.even',
  family: 'tinh-a',
  title: { vi: 'Số ngày chẵn', en: 'Even days' },
  severity: 'error',
  appliesTo: ['case'],
  messages: { odd: { vi: 'Số ngày lẻ: {days}', en: 'Odd days: {days}' } },
  select: (c) => ({ value: c, actDate: c.opened as `${number}-${number}-${number}`, path: [] }),
  versions: [{ from: '2025-01-01', citations: [{ document: 'tinh-a/hd-1' }], confidence: 'secondary' }],
  check(ctx) {
    if (ctx.record.days % 2) ctx.report('odd', { path: ['days'], facts: { days: ctx.record.days } });
  },
});

const withRule = (extra = {}) =>
  amending('tinh-a', 30, {
    rules: [orgRule],
    derive: [
      {
        appliesTo: ['case'],
        derive: (c: Case) => [{ name: 'tinh-a/daysLeft', value: 30 - c.days, label: 'days left', citations: [] }],
      },
    ],
    ...extra,
  });

describe('scope and provenance', () => {
  const engine = load(withRule());
  it('plugin rules and amendments apply only to records in scope', () => {
    const inScope = engine.validate(rec({ organization: 'TINH-A.01', days: 41 }), { asOf: '2026-01-01' });
    expect(inScope.issues.map((i) => i.ruleId).sort()).toEqual(['case.deadline', 'tinh-a/case.even']);
    const outside = engine.validate(rec({ organization: 'TINH-B', days: 41 }), { asOf: '2026-01-01' });
    expect(outside.issues.map((i) => i.ruleId)).toEqual([]); // 41 ≤ 45 (core) and the plugin rule is out of scope
  });
  it('every issue and derived fact carries its provenance; meta lists plugins', () => {
    const r = engine.validate(rec({ organization: 'TINH-A', days: 41 }), { asOf: '2026-01-01', facts: true });
    const by = Object.fromEntries(r.issues.map((i) => [i.ruleId, i.provenance]));
    expect(by['case.deadline']).toEqual({ source: 'core', version: '0.0.0-test' });
    expect(by['tinh-a/case.even']).toEqual({ source: 'plugin', name: 'tinh-a', version: '1.0.0' });
    // the core rule judged with the amended value, citing the local basis
    const late = r.issues.find((i) => i.ruleId === 'case.deadline')!;
    expect(late.facts).toMatchObject({ max: 30 });
    expect(late.citations).toContainEqual({ document: 'tinh-a/hd-1', section: '2' });
    expect(r.facts).toEqual([
      {
        name: 'tinh-a/daysLeft',
        value: -11,
        label: 'days left',
        citations: [],
        record: 'C1',
        provenance: { source: 'plugin', name: 'tinh-a', version: '1.0.0' },
      },
    ]);
    expect(r.meta.plugins).toEqual([{ name: 'tinh-a', version: '1.0.0' }]);
    expect(r.meta.amendments?.[0]).toMatchObject({ by: { name: 'tinh-a' }, rules: ['case.deadline'], loosens: false });
  });
});

describe('exceptions (Catala style)', () => {
  it('switches a rule off in scope, from a date, and lets the replacement apply', () => {
    const engine = load(
      withRule({
        amendments: [],
        exceptions: [
          {
            exceptionTo: 'case.deadline',
            replacedBy: 'tinh-a/case.even',
            from: '2025-03-01',
            reason: { vi: 'Tỉnh áp dụng quy trình riêng', en: 'The province applies its own procedure' },
            basis: [{ document: 'tinh-a/hd-1', section: '3' }],
          },
        ],
      }),
    );
    const ids = (over: Partial<Case>) =>
      engine.validate(rec({ days: 50, ...over }), { asOf: '2026-01-01' }).issues.map((i) => i.ruleId);
    expect(ids({ organization: 'TINH-A' })).toEqual([]); // 50 is even; core deadline is off in scope
    expect(ids({ organization: 'TINH-A', opened: '2025-02-01' })).toEqual(['case.deadline']); // before the exception
    expect(ids({ organization: 'OTHER' })).toEqual(['case.deadline']); // out of scope
    expect(engine.validate([], { asOf: '2026-01-01' }).meta.exceptions).toEqual([
      expect.objectContaining({ ruleId: 'case.deadline', replacedBy: 'tinh-a/case.even', from: '2025-03-01' }),
    ]);
  });
});

describe('rule-set hash', () => {
  const hash = (...plugins: unknown[]) => load(...plugins).ruleSetHash;
  it('is stable for the same rule set and changes with any plugin change', () => {
    const base = hash(withRule());
    expect(hash(withRule())).toBe(base);
    expect(hash()).not.toBe(base);
    expect(hash({ ...withRule(), version: '1.0.1' })).not.toBe(base);
    expect(hash(amending('tinh-a', 29, { rules: [orgRule] }))).not.toBe(
      hash(amending('tinh-a', 30, { rules: [orgRule] })),
    );
    // The hash is computed from data, not function source (ESM, CJS and source builds must agree): a changed check
    // is identified by the plugin's version, which a release bumps.
    const changedCheck = { ...orgRule, check: () => undefined };
    expect(hash(withRule({ rules: [changedCheck] }))).toBe(base);
    expect(hash({ ...withRule({ rules: [changedCheck] }), version: '1.0.1' })).not.toBe(base);
    expect(hash(withRule({ locales: { vi: { a: 'A' }, en: { a: 'A' } } }))).not.toBe(base);
  });
});

describe('immutability', () => {
  it('a plugin cannot change core rules, parameters or documents', () => {
    const engine = createEngine({ core: [corePack], plugins: [] });
    const rule = engine.packs[0]!.rules[0]!;
    expect(Object.isFrozen(rule)).toBe(true);
    expect(() => {
      (rule as { severity: string }).severity = 'info';
    }).toThrow(TypeError);
    expect(() => (engine.packs[0]!.rules as unknown[]).push(orgRule)).toThrow(TypeError);
    expect(Object.isFrozen(engine.documents.list()[0])).toBe(true);
  });
  it('an amendment leaves the core parameter untouched', () => {
    load(amending('tinh-a', 30));
    expect(deadlineDays.values.map((v) => v.value)).toEqual([45]);
  });
  it('a rule cannot change the record other rules judge', () => {
    const vandal = {
      ...orgRule,
      id: 'tinh-a/vandal',
      check: (ctx: { record: Case }) => {
        (ctx.record as { days: number }).days = 0;
      },
    };
    const r = load(withRule({ rules: [vandal] })).validate(rec({ organization: 'TINH-A', days: 41 }), {
      asOf: '2026-01-01',
    });
    expect(r.issues.map((i) => i.ruleId).sort()).toEqual(['case.deadline', 'record.internal']);
    expect(r.issues.find((i) => i.ruleId === 'record.internal')!.provenance).toMatchObject({ name: 'tinh-a' });
  });
});

describe('schema extensions', () => {
  const ext = withRule({
    extensions: {
      case: {
        localCode: z
          .string()
          .regex(/^\d{4}$/)
          .optional(),
      },
    },
  });
  it('validates the extra field and exports it in JSON Schema', () => {
    const engine = load(ext);
    const bad = engine.validate(rec({ localCode: 'x' } as never), { asOf: '2026-01-01' });
    expect(bad.issues[0]).toMatchObject({ ruleId: 'record.schema', path: ['localCode'] });
    const ok = engine.evaluate({ value: rec({ localCode: '1234' } as never) }, 0, { asOf: '2026-01-01' });
    expect((ok.value as { localCode: string }).localCode).toBe('1234');
    const schema = z.toJSONSchema(engine.recordKind('case')!.schema) as { properties: Record<string, unknown> };
    expect(schema.properties.localCode).toMatchObject({ type: 'string', pattern: '^\\d{4}$' });
  });
  it('refuses a field the kind already has, or one two plugins both add', () => {
    expect(() => load(withRule({ extensions: { case: { days: z.number().optional() } } }))).toThrow(/already has it/);
    const other = amending('tinh-b', 30, {
      amendments: [],
      extensions: { case: { localCode: z.string().optional() } },
    });
    expect(() => load(ext, other)).toThrow(/already has it/);
  });
});

describe('targets', () => {
  const member = (org: string, types: string[]) => ({
    kind: 'member',
    person: { fullName: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'male' },
    organization: org,
    events: types.map((type) =>
      type === 'strikeOff' ? { type, date: '2023-09-01', ground: 'inactivity' } : { type, date: '2023-05-10' },
    ),
  });
  it('attainment is admitted ÷ target with two decimals, truncated as the reports print it', () => {
    expect(attainmentPercent(1621, 1500)).toBe(108.06); // Tiền Giang 2023
    expect(attainmentPercent(1500, 1500)).toBe(100);
    expect(attainmentPercent(1, 3)).toBe(33.33);
  });
  it('reports show attainment per organization and year with losses beside it', () => {
    const plugin = definePlugin({
      name: 'tinh-t',
      version: '1.0.0',
      title: { vi: 'T', en: 'T' },
      documents: [doc('tinh-t/nq-1')],
      targets: [
        {
          id: 'tinh-t/targets.admission',
          title: { vi: 'Chỉ tiêu kết nạp', en: 'Admission target' },
          measure: 'admissions',
          basis: [{ document: 'tinh-t/nq-1' }],
          entries: [
            { organization: 'TT', year: 2023, target: 3 },
            { organization: 'TT.2', year: 2023, target: 2 },
          ],
        },
      ],
    });
    const engine = createEngine({ plugins: [plugin] });
    const records = [
      member('TT.1', ['admissionDecision']),
      member('TT.2', ['admissionDecision']),
      member('TT.2', ['admissionDecision']),
      member('TT.1', ['strikeOff']),
      member('TTX', ['admissionDecision']), // not under TT
    ];
    const report = engine.validate(records, { asOf: '2024-01-10' });
    expect(report.aggregates).toEqual([
      expect.objectContaining({
        id: 'tinh-t/targets.admission',
        key: 'TT:2023',
        value: 100,
        facts: expect.objectContaining({
          achieved: 3,
          target: 3,
          losses: { strikeOff: 1, voluntaryExit: 0, expulsion: 0 },
          net: 2,
        }),
        provenance: { source: 'plugin', name: 'tinh-t', version: '1.0.0' },
      }),
      expect.objectContaining({ key: 'TT.2:2023', value: 100 }),
    ]);
    expect(report.aggregates![0]!.label).toContain('đạt 100,00 % chỉ tiêu');
  });
});

describe('calendar data', () => {
  const schedule = (year: number) => ({
    year,
    version: `${year}.1`,
    holidays: ['tinh-c-day'],
    days: [{ date: `${year}-03-24` as const, kind: 'statutory' as const, holiday: 'tinh-c-day' }],
    sources: [{ title: 'Example announcement' }],
    confidence: 'secondary' as const,
  });
  it('announced schedules from a plugin make days off in the engine calendar', () => {
    const p = definePlugin({
      name: 'tinh-c',
      version: '1.0.0',
      title: { vi: 'C', en: 'C' },
      calendar: { schedules: [schedule(2027)] },
    });
    expect(createEngine({ plugins: [] }).calendar.isWorkingDay('2027-03-24')).toBe(true);
    expect(createEngine({ plugins: [p] }).calendar.isWorkingDay('2027-03-24')).toBe(false);
  });
  it('two plugins announcing the same year need an order', () => {
    const a = {
      name: 'tinh-c',
      version: '1.0.0',
      title: { vi: 'C', en: 'C' },
      calendar: { schedules: [schedule(2027)] },
    };
    expect(() => createEngine({ plugins: [a, { ...a, name: 'tinh-d' }] })).toThrow(/announced schedule of 2027/);
  });
});

describe('test kit', () => {
  const tester = new PluginTester(withRule(), { core: [core], asOf: '2026-01-01' });
  tester.run('tinh-a/case.even', {
    valid: [
      rec({ organization: 'TINH-A', days: 20 }),
      { name: 'out of scope', record: rec({ organization: 'X', days: 21 }) },
    ],
    invalid: [
      {
        name: 'odd',
        record: rec({ organization: 'TINH-A', days: 21 }),
        errors: [{ messageId: 'odd', facts: { days: 21 }, path: ['days'] }],
      },
      {
        name: 'odd and late under the local deadline (another rule expected by id)',
        record: rec({ organization: 'TINH-A', days: 31 }),
        errors: [
          { ruleId: 'case.deadline', messageId: 'late', facts: { max: 30 } },
          { messageId: 'odd', message: 'Odd days: 31', locale: 'en' },
        ],
      },
      {
        name: 'derived fact',
        record: rec({ organization: 'TINH-A', days: 21 }),
        derived: { 'tinh-a/daysLeft': 9 },
        errors: [{ messageId: 'odd' }],
      },
    ],
  });
  it('reports wrong expectations instead of passing them', () => {
    const failures = tester.failures('tinh-a/case.even', {
      valid: [rec({ organization: 'TINH-A', days: 21 })],
      invalid: [
        { record: rec({ organization: 'TINH-A', days: 21 }), errors: [{ messageId: 'odd', facts: { days: 22 } }] },
      ],
    });
    expect(failures.map((f) => f.kind)).toEqual(['valid', 'invalid']);
    expect(failures[1]!.problem).toContain('fact days=21 ≠ 22');
  });
  it('catalogueSnapshot pictures everything the plugin adds', () => {
    const snap = catalogueSnapshot(withRule({ extensions: { case: { localCode: z.string().optional() } } }), {
      core: [core],
    });
    expect(snap.rules.map((r) => r.id)).toEqual(['tinh-a/case.even']);
    expect(snap.amendments[0]).toMatchObject({ parameter: 'case.deadlineDays' });
    expect(snap.extensions.case!.localCode).toMatchObject({ type: 'string' });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
  it('kernel engines still work without the SDK (backward compatible)', () => {
    expect(kernelEngine({ packs: [core] }).validate(rec({ days: 50 }), { asOf: '2026-01-01' }).issues[0]!.ruleId).toBe(
      'case.deadline',
    );
    expect(deadlineRule.id).toBe('case.deadline');
  });
});
