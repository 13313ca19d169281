/**
 * Load-time checks of a rule set: each step reads the packs (documents, record kinds and their extensions,
 * parameters, amendments, rules, exceptions, derivers and aggregates, citation windows), assembles what the engine
 * keeps and pushes every problem it finds, in pack order, onto the list the engine throws as `EngineConfigError`.
 * Run once when an engine is built, never per record.
 */
import type { CivilDate } from '../date/civil-date.js';
import { DocumentRegistry, defaultRegistry } from '../legal/registry.js';
import { checkCitationWindows } from '../legal/windows.js';
import { carryOverAmendment, carryOverRule, type DocumentLookup } from './carry-over.js';
import { amendParameter, dayAfter } from './engine-support.js';
import { extendRecordKind, provenanceLabel as label, schemaFingerprint } from './extensions.js';
import type { Aggregate, FactDeriver, ParameterAmendment, RulePack } from './pack.js';
import type { Parameter } from './parameter.js';
import type { RecordKind } from './record-kind.js';
import type { ParameterMap, RuleDefinition } from './rule.js';
import type { AmendmentNote, ExceptionNote, Provenance } from './types.js';

/** An aggregate with the pack that defines it. */
export interface AggregateEntry {
  readonly aggregate: Aggregate;
  readonly provenance: Provenance;
  readonly scope: ((record: unknown) => boolean) | undefined;
}

/** A rule with the pack that defines it. */
export interface RuleEntry {
  readonly def: RuleDefinition;
  readonly provenance: Provenance;
  /** The pack's scope: the rule runs only on records in it. */
  readonly scope?: (record: unknown) => boolean;
}

/** A record kind with the pack that defines it. */
export interface KindEntry {
  kind: RecordKind;
  provenance: Provenance;
}

/** A schema extension as the rule-set hash sees it (field fingerprints). */
export interface ExtensionEntry {
  kind: string;
  by: Provenance;
  fields: Record<string, unknown>;
}

/** The amendments of a pack with a scope: they apply only to records the test accepts. */
export interface ScopedAmender {
  test: (record: unknown) => boolean;
  amendments: readonly ParameterAmendment[];
}

/** A fact deriver with its pack's provenance and scope. */
export interface DeriverEntry {
  deriver: FactDeriver;
  provenance: Provenance;
  scope: ((record: unknown) => boolean) | undefined;
}

/** The default registry plus the documents packs add; a plugin may not reuse an id. */
export function checkDocuments(packs: readonly RulePack[], problems: string[]): DocumentRegistry {
  const docs = defaultRegistry().list();
  const seenDocs = new Set(docs.map((d) => d.id));
  const extraDocs = [];
  for (const p of packs)
    for (const d of p.documents ?? []) {
      if (seenDocs.has(d.id)) {
        if (p.provenance.source !== 'core')
          problems.push(`document id "${d.id}" of ${label(p.provenance)} already exists`);
        continue;
      }
      seenDocs.add(d.id);
      extraDocs.push(d);
    }
  return extraDocs.length ? new DocumentRegistry([...docs, ...extraDocs]) : defaultRegistry();
}

/** Record kinds by name, with the packs' schema extensions applied. */
export function checkRecordKinds(
  packs: readonly RulePack[],
  problems: string[],
): { kinds: Map<string, KindEntry>; extensions: ExtensionEntry[] } {
  const kinds = new Map<string, KindEntry>();
  for (const p of packs)
    for (const k of p.recordKinds ?? []) {
      if (kinds.has(k.kind)) problems.push(`record kind "${k.kind}" defined twice (${label(p.provenance)})`);
      kinds.set(k.kind, { kind: k, provenance: p.provenance });
    }
  const extensions: ExtensionEntry[] = [];
  for (const p of packs)
    for (const ext of p.schemaExtensions ?? []) {
      const base = kinds.get(ext.kind);
      if (!base) {
        problems.push(`${label(p.provenance)} extends unknown record kind "${ext.kind}"`);
        continue;
      }
      const out = extendRecordKind(base.kind, ext.fields, label(p.provenance));
      if ('problem' in out) problems.push(out.problem);
      else {
        kinds.set(ext.kind, { kind: out.kind, provenance: base.provenance });
        extensions.push({
          kind: ext.kind,
          by: p.provenance,
          fields: Object.fromEntries(Object.entries(ext.fields).map(([k, f]) => [k, schemaFingerprint(f)])),
        });
      }
    }
  return { kinds, extensions };
}

