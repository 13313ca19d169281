import type { CivilDate } from '../../date/civil-date.js';
import { parameterAt } from '../../kernel/parameter.js';
import { type AgeReferenceLevel, committeeAge } from '../parameters.js';
import { congressLevelOn } from './organization.js';
import type { PersonnelPlan } from './plan.js';

/** Where a plan's age reference date comes from. */
export type ReferenceBasis = 'plan' | 'directive' | 'congress';

/**
 * The date at which a plan's candidates' ages are taken (thời điểm tính tuổi): the plan's own date, else the month
 * the directive of the cycle sets for the level (first day of that month), else the planned opening day.
 * @example
 * ageReferenceDate({ organization: { id: 'X', type: 'grassroots' }, congressOn: '2025-05-20' }).date // '2025-04-01'
 */
export function ageReferenceDate(p: Pick<PersonnelPlan, 'organization' | 'congressOn' | 'ageReferenceDate'>): {
  date: CivilDate;
  basis: ReferenceBasis;
} {
  if (p.ageReferenceDate) return { date: p.ageReferenceDate, basis: 'plan' };
  const v = parameterAt(committeeAge, p.congressOn);
  if (v) {
    const level = congressLevelOn(p.organization, p.congressOn).level;
    const key: AgeReferenceLevel | undefined =
      level === 'provincial'
        ? 'provincial'
        : level === 'aboveGrassroots'
          ? p.organization.type === 'commune' && v.value.referenceDates.commune
            ? 'commune'
            : 'aboveGrassroots'
          : level === 'national'
            ? undefined
            : 'grassroots';
    const d = key ? v.value.referenceDates[key] : undefined;
    if (d) return { date: d as CivilDate, basis: 'directive' };
  }
  return { date: p.congressOn, basis: 'congress' };
}
