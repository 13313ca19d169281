import type { Parameter } from '../kernel/parameter.js';
import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { organizationKind } from '../model/organization.js';
import { lifecycleMemberKind } from './kind.js';
import { lifecycleParameters } from './parameters.js';
import { admissionAge } from './rules/admission-age.js';
import { admissionAwarenessCertificate } from './rules/admission-awareness-course.js';
import {
  admissionCeremonyTimeliness,
  admissionDecisionTimeliness,
  recognitionDecisionTimeliness,
} from './rules/admission-deadlines.js';
import { admissionEducation } from './rules/admission-education.js';
import { admissionFileValidity } from './rules/admission-file-validity.js';
import { admissionIntroducers } from './rules/admission-introducers.js';
import { decisionAuthorityLevel, organizationCommuneGrassroots, organizationDistrictEnded } from './rules/authority.js';
import { badgeEligibility } from './rules/badge.js';
import { cellVoteTwoThirds } from './rules/cell-vote.js';
import { disciplineLimitation } from './rules/discipline.js';
import { exemptionDecision } from './rules/exemption.js';
import { strikeOffGroundMet, voluntaryExitWithoutViolation } from './rules/exit.js';
import { historyConsistency } from './rules/history-consistency.js';
import { probationReview } from './rules/probation.js';
import { readmissionConditions } from './rules/readmission.js';
import { recognitionTiming } from './rules/recognition.js';
import { suspensionDuration } from './rules/suspension.js';
import { transferDeadlines } from './rules/transfer.js';

/** The lifecycle family's rules. */
export const lifecycleRules: readonly RuleDefinition[] = [
  admissionAge,
  admissionEducation,
  admissionAwarenessCertificate,
  admissionFileValidity,
  admissionIntroducers,
  cellVoteTwoThirds,
  admissionDecisionTimeliness,
  admissionCeremonyTimeliness,
  decisionAuthorityLevel,
  recognitionTiming,
  recognitionDecisionTimeliness,
  exemptionDecision,
  suspensionDuration,
  probationReview,
  transferDeadlines,
  disciplineLimitation,
  voluntaryExitWithoutViolation,
  strikeOffGroundMet,
  readmissionConditions,
  badgeEligibility,
  historyConsistency,
  organizationDistrictEnded,
  organizationCommuneGrassroots,
] as RuleDefinition[];
/** Record kinds owned by the lifecycle family: `member` (with derived facts) and `organization`. */
export const lifecycleRecordKinds: readonly RecordKind[] = [lifecycleMemberKind, organizationKind];
/** The lifecycle family's parameters (dated, cited; plugins amend them). */
export const lifecycleParametersList: readonly Parameter[] = lifecycleParameters;
