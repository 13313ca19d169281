/**
 * The rule catalogue of a rule set: one entry per rule (what `dieule rules --json` prints and the docs pages show),
 * with its versions, citations, effective window, parameters and provenance, sorted by id.
 */
import type { RuleEntry } from './pack-check.js';
import type { ParameterMap } from './rule.js';
import type { CatalogueEntry } from './types.js';

/** The catalogue entries of `rules`, sorted by id. */
export function catalogueOf(rules: readonly RuleEntry[]): CatalogueEntry[] {
  return rules
    .map(({ def, provenance }) => {
      const versions = [...def.versions].sort((a, b) => (a.from < b.from ? -1 : 1));
      const last = versions[versions.length - 1]!;
      return {
        id: def.id,
        family: def.family,
        title: def.title,
        ...(def.description ? { description: def.description } : {}),
        severity: def.severity,
        appliesTo: def.appliesTo,
        citations: last.citations,
        effective: { from: versions[0]!.from, to: versions.some((v) => v.to == null) ? null : (last.to ?? null) },
        confidence: last.confidence,
        parameters: Object.values((def.parameters ?? {}) as ParameterMap).map((p) => p.id),
        provenance,
        versions: versions.map((v) => ({
          effective: { from: v.from, to: v.to ?? null },
          citations: v.citations,
          confidence: v.confidence,
          severity: v.severity ?? def.severity,
          ...(v.note ? { note: v.note } : {}),
        })),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
