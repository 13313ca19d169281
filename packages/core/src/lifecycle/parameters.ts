import type { CivilDate } from '../date/civil-date.js';
import { type Parameter, parameterAt } from '../kernel/parameter.js';

/**
 * The figures of the member lifecycle, each a dated, cited parameter. Plugins amend them (a province's badge
 * windows, a future regulation's deadlines) without touching the rules.
 */

import {
  admissionDecisionWorkingDays,
  admissionFileValidMonths,
  admissionMaxAgeMonths,
  admissionMinAgeMonths,
  awarenessCertificateValidMonths,
  cellVoteRatio,
  ceremonyWorkingDays,
  decisionExtensionWorkingDays,
  introducerSharedMonths,
  probationMonths,
  recognitionDecisionWorkingDays,
  recognitionMaxVotes,
  recognitionReviewWorkingDays,
  youthAgeMaxYears,
} from './parameters/admission.js';
import {
  type BadgeOccasion,
  badgeDisciplineWaitMonths,
  badgeEarlyMonths,
  badgeMilestones,
  badgeOccasions,
  disciplineExpiryMonths,
  disciplineLimitationYears,
  lateTransferStrikeOffMonths,
  readmissionMonths,
  strikeOffThresholds,
  suspensionMaxDays,
  temporaryTransferMonths,
  transferLetterWorkingDays,
  transferProcedureWorkingDays,
} from './parameters/membership.js';

export {
  admissionDecisionWorkingDays,
  admissionFileValidMonths,
  admissionMaxAgeMonths,
  admissionMinAgeMonths,
  awarenessCertificateValidMonths,
  type BadgeOccasion,
  badgeDisciplineWaitMonths,
  badgeEarlyMonths,
  badgeMilestones,
  badgeOccasions,
  cellVoteRatio,
  ceremonyWorkingDays,
  decisionExtensionWorkingDays,
  disciplineExpiryMonths,
  disciplineLimitationYears,
  introducerSharedMonths,
  lateTransferStrikeOffMonths,
  probationMonths,
  readmissionMonths,
  recognitionDecisionWorkingDays,
  recognitionMaxVotes,
  recognitionReviewWorkingDays,
  strikeOffThresholds,
  suspensionMaxDays,
  temporaryTransferMonths,
  transferLetterWorkingDays,
  transferProcedureWorkingDays,
  youthAgeMaxYears,
};

/** Every lifecycle parameter. */
export const lifecycleParameters: readonly Parameter[] = [
  admissionMinAgeMonths,
  admissionMaxAgeMonths,
  awarenessCertificateValidMonths,
  admissionFileValidMonths,
  introducerSharedMonths,
  youthAgeMaxYears,
  cellVoteRatio,
  admissionDecisionWorkingDays,
  recognitionDecisionWorkingDays,
  decisionExtensionWorkingDays,
  ceremonyWorkingDays,
  probationMonths,
  recognitionReviewWorkingDays,
  recognitionMaxVotes,
  transferProcedureWorkingDays,
  transferLetterWorkingDays,
  lateTransferStrikeOffMonths,
  temporaryTransferMonths,
  strikeOffThresholds,
  readmissionMonths,
  disciplineExpiryMonths,
  disciplineLimitationYears,
  badgeMilestones,
  badgeEarlyMonths,
  badgeDisciplineWaitMonths,
  badgeOccasions,
  suspensionMaxDays,
] as Parameter[];

/**
 * The value of a parameter on a date, outside the engine (facts, transition helpers). Falls back to the first
 * value for dates before the first window, and to the last for dates after it, so facts never lack a figure.
 */
export function valueAt<T>(parameter: Parameter<T>, date: CivilDate, amended?: ReadonlyMap<string, Parameter>): T {
  const p = (amended?.get(parameter.id) as Parameter<T> | undefined) ?? parameter;
  const hit = parameterAt(p, date);
  if (hit) return hit.value;
  const first = p.values[0]!;
  return date < first.from ? first.value : p.values[p.values.length - 1]!.value;
}

/** The value record (with citations) in force on a date, with the same fallback as {@link valueAt}. */
export function entryAt<T>(parameter: Parameter<T>, date: CivilDate, amended?: ReadonlyMap<string, Parameter>) {
  const p = (amended?.get(parameter.id) as Parameter<T> | undefined) ?? parameter;
  const hit = parameterAt(p, date);
  if (hit) return hit;
  const first = p.values[0]!;
  return date < first.from ? first : p.values[p.values.length - 1]!;
}
