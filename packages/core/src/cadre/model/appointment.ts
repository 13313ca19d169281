import { z } from 'zod';
import { civilDateSchema } from '../../model/common.js';
import { cadreSchema } from './common.js';

/** Kinds of appointment decisions. */
export const APPOINTMENT_TYPES = ['first', 'reappointment', 'extension'] as const;

/** An appointment file (hồ sơ bổ nhiệm, bổ nhiệm lại, kéo dài thời gian giữ chức vụ). */
export const appointmentSchema = z
  .object({
    kind: z.literal('appointment'),
    format: z.enum(['dieule.appointment/1', 'dieule.records/2']).optional().describe('Phiên bản định dạng hồ sơ'),
    id: z.string().optional().describe('Mã hồ sơ'),
    type: z
      .enum(APPOINTMENT_TYPES)
      .describe(
        'first = bổ nhiệm, giới thiệu ứng cử lần đầu vào chức vụ; reappointment = bổ nhiệm lại; extension = kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu',
      ),
    cadre: cadreSchema,
    post: z
      .object({
        title: z.string().describe('Chức vụ được bổ nhiệm'),
        higher: z.boolean().optional().describe('Là chức vụ cao hơn chức vụ đang giữ'),
      })
      .describe('Chức vụ'),
    currentPost: z
      .object({
        title: z.string().optional().describe('Chức vụ đang giữ'),
        since: civilDateSchema.describe('Giữ chức vụ đang đảm nhiệm (hoặc tương đương) từ ngày'),
      })
      .optional()
      .describe('Chức vụ đang giữ'),
    fileReceivedOn: civilDateSchema.describe(
      'Ngày cơ quan tham mưu về tổ chức, cán bộ nhận hồ sơ (thời điểm tính tuổi)',
    ),
    decidedOn: civilDateSchema.optional().describe('Ngày ký quyết định'),
    termEndsOn: civilDateSchema.optional().describe('Ngày hết thời hạn giữ chức vụ hiện tại (bổ nhiệm lại, kéo dài)'),
    specialCase: z
      .boolean()
      .optional()
      .describe('Trường hợp đặc biệt về tuổi do cấp có thẩm quyền quyết định (QĐ 377: còn ít nhất 48 tháng)'),
    timeInPostException: z
      .boolean()
      .optional()
      .describe('Cấp ủy quản lý cán bộ đã xem xét, quyết định trường hợp chưa đủ 12 tháng giữ chức vụ'),
  })
  .describe('Bổ nhiệm cán bộ');
export type Appointment = z.infer<typeof appointmentSchema>;