/** Parameters by id: those packs declare and those their rules carry (one object may appear more than once). */
export function checkParameters(packs: readonly RulePack[], problems: string[]): Map<string, Parameter> {
  const params = new Map<string, Parameter>();
  const addParam = (param: Parameter, owner: Provenance) => {
    const existing = params.get(param.id);
    if (existing && existing !== param) problems.push(`parameter "${param.id}" defined twice (${label(owner)})`);
    params.set(param.id, param);
  };
  for (const p of packs) {
    for (const param of p.parameters ?? []) addParam(param, p.provenance);
    for (const r of p.rules)
      for (const param of Object.values((r.parameters ?? {}) as ParameterMap)) addParam(param, p.provenance);
  }
  return params;
}

/**
 * Applies the packs' parameter amendments (carried over) to `params` in place: unscoped ones directly, scoped ones
 * kept aside as variants. Returns the notes for the report and the dates on which an amended value starts or stops.
 */
export function checkAmendments(
  packs: readonly RulePack[],
  params: Map<string, Parameter>,
  lookup: DocumentLookup,
  problems: string[],
): { amendments: AmendmentNote[]; scopedAmenders: ScopedAmender[]; amendedDates: Set<CivilDate> } {
  const amendments: AmendmentNote[] = [];
  const scopedAmenders: ScopedAmender[] = [];
  const amendedDates = new Set<CivilDate>();
  for (const p of packs) {
    if (p.scope && p.parameterAmendments?.length)
      scopedAmenders.push({
        test: p.scope.test,
        amendments: p.parameterAmendments.map((a) => carryOverAmendment(a, lookup)),
      });
    for (const declared of p.parameterAmendments ?? []) {
      // a plugin's open-ended values also end with their documents and go on carried over
      const a = carryOverAmendment(declared, lookup);
      const base = params.get(a.parameter);
      if (!base) {
        problems.push(`${label(p.provenance)} amends unknown parameter "${a.parameter}"`);
        continue;
      }
      for (const v of a.values) {
        amendedDates.add(v.from);
        if (v.to) amendedDates.add(dayAfter(v.to));
      }
      if (!p.scope) params.set(a.parameter, amendParameter(base, a.values));
      const first = [...a.values].sort((x, y) => (x.from < y.from ? -1 : 1))[0];
      if (first)
        amendments.push({
          parameter: a.parameter,
          rules: a.rules ?? [],
          by: p.provenance,
          from: first.from,
          loosens: a.loosens === true,
          basis: a.basis ?? first.citations,
          ...(a.reason ? { reason: a.reason } : {}),
          ...(p.scope ? { scope: p.scope.description } : {}),
        });
    }
  }
  return { amendments, scopedAmenders, amendedDates };
}

/** The rules (versions carried over) with their packs; ids unique, kinds known, versions apart, documents known. */
export function checkRules(
  packs: readonly RulePack[],
  kinds: ReadonlyMap<string, KindEntry>,
  documents: DocumentRegistry,
  lookup: DocumentLookup,
  problems: string[],
): { rules: RuleEntry[]; ids: Set<string> } {
  const rules: RuleEntry[] = [];
  const ids = new Set<string>();
  for (const p of packs)
    for (const declared of p.rules) {
      const def = carryOverRule(declared, lookup);
      if (ids.has(def.id)) problems.push(`rule id "${def.id}" defined twice (${label(p.provenance)})`);
      ids.add(def.id);
      for (const k of def.appliesTo)
        if (!kinds.has(k)) problems.push(`rule "${def.id}" applies to unknown record kind "${k}"`);
      if (def.versions.length === 0) problems.push(`rule "${def.id}" has no version`);
      const sorted = [...def.versions].sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        if (prev.to == null || prev.to >= sorted[i]!.from)
          problems.push(`rule "${def.id}": versions from ${prev.from} and ${sorted[i]!.from} overlap`);
      }
      for (const v of def.versions)
        for (const c of v.citations)
          if (!documents.has(c.document)) problems.push(`rule "${def.id}" cites unknown document "${c.document}"`);
      rules.push(p.scope ? { def, provenance: p.provenance, scope: p.scope.test } : { def, provenance: p.provenance });
    }
  return { rules, ids };
}

