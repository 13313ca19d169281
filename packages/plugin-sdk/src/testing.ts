import {
  corePack,
  type Engine,
  type RulePack,
  type RuleTestCases,
  RuleTester,
  type RuleTesterConfig,
  type RuleTestFailure,
  runRuleTests,
} from '@dieule/core';
import type { CivilDate } from '@dieule/core/date';
import type { Locale } from '@dieule/core/legal';
import { z } from 'zod';
import { checkPlugin } from './compile.js';
import { createEngine } from './engine.js';

export {
  type ExpectedIssue,
  type InvalidCase,
  type RuleTestCases,
  RuleTester,
  type RuleTesterConfig,
  type RuleTestFailure,
  runRuleTests,
  type ValidCase,
} from '@dieule/core';

/** Options of {@link PluginTester}. */
export interface PluginTesterOptions {
  /** Other plugins loaded beside the one under test (e.g. to test a declared order). */
  readonly plugins?: readonly unknown[];
  readonly core?: readonly RulePack[];
  readonly asOf?: CivilDate;
  readonly locale?: Locale;
}

/**
 * The test kit for plugin authors: the same valid/invalid cases as the core families' `RuleTester`, run in an engine
 * with the core rules and the plugin (so amendments, exceptions and scope apply). Other rules' issues are ignored
 * unless a case expects them by `ruleId`.
 * @example
 * const tester = new PluginTester(tinhX, { asOf: '2026-01-01' });
 * tester.run('tinh-x/meeting.quality', { valid: [goodYear], invalid: [{ record: badYear, errors: [{ messageId: 'attendance' }] }] });
 */
export class PluginTester {
  readonly engine: Engine;
  readonly #config: RuleTesterConfig;
  constructor(
    plugin: unknown,
    readonly options: PluginTesterOptions = {},
  ) {
    this.engine = createEngine({
      plugins: [...(options.plugins ?? []), plugin],
      ...(options.core ? { core: options.core } : {}),
    });
    this.#config = {
      engine: this.engine,
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    };
  }
  /** Registers one test per case (vitest/jest/mocha globals), like `RuleTester.run`. */
  run(ruleId: string, cases: RuleTestCases): void {
    new RuleTester(this.#config).run(ruleId, cases);
  }
  /** Runs the cases and returns the failures (framework-agnostic). */
  failures(ruleId: string, cases: RuleTestCases): RuleTestFailure[] {
    return runRuleTests(ruleId, cases, this.#config);
  }
}

/**
 * A stable, JSON-safe picture of everything a plugin adds or changes — for `expect(catalogueSnapshot(p))
 * .toMatchSnapshot()`, so that a reviewer sees in the diff when a rule, a window, a citation, an amendment, an
 * exception, a target or a schema field changes. Functions are left out (the rule-set hash covers them).
 */
export function catalogueSnapshot(plugin: unknown, options: { core?: readonly RulePack[] } = {}) {
  const p = checkPlugin(plugin);
  const engine = createEngine({ plugins: [p], core: options.core ?? [corePack] });
  const mine = (prov: { source: string; name?: string }) => prov.source === 'plugin' && prov.name === p.name;
  return {
    plugin: {
      name: p.name,
      version: p.version,
      namespace: p.namespace,
      title: p.title,
      ...(p.scope ? { scope: p.scope } : {}),
      ...(p.after ? { after: p.after } : {}),
    },
    documents: (p.documents ?? []).map((d) => ({ id: d.id, number: d.number, kind: d.kind, signed: d.signed })),
    rules: engine.catalogue().filter((e) => mine(e.provenance)),
    parameters: (p.parameters ?? []).map((x) => ({ id: x.id, values: x.values })),
    amendments: engine.amendments().filter((a) => mine(a.by)),
    exceptions: engine.exceptions().filter((e) => mine(e.by)),
    targets: (p.targets ?? []).map((t) => ({ id: t.id, basis: t.basis, entries: t.entries })),
    extensions: Object.fromEntries(
      Object.entries(p.extensions ?? {}).map(([kind, fields]) => [
        kind,
        Object.fromEntries(
          Object.entries(fields).map(([name, schema]) => [
            name,
            z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
          ]),
        ),
      ]),
    ),
    calendar: {
      schedules: (p.calendar?.schedules ?? []).map((s) => ({ year: s.year, version: s.version, days: s.days.length })),
      anniversaries: p.calendar?.anniversaries ?? [],
    },
    locales: p.locales ? Object.keys(p.locales.vi).sort() : [],
  };
}
