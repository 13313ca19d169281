import {
  corePack,
  createEngine as createKernelEngine,
  type Engine,
  EngineConfigError,
  type Parameter,
  type RuleDefinition,
  type RulePack,
  type WorkingDayCalendar,
} from '@dieule/core';
import { type AnnouncedYearSchedule, createVietnameseCalendar } from '@dieule/core/calendar';
import { defaultRegistry } from '@dieule/core/legal';
import { checkPlugin, compilePlugin } from './compile.js';
import { labelOf, PluginError } from './define.js';
import type { Amendment, Plugin } from './types.js';

/** Options of {@link createEngine}. */
export interface PluginEngineOptions {
  /** Plugins (made with `definePlugin`, or plain definitions from a module). */
  readonly plugins?: readonly unknown[];
  /** The core packs; default: every core rule family. */
  readonly core?: readonly RulePack[];
  /**
   * The working-day calendar; default: the Vietnamese calendar with the plugins' announced schedules. When given,
   * plugins' schedules are not applied to it.
   */
  readonly calendar?: WorkingDayCalendar;
}

/** Plugins that cannot be loaded together. Lists every problem; no engine is made (never half-loaded). */
export class PluginLoadError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Plugins rejected:\n- ${problems.join('\n- ')}`);
    this.name = 'PluginLoadError';
  }
}

const tag = (p: Plugin) => `"${p.name}@${p.version}"`;

/**
 * Builds an engine from the core rules and plugins, after checking the plugins at load time: each one's structure;
 * ids of what they amend or make exceptions to (they must exist); amendments stricter unless declared loosening;
 * two plugins touching the same parameter or rule only with a declared order (`after`). Throws
 * {@link PluginLoadError} naming every problem.
 * @example
 * const engine = createEngine({ plugins: [tinhX] });
 * engine.validate(records, { asOf: '2026-01-01' }).meta.plugins // [{ name: 'tinh-x', version: '1.0.0' }]
 */
export function createEngine(options: PluginEngineOptions = {}): Engine {
  const core = options.core ?? [corePack];
  const { packs, schedules } = loadPlugins(options.plugins ?? [], core);
  const calendar = options.calendar ?? createVietnameseCalendar(schedules.length ? { schedules } : {});
  try {
    return createKernelEngine({ packs: [...core, ...packs], calendar });
  } catch (e) {
    if (e instanceof EngineConfigError) throw new PluginLoadError(e.problems);
    throw e;
  }
}

/** The checked plugins in load order, compiled, and the announced schedules they bring (later plugins win a year). */
export function loadPlugins(
  inputs: readonly unknown[],
  core: readonly RulePack[] = [corePack],
): { plugins: Plugin[]; packs: RulePack[]; schedules: AnnouncedYearSchedule[] } {
  const problems: string[] = [];
  const plugins: Plugin[] = [];
  for (const [i, input] of inputs.entries()) {
    try {
      plugins.push(checkPlugin(input));
    } catch (e) {
      if (e instanceof PluginError)
        problems.push(...e.problems.map((p) => `plugin ${e.plugin === '(unnamed)' ? `#${i + 1}` : e.plugin}: ${p}`));
      else problems.push(`plugin #${i + 1} ${labelOf(input)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (problems.length) throw new PluginLoadError(problems);
  const names = new Map<string, Plugin>();
  const namespaces = new Map<string, Plugin>();
  for (const p of plugins) {
    if (names.has(p.name))
      problems.push(`plugin "${p.name}" loaded twice (${names.get(p.name)!.version} and ${p.version})`);
    names.set(p.name, p);
    const other = namespaces.get(p.namespace);
    if (other && other.name !== p.name)
      problems.push(`plugins ${tag(other)} and ${tag(p)} share namespace "${p.namespace}"`);
    namespaces.set(p.namespace, p);
  }
  // what exists: rules and parameters of the core and of every plugin
  const rules = new Map<string, RuleDefinition>();
  const params = new Map<string, Parameter>();
  for (const pack of core) {
    for (const r of pack.rules) {
      rules.set(r.id, r);
      for (const p of Object.values(r.parameters ?? {}) as Parameter[]) params.set(p.id, p);
    }
    for (const p of pack.parameters ?? []) params.set(p.id, p);
  }
  for (const pl of plugins) {
    for (const r of pl.rules ?? []) {
      rules.set(r.id, r);
      for (const p of Object.values(r.parameters ?? {}) as Parameter[]) if (!params.has(p.id)) params.set(p.id, p);
    }
    for (const p of pl.parameters ?? []) params.set(p.id, p);
  }
  // declared order: edges "a after b"
  const after = new Map<string, Set<string>>(plugins.map((p) => [p.name, new Set(p.after ?? [])]));
  for (const p of plugins)
    for (const x of [...(p.amendments ?? []), ...(p.exceptions ?? [])])
      for (const b of x.after ?? []) after.get(p.name)!.add(b);
  const ordered = (a: Plugin, b: Plugin) => after.get(a.name)!.has(b.name) || after.get(b.name)!.has(a.name);
  // who touches what
  const touches = new Map<string, Plugin[]>();
  const touch = (key: string, p: Plugin) => {
    const list = touches.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    touches.set(key, list);
  };
  for (const p of plugins) {
    for (const a of p.amendments ?? []) {
      const base = params.get(a.parameter);
      if (!base) problems.push(`plugin ${tag(p)} amends unknown parameter "${a.parameter}"`);
      else problems.push(...strictnessProblems(p, a, base));
      touch(`parameter "${a.parameter}"`, p);
      for (const id of a.rules ?? []) {
        const rule = rules.get(id);
        if (!rule) problems.push(`plugin ${tag(p)}: amendment of "${a.parameter}" names unknown rule "${id}"`);
        else if (!(Object.values(rule.parameters ?? {}) as Parameter[]).some((x) => x.id === a.parameter))
          problems.push(`plugin ${tag(p)}: rule "${id}" does not read parameter "${a.parameter}"`);
        touch(`rule "${id}"`, p);
      }
    }
    for (const e of p.exceptions ?? []) {
      if (!rules.has(e.exceptionTo))
        problems.push(`plugin ${tag(p)} makes an exception to unknown rule "${e.exceptionTo}"`);
      touch(`rule "${e.exceptionTo}"`, p);
    }
    for (const s of p.calendar?.schedules ?? []) touch(`the announced schedule of ${s.year}`, p);
  }
  // every citation must point at a known document (core registry, core packs, or any loaded plugin)
  const docs = new Set(
    defaultRegistry()
      .list()
      .map((d) => d.id),
  );
  for (const pack of core) for (const d of pack.documents ?? []) docs.add(d.id);
  for (const p of plugins) for (const d of p.documents ?? []) docs.add(d.id);
  for (const p of plugins) {
    const cited = [
      ...(p.amendments ?? []).flatMap((a) => [...a.basis, ...a.values.flatMap((v) => v.citations ?? [])]),
      ...(p.exceptions ?? []).flatMap((e) => e.basis),
      ...(p.targets ?? []).flatMap((t) => t.basis),
      ...(p.parameters ?? []).flatMap((x) => x.values.flatMap((v) => v.citations)),
      ...(p.calendar?.anniversaries ?? []).flatMap((x) => x.citations ?? []),
    ];
    for (const id of new Set(cited.map((c) => c.document)))
      if (!docs.has(id)) problems.push(`plugin ${tag(p)} cites unknown document "${id}"`);
  }
  for (const [what, list] of touches)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (!ordered(list[i]!, list[j]!))
          problems.push(
            `plugins ${tag(list[i]!)} and ${tag(list[j]!)} both amend ${what} without a declared order: add \`after: ['${list[i]!.name}']\` to ${tag(list[j]!)} (or the reverse)`,
          );
  if (problems.length) throw new PluginLoadError(problems);
  const sorted = topologicalOrder(plugins, after);
  if ('cycle' in sorted) throw new PluginLoadError([`plugins declare a circular order: ${sorted.cycle.join(' → ')}`]);
  const byYear = new Map<number, AnnouncedYearSchedule>();
  for (const p of sorted.order) for (const s of p.calendar?.schedules ?? []) byYear.set(s.year, s);
  return { plugins: sorted.order, packs: sorted.order.map(compilePlugin), schedules: [...byYear.values()] };
}

