/**
 * Cadre work: confidence votes (QĐ 96), planning (QĐ 50 → QĐ 377) and appointment (QĐ 80 → QĐ 377): the
 * `confidenceVote`, `cadrePlan` and `appointment` record kinds and their rules.
 * @packageDocumentation
 */

export { appointmentKind, cadrePlanKind, confidenceVoteKind } from './kinds.js';
export { APPOINTMENT_TYPES, type Appointment, appointmentSchema } from './model/appointment.js';
export { type Cadre, cadreSchema } from './model/common.js';
export {
  type CadrePlan,
  cadrePlanSchema,
  type PlanEntry,
  type PlannedCadre,
  planEntrySchema,
  plannedPostSchema,
} from './model/plan.js';
export { retirementReachedOn, serviceMonthsLeft } from './model/service.js';
export {
  type BallotResult,
  ballotResultSchema,
  ballotsOf,
  type ConfidenceVote,
  confidenceVoteSchema,
} from './model/vote.js';
export { cadreRecordKinds, cadreRules } from './pack.js';
export { disciplineBarMonths, minServiceMonths } from './parameters.js';
export { appointmentDiscipline, appointmentDisciplineInEffect } from './rules/appointment-discipline.js';
export { appointmentServiceLeft } from './rules/appointment-service.js';
export {
  appointmentRankingHistory,
  appointmentReappointment,
  appointmentTimeInPost,
} from './rules/appointment-term.js';
export { planDiscipline } from './rules/plan-discipline.js';
export { planPerPerson, planPerPost } from './rules/plan-limits.js';
export { planAge, planHigherPost, planMinServiceMonths } from './rules/plan-post-and-age.js';
export { planReferences } from './rules/plan-references.js';
export { planStructure } from './rules/plan-structure.js';
export { lowConfidenceBand, voteLowConfidence } from './rules/vote-low-confidence.js';
export { voteQuorum } from './rules/vote-quorum.js';
export { voteTally } from './rules/vote-tally.js';
