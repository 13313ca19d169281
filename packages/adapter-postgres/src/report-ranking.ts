/**
 * The ranking part of the annual report: the distribution of members and of organizations over the four quality
 * levels (HTXS, HTT, HT, KHT) in the year's stored ranking rounds, and the "excellent" quota checks the ranking rules
 * define (`ranking.quota.members`, `ranking.quota.organizations`): per quota group, "excellent" at most the percent
 * of "good" that the regime's parameter gives (20 %, 25 % for outstanding units under QĐ 366), with the parameter
 * as amended by plugins and its citations. Every count lists the evaluations behind it.
 */
import { coreEngine } from '@dieule/core';
import { type Engine, type Parameter, parameterAt } from '@dieule/core/kernel';
import type { Citation, Confidence } from '@dieule/core/legal';
import {
  excellentQuota,
  excellentQuotaPercent,
  LEVEL_ABBREVIATION,
  LEVEL_NAMES,
  LEVELS,
  type Level,
  outstandingQuotaPercent,
  type QuotaEntry,
  type RankingRegime,
  type RankingRound,
  rankingActDate,
  roundRegime,
} from '@dieule/core/ranking';
import { eachRankingRound } from './records.js';
import type { Store } from './store.js';

/** One level's count with the evaluations behind it (`value === ids.length`). */
export interface LevelFigure {
  readonly level: Level;
  /** "HTXS", "HTT", "HT", "KHT". */
  readonly abbreviation: string;
  readonly label: string;
  readonly value: number;
  /** Percent of those ranked, two decimals (0 when nobody is ranked). */
  readonly percent: number;
  /** Member ids (or organization ids), one per evaluation, in round then list order. */
  readonly ids: readonly string[];
}

/** The distribution of one list (members or organizations) over the levels. */
export interface LevelDistribution {
  /** Evaluations listed in the rounds. */
  readonly listed: number;
  /** With a decided level (the sum of `levels`). */
  readonly ranked: number;
  readonly levels: readonly LevelFigure[];
  /** Listed but not ranked because exempted or suspended (members only). */
  readonly notRankable: readonly string[];
  /** Rankable but with no decided level yet. */
  readonly unranked: readonly string[];
}

/** One quota group checked. */
export interface QuotaCheck {
  /** The rule whose quota this is. */
  readonly ruleId: 'ranking.quota.members' | 'ranking.quota.organizations';
  readonly round: string;
  readonly list: 'members' | 'organizations';
  readonly regime: RankingRegime | null;
  readonly group: string;
  readonly excellent: number;
  readonly good: number;
  readonly percent: number;
  readonly allowed: number;
  readonly surplus: number;
  readonly breached: boolean;
  /** The evaluations over the quota (the last "excellent" ones in list order, as the rule blames them). */
  readonly blamed: readonly string[];
  readonly citations: readonly Citation[];
  readonly confidence: Confidence | null;
}

/** One round in the report. */
export interface RankingRoundRow {
  readonly id: string;
  readonly organization: string;
  readonly name: string | null;
  readonly decidedOn: string | null;
  readonly regime: RankingRegime | null;
  readonly members: number;
  readonly organizations: number;
}

/** The ranking part of the annual report. */
export interface RankingDistribution {
  readonly year: number;
  readonly rounds: readonly RankingRoundRow[];
  readonly members: LevelDistribution;
  readonly organizations: LevelDistribution;
  /** Every quota group of every round, breached or not. */
  readonly quota: readonly QuotaCheck[];
  /** The groups over their quota (a subset of `quota`). */
  readonly breaches: number;
}

interface Acc {
  listed: number;
  byLevel: Record<Level, string[]>;
  notRankable: string[];
  unranked: string[];
}
const acc = (): Acc => ({
  listed: 0,
  byLevel: { excellent: [], good: [], completed: [], notCompleted: [] },
  notRankable: [],
  unranked: [],
});

function distribution(a: Acc, locale: 'vi' | 'en'): LevelDistribution {
  const ranked = LEVELS.reduce((s, l) => s + a.byLevel[l].length, 0);
  return {
    listed: a.listed,
    ranked,
    levels: LEVELS.map((level) => ({
      level,
      abbreviation: LEVEL_ABBREVIATION[level],
      label: LEVEL_NAMES[locale][level],
      value: a.byLevel[level].length,
      percent: ranked ? Math.round((a.byLevel[level].length * 10000) / ranked) / 100 : 0,
      ids: a.byLevel[level],
    })),
    notRankable: a.notRankable,
    unranked: a.unranked,
  };
}

