import type { Citation, LegalDocument, LocalizedText } from '../legal/types.js';
import type { Parameter } from './parameter.js';
import type { DeriveContext, RecordKind } from './record-kind.js';
import type { RuleDefinition } from './rule.js';
import type { AggregateFact, DerivedFact, Provenance } from './types.js';

/**
 * A set of rules with everything they need. The core rule families form one pack; each plugin compiles to one
 * (`compilePlugin` in `@dieule/plugin-sdk`).
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
  /** Rule ids this pack switches off, each with the exception it declares. Limited to the pack's scope, if any. */
  readonly disabledRules?: readonly DisabledRule[];
  /**
   * The records this pack is about (a province's organizations). The pack's rules run only on records in scope, and
   * its disabled rules are off only for them. Without a scope, the pack applies to every record.
   */
  readonly scope?: PackScope;
  /** Extra fields for record kinds of other packs (validated, and exported in JSON Schema). */
  readonly schemaExtensions?: readonly SchemaExtension[];
  /** Facts this pack derives about records of any kind (the engine stamps the pack's provenance on them). */
  readonly derivers?: readonly FactDeriver[];
  /** Figures computed over all the records of a report (targets and their attainment, counts). */
  readonly aggregates?: readonly Aggregate[];
  /** Reference data the pack brings (calendar schedules, targets, locales): part of the rule-set hash. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A declared change to a parameter's value by a pack other than its owner. */
export interface ParameterAmendment {
  readonly parameter: string;
  readonly values: Parameter['values'];
  /** Set when the amendment loosens the rule; the report shows it. */
  readonly loosens?: boolean;
  /** The core rule(s) whose behaviour the amendment changes (for the report and the catalogue). */
  readonly rules?: readonly string[];
  /** The legal basis of the amendment (the local document that sets the value). */
  readonly basis?: readonly Citation[];
  /** Why the amendment loosens the rule (required by the SDK when `loosens` is set). */
  readonly reason?: LocalizedText;
}

/** A rule switched off by a pack, Catala style: an exception to the rule, possibly replaced by the pack's own rule. */
export interface DisabledRule {
  readonly ruleId: string;
  /** First day the exception applies; always when absent. */
  readonly from?: string;
  readonly reason: string;
  /** The pack's rule that applies instead (`tinh-x/admission.steps`), if any. */
  readonly replacedBy?: string;
  /** The legal basis of the exception. */
  readonly basis?: readonly Citation[];
}

/** Which records a pack is about. */
export interface PackScope {
  /** Human description shown in reports (`Organizations of Tỉnh X (code TX)`). */
  readonly description: LocalizedText;
  /** Organization codes: a record is in scope when its `organization` equals one or starts with `code.`/`code/`/`code-`. */
  readonly organizations?: readonly string[];
  /** The test itself (the SDK builds it from `organizations`). */
  readonly test: (record: unknown) => boolean;
}

/** Extra fields for a record kind. Fields must accept `undefined`: an extension never rejects a core-valid record. */
export interface SchemaExtension {
  readonly kind: string;
  /** zod schemas by field name (same zod as core: `z` from `@dieule/plugin-sdk`). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A derived fact as a pack's deriver returns it; the engine adds `record` and `provenance`. */
export type DerivedFactDraft = Omit<DerivedFact, 'record' | 'provenance'>;

/** Derives facts about records of some kinds. */
export interface FactDeriver {
  readonly appliesTo: readonly string[];
  readonly derive: (record: any, ctx: DeriveContext) => readonly DerivedFactDraft[];
}

/** One observation an aggregate takes from a record (e.g. "one admission in organization TX, year 2023"). */
export interface Observation {
  readonly key: string;
  readonly value: number;
}

/** A figure over a report: observe every record of its kinds the schema accepted (whatever the pack scope), then summarize. */
export interface Aggregate {
  readonly id: string;
  readonly title: LocalizedText;
  readonly appliesTo: readonly string[];
  /** What one (parsed, valid or not) record contributes. */
  readonly observe: (record: any, ctx: DeriveContext) => readonly Observation[];
  /** Turns the totals by key into facts. Keys never observed get a total of 0 if the aggregate lists them. */
  readonly summarize: (
    totals: ReadonlyMap<string, number>,
    ctx: { readonly locale: 'vi' | 'en'; readonly asOf: string },
  ) => readonly Omit<AggregateFact, 'provenance' | 'id'>[];
}
