import type { Subject } from '../../kernel/rule.js';
import type { BallotResult, ConfidenceVote } from '../model/vote.js';

/** Each ballot result of a vote, at the day of the session. */
export function* eachResult(vote: ConfidenceVote): Iterable<Subject<BallotResult>> {
  for (let i = 0; i < vote.results.length; i++)
    yield { value: vote.results[i]!, actDate: vote.heldOn, path: ['results', i] };
}

/** A vote session for examples and tests. */
export const exampleVote = (
  summoned: number,
  present: number,
  results: readonly Record<string, unknown>[] = [],
  heldOn = '2026-05-20',
) => ({
  kind: 'confidenceVote',
  heldOn,
  summoned,
  present,
  results,
});
