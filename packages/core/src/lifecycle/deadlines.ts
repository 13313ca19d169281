import { addMonths } from '../date/add-months.js';
import type { CivilDate } from '../date/civil-date.js';
import type { WorkingDayCalendar } from '../kernel/calendar-port.js';
import type { Parameter } from '../kernel/parameter.js';
import type { Citation } from '../legal/types.js';
import type { MemberEventOf } from '../model/member.js';
import {
  admissionDecisionWorkingDays,
  ceremonyWorkingDays,
  decisionExtensionWorkingDays,
  disciplineExpiryMonths,
  entryAt,
  probationMonths,
  recognitionDecisionWorkingDays,
  recognitionReviewWorkingDays,
  transferLetterWorkingDays,
  transferProcedureWorkingDays,
  valueAt,
} from './parameters.js';

/** Parameters as amended by plugins (`DeriveContext.parameters`); the default figures when absent. */
type Amended = ReadonlyMap<string, Parameter> | undefined;

/** A deadline with the text that sets it. */
export interface Deadline {
  readonly due: CivilDate;
  readonly workingDays?: number;
  readonly citations: readonly Citation[];
}

/** Working-day deadline: the n-th working day after `from` (the day of the act does not count). */
function workingDeadline(
  calendar: WorkingDayCalendar,
  from: CivilDate,
  n: number,
  citations: readonly Citation[],
): Deadline {
  return { due: calendar.addWorkingDays(from, n), workingDays: n, citations };
}

/** The end of probation: 12 months from the ceremony (Charter art. 5 cl. 1; end-of-month `clamp`). */
export function probationEnd(ceremony: CivilDate, parameters?: Amended): Deadline {
  const e = entryAt(probationMonths, ceremony, parameters);
  return { due: addMonths(ceremony, e.value), citations: e.citations };
}

/** The competent committee's deadline to decide an admission, counted from the cell's resolution. */
export function admissionDecisionDeadline(
  calendar: WorkingDayCalendar,
  voteDate: CivilDate,
  extensionWorkingDays = 0,
  parameters?: Amended,
): Deadline {
  const e = entryAt(admissionDecisionWorkingDays, voteDate, parameters);
  const ext = Math.min(extensionWorkingDays, valueAt(decisionExtensionWorkingDays, voteDate, parameters));
  return workingDeadline(calendar, voteDate, e.value + ext, e.citations);
}

/** The competent committee's deadline to decide a recognition, counted from the cell's resolution. */
export function recognitionDecisionDeadline(
  calendar: WorkingDayCalendar,
  voteDate: CivilDate,
  extensionWorkingDays = 0,
  parameters?: Amended,
): Deadline {
  const e = entryAt(recognitionDecisionWorkingDays, voteDate, parameters);
  const ext = Math.min(extensionWorkingDays, valueAt(decisionExtensionWorkingDays, voteDate, parameters));
  return workingDeadline(calendar, voteDate, e.value + ext, e.citations);
}

/** The cell's deadline to hold the ceremony, from receiving the decision (or its signing when not recorded). */
export function ceremonyDeadline(
  calendar: WorkingDayCalendar,
  decision: MemberEventOf<'admissionDecision'> | MemberEventOf<'readmission'>,
  parameters?: Amended,
): Deadline {
  const from = decision.receivedOn ?? decision.date;
  const e = entryAt(ceremonyWorkingDays, from, parameters);
  return workingDeadline(calendar, from, e.value, e.citations);
}

/** The cell's deadline to review a probationary member, from the end of probation. */
export function recognitionReviewDeadline(
  calendar: WorkingDayCalendar,
  end: CivilDate,
  parameters?: Amended,
): Deadline {
  const e = entryAt(recognitionReviewWorkingDays, end, parameters);
  return workingDeadline(calendar, end, e.value, e.citations);
}

/** The member's deadline to present the transfer letter. */
export function transferLetterDeadline(
  calendar: WorkingDayCalendar,
  outDate: CivilDate,
  parameters?: Amended,
): Deadline {
  const e = entryAt(transferLetterWorkingDays, outDate, parameters);
  return workingDeadline(calendar, outDate, e.value, e.citations);
}

/** The deadline to do the official-transfer procedure after the move. */
export function transferProcedureDeadline(
  calendar: WorkingDayCalendar,
  triggeredOn: CivilDate,
  parameters?: Amended,
): Deadline {
  const e = entryAt(transferProcedureWorkingDays, triggeredOn, parameters);
  return workingDeadline(calendar, triggeredOn, e.value, e.citations);
}

/**
 * The day a discipline (not expulsion) ceases automatically: 12 months after announcement, unless a complaint, a
 * relapse or a new violation keeps it (then null: it stays until decided otherwise).
 */
export function disciplineExpiry(d: MemberEventOf<'discipline'>): Deadline | null {
  if (d.annulled) return { due: d.date, citations: [] };
  if (d.endedOn) return { due: d.endedOn, citations: [] };
  if (d.complaint || d.relapse) return null;
  const announced = d.announcedOn ?? d.date;
  const e = entryAt(disciplineExpiryMonths, announced);
  return { due: addMonths(announced, e.value), citations: e.citations };
}
