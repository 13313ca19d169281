/**
 * Load-time carry-over of a rule set: open-ended rule versions, parameter values and amendment values end with the
 * documents they cite and go on under the documents that replaced them (see `legal/carry-over.ts`), with the 2026
 * confirmations for core rules and parameters. Run once when an engine is built, never per record.
 */
import { carryOver } from '../legal/carry-over.js';
import { confirmations2026 } from '../legal/data/confirmations-2026.js';
import type { LegalDocument } from '../legal/types.js';
import type { ParameterAmendment } from './pack.js';
import type { Parameter } from './parameter.js';
import type { RuleDefinition } from './rule.js';

/** Finds a document by id (the engine's registry). */
export type DocumentLookup = (id: string) => LegalDocument | undefined;

/** Carries over every parameter's values in place (declared parameters and those rules carry). */
export function carryOverParameters(params: Map<string, Parameter>, lookup: DocumentLookup): void {
  for (const [id, param] of params)
    params.set(id, { ...param, values: carryOver(param.values, lookup, confirmations2026[id]) });
}

/** A plugin's amendment with its open-ended values carried over (no confirmations: those are core's). */
export function carryOverAmendment(declared: ParameterAmendment, lookup: DocumentLookup): ParameterAmendment {
  return { ...declared, values: carryOver(declared.values, lookup) };
}

/** A rule with its versions carried over. */
export function carryOverRule(declared: RuleDefinition, lookup: DocumentLookup): RuleDefinition {
  return { ...declared, versions: carryOver(declared.versions, lookup, confirmations2026[declared.id]) };
}
