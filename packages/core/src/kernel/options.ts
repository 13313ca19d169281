import { isCivilDate } from '../date/civil-date.js';
import type { Locale } from '../legal/types.js';
import type { EvaluateOptions } from './engine.js';
import { maskIds } from './engine-support.js';

/** The locales messages exist in. `vi` is the default when `locale` is left out. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

const KNOWN = ['asOf', 'locale', 'facts', 'trustedInput'] as const;

/** One problem with the options of a call. */
export interface OptionsProblem {
  /** The option at fault (`asOf`, `locale`, `facts`, `trustedInput`, or an unknown name; `''` when options are not an object). */
  readonly option: string;
  /** What was given, shown safely (strings truncated, objects by type). */
  readonly received: string;
  /** What is accepted. */
  readonly expected: string;
}

/**
 * Thrown by `validate`, `Engine.validate`, `validateSources`, `accumulator` and `evaluate` when their **options** are
 * wrong (a programming error, not bad data: bad data never throws, it becomes issues). Lists every problem.
 *
 * Defaults: `locale` → `'vi'`, `facts` → `false`, `trustedInput` → `false`. `asOf` has no default: core never reads the clock.
 * @example
 * optionsProblems({ asOf: 'tomorrow', locale: 'fr' }).map((p) => p.option) // ['asOf', 'locale']
 * new OptionsError(optionsProblems({ asOf: '2026-02-30' })).message // 'Invalid options:\n- asOf: expected a real calendar day written YYYY-MM-DD, e.g. \'2026-01-01\' (required: core never reads the clock), received "2026-02-30"'
 */
export class OptionsError extends Error {
  readonly code = 'options.invalid';
  constructor(readonly problems: readonly OptionsProblem[]) {
    super(
      `Invalid options:\n${problems.map((p) => `- ${p.option || 'options'}: expected ${p.expected}, received ${p.received}`).join('\n')}`,
    );
    this.name = 'OptionsError';
  }
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') {
    const s = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    // Never echo a full citizen ID number, whatever field it was put in.
    return JSON.stringify(maskIds(s));
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}

/** The closest known option name to a misspelt one (`asof` → `asOf`), by case-insensitive match or edit distance 1–2. */
function nearest(name: string): string | undefined {
  const lower = name.toLowerCase();
  return KNOWN.find((k) => k.toLowerCase() === lower) ?? KNOWN.find((k) => distance(k.toLowerCase(), lower) <= 2);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The problems with evaluation options (empty when they are fine). Never throws, whatever it is given. */
export function optionsProblems(options: unknown): OptionsProblem[] {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    return [{ option: '', received: show(options), expected: "an object such as { asOf: '2026-01-01' }" }];
  const problems: OptionsProblem[] = [];
  const o = options as Record<string, unknown>;
  let asOf: unknown;
  let locale: unknown;
  let facts: unknown;
  let trustedInput: unknown;
  let keys: string[];
  try {
    asOf = o.asOf;
    locale = o.locale;
    facts = o.facts;
    trustedInput = o.trustedInput;
    keys = Object.keys(o);
  } catch {
    return [{ option: '', received: 'an object whose properties cannot be read', expected: 'a plain object' }];
  }
  if (!isCivilDate(asOf))
    problems.push({
      option: 'asOf',
      received: show(asOf),
      expected: "a real calendar day written YYYY-MM-DD, e.g. '2026-01-01' (required: core never reads the clock)",
    });
  if (locale !== undefined && !LOCALES.includes(locale as Locale))
    problems.push({ option: 'locale', received: show(locale), expected: `one of ${LOCALES.join(', ')} (default vi)` });
  if (facts !== undefined && typeof facts !== 'boolean')
    problems.push({ option: 'facts', received: show(facts), expected: 'true or false (default false)' });
  if (trustedInput !== undefined && typeof trustedInput !== 'boolean')
    problems.push({ option: 'trustedInput', received: show(trustedInput), expected: 'true or false (default false)' });
  for (const k of keys)
    if (!(KNOWN as readonly string[]).includes(k)) {
      const near = nearest(k);
      problems.push({
        option: k,
        received: 'an unknown option',
        expected: near ? `"${near}" (did you mean it?)` : `one of ${KNOWN.join(', ')}`,
      });
    }
  return problems;
}

const checked = new WeakSet<object>();

/**
 * Checks evaluation options once per options object (then remembers it) and returns them typed.
 * @throws {@link OptionsError} listing every problem.
 */
export function checkOptions(options: unknown): EvaluateOptions {
  if (typeof options === 'object' && options !== null && checked.has(options)) return options as EvaluateOptions;
  const problems = optionsProblems(options);
  if (problems.length) throw new OptionsError(problems);
  checked.add(options as object);
  return options as EvaluateOptions;
}
