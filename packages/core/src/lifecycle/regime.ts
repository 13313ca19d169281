import type { CivilDate } from '../date/civil-date.js';
import type { Citation } from '../legal/types.js';

/**
 * The regulation implementing the Charter (Quy định thi hành Điều lệ Đảng) in force on a date:
 * QĐ 45 (2011) → QĐ 29 (25/7/2016) → QĐ 24 (30/7/2021) → QĐ 232 (20/1/2025) → QĐ 294 (1/7/2025).
 * @example
 * implementingRegulation('2025-06-30') // 'qd-232-2025'
 * implementingRegulation('2025-07-01') // 'qd-294-2025'
 */
export function implementingRegulation(date: CivilDate): string {
  if (date >= '2025-07-01') return 'qd-294-2025';
  if (date >= '2025-01-20') return 'qd-232-2025';
  if (date >= '2021-07-30') return 'qd-24-2021';
  if (date >= '2016-07-25') return 'qd-29-2016';
  return 'qd-45-2011';
}

/**
 * The Secretariat's guidance implementing the Charter in force on a date: HD 01 (2016) → HD 01 (28/9/2021) →
 * HD 06 (9/6/2025).
 */
export function implementingGuidance(date: CivilDate): string {
  if (date >= '2025-06-09') return 'hd-06-2025';
  if (date >= '2021-09-28') return 'hd-01-2021';
  return 'hd-01-2016';
}

/** A point of the implementing regulation in force on `date` (`điểm 4.3.1 Quy định 294-QĐ/TW`). */
export function regulationPoint(date: CivilDate, point: string): Citation {
  return { document: implementingRegulation(date), point };
}

/** A Charter article (and clause). */
export function charter(article: string, clause?: string): Citation {
  return clause ? { document: 'dieu-le-2011', article, clause } : { document: 'dieu-le-2011', article };
}

/** The dates on which the lifecycle rule set switches regime. */
export const LIFECYCLE_REGIME_SWITCHES: readonly CivilDate[] = ['2016-07-25', '2021-07-30', '2025-01-20', '2025-07-01'];
