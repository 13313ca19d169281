import type { ParameterMap, RuleContext } from '../../kernel/rule.js';
import type { RankingRegime, RankingRound } from '../model/round.js';
import { excellentQuota, type QuotaEntry } from '../quota.js';

const MAX_LISTED = 10;

/** Percent allowed for a group: the raised share for outstanding groups when the regime has one. */
export function percentFor(round: RankingRound, base: number, outstanding: number | null): (group: string) => number {
  if (outstanding == null) return () => base;
  const raised = new Set((round.groups ?? []).filter((g) => g.outstanding).map((g) => g.id));
  return (group) => (round.outstanding || raised.has(group) ? outstanding : base);
}

/** Runs the quota over entries and reports one issue per group over it, naming the surplus evaluations. */
export function reportQuota(
  ctx: Pick<RuleContext<RankingRound, RankingRound, 'overQuota', ParameterMap>, 'report'>,
  list: 'members' | 'organizations',
  entries: Iterable<QuotaEntry>,
  percentOf: (group: string) => number,
  regime: RankingRegime,
): void {
  for (const g of excellentQuota(entries, percentOf)) {
    if (g.surplus === 0) continue;
    const ids = g.blamed.map((b) => b.id);
    const shown =
      ids.slice(0, MAX_LISTED).join(', ') + (ids.length > MAX_LISTED ? ` (+${ids.length - MAX_LISTED})` : '');
    ctx.report('overQuota', {
      path: [list, g.blamed[0]!.index, 'level'],
      facts: {
        regime,
        group: g.group,
        excellent: g.excellent,
        good: g.good,
        percent: g.percent,
        allowed: g.allowed,
        surplus: g.surplus,
        blamed: ids,
        blamedIndexes: g.blamed.map((b) => b.index),
      },
      args: {
        group: g.group,
        excellent: g.excellent,
        good: g.good,
        percent: g.percent,
        allowed: g.allowed,
        surplus: g.surplus,
        blamed: shown,
      },
    });
  }
}
