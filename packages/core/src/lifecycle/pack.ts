import type { Parameter } from '../kernel/parameter.js';
import type { RecordKind } from '../kernel/record-kind.js';
import type { RuleDefinition } from '../kernel/rule.js';
import { organizationKind } from '../model/organization.js';
import { lifecycleMemberKind } from './kind.js';
import { lifecycleParameters } from './parameters.js';

/** The lifecycle family's rules. */
export const lifecycleRules: readonly RuleDefinition[] = [];
/** Record kinds owned by the lifecycle family: `member` (with derived facts) and `organization`. */
export const lifecycleRecordKinds: readonly RecordKind[] = [lifecycleMemberKind, organizationKind];
/** The lifecycle family's parameters (dated, cited; plugins amend them). */
export const lifecycleParametersList: readonly Parameter[] = lifecycleParameters;
