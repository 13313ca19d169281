import type { Subject } from '../../kernel/rule.js';
import type { Congress, ElectionRound } from '../model/congress.js';
import type { PersonnelPlan, PlannedCandidate } from '../model/plan.js';

/** Each election round of a congress, judged on the opening day. */
export function* eachRound(c: Congress): Iterable<Subject<ElectionRound>> {
  for (let i = 0; i < c.elections.length; i++)
    yield { value: c.elections[i]!, actDate: c.openedOn, path: ['elections', i] };
}

/** Each candidate of a personnel plan, judged on the planned opening day. */
export function* eachCandidate(p: PersonnelPlan): Iterable<Subject<PlannedCandidate>> {
  for (let i = 0; i < p.candidates.length; i++)
    yield { value: p.candidates[i]!, actDate: p.congressOn, path: ['candidates', i] };
}

/** A congress for examples and tests: a cell of `members` official members, all summoned. */
export const exampleCongress = (over: Record<string, unknown> = {}, members = 12) => ({
  kind: 'congress',
  organization: { id: 'CB01', name: 'Chi bộ Tổ dân phố 1', type: 'cell' },
  openedOn: '2025-03-10',
  summoned: { total: members },
  attended: { total: members },
  ...over,
});

/** A personnel plan for examples and tests. */
export const examplePlan = (candidates: readonly Record<string, unknown>[], over: Record<string, unknown> = {}) => ({
  kind: 'personnelPlan',
  organization: { id: 'DB01', name: 'Đảng bộ Công ty A', type: 'grassroots' },
  termLabel: '2025–2030',
  congressOn: '2025-05-20',
  candidates,
  ...over,
});
