/**
 * Records format 2 (`dieule.records/2`): event identities, corrections, the one discipline model's derived "in
 * effect" fact, suspensions of party activity, bundles and the upgrade from format 1.
 */

export { type Bundle, bundleKind, bundleSchema, expandBundle, historyFacts } from './bundle.js';
export {
  type CorrectionStep,
  type EffectiveHistory,
  FORMAT_2,
  type IdentityProblem,
  prepareMember,
  sourcePathOf,
} from './corrections.js';
export {
  type DisciplineEffect,
  type DisciplineEffectReason,
  type DisciplineLike,
  disciplineEffect,
} from './discipline.js';
export { eventIds, generatedEventId, generatedMemberId } from './ids.js';
export {
  type SuspensionEffectReason,
  type SuspensionEndReason,
  type SuspensionGround,
  type SuspensionOn,
  type SuspensionPeriod,
  suspensionCitations,
  suspensionEffect,
  suspensionOn,
  suspensionPeriods,
} from './suspension.js';
export {
  type AuthorityLevelOf,
  levelOf,
  type OrganizationAt,
  organizationAt,
  type ResolvedAuthority,
  resolveAuthority,
  treeAt,
} from './tree.js';
export { type UpgradeNote, type UpgradeResult, upgrade } from './upgrade.js';
