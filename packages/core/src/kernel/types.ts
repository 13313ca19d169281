import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';

/** How serious an issue is. `error` makes a record invalid; `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** A path inside a record, as zod and JSON Pointer see it. */
export type Path = readonly (string | number)[];

/** Who said it: the core rules or a plugin (name and version). */
export type Provenance =
  | { readonly source: 'core'; readonly version: string }
  | { readonly source: 'plugin'; readonly name: string; readonly version: string };

/** A fact value that can be put in a report (JSON-safe). */
export type FactValue = string | number | boolean | null | readonly FactValue[] | { readonly [k: string]: FactValue };

/** The values a decision used, by name (`birthDate`, `actDate`, `ageMonths`, `minMonths`, …). */
export type Facts = Readonly<Record<string, FactValue>>;

/** An issue found in one record. Same JSON from the library, the CLI and the HTTP service. */
export interface Issue {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Path inside the record (`events.3.date`). */
  readonly path: Path;
  /** Where the value came from, when an adapter knows it (`Danh sách!C12`). */
  readonly location?: string;
  /** Message rendered in the report's locale. */
  readonly message: string;
  /** Stable message key inside the rule (`tooYoung`). */
  readonly messageId: string;
  readonly citations: readonly Citation[];
  readonly facts: Facts;
  /** The rule version used: the first day of its effective window. */
  readonly ruleVersion?: CivilDate;
  readonly confidence?: Confidence;
  readonly provenance: Provenance;
  /** Record id when it has one, otherwise its 0-based index in the input. */
  readonly record: string | number;
}

/** A derived fact about a record (status, party age, next deadline, …), with its basis. */
export interface DerivedFact {
  readonly record: string | number;
  readonly name: string;
  readonly value: FactValue;
  readonly label: string;
  readonly citations: readonly Citation[];
  readonly provenance: Provenance;
}

/** Summary counts of a report. `records = valid + withErrors` always holds. */
export interface ReportSummary {
  readonly records: number;
  readonly valid: number;
  readonly withErrors: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly byRule: Readonly<Record<string, number>>;
}

/** Report metadata. */
export interface ReportMeta {
  readonly library: { readonly name: string; readonly version: string };
  /** Hash of the rule set (rules, versions, parameters, plugins) used. */
  readonly ruleSetHash: string;
  /** Reporting date for "is it overdue now?" questions. */
  readonly asOf: CivilDate;
  readonly locale: 'vi' | 'en';
  readonly plugins: readonly { readonly name: string; readonly version: string }[];
  /** Parameter amendments made by plugins (present when a plugin amends one); loosening ones say so. */
  readonly amendments?: readonly AmendmentNote[];
  /** Core rules a plugin switched off for its scope (Catala-style exceptions). */
  readonly exceptions?: readonly ExceptionNote[];
}

/** A parameter amendment as a report shows it. */
export interface AmendmentNote {
  readonly parameter: string;
  readonly rules: readonly string[];
  readonly by: Provenance;
  readonly from: CivilDate;
  readonly loosens: boolean;
  readonly basis: readonly Citation[];
  readonly reason?: LocalizedText;
  /** The records it applies to, when the plugin has a scope. */
  readonly scope?: LocalizedText;
}

/** A rule exception as a report shows it. */
export interface ExceptionNote {
  readonly ruleId: string;
  readonly by: Provenance;
  readonly from?: string;
  readonly reason: string;
  readonly replacedBy?: string;
  readonly scope?: LocalizedText;
  readonly basis: readonly Citation[];
}

/** A validation report. `format` versions the JSON contract. */
export interface Report {
  readonly format: 'dieule.report/1';
  readonly meta: ReportMeta;
  readonly summary: ReportSummary;
  readonly issues: readonly Issue[];
  readonly facts?: readonly DerivedFact[];
  /** Figures over all records (targets and attainment), when a pack defines aggregates. */
  readonly aggregates?: readonly AggregateFact[];
}

/** A figure computed over every record of a report (e.g. admissions against a target), with its basis. */
export interface AggregateFact {
  readonly id: string;
  readonly key: string;
  readonly label: string;
  readonly value: FactValue;
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly citations: readonly Citation[];
  readonly provenance: Provenance;
}

/** One entry of the rule catalogue (what `dieule rules --json` prints). */
export interface CatalogueEntry {
  readonly id: string;
  readonly family: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly severity: Severity;
  readonly appliesTo: readonly string[];
  readonly citations: readonly Citation[];
  readonly effective: { readonly from: CivilDate; readonly to: CivilDate | null };
  readonly confidence: Confidence;
  readonly parameters: readonly string[];
  readonly provenance: Provenance;
  readonly versions: readonly {
    readonly effective: { readonly from: CivilDate; readonly to: CivilDate | null };
    readonly citations: readonly Citation[];
    readonly confidence: Confidence;
    readonly severity: Severity;
    readonly note?: LocalizedText;
  }[];
}
