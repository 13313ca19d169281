import type { CivilDate } from '../../date/civil-date.js';
import type { Subject } from '../../kernel/rule.js';
import type { CadrePlan, PlanEntry, PlannedCadre } from '../model/plan.js';

/** Entries still in the plan (not removed on or before the approval date), with their index. */
export function activeEntries(plan: CadrePlan): { entry: PlanEntry; index: number }[] {
  const out: { entry: PlanEntry; index: number }[] = [];
  plan.entries.forEach((entry, index) => {
    if (!entry.removedOn || entry.removedOn > plan.approvedOn) out.push({ entry, index });
  });
  return out;
}

/** Cadres and posts by id (one pass each). */
export function indexPlan(plan: CadrePlan) {
  return {
    cadres: new Map(plan.cadres.map((c) => [c.id, c] as const)),
    posts: new Map(plan.posts.map((p) => [p.id, p] as const)),
  };
}

/** The whole plan at its approval date. */
export const planAtApproval = (plan: CadrePlan): Subject<CadrePlan> => ({
  value: plan,
  actDate: plan.approvedOn,
  path: [],
});

/** The day ages are computed for the plan: explicit, else the term start (next term) or the approval (current term). */
export function ageReferenceDate(plan: CadrePlan): CivilDate {
  return plan.ageReferenceDate ?? ((plan.scope ?? 'nextTerm') === 'nextTerm' ? plan.term.from : plan.approvedOn);
}

/** A small plan for examples and tests. */
export function examplePlan(
  entries: readonly Record<string, unknown>[],
  cadres: readonly Partial<PlannedCadre>[] = [],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const ids = new Set(entries.map((e) => e.cadreId as string));
  const given = new Map(cadres.map((c) => [c.id, c]));
  return {
    kind: 'cadrePlan',
    approvedOn: '2026-03-15',
    term: { label: '2030–2035', from: '2030-10-01' },
    posts: [
      { id: 'BT', title: 'Bí thư', rank: 3, level: 'xã' },
      { id: 'PBT', title: 'Phó Bí thư', rank: 2, level: 'xã' },
      { id: 'CT', title: 'Chủ tịch UBND', rank: 2, level: 'xã' },
      { id: 'PCT', title: 'Phó Chủ tịch UBND', rank: 1, level: 'xã' },
    ],
    cadres: [...ids].map((id) => ({ id, birthDate: '1985-06-01', sex: 'male', currentPostRank: 1, ...given.get(id) })),
    entries,
    ...extra,
  };
}
