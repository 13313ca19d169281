import type { CivilDate } from '../date/civil-date.js';
import { documentWindow, REGIMES, regimeAt, regimeSwitches } from '../legal/regimes.js';
import { defaultRegistry } from '../legal/registry.js';
import type { Citation } from '../legal/types.js';

/**
 * The regulation implementing the Charter (Quy định thi hành Điều lệ Đảng) in force on a date, from the regime table
 * (dates in the registry): QĐ 45 (2011) → QĐ 29 (25/7/2016) → QĐ 24 (30/7/2021) → QĐ 232 (20/1/2025) → QĐ 294
 * (1/7/2025) → QĐ 20 (8/4/2026, probable) → QĐ 208 (26/7/2026).
 * @example
 * implementingRegulation('2025-06-30') // 'qd-232-2025'
 * implementingRegulation('2025-07-01') // 'qd-294-2025'
 * implementingRegulation('2026-08-01') // 'qd-208-2026'
 */
export function implementingRegulation(date: CivilDate): string {
  return regimeAt('charterRegulation', date) ?? 'qd-45-2011';
}

/**
 * The Secretariat's guidance implementing the Charter in force on a date: HD 01 (2016) → HD 01 (28/9/2021) →
 * HD 06 (9/6/2025) → HD 01 (19/5/2026).
 */
export function implementingGuidance(date: CivilDate): string {
  return regimeAt('charterGuidance', date) ?? 'hd-01-2016';
}

/**
 * A point of the implementing regulation in force on `date` (`điểm 4.3.1 Quy định 294-QĐ/TW`). When that regulation's
 * text was not seen (QĐ 20, QĐ 208 of 2026) the citation names it as carrying over the point of the last text read.
 * @example
 * regulationPoint('2025-08-01', '4.3.1') // { document: 'qd-294-2025', point: '4.3.1' }
 * regulationPoint('2026-08-01', '4.3.1') // { document: 'qd-208-2026', carriedOverFrom: { document: 'qd-294-2025', point: '4.3.1' } }
 */
export function regulationPoint(date: CivilDate, point: string): Citation {
  const id = implementingRegulation(date);
  const registry = defaultRegistry();
  let source = registry.get(id);
  while (source?.textSeen === false && source.replaces?.[0]) source = registry.get(source.replaces[0]);
  if (!source || source.id === id) return { document: id, point };
  return { document: id, carriedOverFrom: { document: source.id, point } };
}

/**
 * The regulation from which the party has three levels (Centre – province – grassroots) and commune-level party
 * organizations are grassroots organizations under the province, with admission decided by the standing committee of
 * the grassroots committee: QĐ 208-QĐ/TW (26/7/2026), as reported by unofficial sources (audit 12/2026, C2). Its
 * start date is read from the registry.
 */
export const THREE_LEVEL_REGULATION = 'qd-208-2026';

/**
 * True when the implementing regulation in force on `date` is {@link THREE_LEVEL_REGULATION} or a later one (false on
 * 25/7/2026, true from 26/7/2026).
 */
export function communesAreGrassroots(date: CivilDate): boolean {
  const chain: readonly string[] = REGIMES.charterRegulation;
  const current = regimeAt('charterRegulation', date);
  return current != null && chain.indexOf(current) >= chain.indexOf(THREE_LEVEL_REGULATION);
}

/** The first day of {@link THREE_LEVEL_REGULATION}. */
export function threeLevelsFrom(): CivilDate {
  return documentWindow(THREE_LEVEL_REGULATION).from;
}

/** A Charter article (and clause). */
export function charter(article: string, clause?: string): Citation {
  return clause ? { document: 'dieu-le-2011', article, clause } : { document: 'dieu-le-2011', article };
}

/** The dates on which the lifecycle rule set switches regime (the implementing regulations from QĐ 29 on). */
export const LIFECYCLE_REGIME_SWITCHES: readonly CivilDate[] = regimeSwitches('charterRegulation').filter(
  (d) => d >= '2016-07-25',
);
