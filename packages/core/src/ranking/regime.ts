import type { CivilDate } from '../date/civil-date.js';
import { documentWindow } from '../legal/regimes.js';
import type { Citation } from '../legal/types.js';
import type { RankingRegime, RankingRound } from './model/round.js';

/** The window of each regime (read from the documents' effective dates in the registry) and the texts it rests on. */
export const RANKING_REGIME_WINDOWS: Readonly<
  Record<
    RankingRegime,
    { readonly from: CivilDate; readonly to: CivilDate | null; readonly basis: readonly Citation[] }
  >
> = {
  // HD 21 (18/10/2019) opens the first regime; each regime ends where the next regulation starts.
  hd21: {
    from: documentWindow('hd-21-2019').from,
    to: documentWindow('qd-132-2018').to,
    basis: [{ document: 'qd-132-2018' }, { document: 'hd-21-2019' }],
  },
  qd124: { ...documentWindow('qd-124-2023'), basis: [{ document: 'qd-124-2023' }, { document: 'hd-25-2023' }] },
  qd366: { ...documentWindow('qd-366-2025'), basis: [{ document: 'qd-366-2025' }, { document: 'hd-43-2025' }] },
};

/** The regime in force on a date, or undefined before HD 21-HD/BTCTW (18/10/2019). */
export function regimeAt(date: CivilDate): RankingRegime | undefined {
  for (const [regime, w] of Object.entries(RANKING_REGIME_WINDOWS) as [
    RankingRegime,
    { from: CivilDate; to: CivilDate | null },
  ][])
    if (date >= w.from && (w.to == null || date <= w.to)) return regime;
  return undefined;
}

const yearEnd = (year: number): CivilDate => `${String(year).padStart(4, '0')}-12-31` as CivilDate;

/**
 * The regime that ranks a year: the one in force at the year's end, when the annual review is held (the 2023
 * review falls under QĐ 124 of 4/10/2023; the 2025 review under QĐ 366 of 30/8/2025).
 * @example
 * regimeForYear(2022) // 'hd21'
 * regimeForYear(2024) // 'qd124'
 * regimeForYear(2025) // 'qd366'
 */
export function regimeForYear(year: number): RankingRegime | undefined {
  return regimeAt(yearEnd(year));
}

/**
 * The act date a round is judged at: the end of the year ranked; when the round names its regime explicitly, the
 * date is moved into that regime's window so that the named regime's rule versions and parameters apply.
 * @example
 * rankingActDate({ year: 2024 }) // '2024-12-31'
 * rankingActDate({ year: 2024, regime: 'qd366' }) // '2025-08-30'
 */
export function rankingActDate(round: Pick<RankingRound, 'year' | 'regime'>): CivilDate {
  const end = yearEnd(round.year);
  if (!round.regime) return end;
  const w = RANKING_REGIME_WINDOWS[round.regime];
  if (end < w.from) return w.from;
  if (w.to != null && end > w.to) return w.to;
  return end;
}

/** The regime a round is ranked under (explicit, or by its year). */
export function roundRegime(round: Pick<RankingRound, 'year' | 'regime'>): RankingRegime | undefined {
  return round.regime ?? regimeForYear(round.year);
}
