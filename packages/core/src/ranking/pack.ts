import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { rankingRoundKind } from './round-kind.js';
import { civilServiceConsistency } from './rules/civil-service.js';
import { excellentStreak } from './rules/excellent-streak.js';
import { leaderLowConfidence } from './rules/leader-confidence.js';
import { memberDiscipline } from './rules/member-discipline.js';
import { memberScope } from './rules/member-scope.js';
import { notCompletedTwice } from './rules/not-completed-twice.js';
import { organizationDiscipline } from './rules/organization-discipline.js';
import { organizationTargets } from './rules/organization-targets.js';
import { pointsBand } from './rules/points-band.js';
import { memberQuota } from './rules/quota-members.js';
import { organizationQuota } from './rules/quota-organizations.js';
import { residenceComment } from './rules/residence-comment.js';
import { roundRegimeRule } from './rules/round-regime.js';
import { taskConditions } from './rules/task-conditions.js';

/** The ranking family's rules, in the order of the regulation: regime, scope, individual levels, collectives, quota, history. */
export const rankingRules: readonly RuleDefinition[] = [
  roundRegimeRule,
  memberScope,
  pointsBand,
  taskConditions,
  memberDiscipline,
  leaderLowConfidence,
  civilServiceConsistency,
  organizationDiscipline,
  organizationTargets,
  memberQuota,
  organizationQuota,
  notCompletedTwice,
  excellentStreak,
  residenceComment,
];
/** Record kinds owned by the ranking family. */
export const rankingRecordKinds: readonly RecordKind[] = [rankingRoundKind];
