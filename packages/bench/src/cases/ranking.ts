import { coreEngine } from '@dieule/core';
import { excellentQuota, type QuotaEntry, rankingRoundSchema, rankingSummary } from '@dieule/core/ranking';
import type { BenchCase } from '../case.js';

const LEVELS = ['excellent', 'good', 'good', 'good', 'good', 'good', 'completed', 'completed', 'notCompleted'] as const;

/**
 * A synthetic round: `n` member evaluations in grassroots organizations of ~112 members (5.6 M / 50,000), three
 * role groups each, levels spread like a real year (≈ 11 % excellent, 55 % good), scores in the matching band,
 * one member in 50 disciplined. Deterministic (no randomness).
 */
export function syntheticRound(n: number, year = 2025): Record<string, unknown> {
  const members = new Array(n);
  const points = { excellent: 93, good: 80, completed: 60, notCompleted: 40 } as const;
  for (let i = 0; i < n; i++) {
    const level = LEVELS[(Math.floor(i / 3) * 7) % LEVELS.length]!;
    const org = `TCCS${Math.floor(i / 112)}`;
    members[i] = {
      memberId: `DV${i}`,
      organization: `${org}-CB${i % 5}`,
      grassrootsOrganization: org,
      group: `${org}/g${i % 3}`,
      level,
      points: points[level],
      tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 },
      ...(i % 50 === 0 ? { discipline: [{ form: 'reprimand', decidedOn: `${year}-05-02`, dutyRelated: false }] } : {}),
      history: [{ year: year - 1, level }],
    };
  }
  return { kind: 'rankingRound', year, organization: { id: 'TW' }, members, organizations: [] };
}

let round100k: Record<string, unknown> = {};
let parsed1m: ReturnType<typeof rankingRoundSchema.parse> | undefined;
let entries1m: QuotaEntry[] = [];

/** Ranking rounds (issue 5): whole-round validation and the linear group-level passes. */
export const rankingCases: readonly BenchCase[] = [
  {
    group: 'ranking',
    name: 'validate a 100k-member round (schema + all rules, QĐ 366)',
    itemsPerRun: 100_000,
    unit: 'evaluations',
    setup: () => {
      round100k = syntheticRound(100_000);
    },
    run: () => coreEngine().evaluate({ value: round100k }, 0, { asOf: '2026-01-15' }),
    time: 3000,
  },
  {
    group: 'ranking',
    name: 'HTXS quota over 1M evaluations (group pass + blame)',
    itemsPerRun: 1_000_000,
    unit: 'evaluations',
    setup: () => {
      parsed1m = rankingRoundSchema.parse(syntheticRound(1_000_000));
      entries1m = parsed1m.members.map((m, index) => ({ index, id: m.memberId, group: m.group ?? '', level: m.level }));
    },
    run: () => excellentQuota(entries1m, () => 20),
  },
  {
    group: 'ranking',
    name: 'rankingSummary over 1M evaluations',
    itemsPerRun: 1_000_000,
    unit: 'evaluations',
    run: () => rankingSummary(parsed1m!),
  },
];
