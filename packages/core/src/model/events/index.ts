/** Every member event (sự kiện trong hồ sơ đảng viên), one module per family; the closed union and its types. */

export {
  type AdmissionCeremonyEvent,
  type AdmissionDecisionEvent,
  type AdmissionVoteEvent,
  type ApplicationEvent,
  type AwarenessCourseEvent,
  admissionCeremonyEvent,
  admissionDecisionEvent,
  admissionVoteEvent,
  applicationEvent,
  awarenessCourseEvent,
  type IntroductionEvent,
  introductionEvent,
  type NewMemberCourseEvent,
  newMemberCourseEvent,
  type ProbationStrikeOffEvent,
  probationStrikeOffEvent,
  type RecognitionDecisionEvent,
  type RecognitionVoteEvent,
  recognitionDecisionEvent,
  recognitionVoteEvent,
  type VerificationEvent,
  verificationEvent,
} from './admission.js';
export { type BadgeAwardedEvent, type BadgeProposalEvent, badgeAwardedEvent, badgeProposalEvent } from './badge.js';
export { type CorrectableEvent, type CorrectionEvent, correctableEventSchema, correctionEvent } from './correction.js';
export { type DisciplineEvent, disciplineEvent, disciplineFormSchema } from './discipline.js';
export {
  type ExemptionEndEvent,
  type ExemptionStartEvent,
  exemptionEndEvent,
  exemptionReasonSchema,
  exemptionStartEvent,
} from './exemption.js';
export {
  type ContactRestoredEvent,
  contactRestoredEvent,
  type DeathEvent,
  deathEvent,
  type ExpulsionEvent,
  expulsionEvent,
  type LostContactEvent,
  lostContactEvent,
  type ReadmissionEvent,
  readmissionEvent,
  type StrikeOffEvent,
  strikeOffEvent,
  strikeOffGroundSchema,
  type VoluntaryExitEvent,
  voluntaryExitEvent,
} from './exit.js';
export { convictionSchema, memberEventBaseSchema, voteSchema } from './shared.js';
export {
  type MissedMonthEvent,
  missedMonthEvent,
  type RemedialEducationEvent,
  remedialEducationEvent,
  type StandingViolationEvent,
  standingViolationEvent,
} from './standing.js';
export {
  type SuspensionEndEvent,
  type SuspensionExtensionEvent,
  type SuspensionStartEvent,
  suspensionEndEvent,
  suspensionEndReasonSchema,
  suspensionExtensionEvent,
  suspensionGroundSchema,
  suspensionStartEvent,
} from './suspension.js';
export {
  type TemporaryTransferEndEvent,
  type TransferInEvent,
  type TransferOutEvent,
  temporaryTransferEndEvent,
  transferInEvent,
  transferModeSchema,
  transferOutEvent,
} from './transfer.js';

import { z } from 'zod';
import { type CorrectableEvent, type CorrectionEvent, correctableEvents, correctionEvent } from './correction.js';

/** Every member event: a closed union discriminated by `type`. */
export const memberEventSchema = z
  .discriminatedUnion('type', [...correctableEvents, correctionEvent])
  .describe('Sự kiện trong hồ sơ đảng viên');

/** A member event. */
export type MemberEvent = CorrectableEvent | CorrectionEvent;
/** The `type` of a member event. */
export type MemberEventType = MemberEvent['type'];
/** A member event of one type. */
export type MemberEventOf<T extends MemberEventType> = Extract<MemberEvent, { type: T }>;

/** Every event type, in the order of a typical life (for docs, tables and generators). */
export const memberEventTypes = [
  'awarenessCourse',
  'application',
  'introduction',
  'verification',
  'admissionVote',
  'admissionDecision',
  'admissionCeremony',
  'newMemberCourse',
  'recognitionVote',
  'recognitionDecision',
  'probationStrikeOff',
  'transferOut',
  'transferIn',
  'temporaryTransferEnd',
  'exemptionStart',
  'exemptionEnd',
  'suspensionStart',
  'suspensionExtension',
  'suspensionEnd',
  'discipline',
  'strikeOff',
  'voluntaryExit',
  'expulsion',
  'lostContact',
  'contactRestored',
  'readmission',
  'death',
  'badgeAwarded',
  'badgeProposal',
  'missedMonth',
  'remedialEducation',
  'standingViolation',
  'correction',
] as const satisfies readonly MemberEventType[];
