import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';
import type { WorkingDayCalendar } from './calendar-port.js';
import type { Parameter } from './parameter.js';
import type { Facts, FactValue, Path, Severity } from './types.js';

/** A map of parameters a rule reads, by local name. */
export type ParameterMap = Readonly<Record<string, Parameter<any>>>;

/** The values of a rule's parameters in force at the act date. */
export type ParameterValues<P extends ParameterMap> = {
  readonly [K in keyof P]: P[K] extends Parameter<infer T> ? T : never;
};

/**
 * One thing a rule judges inside a record, at its own act date: the whole record (an admission judged at the day the
 * cell voted), or each of several events (each transfer judged at its own date).
 */
export interface Subject<S> {
  readonly value: S;
  /**
   * The date of the act being judged: it chooses the rule version and parameter values. `'asOf'` judges the subject
   * at the reporting date (for the state of data rather than an act, e.g. the format of an ID number). A missing
   * date skips the subject (the schema reports missing required dates).
   */
  readonly actDate: CivilDate | 'asOf' | null | undefined;
  /** Where the subject sits in the record; issue paths are relative to the record, not the subject. */
  readonly path?: Path;
}

/** What a check may say about one subject. */
export interface ReportOptions {
  readonly path?: Path;
  readonly facts?: Facts;
  /** Values for message placeholders, when they differ from `facts` (already formatted text, usually). */
  readonly args?: Readonly<Record<string, FactValue>>;
  /** Overrides the rule's severity for this issue (e.g. warning when due soon, error when overdue). */
  readonly severity?: Severity;
  /** Extra citations for this issue (the rule version's citations are always included). */
  readonly citations?: readonly Citation[];
}

/** Context given to a check for one subject. */
export interface RuleContext<R, S, M extends string, P extends ParameterMap> {
  readonly record: R;
  readonly subject: S;
  /** Path of the subject inside the record. */
  readonly subjectPath: Path;
  readonly actDate: CivilDate;
  /** Reporting date ("as of"). */
  readonly asOf: CivilDate;
  readonly params: ParameterValues<P>;
  readonly version: RuleVersion<R, S, M, P>;
  readonly calendar: WorkingDayCalendar;
  /** Reports an issue. The message is the rule's `messages[messageId]`, rendered with `args ?? facts`. */
  report(messageId: M, options?: ReportOptions): void;
}

/** A check: pure, may not throw on data (the engine turns a throw into an `internal` issue). */
export type Check<R, S, M extends string, P extends ParameterMap> = (ctx: RuleContext<R, S, M, P>) => void;

/** One version of a rule, in force over a window. A rule that changed over time has several. */
export interface RuleVersion<R = any, S = any, M extends string = string, P extends ParameterMap = any> {
  readonly from: CivilDate;
  readonly to?: CivilDate | null;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
  readonly severity?: Severity;
  /** Replaces the rule's check for this version when the logic (not only a figure) changed. */
  readonly check?: Check<R, S, M, P>;
  /** What changed in this version. */
  readonly note?: LocalizedText;
}

/** A valid/invalid example shown in the generated catalogue and run as a test. */
export interface RuleExample {
  readonly title: LocalizedText;
  readonly record: unknown;
  readonly asOf?: CivilDate;
  /** Message ids expected from this rule; empty for a valid example. */
  readonly expect: readonly string[];
}

/** A rule: data (id, titles, messages, citations, windows, parameters) plus a pure check. */
export interface RuleDefinition<R = any, S = any, M extends string = string, P extends ParameterMap = any> {
  /** Stable dotted id, e.g. `member.admission.age`. Plugin rules use their namespace: `tinh-x/meeting.quality`. */
  readonly id: string;
  /** Folder / family: `lifecycle`, `ranking`, `cadre`, `calendar`, `identity`. */
  readonly family: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly severity: Severity;
  /** Record kinds the rule applies to (`member`, `rankingRound`, …). */
  readonly appliesTo: readonly string[];
  readonly messages: { readonly [K in M]: LocalizedText };
  readonly parameters?: P;
  /**
   * Parameters the rule can do without (by local name): where such a parameter has no value on the act date the rule
   * still runs and reads `undefined` for it (a required parameter without a value switches the rule off). The value
   * comes through the engine, so a plugin's amendment of the parameter reaches the rule.
   */
  readonly optionalParameters?: readonly (keyof P & string)[];
  /** Picks the subjects to judge and their act dates. */
  readonly select: (record: R) => Subject<S> | readonly Subject<S>[] | Iterable<Subject<S>> | null | undefined;
  readonly versions: readonly RuleVersion<R, S, M, P>[];
  readonly check: Check<R, S, M, P>;
  readonly examples?: readonly RuleExample[];
}

/**
 * Declares a rule. Everything is inferred from the object: the record and subject types from `select` (annotate its
 * parameter, or use {@link defineRuleFor}), message ids from `messages`, parameter names and value types from
 * `parameters`, so `ctx.report('tooYoung')` and `ctx.params.minMonths` are checked by the compiler. No type argument
 * is needed (the four explicit ones still work).
 */
export function defineRule<R, S = R, M extends string = string, P extends ParameterMap = Record<never, never>>(
  rule: RuleDefinition<R, S, M, P>,
): RuleDefinition<R, S, M, P> {
  return rule;
}

/**
 * `defineRule` with the record type fixed and everything else inferred (TypeScript cannot infer some type arguments
 * and take others): `defineRuleFor<Member>()({ …, select: (m) => …, check(ctx) { ctx.report('late') } })`.
 */
export function defineRuleFor<R>() {
  return <S = R, M extends string = string, P extends ParameterMap = Record<never, never>>(
    rule: RuleDefinition<R, S, M, P>,
  ): RuleDefinition<R, S, M, P> => rule;
}

/** A subject that is the whole record, judged at `actDate`. */
export function wholeRecord<R>(record: R, actDate: CivilDate | null | undefined): Subject<R> {
  return { value: record, actDate, path: [] };
}
