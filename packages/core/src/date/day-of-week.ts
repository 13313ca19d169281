import { type CivilDate, toDayNumber } from './civil-date.js';

/**
 * ISO day of week: 1 = Monday (Thứ Hai) … 6 = Saturday (Thứ Bảy), 7 = Sunday (Chủ nhật).
 * @example
 * dayOfWeek('2025-09-02') // 2 (a Tuesday)
 */
export function dayOfWeek(date: CivilDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (4).
  const n = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return (n + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
