import { describe, expect, it } from 'vitest';
import { createEngine, defineRule, PluginLoadError } from '../src/index.js';
import { amending, type Case, core, doc } from './fixtures.js';

/**
 * Issue #14 "done means": the load-time window check fails a plugin that cites out of window. The plugin's own
 * document is in force from 1/1/2025; a rule version starting earlier, or an amended value starting earlier, is
 * refused with a problem naming the rule or parameter, the window and the document's window. No engine is made.
 */
const rule = (from: `${number}-${number}-${number}`) =>
  defineRule<Case, Case, 'x'>({
    id: 'tinh-w/case.any',
    family: 'tinh-w',
    title: { vi: 'Thử', en: 'Test' },
    severity: 'warning',
    appliesTo: ['case'],
    messages: { x: { vi: 'x', en: 'x' } },
    select: (c) => ({ value: c, actDate: c.opened as `${number}-${number}-${number}`, path: [] }),
    versions: [{ from, citations: [{ document: 'tinh-w/hd-1', section: '1' }], confidence: 'secondary' }],
    check() {},
  });

const problemsOf = (plugin: unknown): string[] => {
  try {
    createEngine({ core: [core], plugins: [plugin] });
  } catch (e) {
    if (e instanceof PluginLoadError) return [...e.problems];
    throw e;
  }
  return [];
};

describe('load-time window check for plugins', () => {
  it('a plugin rule citing its document inside the window loads', () => {
    expect(problemsOf(amending('tinh-w', 30, { rules: [rule('2025-01-01')] }))).toEqual([]);
  });
  it('a plugin rule whose window starts before its document is refused', () => {
    expect(problemsOf(amending('tinh-w', 30, { rules: [rule('2024-06-01')] }))).toEqual([
      'rule "tinh-w/case.any" version 2024-06-01 → now cites tinh-w/hd-1 (in force 2025-01-01 → now) outside its window',
    ]);
  });
  it('a plugin rule running past the end of a closed document is refused', () => {
    const closed = { ...doc('tinh-w/hd-1'), effective: { from: '2025-01-01' as const, to: '2025-12-31' as const } };
    const problems = problemsOf({
      ...amending('tinh-w', 30, { rules: [rule('2025-01-01')] }),
      documents: [closed],
      amendments: [],
    });
    // an open version ends with its document (carried over only when the registry names a successor): no problem
    // unless the version is closed past the document's end
    expect(problems).toEqual([]);
    const late = defineRule<Case, Case, 'x'>({
      ...rule('2025-01-01'),
      versions: [
        {
          from: '2025-01-01',
          to: '2026-06-30',
          citations: [{ document: 'tinh-w/hd-1', section: '1' }],
          confidence: 'secondary',
        },
      ],
    });
    expect(problemsOf({ ...amending('tinh-w', 30, { rules: [late] }), documents: [closed], amendments: [] })).toEqual([
      'rule "tinh-w/case.any" version 2025-01-01 → 2026-06-30 cites tinh-w/hd-1 (in force 2025-01-01 → 2025-12-31) outside its window',
    ]);
  });
  it('an amended value starting before its basis document is refused', () => {
    const early = amending('tinh-w', 30);
    const problems = problemsOf({
      ...early,
      amendments: [{ ...early.amendments![0]!, values: [{ from: '2024-01-01', value: 30, confidence: 'secondary' }] }],
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain('tinh-w/hd-1');
    expect(problems.join('\n')).toContain('outside its window');
  });
});
