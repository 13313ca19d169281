/** Leaving and returning (xóa tên, ra khỏi Đảng, khai trừ, mất liên lạc, kết nạp lại, từ trần). */
import { z } from 'zod';
import { authoritySchema } from '../authority.js';
import { civilDateSchema } from '../common.js';
import { convictionSchema, ev } from './shared.js';

/** Strike-off grounds (căn cứ xóa tên). */
export const strikeOffGroundSchema = z
  .enum([
    'inactivity',
    'duesUnpaid',
    'cardReturned',
    'noProgress',
    'repeatedViolations',
    'politicalStandard',
    'lateTransfer',
    'wrongAdmission',
  ])
  .describe(
    'inactivity = bỏ sinh hoạt 3 tháng trong năm; duesUnpaid = không đóng đảng phí 3 tháng trong năm; ' +
      'cardReturned = tự ý trả/hủy thẻ; noProgress = 12 tháng giáo dục không tiến bộ; repeatedViolations = 2 năm liền vi phạm tư cách; ' +
      'politicalStandard = không bảo đảm tiêu chuẩn chính trị; lateTransfer = quá 3 tháng không nộp hồ sơ chuyển sinh hoạt; ' +
      'wrongAdmission = kết nạp không đúng tiêu chuẩn, quyết định bị hủy',
  );

/** Strike-off of an official member (xóa tên trong danh sách đảng viên). */
export const strikeOffEvent = ev('strikeOff', 'Xóa tên trong danh sách đảng viên', {
  ground: strikeOffGroundSchema,
  authority: authoritySchema.optional(),
  conviction: convictionSchema.optional(),
});
/** Voluntary exit (cho ra khỏi Đảng theo đơn). */
export const voluntaryExitEvent = ev('voluntaryExit', 'Cho ra khỏi Đảng (theo đơn)', {
  familyHardship: z.boolean().optional().describe('Vì hoàn cảnh gia đình đặc biệt khó khăn'),
  authority: authoritySchema.optional(),
});
/** Expulsion (kỷ luật khai trừ). */
export const expulsionEvent = ev('expulsion', 'Kỷ luật khai trừ ra khỏi Đảng', {
  announcedOn: civilDateSchema.optional().describe('Ngày công bố quyết định'),
  violationOn: civilDateSchema.optional().describe('Ngày xảy ra vi phạm'),
  decidedBy: authoritySchema.optional(),
  cause: z
    .enum(['disunity', 'corruption', 'crime', 'other'])
    .optional()
    .describe('Nguyên nhân: gây mất đoàn kết nghiêm trọng, tham nhũng, phạm tội, khác'),
  conviction: convictionSchema.optional(),
});
/** Lost contact with the party organization (mất liên lạc với tổ chức đảng). */
export const lostContactEvent = ev('lostContact', 'Mất liên lạc với tổ chức đảng', {});
/** Contact restored / activity resumed (nối lại sinh hoạt đảng). */
export const contactRestoredEvent = ev('contactRestored', 'Nối lại liên lạc, sinh hoạt đảng', {
  authority: authoritySchema.optional(),
});
/** Re-admission decision (quyết định kết nạp lại); followed by a ceremony and probation. */
export const readmissionEvent = ev('readmission', 'Quyết định kết nạp lại vào Đảng (ngày ký)', {
  authority: authoritySchema.optional(),
  provincialConsent: z
    .boolean()
    .optional()
    .describe('Có văn bản đồng ý của ban thường vụ tỉnh ủy, thành ủy (hoặc tương đương)'),
  receivedOn: civilDateSchema.optional().describe('Ngày chi bộ nhận được quyết định'),
});
/** Death (từ trần). */
export const deathEvent = ev('death', 'Từ trần', {});

/** The output of {@link strikeOffEvent}. */
export interface StrikeOffEvent extends z.infer<typeof strikeOffEvent> {}
/** The output of {@link voluntaryExitEvent}. */
export interface VoluntaryExitEvent extends z.infer<typeof voluntaryExitEvent> {}
/** The output of {@link expulsionEvent}. */
export interface ExpulsionEvent extends z.infer<typeof expulsionEvent> {}
/** The output of {@link lostContactEvent}. */
export interface LostContactEvent extends z.infer<typeof lostContactEvent> {}
/** The output of {@link contactRestoredEvent}. */
export interface ContactRestoredEvent extends z.infer<typeof contactRestoredEvent> {}
/** The output of {@link readmissionEvent}. */
export interface ReadmissionEvent extends z.infer<typeof readmissionEvent> {}
/** The output of {@link deathEvent}. */
export interface DeathEvent extends z.infer<typeof deathEvent> {}
