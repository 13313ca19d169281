import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';

/** The ranking family's rules (filled in by its issue). */
export const rankingRules: readonly RuleDefinition[] = [];
/** Record kinds owned by the ranking family. */
export const rankingRecordKinds: readonly RecordKind[] = [];
