/** Exemption events (miễn công tác và sinh hoạt đảng). */
import { z } from 'zod';
import { civilDateSchema } from '../common.js';
import { ev } from './shared.js';

/** Exemption reasons (lý do miễn công tác và sinh hoạt đảng). */
export const exemptionReasonSchema = z
  .enum([
    'ageOrHealth',
    'longTreatment',
    'abroadPrivate',
    'remoteWork',
    'mobileWork',
    'awaitingRetirement',
    'maternity',
    'other',
  ])
  .describe(
    'ageOrHealth = tuổi cao, sức yếu; longTreatment = điều trị dài ngày/xa nơi cư trú; abroadPrivate = ra nước ngoài việc riêng; ' +
      'remoteWork = làm việc ở nơi chưa có tổ chức đảng; mobileWork = lao động tự do lưu động dưới 1 năm; ' +
      'awaitingRetirement = nghỉ chờ hưu; maternity = nữ đảng viên nghỉ sinh con; other = khác',
  );

/** Exemption starts (được miễn công tác và sinh hoạt đảng). */
export const exemptionStartEvent = ev('exemptionStart', 'Được miễn công tác và sinh hoạt đảng', {
  reason: exemptionReasonSchema,
  decidedBy: z
    .enum(['cell', 'grassrootsCommittee', 'superiorStandingCommittee'])
    .optional()
    .describe('Chi bộ / đảng ủy cơ sở / ban thường vụ cấp ủy cấp trên quyết định'),
  medicalCertificate: z.boolean().optional().describe('Có giấy xác nhận của cơ sở y tế'),
  until: civilDateSchema.optional().describe('Thời hạn miễn (nếu có)'),
});
/** Exemption ends (trở lại công tác và sinh hoạt đảng). */
export const exemptionEndEvent = ev('exemptionEnd', 'Trở lại công tác và sinh hoạt đảng', {});

/** The output of {@link exemptionStartEvent}. */
export interface ExemptionStartEvent extends z.infer<typeof exemptionStartEvent> {}
/** The output of {@link exemptionEndEvent}. */
export interface ExemptionEndEvent extends z.infer<typeof exemptionEndEvent> {}
