import type { Level } from '../model/level.js';

/** The level of `year` in an evaluation's history, the current year's being `current`. */
export function levelOfYear(
  history: readonly { year: number; level: Level }[] | undefined,
  year: number,
): Level | undefined {
  if (!history) return undefined;
  for (const h of history) if (h.year === year) return h.level;
  return undefined;
}

/** Consecutive years up to `year` (included, with `current`) ranked `level`. */
export function streak(
  history: readonly { year: number; level: Level }[] | undefined,
  year: number,
  current: Level | undefined,
  level: Level,
): number {
  if (current !== level) return 0;
  let n = 1;
  while (levelOfYear(history, year - n) === level) n++;
  return n;
}
