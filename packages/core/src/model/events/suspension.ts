/** Suspension events (đình chỉ sinh hoạt đảng): start, extension, end. */
import { z } from 'zod';
import { authoritySchema } from '../authority.js';
import { civilDateSchema } from '../common.js';
import { ev } from './shared.js';

/**
 * Grounds for suspending a member's party activity (căn cứ đình chỉ sinh hoạt đảng), as QĐ 22-QĐ/TW (2021) Điều 28
 * lists them (secondary source; QĐ 30-QĐ/TW 2016 Điều 40 khoản 4 before it).
 */
export const suspensionGroundSchema = z
  .enum(['obstruction', 'indictment', 'custody', 'other'])
  .describe(
    'obstruction = có dấu hiệu vi phạm nghiêm trọng kỷ luật đảng và cố ý gây trở ngại cho việc xem xét, kiểm tra; ' +
      'indictment = bị cơ quan có thẩm quyền quyết định truy tố; custody = bị tạm giam; other = khác',
  );

/** How a suspension ended (lý do chấm dứt đình chỉ). */
export const suspensionEndReasonSchema = z
  .enum(['periodEnded', 'concluded', 'lifted'])
  .describe(
    'periodEnded = hết thời hạn đình chỉ; concluded = tổ chức đảng có thẩm quyền đã xem xét, kết luận; ' +
      'lifted = cấp có thẩm quyền bãi bỏ quyết định đình chỉ',
  );

/**
 * Suspension of party activity (đình chỉ sinh hoạt đảng), decided by the competent committee or inspection
 * commission (Điều lệ Điều 40 khoản 4) while a violation is examined or the member is indicted or detained.
 * `date` = the decision date; `from` = the first day of suspension when the decision sets another (e.g. the date of
 * the custody order); `until` = the last day of the period set (the suspension lapses after it). The member stays
 * on the rolls (status unchanged).
 */
export const suspensionStartEvent = ev('suspensionStart', 'Bị đình chỉ sinh hoạt đảng (ngày quyết định)', {
  ground: suspensionGroundSchema.optional(),
  from: civilDateSchema.optional().describe('Ngày bắt đầu đình chỉ, nếu khác ngày quyết định'),
  until: civilDateSchema
    .optional()
    .describe('Ngày cuối của thời hạn đình chỉ ghi trong quyết định (hết ngày này thì hết đình chỉ)'),
  authority: authoritySchema.optional().describe('Cấp ủy hoặc ủy ban kiểm tra có thẩm quyền quyết định đình chỉ'),
});
/** Extension of a suspension in force (gia hạn thời hạn đình chỉ sinh hoạt đảng): `until` = the new last day. */
export const suspensionExtensionEvent = ev('suspensionExtension', 'Gia hạn thời hạn đình chỉ sinh hoạt đảng', {
  until: civilDateSchema.describe('Ngày cuối của thời hạn đình chỉ sau khi gia hạn'),
  authority: authoritySchema.optional().describe('Cấp có thẩm quyền quyết định gia hạn'),
});
/** End of a suspension (chấm dứt đình chỉ, khôi phục sinh hoạt đảng): `date` = first day no longer suspended. */
export const suspensionEndEvent = ev('suspensionEnd', 'Chấm dứt đình chỉ sinh hoạt đảng (khôi phục sinh hoạt đảng)', {
  reason: suspensionEndReasonSchema.optional(),
  authority: authoritySchema.optional().describe('Cấp có thẩm quyền quyết định chấm dứt, bãi bỏ đình chỉ'),
});

/** The output of {@link suspensionStartEvent}. */
export interface SuspensionStartEvent extends z.infer<typeof suspensionStartEvent> {}
/** The output of {@link suspensionExtensionEvent}. */
export interface SuspensionExtensionEvent extends z.infer<typeof suspensionExtensionEvent> {}
/** The output of {@link suspensionEndEvent}. */
export interface SuspensionEndEvent extends z.infer<typeof suspensionEndEvent> {}
