import { RuleTester } from '../../kernel/rule-tester.js';
import { congressKind, personnelPlanKind } from '../kinds.js';

/** The RuleTester for congress rules (test-only helper). */
export const congressTester = (asOf = '2026-11-23' as const): RuleTester =>
  new RuleTester({ recordKinds: [congressKind, personnelPlanKind], asOf });

/** Fixed seed for every property test of the family (printed by fast-check on failure). */
export const SEED = 20250701;
