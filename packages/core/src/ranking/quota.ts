import type { Level } from './model/level.js';

/** One evaluation as the quota sees it. */
export interface QuotaEntry {
  /** Index of the evaluation in its list (`members` or `organizations`). */
  readonly index: number;
  /** Member id or organization id. */
  readonly id: string;
  /** Quota group key. */
  readonly group: string;
  readonly level: Level | undefined;
}

/** The quota of one group and the evaluations over it. */
export interface QuotaGroupResult {
  readonly group: string;
  readonly excellent: number;
  readonly good: number;
  /** Percent of the "good" count allowed as "excellent" in this group. */
  readonly percent: number;
  /** Largest number of "excellent": ⌊good × percent / 100⌋. */
  readonly allowed: number;
  /** How many "excellent" over the quota (0 when within). */
  readonly surplus: number;
  /** The evaluations that push the group over: the last `surplus` "excellent" ones in list order. */
  readonly blamed: readonly { readonly index: number; readonly id: string }[];
}

/**
 * Largest number of "excellent" allowed for a number of "good", in integers (no floating-point rounding):
 * 10 good allow 2, 9 allow 1, 0 allow 0 at 20 %.
 * @example
 * allowedExcellent(10, 20) // 2
 * allowedExcellent(9, 20) // 1
 * allowedExcellent(8, 25) // 2
 */
export function allowedExcellent(good: number, percent: number): number {
  return Math.floor((good * Math.round(percent * 100)) / 10000);
}

/**
 * Checks the "excellent ≤ percent × good" quota in every group in one pass (time linear in the number of
 * evaluations). The evaluations blamed for a surplus are the "excellent" ones that come last in list order: the
 * first `allowed` fit, every later one pushes the group over.
 * @example
 * excellentQuota([{ index: 0, id: 'a', group: 'g', level: 'excellent' }], () => 20)[0].surplus // 1
 */
export function excellentQuota(
  entries: Iterable<QuotaEntry>,
  percentOf: (group: string) => number,
): QuotaGroupResult[] {
  const groups = new Map<string, { good: number; excellent: QuotaEntry[] }>();
  for (const e of entries) {
    let g = groups.get(e.group);
    if (!g) {
      g = { good: 0, excellent: [] };
      groups.set(e.group, g);
    }
    if (e.level === 'good') g.good++;
    else if (e.level === 'excellent') g.excellent.push(e);
  }
  const out: QuotaGroupResult[] = [];
  for (const [group, g] of groups) {
    const percent = percentOf(group);
    const allowed = allowedExcellent(g.good, percent);
    const surplus = Math.max(0, g.excellent.length - allowed);
    out.push({
      group,
      excellent: g.excellent.length,
      good: g.good,
      percent,
      allowed,
      surplus,
      blamed: g.excellent.slice(g.excellent.length - surplus).map((e) => ({ index: e.index, id: e.id })),
    });
  }
  return out;
}
