import { z } from 'zod';
import { civilDateSchema } from '../model/common.js';

const at = (what: string) => civilDateSchema.describe(what);

/** A card reported lost (thẻ đảng viên bị mất). */
export const cardLostEvent = z.strictObject({
  type: z.literal('lost'),
  date: at('Ngày mất thẻ (hoặc ngày phát hiện mất)'),
  reportedOn: at('Ngày báo cáo chi ủy, cấp ủy').optional(),
  goodReason: z.boolean().optional().describe('Mất thẻ có lý do chính đáng (thiên tai, hỏa hoạn, bị mất cắp…)'),
  note: z.string().optional().describe('Ghi chú'),
});
/** A card damaged (thẻ bị hỏng), to be exchanged. */
export const cardDamagedEvent = z.strictObject({
  type: z.literal('damaged'),
  date: at('Ngày ghi nhận thẻ bị hỏng'),
  note: z.string().optional().describe('Ghi chú'),
});
/** A re-issue (cấp lại thẻ bị mất, đổi thẻ bị hỏng): `date` = the decision of the competent committee. */
export const cardReissuedEvent = z.strictObject({
  type: z.literal('reissued'),
  date: at('Ngày quyết định cấp lại hoặc đổi thẻ'),
  handedOverOn: at('Ngày chi bộ phát lại thẻ cho đảng viên').optional(),
  cardNumber: z.string().optional().describe('Số thẻ mới (nếu đổi số)'),
  note: z.string().optional().describe('Ghi chú'),
});
/** The member returned the card of their own will (tự ý trả thẻ đảng viên). */
export const cardReturnedEvent = z.strictObject({
  type: z.literal('returned'),
  date: at('Ngày đảng viên tự ý trả thẻ'),
  note: z.string().optional().describe('Ghi chú'),
});
/** The member destroyed the card of their own will (tự hủy thẻ đảng viên). */
export const cardDestroyedEvent = z.strictObject({
  type: z.literal('destroyed'),
  date: at('Ngày đảng viên tự hủy thẻ (ngày phát hiện)'),
  note: z.string().optional().describe('Ghi chú'),
});
/** The cell took the card back after the member left the party (thu hồi thẻ khi xóa tên, khai trừ, ra khỏi Đảng). */
export const cardCollectedEvent = z.strictObject({
  type: z.literal('collected'),
  date: at('Ngày chi bộ thu lại thẻ'),
  note: z.string().optional().describe('Ghi chú'),
});

/** Every event of a card's life after it was issued. */
export const cardEventSchema = z
  .discriminatedUnion('type', [
    cardLostEvent,
    cardDamagedEvent,
    cardReissuedEvent,
    cardReturnedEvent,
    cardDestroyedEvent,
    cardCollectedEvent,
  ])
  .describe('Sự kiện của thẻ đảng viên sau khi phát');

/** A card event. */
export type CardEvent = z.infer<typeof cardEventSchema>;

/**
 * One member's party card as the card register keeps it (sổ theo dõi thẻ đảng viên): the official recognition it
 * rests on, the decision to issue it, the hand-over at a cell meeting, the cell meetings held meanwhile (to judge
 * "the nearest meeting"), and what happened to the card afterwards.
 */
export const partyCardSchema = z.object({
  kind: z.literal('partyCard'),
  id: z.string().min(1).optional().describe('Mã bản ghi (mặc định: mã đảng viên)'),
  member: z.string().min(1).describe('Mã đảng viên (như trong hồ sơ đảng viên)'),
  cell: z.string().optional().describe('Mã chi bộ phát thẻ'),
  cardNumber: z.string().optional().describe('Số thẻ đảng viên'),
  officialSince: at('Ngày quyết định công nhận đảng viên chính thức').optional(),
  issueDecision: at('Ngày cấp ủy có thẩm quyền quyết định phát thẻ').optional(),
  receivedOn: at('Ngày chi bộ nhận được thẻ (nếu sau ngày quyết định)').optional(),
  handedOverOn: at('Ngày chi bộ phát thẻ cho đảng viên').optional(),
  cellMeetings: z
    .array(civilDateSchema)
    .optional()
    .describe('Ngày các kỳ sinh hoạt chi bộ sau khi có quyết định phát thẻ (để xét "kỳ sinh hoạt gần nhất")'),
  events: z.array(cardEventSchema).optional().describe('Mất, hỏng, cấp lại, trả, hủy, thu hồi thẻ'),
});

/** A party card record. */
export type PartyCard = z.infer<typeof partyCardSchema>;
