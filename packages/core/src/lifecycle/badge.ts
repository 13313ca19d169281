import { addYears } from '../date/add-years.js';
import { type CivilDate, civilDate, daysInMonth } from '../date/civil-date.js';
import type { Parameter } from '../kernel/parameter.js';
import { type BadgeOccasion, badgeMilestones, badgeOccasions, valueAt } from './parameters.js';

/** The award occasion a milestone date falls in, with its date. */
export interface BadgeOccasionDate {
  /** `MM-DD`: `02-03`, `05-19`, `09-02`, `11-07`. */
  readonly occasion: string;
  readonly date: CivilDate;
}

const md = (d: CivilDate) => d.slice(5);

/**
 * The award occasion for a member reaching a milestone on `date`, from the occasion windows in force (a
 * per-province setting a plugin supplies; centrally there are none, so the answer is null).
 * @example
 * badgeOccasionFor('2025-07-26', [{ occasion: '09-02', from: '06-01', to: '09-30' }]) // { occasion: '09-02', date: '2025-09-02' }
 * badgeOccasionFor('2025-12-01', [{ occasion: '02-03', from: '12-01', to: '02-29' }]) // { occasion: '02-03', date: '2026-02-03' }
 * badgeOccasionFor('2025-07-26') // null
 */
export function badgeOccasionFor(
  date: CivilDate,
  occasions: readonly BadgeOccasion[] = valueAt(badgeOccasions, date),
): BadgeOccasionDate | null {
  const m = md(date);
  const year = Number(date.slice(0, 4));
  for (const o of occasions) {
    if (o.from == null || o.to == null) continue;
    const wraps = o.from > o.to;
    const inside = wraps ? m >= o.from || m <= o.to : m >= o.from && m <= o.to;
    if (!inside) continue;
    const y = wraps && m >= o.from ? year + 1 : year;
    const [mm, dd] = o.occasion.split('-').map(Number) as [number, number];
    return { occasion: o.occasion, date: civilDate(y, mm, Math.min(dd, daysInMonth(y, mm))) };
  }
  return null;
}

/** The next badge milestone after the years already reached. */
export interface NextBadge {
  readonly years: number;
  /** The day the milestone is reached if no further gap occurs. */
  readonly date: CivilDate;
  readonly occasion: BadgeOccasionDate | null;
}

/**
 * The next milestone not yet awarded, counted from the party-age effective start (start + excluded days).
 * @param awarded milestones already awarded (from `badgeAwarded` events)
 */
export function nextBadge(
  effectiveStart: CivilDate,
  asOf: CivilDate,
  awarded: readonly number[] = [],
  milestonesParam: Parameter<readonly number[]> = badgeMilestones,
  occasions?: readonly BadgeOccasion[],
): NextBadge | null {
  const milestones = valueAt(milestonesParam, asOf);
  const top = Math.max(0, ...awarded);
  for (const years of milestones) {
    if (years <= top) continue;
    const date = addYears(effectiveStart, years);
    return { years, date, occasion: badgeOccasionFor(date, occasions ?? valueAt(badgeOccasions, date)) };
  }
  return null;
}
