import { LEVELS, type Level } from './model/level.js';
import type { RankingRegime, RankingRound } from './model/round.js';
import { roundRegime } from './regime.js';

/** Counts by level for one organization (or the total), with percentages of those ranked. */
export interface LevelRow {
  /** Evaluations listed. */
  readonly listed: number;
  /** Evaluations with a decided level. */
  readonly ranked: number;
  /** Listed but not ranked because exempted or suspended (not counted in `unranked`). */
  readonly notRankable: number;
  /** Rankable but with no decided level yet. */
  readonly unranked: number;
  readonly counts: Readonly<Record<Level, number>>;
  /** Percent of `ranked`, rounded to two decimals (0 when nobody is ranked). */
  readonly percent: Readonly<Record<Level, number>>;
}

/** Round-level output: the figures year-end reports print. */
export interface RankingSummary {
  readonly year: number;
  readonly organization: string;
  readonly regime: RankingRegime | null;
  /** Member evaluations in total and by organization (`organization`, else the grassroots organization, else the round's). */
  readonly members: { readonly total: LevelRow; readonly byOrganization: Readonly<Record<string, LevelRow>> };
  /** Collective evaluations in total. */
  readonly organizations: LevelRow;
}

interface Acc {
  listed: number;
  notRankable: number;
  unranked: number;
  counts: Record<Level, number>;
}
const acc = (): Acc => ({
  listed: 0,
  notRankable: 0,
  unranked: 0,
  counts: { excellent: 0, good: 0, completed: 0, notCompleted: 0 },
});

function row(a: Acc): LevelRow {
  const ranked = LEVELS.reduce((s, l) => s + a.counts[l], 0);
  const pct = (n: number) => (ranked === 0 ? 0 : Math.round((n * 10000) / ranked) / 100);
  return {
    listed: a.listed,
    ranked,
    notRankable: a.notRankable,
    unranked: a.unranked,
    counts: { ...a.counts },
    percent: {
      excellent: pct(a.counts.excellent),
      good: pct(a.counts.good),
      completed: pct(a.counts.completed),
      notCompleted: pct(a.counts.notCompleted),
    },
  };
}

/**
 * Counts and percentages by level for each organization and in total, in one pass over the round.
 * @example
 * rankingSummary(round).members.total.counts.excellent
 */
export function rankingSummary(round: RankingRound): RankingSummary {
  const total = acc();
  const byOrg = new Map<string, Acc>();
  for (const m of round.members) {
    const key = m.organization ?? m.grassrootsOrganization ?? round.organization.id;
    let a = byOrg.get(key);
    if (!a) {
      a = acc();
      byOrg.set(key, a);
    }
    a.listed++;
    total.listed++;
    if (m.level) {
      a.counts[m.level]++;
      total.counts[m.level]++;
    } else if (m.exempted || m.suspended) {
      a.notRankable++;
      total.notRankable++;
    } else {
      a.unranked++;
      total.unranked++;
    }
  }
  const orgs = acc();
  for (const o of round.organizations) {
    orgs.listed++;
    if (o.level) orgs.counts[o.level]++;
    else orgs.unranked++;
  }
  const byOrganization: Record<string, LevelRow> = {};
  for (const [k, a] of byOrg) byOrganization[k] = row(a);
  return {
    year: round.year,
    organization: round.organization.id,
    regime: roundRegime(round) ?? null,
    members: { total: row(total), byOrganization },
    organizations: row(orgs),
  };
}
