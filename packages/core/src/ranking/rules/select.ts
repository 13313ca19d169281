import type { Subject } from '../../kernel/rule.js';
import type { CollectiveEvaluation, MemberEvaluation, RankingRound } from '../model/round.js';
import { rankingActDate } from '../regime.js';

/** Each member evaluation of a round as a subject at the round's act date, with its path `members.i`. */
export function* eachMember(round: RankingRound): Iterable<Subject<MemberEvaluation>> {
  const actDate = rankingActDate(round);
  const list = round.members;
  for (let i = 0; i < list.length; i++) yield { value: list[i]!, actDate, path: ['members', i] };
}

/** Each collective evaluation of a round as a subject, with its path `organizations.i`. */
export function* eachOrganization(round: RankingRound): Iterable<Subject<CollectiveEvaluation>> {
  const actDate = rankingActDate(round);
  const list = round.organizations;
  for (let i = 0; i < list.length; i++) yield { value: list[i]!, actDate, path: ['organizations', i] };
}

/** The whole round at its act date. */
export function wholeRound(round: RankingRound): Subject<RankingRound> {
  return { value: round, actDate: rankingActDate(round), path: [] };
}

/** A compact round for examples and tests. */
export function exampleRound(
  year: number,
  members: readonly Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { kind: 'rankingRound', year, organization: { id: 'DB01', name: 'Đảng bộ xã A' }, members, ...extra };
}