function topologicalOrder(
  plugins: readonly Plugin[],
  after: ReadonlyMap<string, ReadonlySet<string>>,
): { order: Plugin[] } | { cycle: string[] } {
  const byName = new Map(plugins.map((p) => [p.name, p]));
  const order: Plugin[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: Plugin, path: string[]): string[] | undefined => {
    if (state.get(p.name) === 'done') return undefined;
    if (state.get(p.name) === 'visiting') return [...path.slice(path.indexOf(p.name)), p.name];
    state.set(p.name, 'visiting');
    for (const b of after.get(p.name) ?? []) {
      const dep = byName.get(b);
      if (!dep) continue; // an order relative to a plugin that is not loaded is moot
      const cycle = visit(dep, [...path, p.name]);
      if (cycle) return cycle;
    }
    state.set(p.name, 'done');
    order.push(p);
    return undefined;
  };
  for (const p of plugins) {
    const cycle = visit(p, []);
    if (cycle) return { cycle };
  }
  return { order };
}

/** An amendment must be stricter than every core value it overlaps, unless it declares that it loosens. */
function strictnessProblems(p: Plugin, a: Amendment, base: Parameter): string[] {
  const direction = a.stricter ?? (base as Parameter & { stricter?: Amendment['stricter'] }).stricter;
  if (!direction) {
    if (a.loosens) return [];
    return [
      `plugin ${tag(p)} amends "${a.parameter}" without saying which way is stricter: add \`stricter: 'lower' | 'higher'\` (or declare \`loosens\`)`,
    ];
  }
  const problems: string[] = [];
  for (const v of a.values)
    for (const b of base.values) {
      const overlaps = (b.to == null || b.to >= v.from) && (v.to == null || v.to >= b.from);
      if (!overlaps) continue;
      let stricter: boolean | undefined;
      if (typeof direction === 'function') stricter = direction(v.value, b.value);
      else if (typeof v.value === 'number' && typeof b.value === 'number')
        stricter = direction === 'lower' ? v.value <= b.value : v.value >= b.value;
      if (stricter === undefined)
        problems.push(
          `plugin ${tag(p)}: cannot compare amended "${a.parameter}" values; give \`stricter\` as a function`,
        );
      else if (!stricter && !a.loosens)
        problems.push(
          `plugin ${tag(p)} loosens "${a.parameter}" (${JSON.stringify(b.value)} → ${JSON.stringify(v.value)} from ${v.from}) without declaring it: add \`loosens: { reason }\``,
        );
    }
  return problems;
}
