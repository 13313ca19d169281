import { addMonths } from '../date/add-months.js';
import type { CivilDate } from '../date/civil-date.js';
import type { Parameter } from '../kernel/parameter.js';
import type { Citation } from '../legal/types.js';
import { disciplineExpiryMonths, entryAt } from '../lifecycle/parameters.js';
import type { DisciplineForm } from '../model/discipline.js';

/** A discipline decision in any of its shapes: a member `discipline` event (`date`) or a list entry (`decidedOn`). */
export interface DisciplineLike {
  readonly form: DisciplineForm;
  readonly date?: CivilDate;
  readonly decidedOn?: CivilDate;
  readonly announcedOn?: CivilDate | undefined;
  readonly relapse?: boolean | undefined;
  readonly complaint?: boolean | undefined;
  readonly endedOn?: CivilDate | undefined;
  readonly annulled?: boolean | undefined;
}

/** Why a discipline is, or is not, in effect on a date. */
export type DisciplineEffectReason =
  | 'annulled'
  | 'notYetDecided'
  | 'permanent'
  | 'endedEarly'
  | 'noAutomaticEnd'
  | 'within12Months'
  | 'expired';

/** Whether a discipline is in effect on a date, and why. */
export interface DisciplineEffect {
  readonly inEffect: boolean;
  readonly reason: DisciplineEffectReason;
  readonly form: DisciplineForm;
  readonly decidedOn: CivilDate;
  /** The announcement date the 12 months run from (the decision date when none is recorded). */
  readonly announcedOn: CivilDate;
  /** True when no announcement date is recorded and the decision date stands for it. */
  readonly announcementAssumed: boolean;
  /** Last day of effect is the day before this date; null when it has no automatic end. */
  readonly until: CivilDate | null;
  readonly months: number;
  readonly citations: readonly Citation[];
}

/**
 * Whether a discipline decision is in effect on `date`, and why. A decision ceases automatically 12 months (the
 * `member.discipline.expiryMonths` parameter, amendable by plugins through `amended`) after its announcement, unless
 * the member complained or relapsed (then it has no automatic end); an expulsion is permanent; an annulled decision
 * never took effect; `endedOn` ends it early (QĐ 69-QĐ/TW Điều 2 khoản 5; QĐ 30-QĐ/TW 2016 Điều 40 before 6/7/2022).
 * @example
 * disciplineEffect({ form: 'reprimand', decidedOn: '2025-03-01', announcedOn: '2025-03-10' }, '2026-03-09').reason // 'within12Months'
 */
export function disciplineEffect(
  d: DisciplineLike,
  date: CivilDate,
  amended?: ReadonlyMap<string, Parameter>,
): DisciplineEffect {
  const decidedOn = (d.decidedOn ?? d.date) as CivilDate;
  const announcedOn = d.announcedOn ?? decidedOn;
  const e = entryAt(disciplineExpiryMonths, announcedOn, amended);
  const base = {
    form: d.form,
    decidedOn,
    announcedOn,
    announcementAssumed: !d.announcedOn,
    months: e.value,
    citations: e.citations,
  };
  const out = (inEffect: boolean, reason: DisciplineEffectReason, until: CivilDate | null): DisciplineEffect => ({
    ...base,
    inEffect,
    reason,
    until,
  });
  if (d.annulled) return out(false, 'annulled', null);
  if (date < decidedOn) return out(false, 'notYetDecided', null);
  if (d.form === 'expulsion') return out(true, 'permanent', null);
  if (d.endedOn && d.endedOn <= date) return out(false, 'endedEarly', d.endedOn);
  if (d.complaint || d.relapse) return out(true, 'noAutomaticEnd', d.endedOn ?? null);
  const until = d.endedOn ?? addMonths(announcedOn, e.value);
  return until > date ? out(true, 'within12Months', until) : out(false, 'expired', until);
}
