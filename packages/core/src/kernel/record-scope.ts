/**
 * The scope of one record's evaluation: work that several rules and the facts of the same record share (the replay
 * of a member's history, issue 15) is memoized inside it and forgotten when the record is done. Outside an
 * evaluation nothing is memoized, so a caller that changes a record between two calls never sees stale results.
 */
let current = 0;
let counter = 0;

/** Opens the scope of one record; returns the scope to restore (evaluations may nest). */
export function enterRecord(): number {
  const previous = current;
  counter = counter === Number.MAX_SAFE_INTEGER ? 1 : counter + 1;
  current = counter;
  return previous;
}

/** Closes the scope opened by {@link enterRecord}. */
export function leaveRecord(previous: number): void {
  current = previous;
}

/** The scope of the record being evaluated; 0 outside an evaluation (memoize nothing then). */
export function recordScope(): number {
  return current;
}
