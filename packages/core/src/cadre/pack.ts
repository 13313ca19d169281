import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';

/** The cadre family's rules (filled in by its issue). */
export const cadreRules: readonly RuleDefinition[] = [];
/** Record kinds owned by the cadre family. */
export const cadreRecordKinds: readonly RecordKind[] = [];
