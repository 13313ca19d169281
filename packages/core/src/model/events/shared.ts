/** The pieces every member event shares: the base shape, the common fields, votes, convictions, and the builder. */
import { z } from 'zod';
import { civilDateSchema } from '../common.js';

/**
 * The base shape every member event has (sự kiện trong hồ sơ đảng viên): a `type` and the `date` of the act.
 * The full, closed union is {@link memberEventSchema}.
 */
export const memberEventBaseSchema = z.looseObject({
  type: z.string().describe('Loại sự kiện'),
  date: civilDateSchema.describe('Ngày của sự kiện (ngày của hành vi: ngày họp, ngày ký quyết định…)'),
});

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------------------------

export const common = {
  id: z
    .string()
    .min(1)
    .optional()
    .describe('Mã sự kiện, duy nhất trong hồ sơ; bỏ trống thì được sinh từ nội dung (xem docs/interchange-format.md)'),
  seq: z
    .number()
    .int()
    .optional()
    .describe('Thứ tự trong cùng một ngày (định dạng 2: sự kiện xếp theo ngày, rồi theo seq; mặc định 0)'),
  date: civilDateSchema.describe('Ngày của hành vi (ngày họp, ngày ký quyết định, ngày tổ chức lễ…)'),
  note: z.string().optional().describe('Ghi chú'),
  organization: z.string().optional().describe('Mã tổ chức đảng nơi diễn ra sự kiện (chi bộ, đảng bộ)'),
  documentNumber: z.string().optional().describe('Số văn bản (quyết định, nghị quyết, giấy giới thiệu…)'),
};

/** The result of a vote at a meeting (kết quả biểu quyết). */
export const voteSchema = z
  .strictObject({
    for: z.number().int().nonnegative().describe('Số phiếu tán thành'),
    against: z.number().int().nonnegative().optional().describe('Số phiếu không tán thành'),
    officialMembers: z
      .number()
      .int()
      .nonnegative()
      .describe('Tổng số đảng viên chính thức của chi bộ (hoặc số cấp ủy viên của cơ quan biểu quyết)'),
    excluded: z
      .strictObject({
        temporarilyTransferredOut: z
          .number()
          .int()
          .nonnegative()
          .optional()
          .describe('Đảng viên đã giới thiệu sinh hoạt tạm thời ở đảng bộ khác'),
        exemptedAbsent: z
          .number()
          .int()
          .nonnegative()
          .optional()
          .describe('Đảng viên được miễn công tác và sinh hoạt đảng, không có mặt'),
        suspendedOrProsecuted: z
          .number()
          .int()
          .nonnegative()
          .optional()
          .describe('Đảng viên bị đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam (từ 1/7/2025)'),
        absentWithLeave: z
          .number()
          .int()
          .nonnegative()
          .optional()
          .describe('Đảng viên chính thức vắng mặt cả buổi có lý do được chấp nhận (từ 1/7/2025)'),
      })
      .optional()
      .describe('Số không tính vào tổng số khi tính tỷ lệ (QĐ 294 điểm 9.3.2)'),
  })
  .describe('Kết quả biểu quyết');

/** A criminal conviction relevant to re-admission (án hình sự). */
export const convictionSchema = z
  .strictObject({
    severity: z
      .enum(['lessSerious', 'serious', 'verySerious', 'especiallySerious'])
      .describe('Loại tội phạm: ít nghiêm trọng / nghiêm trọng / rất nghiêm trọng / đặc biệt nghiêm trọng'),
    corruption: z.boolean().optional().describe('Tội tham nhũng'),
    expungedOn: civilDateSchema.optional().describe('Ngày được xóa án tích'),
  })
  .describe('Án hình sự');

/** Builds one event schema: a closed object with the `type` literal, the shared fields and its own. */
export const ev = <T extends string, S extends z.ZodRawShape>(type: T, vi: string, shape: S) =>
  z.strictObject({ type: z.literal(type), ...common, ...shape }).describe(vi);
