/** A party card record for examples and tests. */
export const exampleCard = (over: Record<string, unknown> = {}) => ({
  kind: 'partyCard',
  member: 'M1',
  cell: 'CB01',
  officialSince: '2025-08-12',
  issueDecision: '2025-10-06',
  ...over,
});
