import { addMonths, type EndOfMonthPolicy } from './add-months.js';
import type { CivilDate } from './civil-date.js';

/**
 * Adds calendar years: 12 months each, with the same end-of-month policy as {@link addMonths}
 * (29/02 + 1 year = 28/02 under `clamp`, 01/03 under `overflow`).
 * @example
 * addYears('2024-02-29', 1) // '2025-02-28'
 */
export function addYears(date: CivilDate, years: number, policy: EndOfMonthPolicy = 'clamp'): CivilDate {
  return addMonths(date, years * 12, policy);
}
