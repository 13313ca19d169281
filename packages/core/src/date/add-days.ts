import { type CivilDate, fromDayNumber, toDayNumber } from './civil-date.js';

/**
 * Adds calendar days (negative to go back).
 * @example
 * addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}
