import type { LegalDocument } from '../legal/types.js';
import type { Parameter } from './parameter.js';
import type { RecordKind } from './record-kind.js';
import type { RuleDefinition } from './rule.js';
import type { Provenance } from './types.js';

/**
 * A set of rules with everything they need. The core rule families form one pack; each plugin compiles to one.
 */
export interface RulePack {
  readonly provenance: Provenance;
  readonly rules: readonly RuleDefinition[];
  readonly parameters?: readonly Parameter[];
  readonly recordKinds?: readonly RecordKind[];
  readonly documents?: readonly LegalDocument[];
  /**
   * Parameter values that replace a parameter's values from a date on (declared amendments from plugins).
   * Applied in pack order after all packs' parameters are known.
   */
  readonly parameterAmendments?: readonly ParameterAmendment[];
  /** Rule ids this pack switches off, each with the exception it declares. */
  readonly disabledRules?: readonly { readonly ruleId: string; readonly from?: string; readonly reason: string }[];
}

/** A declared change to a parameter's value by a pack other than its owner. */
export interface ParameterAmendment {
  readonly parameter: string;
  readonly values: Parameter['values'];
  /** Set when the amendment loosens the rule; the report shows it. */
  readonly loosens?: boolean;
}
