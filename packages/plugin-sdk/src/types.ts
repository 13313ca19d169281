import type { AnnouncedYearSchedule } from '@dieule/core/calendar';
import type { CivilDate } from '@dieule/core/date';
import type { FactDeriver, Parameter, ParameterValue, RecordKind, RuleDefinition } from '@dieule/core/kernel';
import type { Citation, Confidence, LegalDocument, LocalizedText } from '@dieule/core/legal';
import type { z } from 'zod';

/** Which records a plugin is about: organizations by code (a code and everything under it). */
export interface PluginScope {
  readonly description: LocalizedText;
  /** `TX` covers `TX`, `TX.01`, `TX/02-3`, … (a separator `.`, `/` or `-` after the code). */
  readonly organizations: readonly string[];
}

/**
 * Which way a parameter's value is stricter: `lower` (a shorter deadline), `higher` (an older minimum age), or a
 * comparison returning true when `amended` is at least as strict as `core`.
 */
export type Strictness = 'lower' | 'higher' | ((amended: unknown, core: unknown) => boolean);

/** One amended value. Its citations default to the amendment's `basis`. */
export type AmendedValue<T = unknown> = Omit<ParameterValue<T>, 'citations'> & {
  readonly citations?: readonly Citation[];
};

/**
 * A declared amendment of a core (or another plugin's) parameter. Plugins amend parameters; they never patch rules.
 * By default the amendment must be stricter than the value it replaces; loosening needs `loosens`, and the report
 * shows it.
 */
export interface Amendment<T = unknown> {
  /** The parameter amended (`member.recognition.decisionWorkingDays`). */
  readonly parameter: string;
  /** The rules whose behaviour changes (they must read the parameter). */
  readonly rules?: readonly string[];
  /** The local text that sets the new value. */
  readonly basis: readonly Citation[];
  readonly values: readonly AmendedValue<T>[];
  /** Which way is stricter, when the parameter does not say. */
  readonly stricter?: Strictness;
  /** Explicit declaration that the amendment loosens the rule, with the reason (shown in every report). */
  readonly loosens?: { readonly reason: LocalizedText };
  /** Plugins whose amendment of the same parameter or rules this one is applied after (declared order). */
  readonly after?: readonly string[];
}

/**
 * A Catala-style exception: in the plugin's scope (from a date), a rule does not apply; optionally the plugin's own
 * rule applies instead.
 */
export interface RuleException {
  /** The rule this is an exception to. */
  readonly exceptionTo: string;
  /** The plugin's rule that applies instead, if any. */
  readonly replacedBy?: string;
  readonly from?: CivilDate;
  readonly reason: LocalizedText;
  readonly basis: readonly Citation[];
  /** Plugins whose exception to the same rule this one is applied after. */
  readonly after?: readonly string[];
}

/** One organization's target for one year. */
export interface TargetEntry {
  readonly organization: string;
  readonly year: number;
  readonly target: number;
}

/** What a target counts: built-in `admissions` (admission decisions, with losses side by side) or a custom count. */
export type TargetMeasure =
  | 'admissions'
  | {
      readonly appliesTo: readonly string[];
      /** What one record contributes: per organization and year, how many. */
      readonly count: (record: any) => readonly { organization: string; year: number; value: number }[];
      readonly unit: LocalizedText;
    };

/** Targets set by a committee's resolution (chỉ tiêu), per organization and year; reports show attainment. */
export interface Targets {
  /** Namespaced id (`tinh-x/targets.admission`). */
  readonly id: string;
  readonly title: LocalizedText;
  readonly measure: TargetMeasure;
  readonly basis: readonly Citation[];
  readonly entries: readonly TargetEntry[];
}

/** A local anniversary (ngày truyền thống, ngày giải phóng tỉnh) shipped as calendar data. */
export interface LocalAnniversary {
  /** `MM-DD` for a yearly date. */
  readonly monthDay: `${number}-${number}`;
  readonly title: LocalizedText;
  readonly since?: number;
  readonly citations?: readonly Citation[];
}

/** Calendar data a plugin brings: announced schedules (a new year's days off) and local anniversaries. */
export interface PluginCalendar {
  readonly schedules?: readonly AnnouncedYearSchedule[];
  readonly anniversaries?: readonly LocalAnniversary[];
}

/** Messages the plugin ships, by key, in every locale (each locale must have every key). */
export interface PluginLocales {
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** Extra fields for a record kind (zod, from `z` of this package); every field must be optional. */
export type SchemaExtensions = Readonly<Record<string, Readonly<Record<string, z.ZodType>>>>;

/** What a plugin author writes. See `docs/guides/write-a-plugin.md`. */
export interface PluginDefinition {
  /** Package-like name (`tinh-x`, `@tinh-x/dieule-rules`). */
  readonly name: string;
  /** Semantic version; it appears in every issue's provenance and in report meta. */
  readonly version: string;
  /** Id prefix of everything the plugin defines (`tinh-x` → `tinh-x/meeting.quality`); default: derived from name. */
  readonly namespace?: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Records the plugin is about; without it, every record. */
  readonly scope?: PluginScope;
  /** Local documents (ids in the namespace; kind `local` usually). */
  readonly documents?: readonly LegalDocument[];
  readonly rules?: readonly RuleDefinition[];
  /** The plugin's own parameters (ids in the namespace). */
  readonly parameters?: readonly Parameter[];
  /** The plugin's own record kinds (names in the namespace). */
  readonly recordKinds?: readonly RecordKind[];
  readonly amendments?: readonly Amendment[];
  readonly exceptions?: readonly RuleException[];
  readonly extensions?: SchemaExtensions;
  readonly derive?: readonly FactDeriver[];
  readonly targets?: readonly Targets[];
  readonly calendar?: PluginCalendar;
  readonly locales?: PluginLocales;
  /** Plugins this one is applied after, for everything both amend. */
  readonly after?: readonly string[];
}

/** A plugin checked by {@link definePlugin}: deep-frozen, with its namespace resolved. */
export type Plugin = PluginDefinition & { readonly namespace: string; readonly [PLUGIN]: true };

/** Brand of checked plugins (a registered symbol, so that two copies of the SDK agree). */
export const PLUGIN: unique symbol = Symbol.for('dieule.plugin');

/** Confidence re-exported for authors' convenience. */
export type { Confidence };
