import { describe, expect, it } from 'vitest';
import { coreEngine, validate } from '../default-engine.js';
import { OptionsError, optionsProblems } from './options.js';

const member = {
  kind: 'member',
  person: { fullName: 'Nguyễn Văn An', birthDate: '1990-01-01', sex: 'male' },
  events: [],
};

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('runtime options are checked (issue 10)', () => {
  const cases: [string, unknown, string][] = [
    ['validate(x) without options', undefined, ''],
    ['null options', null, ''],
    ["locale: 'fr'", { asOf: '2026-01-01', locale: 'fr' }, 'locale'],
    ["asOf: '2026-02-30'", { asOf: '2026-02-30' }, 'asOf'],
    ["asOf: 'tomorrow'", { asOf: 'tomorrow' }, 'asOf'],
    ['asOf as a JS Date', { asOf: new Date(0) }, 'asOf'],
    ['asOf missing', { locale: 'vi' }, 'asOf'],
    ["facts: 'yes'", { asOf: '2026-01-01', facts: 'yes' }, 'facts'],
    ['misspelt asof', { asOf: '2026-01-01', asof: '2026-01-01' }, 'asof'],
  ];
  for (const [name, options, option] of cases)
    it(`${name} → OptionsError naming "${option || 'options'}", never a TypeError`, () => {
      for (const call of [
        () => (validate as (x: unknown, o?: unknown) => unknown)([member], options),
        () => coreEngine().validateSources([{ value: member }], options as never),
        () => coreEngine().evaluate({ value: member }, 0, options as never),
        () => coreEngine().accumulator(options as never),
      ]) {
        const e = thrown(call);
        expect(e).toBeInstanceOf(OptionsError);
        expect((e as OptionsError).problems.map((p) => p.option)).toContain(option);
        expect((e as OptionsError).code).toBe('options.invalid');
      }
    });
  it('lists every problem at once', () => {
    expect(optionsProblems({ asOf: 'x', locale: 'fr', facts: 1 }).map((p) => p.option)).toEqual([
      'asOf',
      'locale',
      'facts',
    ]);
  });
  it('suggests the option a misspelling meant', () => {
    expect(optionsProblems({ asOf: '2026-01-01', Locale: 'en' })[0]?.expected).toContain('"locale"');
  });
  it('never echoes a full citizen ID put in an option', () => {
    const e = thrown(() => validate([member], { asOf: '001090000123' as never })) as OptionsError;
    expect(e.message).not.toMatch(/\d{12}/);
  });
  it('an options object whose getter throws is an OptionsError too', () => {
    const bad = Object.defineProperty({}, 'asOf', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(thrown(() => validate([member], bad as never))).toBeInstanceOf(OptionsError);
  });
  it('documented defaults: locale vi, facts off', () => {
    const r = validate([member], { asOf: '2026-01-01' });
    expect(r.meta.locale).toBe('vi');
    expect(r.facts ?? []).toEqual([]);
  });
});
