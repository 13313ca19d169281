import { describe, expect, it } from 'vitest';
import { createEngine, definePlugin, PluginError, PluginLoadError } from '../src/index.js';
import { amending, core, doc } from './fixtures.js';

const load = (...plugins: unknown[]) => createEngine({ core: [core], plugins });
const problemsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof PluginLoadError || e instanceof PluginError) return [...e.problems];
    throw e;
  }
  return [];
};

describe('definePlugin', () => {
  it('checks, namespaces and freezes a plugin', () => {
    const p = definePlugin(amending('tinh-a', 30));
    expect(p.namespace).toBe('tinh-a');
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.amendments![0]!.values)).toBe(true);
    expect(() => {
      (p.amendments![0]!.values as unknown as { value: number }[])[0]!.value = 99;
    }).toThrow(TypeError);
  });
  it('derives the namespace from a scoped package name', () => {
    expect(
      definePlugin({ name: '@tinh-y/dieule-plugin-rules', version: '1.0.0', title: { vi: 'y', en: 'y' } }).namespace,
    ).toBe('rules');
  });
  it('rejects a malformed plugin with every problem and its path', () => {
    const problems = problemsOf(() => definePlugin({ name: 'Bad Name', version: 'v1', title: { vi: 'x' } } as never));
    expect(problems.join('\n')).toMatch(/^name: expected a package-like name/m);
    expect(problems.join('\n')).toMatch(/^version: expected a semantic version/m);
    expect(problems.join('\n')).toMatch(/^title\.en/m);
    expect(problemsOf(() => definePlugin(null as never))).toEqual([
      'a plugin must be an object made with definePlugin({...})',
    ]);
  });
  it('rejects ids outside the namespace, non-optional extension fields and incomplete locales', () => {
    const problems = problemsOf(() =>
      definePlugin({
        ...amending('tinh-a', 30),
        documents: [doc('hd-1')],
        locales: { vi: { a: 'A', b: 'B' }, en: { a: 'A' } },
      }),
    );
    expect(problems).toContain('document id "hd-1" must be in the plugin\'s namespace ("tinh-a/…")');
    expect(problems).toContain('locale en has no message "b"');
  });
});

describe('createEngine: load-time checks', () => {
  it('loads a plugin and lists it', () => {
    const engine = load(amending('tinh-a', 30));
    expect(engine.plugins()).toEqual([{ name: 'tinh-a', version: '1.0.0' }]);
    expect(engine.amendments()).toHaveLength(1);
  });
  it('two plugins amending the same parameter without an order: an error naming both', () => {
    const problems = problemsOf(() => load(amending('tinh-a', 30), amending('tinh-b', 40)));
    expect(problems).toContain(
      'plugins "tinh-a@1.0.0" and "tinh-b@1.0.0" both amend parameter "case.deadlineDays" without a declared order: add `after: [\'tinh-a\']` to "tinh-b@1.0.0" (or the reverse)',
    );
    expect(problems.some((p) => p.includes('rule "case.deadline"'))).toBe(true);
  });
  it('a declared order loads, applying plugins in that order', () => {
    const engine = load(amending('tinh-b', 40, { after: ['tinh-a'] }), amending('tinh-a', 30));
    expect(engine.plugins().map((p) => p.name)).toEqual(['tinh-a', 'tinh-b']);
  });
  it('a circular order is an error', () => {
    const problems = problemsOf(() =>
      load(amending('tinh-a', 30, { after: ['tinh-b'] }), amending('tinh-b', 40, { after: ['tinh-a'] })),
    );
    expect(problems[0]).toMatch(/circular order: tinh-a → tinh-b → tinh-a|circular order: tinh-b → tinh-a → tinh-b/);
  });
  it('unknown ids in amendments and exceptions are errors', () => {
    const p = amending('tinh-a', 30);
    const problems = problemsOf(() =>
      load({
        ...p,
        amendments: [{ ...p.amendments![0]!, parameter: 'case.nope', rules: ['case.nothing'] }],
        exceptions: [
          { exceptionTo: 'case.missing', reason: { vi: 'x', en: 'x' }, basis: [{ document: 'tinh-a/hd-1' }] },
        ],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'plugin "tinh-a@1.0.0" amends unknown parameter "case.nope"',
        'plugin "tinh-a@1.0.0": amendment of "case.nope" names unknown rule "case.nothing"',
        'plugin "tinh-a@1.0.0" makes an exception to unknown rule "case.missing"',
      ]),
    );
  });
  it('an amendment naming a rule that does not read the parameter is an error', () => {
    const p = amending('tinh-a', 30);
    expect(
      problemsOf(() => load({ ...p, amendments: [{ ...p.amendments![0]!, rules: ['case.organization'] }] })),
    ).toEqual(['plugin "tinh-a@1.0.0": rule "case.organization" does not read parameter "case.deadlineDays"']);
  });
  it('loosening needs an explicit declaration; the report shows it', () => {
    expect(problemsOf(() => load(amending('tinh-a', 60)))).toEqual([
      'plugin "tinh-a@1.0.0" loosens "case.deadlineDays" (45 → 60 from 2025-01-01) without declaring it: add `loosens: { reason }`',
    ]);
    const p = amending('tinh-a', 60);
    const engine = load({
      ...p,
      amendments: [{ ...p.amendments![0]!, loosens: { reason: { vi: 'Địa bàn rộng', en: 'Large area' } } }],
    });
    const report = engine.validate([], { asOf: '2026-01-01' });
    expect(report.meta.amendments).toEqual([
      expect.objectContaining({
        parameter: 'case.deadlineDays',
        loosens: true,
        reason: { vi: 'Địa bàn rộng', en: 'Large area' },
      }),
    ]);
  });
  it('an amendment must say which way is stricter', () => {
    const p = amending('tinh-a', 30);
    const { stricter: _, ...rest } = p.amendments![0]!;
    expect(problemsOf(() => load({ ...p, amendments: [rest] }))[0]).toMatch(/without saying which way is stricter/);
  });
  it('a rule citing an unknown document is rejected, and nothing is half-loaded', () => {
    const bad = { ...amending('tinh-a', 30), documents: [] };
    const problems = problemsOf(() => load(amending('tinh-b', 30, { after: ['tinh-a'] }), bad));
    expect(problems.length).toBeGreaterThan(0);
  });
  it('a malformed plugin among good ones rejects the whole load', () => {
    const problems = problemsOf(() => load(amending('tinh-a', 30), { name: 'x', version: '1' }));
    expect(problems.some((p) => p.startsWith('plugin "x@1": version'))).toBe(true);
  });
  it('the same plugin twice is an error', () => {
    expect(problemsOf(() => load(amending('tinh-a', 30), amending('tinh-a', 30)))[0]).toMatch(/loaded twice/);
  });
});
