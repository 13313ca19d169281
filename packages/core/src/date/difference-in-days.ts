import { type CivilDate, toDayNumber } from './civil-date.js';

/**
 * Whole calendar days from `from` to `to` (positive when `to` is later).
 * @example
 * differenceInDays('2024-01-01', '2024-03-01') // 60
 */
export function differenceInDays(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
