/**
 * Identity: personal identification numbers (CCCD / số định danh cá nhân), masking, province codes.
 * @packageDocumentation
 */
export { type CitizenIdInfo, decodeCitizenId, maskCitizenId } from './citizen-id.js';
export { identityRules } from './pack.js';
export { CITIZEN_ID_PROVINCES } from './provinces.js';
export { citizenIdMatchesPerson } from './rules/citizen-id-birth.js';
export { citizenIdFormat } from './rules/citizen-id-format.js';
