import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { appointmentKind, cadrePlanKind, confidenceVoteKind } from './kinds.js';
import { appointmentDiscipline, appointmentDisciplineInEffect } from './rules/appointment-discipline.js';
import { appointmentServiceLeft } from './rules/appointment-service.js';
import {
  appointmentRankingHistory,
  appointmentReappointment,
  appointmentTimeInPost,
} from './rules/appointment-term.js';
import { planDiscipline } from './rules/plan-discipline.js';
import { planPerPerson, planPerPost } from './rules/plan-limits.js';
import { planAge, planHigherPost } from './rules/plan-post-and-age.js';
import { planReferences } from './rules/plan-references.js';
import { planStructure } from './rules/plan-structure.js';
import { voteLowConfidence } from './rules/vote-low-confidence.js';
import { voteQuorum } from './rules/vote-quorum.js';
import { voteTally } from './rules/vote-tally.js';

/** The cadre family's rules: confidence votes, planning, appointment. */
export const cadreRules: readonly RuleDefinition[] = [
  voteQuorum,
  voteTally,
  voteLowConfidence,
  planReferences,
  planPerPost,
  planPerPerson,
  planHigherPost,
  planAge,
  planDiscipline,
  planStructure,
  appointmentServiceLeft,
  appointmentDiscipline,
  appointmentDisciplineInEffect,
  appointmentTimeInPost,
  appointmentReappointment,
  appointmentRankingHistory,
];
/** Record kinds owned by the cadre family. */
export const cadreRecordKinds: readonly RecordKind[] = [confidenceVoteKind, cadrePlanKind, appointmentKind];
