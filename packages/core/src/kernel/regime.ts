/**
 * Regimes of a rule set: the dates on which the rules in force change, and the compilation of the rules in force
 * on the first day of a regime (versions and parameter values picked once, then used for every record).
 */
import type { CivilDate } from '../date/civil-date.js';
import type { Citation } from '../legal/types.js';
import { dayAfter } from './engine-support.js';
import { type Parameter, type ParameterValue, parameterAt } from './parameter.js';
import type { ParameterMap, RuleDefinition } from './rule.js';
import type { CompiledRule } from './subject-context.js';
import type { Provenance } from './types.js';

/**
 * The rules in force on `date` (the first day of a regime), each with its version, its parameter values on that day
 * and their citations. A rule is left out when no version is in force, when an exception switches it off, or when a
 * required parameter has no value (an optional one reads `undefined`).
 */
export function compileRegime(
  rules: readonly { readonly def: RuleDefinition; readonly provenance: Provenance }[],
  disabled: ReadonlyMap<string, readonly { from?: string; reason: string }[]>,
  date: CivilDate,
  parameters: ReadonlyMap<string, Parameter>,
): ReadonlyMap<RuleDefinition, CompiledRule> {
  const byRule = new Map<RuleDefinition, CompiledRule>();
  for (const { def, provenance } of rules) {
    const version = def.versions.find((v) => date >= v.from && (v.to == null || date <= v.to));
    if (!version) continue;
    const off = disabled.get(def.id);
    if (off?.some((d) => !d.from || date >= d.from)) continue;
    const params: Record<string, unknown> = {};
    const paramCitations: Citation[] = [];
    let missing = false;
    for (const [local, declared] of Object.entries((def.parameters ?? {}) as ParameterMap)) {
      const param = parameters.get(declared.id) ?? declared;
      const value: ParameterValue | undefined = parameterAt(param, date);
      if (!value) {
        if (def.optionalParameters?.includes(local)) {
          params[local] = undefined;
          continue;
        }
        missing = true;
        break;
      }
      params[local] = value.value;
      paramCitations.push(...value.citations);
    }
    if (missing) continue;
    const compiled: CompiledRule = {
      def,
      version,
      params: Object.freeze(params),
      paramCitations,
      severity: version.severity ?? def.severity,
      check: (version.check ?? def.check) as CompiledRule['check'],
      provenance,
    };
    byRule.set(def, compiled);
  }
  return byRule;
}

/**
 * Regime boundaries: every date on which some rule version, parameter value (amended ones included) or exception
 * starts or stops, sorted. Between two boundaries the rules in force do not change.
 */
export function regimeBoundaries(
  rules: readonly { readonly def: RuleDefinition }[],
  params: ReadonlyMap<string, Parameter>,
  disabled: ReadonlyMap<string, readonly { from?: string }[]>,
  scopedOff: ReadonlyMap<string, readonly { from?: string }[]>,
  amendedDates: ReadonlySet<CivilDate>,
): CivilDate[] {
  const b = new Set<CivilDate>();
  for (const { def } of rules)
    for (const v of def.versions) {
      b.add(v.from);
      if (v.to) b.add(dayAfter(v.to));
    }
  for (const param of params.values())
    for (const v of param.values) {
      b.add(v.from);
      if (v.to) b.add(dayAfter(v.to));
    }
  for (const list of disabled.values()) for (const d of list) if (d.from) b.add(d.from as CivilDate);
  for (const list of scopedOff.values()) for (const d of list) if (d.from) b.add(d.from as CivilDate);
  for (const d of amendedDates) b.add(d);
  return [...b].sort();
}
