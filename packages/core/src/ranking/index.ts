/**
 * Annual review and quality ranking (kiểm điểm, đánh giá, xếp loại chất lượng): the `rankingRound` record kind, the
 * three regimes (HD 21, QĐ 124, QĐ 366), the rules and the round summary.
 * @packageDocumentation
 */
export {
  DISCIPLINE_FORMS,
  type Discipline,
  type DisciplineForm,
  disciplineInYear,
  disciplineRank,
  disciplineSchema,
} from './model/discipline.js';
export { LEVEL_ABBREVIATION, LEVEL_NAMES, LEVELS, type Level, levelRank, levelSchema } from './model/level.js';
export {
  type CollectiveEvaluation,
  collectiveEvaluationSchema,
  type MemberEvaluation,
  memberEvaluationSchema,
  pastLevelSchema,
  quotaGroupSchema,
  RANKING_REGIMES,
  type RankingRegime,
  type RankingRound,
  rankingRoundSchema,
  type TaskResult,
  taskResultSchema,
  voteResultSchema,
} from './model/round.js';
export { rankingRecordKinds, rankingRules } from './pack.js';
export {
  excellentQuotaPercent,
  newMemberMonths,
  outstandingQuotaPercent,
  pointBands,
  rankingParameters,
  rankingRegimeParameter,
} from './parameters.js';
export { allowedExcellent, excellentQuota, type QuotaEntry, type QuotaGroupResult } from './quota.js';
export { RANKING_REGIME_WINDOWS, rankingActDate, regimeAt, regimeForYear, roundRegime } from './regime.js';
export { rankingRoundKind } from './round-kind.js';
export { civilServiceConsistency } from './rules/civil-service.js';
export { excellentStreak } from './rules/excellent-streak.js';
export { leaderLowConfidence } from './rules/leader-confidence.js';
export { memberDiscipline } from './rules/member-discipline.js';
export { memberScope } from './rules/member-scope.js';
export { notCompletedTwice } from './rules/not-completed-twice.js';
export { organizationDiscipline } from './rules/organization-discipline.js';
export { organizationTargets } from './rules/organization-targets.js';
export { levelForPoints, pointsBand } from './rules/points-band.js';
export { memberQuota } from './rules/quota-members.js';
export { organizationQuota } from './rules/quota-organizations.js';
export { roundRegimeRule } from './rules/round-regime.js';
export { taskConditions } from './rules/task-conditions.js';
export { type LevelRow, type RankingSummary, rankingSummary } from './summary.js';
