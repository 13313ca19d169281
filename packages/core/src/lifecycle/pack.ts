import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';

/** The lifecycle family's rules (filled in by its issue). */
export const lifecycleRules: readonly RuleDefinition[] = [];
/** Record kinds owned by the lifecycle family. */
export const lifecycleRecordKinds: readonly RecordKind[] = [];
