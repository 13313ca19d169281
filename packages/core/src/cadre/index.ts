/**
 * The cadre rule family.
 * @packageDocumentation
 */
export { cadreRecordKinds, cadreRules } from './pack.js';
