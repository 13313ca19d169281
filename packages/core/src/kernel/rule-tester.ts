import type { CivilDate } from '../date/civil-date.js';
import type { Locale } from '../legal/types.js';
import type { WorkingDayCalendar } from './calendar-port.js';
import { createEngine, type Engine, LIBRARY } from './engine.js';
import { messageProblems, userStrings } from './message-lint.js';
import type { RulePack } from './pack.js';
import type { RecordKind } from './record-kind.js';
import type { RuleDefinition } from './rule.js';
import type { FactValue, Issue, Path, Severity } from './types.js';

/** What an invalid case expects of one issue. Every given field must match. */
export interface ExpectedIssue {
  readonly messageId: string;
  /** The rule expected to report it; default: the rule under test. Another rule's issue may be expected this way. */
  readonly ruleId?: string;
  readonly severity?: Severity;
  readonly path?: Path;
  /** Facts that must be present with these values (others are ignored). */
  readonly facts?: Readonly<Record<string, FactValue>>;
  /** Substring or pattern of the rendered message. */
  readonly message?: string | RegExp;
  readonly locale?: Locale;
}

/** A case that must produce no issue from the rule under test. */
export interface ValidCase {
  readonly name?: string;
  readonly record: unknown;
  readonly asOf?: CivilDate;
  /** Derived facts expected for the record, by name (the engine is asked for facts when this is set). */
  readonly derived?: Readonly<Record<string, FactValue>>;
}

/** A case that must produce exactly the expected issues (in order) from the rule under test. */
export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedIssue[];
}

/** Cases for one rule. */
export interface RuleTestCases {
  readonly valid: readonly (ValidCase | unknown)[];
  readonly invalid: readonly InvalidCase[];
}

/** Configuration: the record kinds and calendar the rule needs, and defaults. */
export interface RuleTesterConfig {
  /** Record kinds (e.g. the core `member` kind) and other packs the rule relies on. */
  readonly recordKinds?: readonly RecordKind[];
  readonly packs?: readonly RulePack[];
  readonly calendar?: WorkingDayCalendar;
  readonly asOf?: CivilDate;
  readonly locale?: Locale;
  /**
   * A ready engine that already holds the rule under test (a plugin's engine: core + plugins). Issues of other rules
   * are then ignored unless a case expects them by `ruleId`; structural issues (`record.*`) still fail a case.
   */
  readonly engine?: Engine;
  /**
   * Every invalid case also renders the rule's messages in both locales and fails on a leftover `{placeholder}`,
   * a camelCase token (a raw enum value or event type) or, in Vietnamese, an ISO date or an English enum word.
   * Default `true`.
   */
  readonly checkMessages?: boolean;
}

/** One failed case. */
export interface RuleTestFailure {
  readonly kind: 'valid' | 'invalid';
  readonly index: number;
  readonly name: string;
  readonly problem: string;
  readonly issues: readonly Issue[];
}

const isValidCase = (c: unknown): c is ValidCase => typeof c === 'object' && c !== null && 'record' in c;

/**
 * Runs valid/invalid cases against one rule and returns the failures (empty when all pass). Framework-agnostic;
 * {@link RuleTester} wraps it for vitest/jest/mocha.
 */
