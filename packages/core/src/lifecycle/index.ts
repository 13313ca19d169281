/**
 * The member lifecycle: from candidate to official member to exit, as a cited transition table with derived
 * facts (status, party age, deadlines, badge) and the lifecycle rules.
 * @packageDocumentation
 */

export { type Act, type AuthorityProblem, type CompetentAuthority, competentAuthority } from './authority.js';
export { type BadgeOccasionDate, badgeOccasionFor, type NextBadge, nextBadge } from './badge.js';
export {
  admissionDecisionDeadline,
  ceremonyDeadline,
  type Deadline,
  disciplineExpiry,
  probationEnd,
  recognitionDecisionDeadline,
  recognitionReviewDeadline,
  transferLetterDeadline,
  transferProcedureDeadline,
} from './deadlines.js';
export {
  type Cited,
  disciplinesOn,
  formatPartyAge,
  type MemberFacts,
  memberFacts,
  type OverdueItem,
  type StrikeOffWarning,
  statusLabel,
  strikeOffWarnings,
  toDerivedFacts,
} from './facts.js';
export { eventsOfType, type HistoryProblem, nextOfType, type Replay, replay, stateAt } from './history.js';
export { lifecycleMemberKind } from './kind.js';
export { lifecycleParametersList, lifecycleRecordKinds, lifecycleRules } from './pack.js';
export * from './parameters.js';
export { type PartyAge, type PartyAgeGap, partyAge } from './party-age.js';
export {
  charter,
  implementingGuidance,
  implementingRegulation,
  LIFECYCLE_REGIME_SWITCHES,
  regulationPoint,
} from './regime.js';
export { admissionAge } from './rules/admission-age.js';
export { admissionAwarenessCertificate } from './rules/admission-awareness-course.js';
export {
  admissionCeremonyTimeliness,
  admissionDecisionTimeliness,
  recognitionDecisionTimeliness,
} from './rules/admission-deadlines.js';
export { admissionEducation } from './rules/admission-education.js';
export { admissionIntroducers } from './rules/admission-introducers.js';
export { decisionAuthorityLevel, organizationDistrictEnded } from './rules/authority.js';
export { badgeEligibility } from './rules/badge.js';
export { cellVoteTwoThirds } from './rules/cell-vote.js';
export { disciplineLimitation } from './rules/discipline.js';
export { exemptionDecision } from './rules/exemption.js';
export { strikeOffGroundMet, voluntaryExitWithoutViolation } from './rules/exit.js';
export { historyConsistency } from './rules/history-consistency.js';
export { probationReview } from './rules/probation.js';
export { readmissionBar, readmissionConditions } from './rules/readmission.js';
export { recognitionTiming } from './rules/recognition.js';
export { suspensionDuration } from './rules/suspension.js';
export { transferDeadlines } from './rules/transfer.js';
export {
  type ExitKind,
  initialState,
  isFormer,
  isOnRolls,
  MEMBER_STATUSES,
  type MemberState,
  type MemberStatus,
  type PendingTransfer,
  STATUS_LABELS,
} from './state.js';
export {
  allowedEvents,
  probeEvents,
  type Refusal,
  type RefusalId,
  representativeState,
  type TransitionResult,
  type TransitionRow,
  transition,
  transitionDiagram,
  transitionTable,
} from './transition.js';
