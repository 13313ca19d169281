/**
 * The ranking rule family.
 * @packageDocumentation
 */
export { rankingRecordKinds, rankingRules } from './pack.js';