const paramOf = <T>(engine: Engine, p: Parameter<T>): Parameter<T> =>
  (engine.parameters().find((x) => x.id === p.id) as Parameter<T> | undefined) ?? p;

/** The quota checks of one round, grouped as the two quota rules group them. */
export function roundQuota(round: RankingRound, engine: Engine = coreEngine(), id = round.id ?? ''): QuotaCheck[] {
  const date = rankingActDate(round);
  const regime = roundRegime(round) ?? null;
  const base = parameterAt(paramOf(engine, excellentQuotaPercent), date);
  const raised = parameterAt(paramOf(engine, outstandingQuotaPercent), date);
  if (!base) return [];
  const outstanding = new Set((round.groups ?? []).filter((g) => g.outstanding).map((g) => g.id));
  const percentOf = (group: string) =>
    raised?.value != null && (round.outstanding || outstanding.has(group)) ? raised.value : base.value;
  const cite = (group: string) => (percentOf(group) === base.value ? base : raised!);
  const fallback = round.organization.id;
  const members: QuotaEntry[] = [];
  (round.members ?? []).forEach((e, index) => {
    if (e.level !== 'excellent' && e.level !== 'good') return;
    const group = (regime !== 'hd21' ? e.group : undefined) ?? e.grassrootsOrganization ?? fallback;
    members.push({ index, id: e.memberId, group, level: e.level });
  });
  const orgs: QuotaEntry[] = [];
  (round.organizations ?? []).forEach((e, index) => {
    if (e.level !== 'excellent' && e.level !== 'good') return;
    orgs.push({ index, id: e.organizationId, group: e.group ?? fallback, level: e.level });
  });
  const out: QuotaCheck[] = [];
  for (const [list, entries] of [
    ['members', members],
    ['organizations', orgs],
  ] as const)
    for (const g of excellentQuota(entries, percentOf)) {
      const v = cite(g.group);
      out.push({
        ruleId: list === 'members' ? 'ranking.quota.members' : 'ranking.quota.organizations',
        round: id,
        list,
        regime,
        group: g.group,
        excellent: g.excellent,
        good: g.good,
        percent: g.percent,
        allowed: g.allowed,
        surplus: g.surplus,
        breached: g.surplus > 0,
        blamed: g.blamed.map((b) => b.id),
        citations: v.citations,
        confidence: v.confidence,
      });
    }
  return out;
}

/** Options of {@link rankingDistribution}. */
export interface RankingDistributionOptions {
  readonly year: number;
  readonly org?: string;
  readonly locale?: 'vi' | 'en';
  /** Engine with plugins: quota parameters as amended (default: the core engine). */
  readonly engine?: Engine;
}

/**
 * The distribution over the four levels of the members and organizations ranked in the year's stored rounds of a
 * subtree (rounds whose ranking organization is in it), and every quota check of those rounds.
 */
export async function rankingDistribution(
  store: Store,
  options: RankingDistributionOptions,
): Promise<RankingDistribution> {
  const locale = options.locale ?? 'vi';
  const engine = options.engine ?? coreEngine();
  // a page of rounds at a time: only the figures and their drill-down ids stay in memory
  const rounds = eachRankingRound(store, {
    year: options.year,
    ...(options.org !== undefined ? { org: options.org } : {}),
  });
  const members = acc();
  const orgs = acc();
  const quota: QuotaCheck[] = [];
  const rows: RankingRoundRow[] = [];
  for await (const { id, record: r } of rounds) {
    const ms = r.members ?? [];
    const os = r.organizations ?? [];
    rows.push({
      id,
      organization: r.organization.id,
      name: r.organization.name ?? null,
      decidedOn: r.decidedOn ?? null,
      regime: roundRegime(r) ?? null,
      members: ms.length,
      organizations: os.length,
    });
    for (const m of ms) {
      members.listed++;
      if (m.level) members.byLevel[m.level].push(m.memberId);
      else if (m.exempted || m.suspended) members.notRankable.push(m.memberId);
      else members.unranked.push(m.memberId);
    }
    for (const o of os) {
      orgs.listed++;
      if (o.level) orgs.byLevel[o.level].push(o.organizationId);
      else orgs.unranked.push(o.organizationId);
    }
    quota.push(...roundQuota(r, engine, id));
  }
  return {
    year: options.year,
    rounds: rows,
    members: distribution(members, locale),
    organizations: distribution(orgs, locale),
    quota,
    breaches: quota.filter((q) => q.breached).length,
  };
}
