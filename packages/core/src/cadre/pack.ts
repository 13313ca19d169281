import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { appointmentKind, cadrePlanKind, confidenceVoteKind } from './kinds.js';
import { voteLowConfidence } from './rules/vote-low-confidence.js';
import { voteQuorum } from './rules/vote-quorum.js';
import { voteTally } from './rules/vote-tally.js';

/** The cadre family's rules: confidence votes, planning, appointment. */
export const cadreRules: readonly RuleDefinition[] = [voteQuorum, voteTally, voteLowConfidence];
/** Record kinds owned by the cadre family. */
export const cadreRecordKinds: readonly RecordKind[] = [confidenceVoteKind, cadrePlanKind, appointmentKind];
