/**
 * Congresses and elections: the `congress` and `personnelPlan` record kinds, the level of a congress on its date,
 * the cycle of each level, who counts in the total of an election, the committee ages of each cycle, and the
 * deadlines after a congress.
 * @packageDocumentation
 */

export {
  type CongressDeadline,
  closingDay,
  congressDeadlines,
  type NextCongressWindow,
  nextCongressWindow,
} from './deadlines.js';
export { congressKind, personnelPlanKind } from './kinds.js';
export { ageReferenceDate, type ReferenceBasis } from './model/age.js';
export {
  type CandidateResult,
  type Congress,
  candidateResultSchema,
  congressSchema,
  ELECTION_BODIES,
  type ElectionBody,
  type ElectionRound,
  electedCount,
  electionBase,
  electionRoundSchema,
  isMoreThanHalf,
  majorityOf,
  roundElectorate,
} from './model/congress.js';
export {
  COMMUNE_GRASSROOTS_FROM,
  type CongressLevel,
  type CongressOrganization,
  type CongressOrganizationType,
  congressLevelOn,
  congressOrganizationSchema,
  ORGANIZATION_TYPES,
  type ResolvedLevel,
  TWO_LEVEL_FROM,
} from './model/organization.js';
export {
  type PersonnelPlan,
  type PlannedCandidate,
  PROPOSED_POSTS,
  personnelPlanSchema,
  plannedCandidateSchema,
} from './model/plan.js';
export { congressRecordKinds, congressRules } from './pack.js';
export {
  afterCongressWorkingDays,
  type CycleValue,
  cellCommitteeMax,
  committeeAge,
  committeeStructure,
  congressCycle,
} from './parameters.js';
export { afterCongress } from './rules/after-congress.js';
export { congressAttendance } from './rules/attendance.js';
export { cellCommittee } from './rules/cell-committee.js';
export { electionMajority } from './rules/election.js';
export { personnelAge } from './rules/personnel-age.js';
export { personnelStructure } from './rules/personnel-structure.js';
export { secretaryRounds } from './rules/secretary.js';
export { congressTiming } from './rules/timing.js';
export { dmy, personLabel, safeId } from './text.js';
