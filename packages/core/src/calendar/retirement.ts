import { addMonths } from '../date/add-months.js';
import { type CivilDate, civilDate, daysInMonth } from '../date/civil-date.js';
import { completedMonths } from '../date/completed-period.js';
import type { Citation } from '../legal/types.js';

/** Sex as the retirement-age roadmap distinguishes it (lao động nam / lao động nữ). */
export type RetirementSex = 'male' | 'female';

/** When and at what age a person reaches the normal retirement age. */
export interface RetirementAge {
  /** The required age (đủ … tuổi … tháng) for the year in which it is reached. */
  readonly age: { readonly years: number; readonly months: number };
  /** The day the person reaches that age (birth date + the required months; end-of-month `clamp`). */
  readonly reachedOn: CivilDate;
  /**
   * The retirement moment: the end of the last day of the month in which the age is reached
   * (thời điểm nghỉ hưu, NĐ 135/2020 Điều 3 khoản 1).
   */
  readonly retiresOn: CivilDate;
  /** The first day of the month after that (thời điểm hưởng chế độ hưu trí, NĐ 135/2020 Điều 3 khoản 2). */
  readonly pensionFrom: CivilDate;
  readonly citations: readonly Citation[];
}

const ROADMAP_START = 2021;

const CITATIONS_ROADMAP: readonly Citation[] = Object.freeze([
  Object.freeze({ document: 'blld-2019', article: '169', clause: '2' }),
  Object.freeze({ document: 'nd-135-2020', article: '4', clause: '1' }),
  Object.freeze({ document: 'nd-135-2020', article: '3' }),
]);
const CITATIONS_BEFORE: readonly Citation[] = Object.freeze([
  Object.freeze({ document: 'blld-2012', article: '187', clause: '1' }),
]);

/**
 * The required retirement age in months for someone who reaches it in `year`, under normal working conditions
 * (Bộ luật Lao động 2019 Điều 169 khoản 2; Nghị định 135/2020/NĐ-CP Điều 4 khoản 1): men 60 years 3 months in 2021,
 * three months more each year up to 62 years (2028); women 55 years 4 months in 2021, four months more each year up
 * to 60 years (2035); 60 / 55 years before 2021.
 * @example
 * requiredRetirementMonths('male', 2022) // 726 (60 years 6 months)
 * requiredRetirementMonths('female', 2035) // 720 (60 years)
 */
export function requiredRetirementMonths(sex: RetirementSex, year: number): number {
  const steps = Math.max(0, year - ROADMAP_START + 1);
  return sex === 'male' ? Math.min(60 * 12 + 3 * steps, 62 * 12) : Math.min(55 * 12 + 4 * steps, 60 * 12);
}

/**
 * The month index (year × 12 + month − 1) in which the normal retirement age is reached, and the age required then.
 * The required age depends on the year in which it is *reached*, so we scan the candidate months: the first month
 * `M` whose distance in months from the birth month is at least the age required in `M`'s year.
 */
function attainment(birthDate: CivilDate, sex: RetirementSex): { monthIndex: number; required: number } {
  const birthIndex = Number(birthDate.slice(0, 4)) * 12 + Number(birthDate.slice(5, 7)) - 1;
  // The required age never decreases and is at least the pre-2021 age, so start there; at most 24 steps.
  let months = sex === 'male' ? 60 * 12 : 55 * 12;
  for (;;) {
    const index = birthIndex + months;
    const required = requiredRetirementMonths(sex, Math.floor(index / 12));
    if (months >= required) return { monthIndex: index, required };
    months++;
  }
}

/**
 * Normal retirement age (tuổi nghỉ hưu trong điều kiện lao động bình thường) of a person, by the roadmap of
 * Nghị định 135/2020/NĐ-CP: the age, the day it is reached, the retirement moment (end of that month) and the first
 * day of the pension (the next month). Dates before 2021 follow the old 60 / 55 rule.
 *
 * Month granularity follows the decree: only the birth month matters for the month of retirement; a person whose
 * file records only a birth year is taken as born on 1 January (NĐ 135/2020 Điều 3 khoản 3) — pass `YYYY-01-01`.
 * Higher ages for listed leadership posts (NĐ 83/2022) and lower ages for heavy work are not modelled here.
 * @example
 * retirementAge('1961-01-15', 'male').reachedOn // '2021-04-15' (60 years 3 months)
 * retirementAge('1961-10-10', 'male').pensionFrom // '2022-05-01' (60y6m, reached in 04/2022)
 * retirementAge('1966-01-01', 'female').age // { years: 55, months: 4 }
 */
export function retirementAge(birthDate: CivilDate, sex: RetirementSex): RetirementAge {
  const { monthIndex, required } = attainment(birthDate, sex);
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const reachedOn = addMonths(birthDate, required, 'clamp');
  const retiresOn = civilDate(year, month, daysInMonth(year, month));
  const pensionFrom = month === 12 ? civilDate(year + 1, 1, 1) : civilDate(year, month + 1, 1);
  return {
    age: { years: Math.floor(required / 12), months: required % 12 },
    reachedOn,
    retiresOn,
    pensionFrom,
    citations: year >= ROADMAP_START ? CITATIONS_ROADMAP : CITATIONS_BEFORE,
  };
}

/**
 * Months of working time left at `at` before the normal retirement age: the retirement age (in months) minus the
 * completed age in months at `at` ("tuổi nghỉ hưu thực tế trừ đi tuổi của cán bộ tại thời điểm …", the way cadre
 * rules count remaining service). Zero once the age is reached.
 * @example
 * monthsOfServiceLeft('1970-05-20', 'male', '2027-05-20') // 60 (retires at 62 in 05/2032)
 */
export function monthsOfServiceLeft(birthDate: CivilDate, sex: RetirementSex, at: CivilDate): number {
  const { required } = attainment(birthDate, sex);
  return Math.max(0, required - completedMonths(birthDate, at));
}