export function runRuleTests(
  rule: RuleDefinition | string,
  cases: RuleTestCases,
  config: RuleTesterConfig = {},
): RuleTestFailure[] {
  const ruleId = typeof rule === 'string' ? rule : rule.id;
  const shared = config.engine;
  if (!shared && typeof rule === 'string') throw new Error(`runRuleTests: rule "${rule}" given by id needs an engine`);
  const engine =
    shared ??
    createEngine({
      packs: [
        ...(config.packs ?? []),
        {
          provenance: { source: 'plugin', name: 'rule-tester', version: LIBRARY.version },
          rules: [rule as RuleDefinition],
          recordKinds: config.recordKinds ?? [],
        },
      ],
      ...(config.calendar ? { calendar: config.calendar } : {}),
    });
  if (shared && !shared.catalogue().some((e) => e.id === ruleId))
    throw new Error(`runRuleTests: the engine has no rule "${ruleId}"`);
  const failures: RuleTestFailure[] = [];
  const run = (
    record: unknown,
    asOf: CivilDate | undefined,
    locale: Locale,
    expected: readonly string[] = [],
    facts = false,
  ) => {
    const result = engine.evaluate({ value: record }, 0, {
      asOf: asOf ?? config.asOf ?? ('2026-01-01' as CivilDate),
      locale,
      facts,
    });
    // With a shared engine, other rules may speak about the record too: keep the rule under test, the rules a case
    // expects, and structural issues.
    const issues = shared
      ? result.issues.filter(
          (i) => i.ruleId === ruleId || expected.includes(i.ruleId) || i.ruleId.startsWith('record.'),
        )
      : result.issues;
    return { issues, facts: result.facts };
  };
  const checkDerived = (
    kind: 'valid' | 'invalid',
    index: number,
    name: string,
    c: ValidCase,
    got: ReturnType<typeof run>,
  ) => {
    for (const [key, value] of Object.entries(c.derived ?? {})) {
      const fact = got.facts.find((f) => f.name === key);
      if (!fact || JSON.stringify(fact.value) !== JSON.stringify(value))
        failures.push({
          kind,
          index,
          name,
          problem: `derived fact ${key}=${fact ? JSON.stringify(fact.value) : 'absent'} ≠ ${JSON.stringify(value)}`,
          issues: got.issues,
        });
    }
  };
  cases.valid.forEach((c, index) => {
    const vc = isValidCase(c) ? c : { record: c };
    const got = run(vc.record, vc.asOf, config.locale ?? 'vi', [], vc.derived !== undefined);
    const issues = got.issues;
    const name = vc.name ?? `valid #${index}`;
    if (issues.length)
      failures.push({
        kind: 'valid',
        index,
        name,
        problem: `expected no issue, got ${issues.map((i) => `${i.ruleId}/${i.messageId}`).join(', ')}`,
        issues,
      });
    checkDerived('valid', index, name, vc, got);
  });
  cases.invalid.forEach((c, index) => {
    const name = c.name ?? `invalid #${index}`;
    const locale = c.errors.find((e) => e.locale)?.locale ?? config.locale ?? 'vi';
    const expectedRules = c.errors.flatMap((e) => (e.ruleId ? [e.ruleId] : []));
    const got = run(c.record, c.asOf, locale, expectedRules, c.derived !== undefined);
    const issues = got.issues;
    const foreign = issues.filter((i) => i.ruleId !== ruleId && !expectedRules.includes(i.ruleId));
    if (foreign.length) {
      failures.push({
        kind: 'invalid',
        index,
        name,
        problem: `record is not well formed: ${foreign.map((i) => i.message).join(' | ')}`,
        issues,
      });
      return;
    }
    if (issues.length !== c.errors.length) {
      failures.push({
        kind: 'invalid',
        index,
        name,
        problem: `expected ${c.errors.length} issue(s) [${c.errors.map((e) => e.messageId).join(', ')}], got ${issues.length} [${issues.map((i) => i.messageId).join(', ')}]`,
        issues,
      });
      return;
    }
    c.errors.forEach((e, k) => {
      const got = issues[k]!;
      const problems: string[] = [];
      if (got.ruleId !== (e.ruleId ?? ruleId)) problems.push(`ruleId ${got.ruleId} ≠ ${e.ruleId ?? ruleId}`);
      if (got.messageId !== e.messageId) problems.push(`messageId ${got.messageId} ≠ ${e.messageId}`);
      if (e.severity && got.severity !== e.severity) problems.push(`severity ${got.severity} ≠ ${e.severity}`);
      if (e.path && JSON.stringify(got.path) !== JSON.stringify(e.path))
        problems.push(`path ${JSON.stringify(got.path)} ≠ ${JSON.stringify(e.path)}`);
      for (const [key, value] of Object.entries(e.facts ?? {}))
        if (JSON.stringify(got.facts[key]) !== JSON.stringify(value))
          problems.push(`fact ${key}=${JSON.stringify(got.facts[key])} ≠ ${JSON.stringify(value)}`);
      if (
        e.message !== undefined &&
        !(typeof e.message === 'string' ? got.message.includes(e.message) : e.message.test(got.message))
      )
        problems.push(`message "${got.message}" does not match ${String(e.message)}`);
      if (problems.length)
        failures.push({ kind: 'invalid', index, name, problem: `issue ${k}: ${problems.join('; ')}`, issues });
    });
    checkDerived('invalid', index, name, c, got);
    if (config.checkMessages !== false) {
      const user = userStrings(c.record);
      for (const l of ['vi', 'en'] as const) {
        const rendered = l === locale ? issues : run(c.record, c.asOf, l, expectedRules).issues;
        const bad = rendered.flatMap((i) =>
          messageProblems(i, l, user).map((p) => `${i.ruleId}/${i.messageId} [${l}]: ${p} in "${i.message}"`),
        );
        if (bad.length) failures.push({ kind: 'invalid', index, name, problem: bad.join('; '), issues: rendered });
      }
    }
  });
  return failures;
}

type TestFn = (name: string, fn: () => void) => void;

/**
 * ESLint-style tester. With vitest/jest/mocha globals (or `RuleTester.describe`/`RuleTester.it` set), each case
 * becomes a test; otherwise `run` throws on the first failure.
 * @example
 * new RuleTester({ recordKinds: [memberKind] }).run(citizenIdFormat, { valid: [...], invalid: [...] });
 */
export class RuleTester {
  static describe: ((name: string, fn: () => void) => void) | undefined;
  static it: TestFn | undefined;
  constructor(readonly config: RuleTesterConfig = {}) {}

  /** Runs the cases; `rule` may be an id when the config carries an `engine` that holds the rule. */
  run(rule: RuleDefinition | string, cases: RuleTestCases): void {
    const id = typeof rule === 'string' ? rule : rule.id;
    const g = globalThis as { describe?: (n: string, f: () => void) => void; it?: TestFn };
    const describe = RuleTester.describe ?? g.describe;
    const it = RuleTester.it ?? g.it;
    if (!describe || !it) {
      const failures = runRuleTests(rule, cases, this.config);
      if (failures.length) throw new Error(`${id}: ${failures.map((f) => `${f.name}: ${f.problem}`).join('\n')}`);
      return;
    }
    describe(id, () => {
      cases.valid.forEach((c, i) => {
        const name = (isValidCase(c) && c.name) || `valid #${i}`;
        it(name, () => assertNone(runRuleTests(rule, { valid: [c], invalid: [] }, this.config)));
      });
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i}`, () => assertNone(runRuleTests(rule, { valid: [], invalid: [c] }, this.config)));
      });
    });
  }
}

function assertNone(failures: RuleTestFailure[]): void {
  if (failures.length) throw new Error(failures.map((f) => `${f.name}: ${f.problem}`).join('\n'));
}
