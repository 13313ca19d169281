import type { LegalDocument } from '../legal/types.js';
import { schemaFingerprint } from './extensions.js';
import { canonicalJson, fnv1a64 } from './hash.js';
import { LIBRARY } from './library.js';
import type { RulePack } from './pack.js';
import type { Parameter } from './parameter.js';
import type { RuleDefinition } from './rule.js';
import type { Provenance } from './types.js';

/** What the rule-set hash is computed from (the engine's rule set after load). */
export interface RuleSetHashInput {
  readonly packs: readonly RulePack[];
  readonly documents: readonly LegalDocument[];
  readonly rules: readonly { readonly def: RuleDefinition; readonly provenance: Provenance }[];
  /** Parameters after amendments and carry-over (any order: they are sorted by id). */
  readonly params: readonly Parameter[];
  readonly disabled: ReadonlyMap<string, readonly { from?: string; reason: string }[]>;
  readonly extensions: readonly { kind: string; by: Provenance; fields: Record<string, unknown> }[];
}

/** The engine's `ruleSetHash`: 16 hex digits identifying the rule set in reports (see the comments below). */
export function ruleSetHash(input: RuleSetHashInput): string {
  const nonCore = input.packs.filter((p) => p.provenance.source !== 'core');
  // The rule-set hash is computed from data: the library version, the packs' versions, every rule's dated
  // versions (windows, citations, confidence) and messages, the parameters and the documents. Check functions count
  // by presence only, so the ESM, CommonJS and source builds of one release agree (a worker thread loading another
  // build computes the same hash).
  return fnv1a64(
    canonicalJson({
      library: LIBRARY,
      packs: input.packs.map((p) => p.provenance),
      documents: input.documents,
      // Core logic is identified by the library version (in `packs`), not by its source text: that text changes
      // with whatever transpiled it (tsx, vite, tsup), and a release must hash alike in Node, the browser and docs.
      rules: input.rules.map(({ def, provenance }) => ({
        id: def.id,
        provenance,
        versions: provenance.source === 'core' ? def.versions.map(withoutCheck) : def.versions,
        messages: def.messages,
        appliesTo: def.appliesTo,
        severity: def.severity,
        ...(provenance.source === 'core' ? {} : { check: def.check, select: def.select }),
      })),
      // sorted: a namespace import (`import * as`) lists its keys in another order once bundled
      params: [...input.params].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      disabled: [...input.disabled.entries()],
      // Plugin content beyond rules: any change to it changes the hash (core content is covered by its version).
      ...(nonCore.length
        ? {
            plugins: nonCore.map((p) => ({
              by: p.provenance,
              documents: p.documents ?? [],
              amendments: p.parameterAmendments ?? [],
              disabledRules: p.disabledRules ?? [],
              scope: p.scope ? { organizations: p.scope.organizations ?? null, test: p.scope.test } : null,
              derivers: p.derivers ?? [],
              aggregates: p.aggregates ?? [],
              data: p.data ?? null,
              kinds: (p.recordKinds ?? []).map((k) => ({
                kind: k.kind,
                schema: schemaFingerprint(k.schema),
                derive: k.derive ?? null,
              })),
            })),
            extensions: input.extensions,
          }
        : {}),
    }),
  );
}

/** A rule version as data (its optional check replaced by nothing), for the rule-set hash of core rules. */
function withoutCheck(v: RuleDefinition['versions'][number]): Omit<RuleDefinition['versions'][number], 'check'> {
  const { check: _check, ...data } = v;
  return data;
}