/** The rules packs switch off (everywhere, or only in their scope), with the notes for the report. */
export function checkExceptions(
  packs: readonly RulePack[],
  ids: ReadonlySet<string>,
  problems: string[],
): {
  disabled: Map<string, { from?: string; reason: string }[]>;
  scopedOff: Map<string, { from?: string; test: (record: unknown) => boolean }[]>;
  exceptions: ExceptionNote[];
} {
  const disabled = new Map<string, { from?: string; reason: string }[]>();
  const scopedOff = new Map<string, { from?: string; test: (record: unknown) => boolean }[]>();
  const exceptions: ExceptionNote[] = [];
  for (const p of packs)
    for (const d of p.disabledRules ?? []) {
      if (!ids.has(d.ruleId)) problems.push(`${label(p.provenance)} disables unknown rule "${d.ruleId}"`);
      if (d.replacedBy && !ids.has(d.replacedBy))
        problems.push(`${label(p.provenance)} replaces "${d.ruleId}" by unknown rule "${d.replacedBy}"`);
      if (p.scope) {
        const test = p.scope.test;
        scopedOff.set(d.ruleId, [...(scopedOff.get(d.ruleId) ?? []), d.from ? { from: d.from, test } : { test }]);
      } else
        disabled.set(d.ruleId, [
          ...(disabled.get(d.ruleId) ?? []),
          d.from ? { from: d.from, reason: d.reason } : { reason: d.reason },
        ]);
      exceptions.push({
        ruleId: d.ruleId,
        by: p.provenance,
        ...(d.from ? { from: d.from } : {}),
        reason: d.reason,
        ...(d.replacedBy ? { replacedBy: d.replacedBy } : {}),
        ...(p.scope ? { scope: p.scope.description } : {}),
        basis: d.basis ?? [],
      });
    }
  return { disabled, scopedOff, exceptions };
}

/** Fact derivers by record kind and aggregates, with their packs; kinds known, aggregate ids unique. */
export function checkDeriversAndAggregates(
  packs: readonly RulePack[],
  kinds: ReadonlyMap<string, KindEntry>,
  problems: string[],
): { derivers: Map<string, DeriverEntry[]>; aggregates: AggregateEntry[] } {
  const derivers = new Map<string, DeriverEntry[]>();
  const aggregates: AggregateEntry[] = [];
  for (const p of packs) {
    for (const d of p.derivers ?? [])
      for (const k of d.appliesTo) {
        if (!kinds.has(k)) problems.push(`${label(p.provenance)} derives facts for unknown record kind "${k}"`);
        derivers.set(k, [...(derivers.get(k) ?? []), { deriver: d, provenance: p.provenance, scope: p.scope?.test }]);
      }
    for (const a of p.aggregates ?? []) {
      for (const k of a.appliesTo)
        if (!kinds.has(k)) problems.push(`aggregate "${a.id}" applies to unknown record kind "${k}"`);
      if (aggregates.some((x) => x.aggregate.id === a.id)) problems.push(`aggregate id "${a.id}" defined twice`);
      aggregates.push({ aggregate: a, provenance: p.provenance, scope: p.scope?.test });
    }
  }
  return { derivers, aggregates };
}

/** Every rule version and parameter value lies inside the window of each document it cites; one point, one mark. */
export function citationWindowProblems(
  rules: readonly RuleEntry[],
  params: ReadonlyMap<string, Parameter>,
  scopedAmenders: readonly ScopedAmender[],
  lookup: DocumentLookup,
): string[] {
  return checkCitationWindows(
    [
      ...rules.flatMap(({ def }) =>
        def.versions.map((window) => ({ owner: { kind: 'rule' as const, id: def.id }, window })),
      ),
      ...[...params.values()].flatMap((param) =>
        param.values.map((window) => ({ owner: { kind: 'parameter' as const, id: param.id }, window })),
      ),
      ...scopedAmenders.flatMap((a) =>
        a.amendments.flatMap((am) =>
          am.values.map((window) => ({ owner: { kind: 'parameter' as const, id: am.parameter }, window })),
        ),
      ),
    ],
    lookup,
  );
}
