import { z } from 'zod';

/**
 * The four quality levels (mức xếp loại chất lượng), best first:
 * `excellent` = Hoàn thành xuất sắc nhiệm vụ (HTXS), `good` = Hoàn thành tốt nhiệm vụ (HTT),
 * `completed` = Hoàn thành nhiệm vụ (HT), `notCompleted` = Không hoàn thành nhiệm vụ (KHT).
 */
export const LEVELS = ['excellent', 'good', 'completed', 'notCompleted'] as const;

/** A quality level. */
export type Level = (typeof LEVELS)[number];

/** The level schema of the interchange format. */
export const levelSchema = z
  .enum(LEVELS)
  .describe(
    'Mức xếp loại: excellent = Hoàn thành xuất sắc nhiệm vụ (HTXS); good = Hoàn thành tốt nhiệm vụ (HTT); completed = Hoàn thành nhiệm vụ (HT); notCompleted = Không hoàn thành nhiệm vụ (KHT)',
  );

/** Rank of a level: 3 = excellent … 0 = notCompleted (higher is better). */
export function levelRank(level: Level): number {
  return 3 - LEVELS.indexOf(level);
}

/** Vietnamese abbreviation of a level (HTXS, HTT, HT, KHT), as year-end reports print it. */
export const LEVEL_ABBREVIATION: Readonly<Record<Level, string>> = {
  excellent: 'HTXS',
  good: 'HTT',
  completed: 'HT',
  notCompleted: 'KHT',
};

/** Level names by locale. */
export const LEVEL_NAMES: Readonly<Record<'vi' | 'en', Readonly<Record<Level, string>>>> = {
  vi: {
    excellent: 'Hoàn thành xuất sắc nhiệm vụ',
    good: 'Hoàn thành tốt nhiệm vụ',
    completed: 'Hoàn thành nhiệm vụ',
    notCompleted: 'Không hoàn thành nhiệm vụ',
  },
  en: { excellent: 'excellent', good: 'good', completed: 'completed', notCompleted: 'not completed' },
};
