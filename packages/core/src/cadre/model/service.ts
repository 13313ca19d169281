import { monthsOfServiceLeft, retirementAge } from '../../calendar/retirement.js';
import { addMonths } from '../../date/add-months.js';
import type { CivilDate } from '../../date/civil-date.js';
import { completedMonths } from '../../date/completed-period.js';
import type { Cadre } from './common.js';

/**
 * Months of working time left at `at` (tuổi nghỉ hưu thực tế trừ tuổi tại thời điểm tính): by the NĐ 135/2020
 * roadmap, or by the cadre's own retirement age when the record gives one (NĐ 83/2022 higher ages).
 * @example
 * serviceMonthsLeft({ id: 'c', birthDate: '1970-05-20', sex: 'male' }, '2027-05-20') // 60
 */
export function serviceMonthsLeft(
  cadre: Pick<Cadre, 'birthDate' | 'sex' | 'retirementAgeMonths'>,
  at: CivilDate,
): number {
  if (cadre.retirementAgeMonths !== undefined)
    return Math.max(0, cadre.retirementAgeMonths - completedMonths(cadre.birthDate, at));
  return monthsOfServiceLeft(cadre.birthDate, cadre.sex, at);
}

/** The day the cadre reaches retirement age (own age when given; end-of-month `clamp`). */
export function retirementReachedOn(cadre: Pick<Cadre, 'birthDate' | 'sex' | 'retirementAgeMonths'>): CivilDate {
  if (cadre.retirementAgeMonths !== undefined) return addMonths(cadre.birthDate, cadre.retirementAgeMonths);
  return retirementAge(cadre.birthDate, cadre.sex).reachedOn;
}
