/** Admission events (kết nạp): from the awareness course to the recognition as an official member. */
import { z } from 'zod';
import { authoritySchema } from '../authority.js';
import { civilDateSchema } from '../common.js';
import { ev, voteSchema } from './shared.js';

const introducerSchema = z
  .strictObject({
    kind: z
      .enum(['member', 'youthUnion', 'tradeUnion'])
      .describe(
        'Người/tổ chức giới thiệu: member = đảng viên chính thức; youthUnion = BCH Đoàn cơ sở; tradeUnion = BCH công đoàn cơ sở',
      ),
    name: z.string().optional().describe('Họ tên người giới thiệu hoặc tên tổ chức'),
    memberId: z.string().optional().describe('Mã hồ sơ đảng viên của người giới thiệu'),
    official: z.boolean().optional().describe('Người giới thiệu là đảng viên chính thức tại ngày giới thiệu'),
    sharedMonths: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Số tháng cùng công tác, lao động, học tập hoặc sinh hoạt nơi cư trú với người vào Đảng (định dạng 1)'),
    sharedSince: civilDateSchema
      .optional()
      .describe('Ngày bắt đầu cùng công tác, học tập, cư trú với người vào Đảng; số tháng tính đến ngày chi bộ xét'),
    sharedContext: z
      .enum(['work', 'study', 'residence'])
      .optional()
      .describe('Cùng công tác/lao động (work), học tập (study) hay cùng nơi cư trú (residence)'),
    reassigned: z
      .boolean()
      .optional()
      .describe('Đảng viên được chi bộ phân công thay người giới thiệu đã chuyển đi, bị kỷ luật… (QĐ 294 điểm 3.2.2)'),
  })
  .describe('Người hoặc tổ chức giới thiệu');

/** Awareness course certificate (giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng); `date` = certificate date. */
export const awarenessCourseEvent = ev(
  'awarenessCourse',
  'Học lớp bồi dưỡng nhận thức về Đảng (ngày cấp giấy chứng nhận)',
  {
    certificateNumber: z.string().optional().describe('Số giấy chứng nhận'),
  },
);
/** Voluntary application (đơn tự nguyện xin vào Đảng). */
export const applicationEvent = ev('application', 'Đơn xin vào Đảng', {});
/** Introduction by introducers (giới thiệu người vào Đảng). */
export const introductionEvent = ev('introduction', 'Giới thiệu người vào Đảng', {
  introducers: z.array(introducerSchema).describe('Người/tổ chức giới thiệu'),
});
/** Background verification (thẩm tra lý lịch). */
export const verificationEvent = ev('verification', 'Thẩm tra, xác minh lý lịch', {
  result: z.enum(['clear', 'concerns']).optional().describe('Kết quả: clear = đạt; concerns = có vấn đề cần làm rõ'),
});
/** The cell's vote proposing admission (chi bộ xét, biểu quyết đề nghị kết nạp); `date` = meeting date. */
export const admissionVoteEvent = ev(
  'admissionVote',
  'Chi bộ họp xét, biểu quyết đề nghị kết nạp (nghị quyết chi bộ)',
  {
    vote: voteSchema,
    grassrootsCommitteeVote: voteSchema.optional().describe('Đảng ủy cơ sở xét (nếu có)'),
  },
);
/** Admission decision (quyết định kết nạp đảng viên); `date` = signing date. */
export const admissionDecisionEvent = ev('admissionDecision', 'Quyết định kết nạp đảng viên (ngày ký)', {
  authority: authoritySchema.optional(),
  receivedOn: civilDateSchema.optional().describe('Ngày chi bộ nhận được quyết định'),
  extensionWorkingDays: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Số ngày làm việc gia hạn (trường hợp đặc biệt)'),
  overSixtyConsent: z
    .boolean()
    .optional()
    .describe('Có văn bản đồng ý của ban thường vụ cấp ủy trực thuộc Trung ương (người trên 60 tuổi)'),
  educationException: z
    .boolean()
    .optional()
    .describe('Áp dụng ngoại lệ trình độ học vấn theo hướng dẫn của Ban Bí thư (vùng cao, hải đảo…)'),
});
/** Admission ceremony (lễ kết nạp); probation starts here. */
export const admissionCeremonyEvent = ev('admissionCeremony', 'Lễ kết nạp đảng viên', {
  lateConsent: z.boolean().optional().describe('Cấp ủy cấp trên trực tiếp đồng ý cho tổ chức lễ quá thời hạn'),
});
/** New-member political course (lớp bồi dưỡng lý luận chính trị cho đảng viên mới). */
export const newMemberCourseEvent = ev('newMemberCourse', 'Học lớp bồi dưỡng lý luận chính trị cho đảng viên mới', {
  certificateNumber: z.string().optional().describe('Số giấy chứng nhận'),
});
/** The cell's vote on recognition as an official member (chi bộ xét công nhận đảng viên chính thức). */
export const recognitionVoteEvent = ev('recognitionVote', 'Chi bộ xét, biểu quyết công nhận đảng viên chính thức', {
  vote: voteSchema,
  proposal: z
    .enum(['recognize', 'strikeOff'])
    .default('recognize')
    .describe('Nội dung biểu quyết: recognize = đề nghị công nhận; strikeOff = đề nghị xóa tên'),
});
/** Recognition decision (quyết định công nhận đảng viên chính thức); `date` = signing date. */
export const recognitionDecisionEvent = ev(
  'recognitionDecision',
  'Quyết định công nhận đảng viên chính thức (ngày ký)',
  {
    authority: authoritySchema.optional(),
    effectiveOn: civilDateSchema.optional().describe('Ngày được công nhận chính thức ghi trong quyết định'),
    extensionWorkingDays: z.number().int().nonnegative().optional().describe('Số ngày làm việc gia hạn'),
  },
);
/** Strike-off of a probationary member (xóa tên trong danh sách đảng viên dự bị). */
export const probationStrikeOffEvent = ev('probationStrikeOff', 'Xóa tên trong danh sách đảng viên dự bị', {
  authority: authoritySchema.optional(),
});

/** The output of {@link awarenessCourseEvent}. */
export interface AwarenessCourseEvent extends z.infer<typeof awarenessCourseEvent> {}
/** The output of {@link applicationEvent}. */
export interface ApplicationEvent extends z.infer<typeof applicationEvent> {}
/** The output of {@link introductionEvent}. */
export interface IntroductionEvent extends z.infer<typeof introductionEvent> {}
/** The output of {@link verificationEvent}. */
export interface VerificationEvent extends z.infer<typeof verificationEvent> {}
/** The output of {@link admissionVoteEvent}. */
export interface AdmissionVoteEvent extends z.infer<typeof admissionVoteEvent> {}
/** The output of {@link admissionDecisionEvent}. */
export interface AdmissionDecisionEvent extends z.infer<typeof admissionDecisionEvent> {}
/** The output of {@link admissionCeremonyEvent}. */
export interface AdmissionCeremonyEvent extends z.infer<typeof admissionCeremonyEvent> {}
/** The output of {@link newMemberCourseEvent}. */
export interface NewMemberCourseEvent extends z.infer<typeof newMemberCourseEvent> {}
/** The output of {@link recognitionVoteEvent}. */
export interface RecognitionVoteEvent extends z.infer<typeof recognitionVoteEvent> {}
/** The output of {@link recognitionDecisionEvent}. */
export interface RecognitionDecisionEvent extends z.infer<typeof recognitionDecisionEvent> {}
/** The output of {@link probationStrikeOffEvent}. */
export interface ProbationStrikeOffEvent extends z.infer<typeof probationStrikeOffEvent> {}
