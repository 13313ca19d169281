/**
 * The lifecycle rule family.
 * @packageDocumentation
 */
export { lifecycleRecordKinds, lifecycleRules } from './pack.js';
