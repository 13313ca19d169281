/**
 * Party cards (thẻ đảng viên): the `partyCard` record kind and its rules (QĐ 294 point 6.1.1, QĐ 06-QĐ/TW 2026).
 * @packageDocumentation
 */
export { CARD_REGULATION } from './citations.js';
export { partyCardKind } from './kind.js';
export { type CardEvent, cardEventSchema, type PartyCard, partyCardSchema } from './model.js';
export { cardRecordKinds, cardRules } from './pack.js';
