/** Corrections (đính chính): an event that names the event it corrects or withdraws. */
import { z } from 'zod';
import {
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
import { type BadgeAwardedEvent, type BadgeProposalEvent, badgeAwardedEvent, badgeProposalEvent } from './badge.js';
import { type DisciplineEvent, disciplineEvent } from './discipline.js';
import {
  type ExemptionEndEvent,
  type ExemptionStartEvent,
  exemptionEndEvent,
  exemptionStartEvent,
} from './exemption.js';
import {
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
  type VoluntaryExitEvent,
  voluntaryExitEvent,
} from './exit.js';
import { ev } from './shared.js';
import {
  type MissedMonthEvent,
  missedMonthEvent,
  type RemedialEducationEvent,
  remedialEducationEvent,
  type StandingViolationEvent,
  standingViolationEvent,
} from './standing.js';
import {
  type SuspensionEndEvent,
  type SuspensionExtensionEvent,
  type SuspensionStartEvent,
  suspensionEndEvent,
  suspensionExtensionEvent,
  suspensionStartEvent,
} from './suspension.js';
import {
  type TemporaryTransferEndEvent,
  type TransferInEvent,
  type TransferOutEvent,
  temporaryTransferEndEvent,
  transferInEvent,
  transferOutEvent,
} from './transfer.js';

export const correctableEvents = [
  awarenessCourseEvent,
  applicationEvent,
  introductionEvent,
  verificationEvent,
  admissionVoteEvent,
  admissionDecisionEvent,
  admissionCeremonyEvent,
  newMemberCourseEvent,
  recognitionVoteEvent,
  recognitionDecisionEvent,
  probationStrikeOffEvent,
  transferOutEvent,
  transferInEvent,
  temporaryTransferEndEvent,
  exemptionStartEvent,
  exemptionEndEvent,
  suspensionStartEvent,
  suspensionExtensionEvent,
  suspensionEndEvent,
  disciplineEvent,
  strikeOffEvent,
  voluntaryExitEvent,
  expulsionEvent,
  lostContactEvent,
  contactRestoredEvent,
  readmissionEvent,
  deathEvent,
  badgeAwardedEvent,
  badgeProposalEvent,
  missedMonthEvent,
  remedialEducationEvent,
  standingViolationEvent,
] as const;

/** Every event a correction may put in place of the event it corrects (every type except `correction`). */
export const correctableEventSchema = z
  .discriminatedUnion('type', correctableEvents)
  .describe('Sự kiện thay thế (nội dung đúng)');

/**
 * A correction (đính chính): names the event it corrects (`corrects`, an event id) and either gives the right
 * content (`replacement`) or withdraws the event (`withdrawn: true`). The history is never rewritten: the corrected
 * event stays in the record, and validation judges the history with the correction applied.
 */
export const correctionEvent = ev('correction', 'Đính chính một sự kiện đã ghi (thay nội dung hoặc rút bỏ)', {
  corrects: z.string().min(1).describe('Mã của sự kiện được đính chính'),
  replacement: correctableEventSchema.optional().describe('Nội dung đúng của sự kiện (thay cho nội dung đã ghi)'),
  withdrawn: z.boolean().optional().describe('Rút bỏ sự kiện (ghi nhầm, không có thật)'),
  reason: z.string().optional().describe('Lý do đính chính'),
});

/** Every member event: a closed union discriminated by `type`. */
/** Every event a correction may put in place of another (every type except `correction`). */
export type CorrectableEvent =
  | AwarenessCourseEvent
  | ApplicationEvent
  | IntroductionEvent
  | VerificationEvent
  | AdmissionVoteEvent
  | AdmissionDecisionEvent
  | AdmissionCeremonyEvent
  | NewMemberCourseEvent
  | RecognitionVoteEvent
  | RecognitionDecisionEvent
  | ProbationStrikeOffEvent
  | TransferOutEvent
  | TransferInEvent
  | TemporaryTransferEndEvent
  | ExemptionStartEvent
  | ExemptionEndEvent
  | SuspensionStartEvent
  | SuspensionExtensionEvent
  | SuspensionEndEvent
  | DisciplineEvent
  | StrikeOffEvent
  | VoluntaryExitEvent
  | ExpulsionEvent
  | LostContactEvent
  | ContactRestoredEvent
  | ReadmissionEvent
  | DeathEvent
  | BadgeAwardedEvent
  | BadgeProposalEvent
  | MissedMonthEvent
  | RemedialEducationEvent
  | StandingViolationEvent;
/** The output of {@link correctionEvent}. */
export interface CorrectionEvent extends Omit<z.infer<typeof correctionEvent>, 'replacement'> {
  replacement?: CorrectableEvent | undefined;
}
