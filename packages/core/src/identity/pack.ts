import type { RuleDefinition } from '../kernel/rule.js';
import { citizenIdMatchesPerson } from './rules/citizen-id-birth.js';
import { citizenIdFormat } from './rules/citizen-id-format.js';

/** The identity family's rules. */
export const identityRules: readonly RuleDefinition[] = [citizenIdFormat, citizenIdMatchesPerson];
