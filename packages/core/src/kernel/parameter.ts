import type { CivilDate } from '../date/civil-date.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';

/** One dated value of a parameter, with the text that sets it. */
export interface ParameterValue<T = unknown> {
  /** First day the value applies (inclusive). */
  readonly from: CivilDate;
  /** Last day the value applies (inclusive); null or absent while in force. */
  readonly to?: CivilDate | null;
  readonly value: T;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
  readonly note?: LocalizedText;
}

/**
 * A named value that changes over time (OpenFisca style): `member.probation.months` is 12 since …, source ….
 * Plugins amend parameters; they do not patch rules.
 */
export interface Parameter<T = unknown> {
  /** Dotted id, e.g. `member.admission.decisionWorkingDays`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** Unit for display: `months`, `working-days`, `ratio`, `years`, … */
  readonly unit?: string;
  /** Values in chronological order; windows must not overlap. */
  readonly values: readonly ParameterValue<T>[];
}

/** Declares a parameter (identity function that keeps the value type). */
export function defineParameter<T>(parameter: Parameter<T>): Parameter<T> {
  return parameter;
}

/** The value in force on `date`, or undefined when none is. */
export function parameterAt<T>(parameter: Parameter<T>, date: CivilDate): ParameterValue<T> | undefined {
  for (const v of parameter.values) {
    if (date >= v.from && (v.to == null || date <= v.to)) return v;
  }
  return undefined;
}
