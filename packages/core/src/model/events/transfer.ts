/** Transfer events (chuyển sinh hoạt đảng). */
import { z } from 'zod';
import { authoritySchema } from '../authority.js';
import { civilDateSchema } from '../common.js';
import { ev } from './shared.js';

/** Transfer mode (chuyển sinh hoạt đảng chính thức / tạm thời). */
export const transferModeSchema = z
  .enum(['official', 'temporary'])
  .describe('official = chuyển sinh hoạt đảng chính thức; temporary = tạm thời');

/** Transfer out (giới thiệu chuyển sinh hoạt đảng đi); `date` = date of the introduction letter. */
export const transferOutEvent = ev('transferOut', 'Giới thiệu chuyển sinh hoạt đảng đi (ngày giấy giới thiệu)', {
  mode: transferModeSchema,
  to: z.string().optional().describe('Mã/tên tổ chức đảng nơi chuyển đến'),
  triggeredOn: civilDateSchema
    .optional()
    .describe('Ngày quyết định (điều động, nghỉ hưu…) có hiệu lực hoặc ngày thay đổi nơi cư trú'),
  purpose: z
    .enum(['work', 'residence', 'study', 'other'])
    .optional()
    .describe('Lý do: công tác, cư trú, học tập, khác'),
  expectedUntil: civilDateSchema.optional().describe('Ngày dự kiến trở về (sinh hoạt tạm thời)'),
  authority: authoritySchema.optional(),
});
/** Transfer in: letter presented at the receiving organization (xuất trình giấy giới thiệu, tiếp nhận). */
export const transferInEvent = ev('transferIn', 'Xuất trình giấy giới thiệu, được tiếp nhận sinh hoạt đảng', {
  mode: transferModeSchema,
  from: z.string().optional().describe('Mã/tên tổ chức đảng nơi chuyển đi'),
  goodReason: z.boolean().optional().describe('Có lý do chính đáng khi quá hạn'),
});
/** End of a temporary transfer: the member is back at the official organization (kết thúc sinh hoạt tạm thời). */
export const temporaryTransferEndEvent = ev('temporaryTransferEnd', 'Kết thúc sinh hoạt đảng tạm thời', {});

/** The output of {@link transferOutEvent}. */
export interface TransferOutEvent extends z.infer<typeof transferOutEvent> {}
/** The output of {@link transferInEvent}. */
export interface TransferInEvent extends z.infer<typeof transferInEvent> {}
/** The output of {@link temporaryTransferEndEvent}. */
export interface TemporaryTransferEndEvent extends z.infer<typeof temporaryTransferEndEvent> {}
