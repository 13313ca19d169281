import { defineRecordKind } from '../kernel/record-kind.js';
import { type PartyCard, partyCardSchema } from './model.js';

/** The `partyCard` record kind (thẻ đảng viên): one member's card as the card register keeps it. */
export const partyCardKind = defineRecordKind<PartyCard>({
  kind: 'partyCard',
  title: { vi: 'Thẻ đảng viên', en: 'Party card' },
  schema: partyCardSchema,
  idOf: (c) => c.id ?? c.member,
});
