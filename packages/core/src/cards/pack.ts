import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { partyCardKind } from './kind.js';
import { cardIssueHandover, cardIssueOfficialOnly } from './rules/issue.js';
import { cardLostDiscipline } from './rules/lost.js';
import { cardReissueBasis } from './rules/reissue.js';
import { cardReturnedStrikeOffGround, cardStrikeOffOfficial } from './rules/returned.js';

/**
 * The party-card family's rules: issue to official members, hand-over, re-issue, loss without good reason as a
 * discipline matter, returned card as a strike-off ground.
 */
export const cardRules: readonly RuleDefinition[] = [
  cardIssueOfficialOnly,
  cardIssueHandover,
  cardReissueBasis,
  cardLostDiscipline,
  cardReturnedStrikeOffGround,
  cardStrikeOffOfficial,
] as RuleDefinition[];
/** Record kinds owned by the party-card family. */
export const cardRecordKinds: readonly RecordKind[] = [partyCardKind];
