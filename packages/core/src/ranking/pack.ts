import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { rankingRoundKind } from './round-kind.js';
import { memberDiscipline } from './rules/member-discipline.js';
import { memberScope } from './rules/member-scope.js';
import { memberQuota } from './rules/quota-members.js';
import { organizationQuota } from './rules/quota-organizations.js';
import { roundRegime } from './rules/round-regime.js';

/** The ranking family's rules, in the order of the regulation: regime, scope, levels, quota, collectives, history. */
export const rankingRules: readonly RuleDefinition[] = [
  roundRegime,
  memberScope,
  memberDiscipline,
  memberQuota,
  organizationQuota,
];
/** Record kinds owned by the ranking family. */
export const rankingRecordKinds: readonly RecordKind[] = [rankingRoundKind];
