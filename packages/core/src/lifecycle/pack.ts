import type { Parameter } from '../kernel/parameter.js';
import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { organizationKind } from '../model/organization.js';
import { lifecycleMemberKind } from './kind.js';
import { lifecycleParameters } from './parameters.js';
import { admissionAge } from './rules/admission-age.js';
import { admissionAwarenessCertificate } from './rules/admission-awareness-course.js';
import { admissionCeremonyDeadline, admissionDecisionDeadline } from './rules/admission-deadlines.js';
import { admissionEducation } from './rules/admission-education.js';
import { admissionIntroducers } from './rules/admission-introducers.js';
import { cellVoteTwoThirds } from './rules/cell-vote.js';

/** The lifecycle family's rules. */
export const lifecycleRules: readonly RuleDefinition[] = [
  admissionAge,
  admissionEducation,
  admissionAwarenessCertificate,
  admissionIntroducers,
  cellVoteTwoThirds,
  admissionDecisionDeadline,
  admissionCeremonyDeadline,
] as RuleDefinition[];
/** Record kinds owned by the lifecycle family: `member` (with derived facts) and `organization`. */
export const lifecycleRecordKinds: readonly RecordKind[] = [lifecycleMemberKind, organizationKind];
/** The lifecycle family's parameters (dated, cited; plugins amend them). */
export const lifecycleParametersList: readonly Parameter[] = lifecycleParameters;
