import { z } from 'zod';
import { defineRecordKind } from '../kernel/record-kind.js';
import { prepareMember, sourcePathOf } from '../records/corrections.js';
import { authoritySchema } from './authority.js';
import { civilDateSchema } from './common.js';
import { disciplineDecisionFields } from './discipline.js';

export { authorityBodySchema, authorityLevelSchema, authoritySchema } from './authority.js';

import { personSchema } from './person.js';

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

const common = {
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

// ---------------------------------------------------------------------------------------------------------------
// The events
// ---------------------------------------------------------------------------------------------------------------

const ev = <T extends string, S extends z.ZodRawShape>(type: T, vi: string, shape: S) =>
  z.strictObject({ type: z.literal(type), ...common, ...shape }).describe(vi);

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

/** Discipline forms for members short of expulsion (khiển trách, cảnh cáo, cách chức). */
export const disciplineFormSchema = z
  .enum(['reprimand', 'warning', 'removalFromPost'])
  .describe('reprimand = khiển trách; warning = cảnh cáo; removalFromPost = cách chức');

/**
 * Discipline (kỷ luật): `date` = decision date; the other fields are the one discipline model shared with cadre
 * files and ranking rounds (`model/discipline.ts`). `form: "expulsion"` is read as an {@link expulsionEvent}.
 */
export const disciplineEvent = ev('discipline', 'Thi hành kỷ luật đảng viên', {
  ...disciplineDecisionFields,
  authority: authoritySchema.optional().describe('Cấp ra quyết định kỷ luật'),
  decidedBy: authoritySchema.optional().describe('(định dạng 1) Cấp ra quyết định kỷ luật; nay là authority'),
});

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
/** Party badge awarded (tặng / truy tặng Huy hiệu Đảng). */
export const badgeAwardedEvent = ev('badgeAwarded', 'Được tặng (truy tặng) Huy hiệu Đảng', {
  years: z.number().int().positive().describe('Số năm tuổi đảng của Huy hiệu (30, 40, 45 … 90)'),
  early: z.enum(['seriousIllness', 'posthumous']).optional().describe('Xét tặng sớm: bệnh nặng / truy tặng'),
  occasion: z.string().optional().describe('Đợt trao tặng (03-02, 05-19, 09-02, 11-07 hoặc dịp khác)'),
});
/**
 * A badge proposal considered at an occasion (đề nghị, xét tặng Huy hiệu Đảng tại một đợt): `date` = the day the
 * proposal is considered; judged like an award (milestone, early award, discipline waits) at that date.
 */
export const badgeProposalEvent = ev('badgeProposal', 'Đề nghị, xét tặng Huy hiệu Đảng tại một đợt', {
  years: z.number().int().positive().describe('Số năm tuổi đảng của Huy hiệu được đề nghị'),
  early: z.enum(['seriousIllness', 'posthumous']).optional().describe('Đề nghị tặng sớm: bệnh nặng / truy tặng'),
  occasion: z.string().optional().describe('Đợt xét tặng (03-02, 05-19, 09-02, 11-07 hoặc dịp khác)'),
});
/** A month without activity or dues (tháng không sinh hoạt / không đóng đảng phí). `date` = first day of the month. */
export const missedMonthEvent = ev('missedMonth', 'Tháng không sinh hoạt đảng hoặc không đóng đảng phí', {
  meetings: z.boolean().optional().describe('Không tham gia sinh hoạt chi bộ trong tháng'),
  dues: z.boolean().optional().describe('Không đóng đảng phí trong tháng'),
  goodReason: z.boolean().optional().describe('Có lý do chính đáng'),
});
/** The cell starts educating a member who declines (chi bộ giáo dục, giúp đỡ). */
export const remedialEducationEvent = ev('remedialEducation', 'Chi bộ giáo dục, giúp đỡ đảng viên giảm sút ý chí', {
  progressed: z.boolean().optional().describe('Đã tiến bộ (kết thúc giáo dục)'),
});
/** A year in which the member violated member standing (vi phạm tư cách đảng viên trong năm). */
export const standingViolationEvent = ev('standingViolation', 'Vi phạm tư cách đảng viên trong năm', {
  year: z.number().int().describe('Năm vi phạm'),
});

const correctableEvents = [
  awarenessCourseEvent,
  applicationEvent,
  introductionEvent,
  verificationEvent,
  admissionVoteEvent,
  admissionDecisionEvent,
  admissionCeremonyEvent,
  newMemberCourseEvent,
  recognitionVoteEvent,
  recognitionDecisionEvent,
  probationStrikeOffEvent,
  transferOutEvent,
  transferInEvent,
  temporaryTransferEndEvent,
  exemptionStartEvent,
  exemptionEndEvent,
  suspensionStartEvent,
  suspensionExtensionEvent,
  suspensionEndEvent,
  disciplineEvent,
  strikeOffEvent,
  voluntaryExitEvent,
  expulsionEvent,
  lostContactEvent,
  contactRestoredEvent,
  readmissionEvent,
  deathEvent,
  badgeAwardedEvent,
  badgeProposalEvent,
  missedMonthEvent,
  remedialEducationEvent,
  standingViolationEvent,
] as const;

/** Every event a correction may put in place of the event it corrects (every type except `correction`). */
export const correctableEventSchema = z
  .discriminatedUnion('type', correctableEvents)
  .describe('Sự kiện thay thế (nội dung đúng)');

/**
 * A correction (đính chính): names the event it corrects (`corrects`, an event id) and either gives the right
 * content (`replacement`) or withdraws the event (`withdrawn: true`). The history is never rewritten: the corrected
 * event stays in the record, and validation judges the history with the correction applied.
 */
export const correctionEvent = ev('correction', 'Đính chính một sự kiện đã ghi (thay nội dung hoặc rút bỏ)', {
  corrects: z.string().min(1).describe('Mã của sự kiện được đính chính'),
  replacement: correctableEventSchema.optional().describe('Nội dung đúng của sự kiện (thay cho nội dung đã ghi)'),
  withdrawn: z.boolean().optional().describe('Rút bỏ sự kiện (ghi nhầm, không có thật)'),
  reason: z.string().optional().describe('Lý do đính chính'),
});

/** Every member event: a closed union discriminated by `type`. */
export const memberEventSchema = z
  .discriminatedUnion('type', [...correctableEvents, correctionEvent])
  .describe('Sự kiện trong hồ sơ đảng viên');

// Each event type carries a name (an interface over its schema's output), so that rules, facts and the API pages
// print `MemberEvent` / `AdmissionVoteEvent` instead of expanding the whole union inline.

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
/** The output of {@link transferOutEvent}. */
export interface TransferOutEvent extends z.infer<typeof transferOutEvent> {}
/** The output of {@link transferInEvent}. */
export interface TransferInEvent extends z.infer<typeof transferInEvent> {}
/** The output of {@link temporaryTransferEndEvent}. */
export interface TemporaryTransferEndEvent extends z.infer<typeof temporaryTransferEndEvent> {}
/** The output of {@link exemptionStartEvent}. */
export interface ExemptionStartEvent extends z.infer<typeof exemptionStartEvent> {}
/** The output of {@link exemptionEndEvent}. */
export interface ExemptionEndEvent extends z.infer<typeof exemptionEndEvent> {}
/** The output of {@link suspensionStartEvent}. */
export interface SuspensionStartEvent extends z.infer<typeof suspensionStartEvent> {}
/** The output of {@link suspensionExtensionEvent}. */
export interface SuspensionExtensionEvent extends z.infer<typeof suspensionExtensionEvent> {}
/** The output of {@link suspensionEndEvent}. */
export interface SuspensionEndEvent extends z.infer<typeof suspensionEndEvent> {}
/** The output of {@link disciplineEvent}. */
export interface DisciplineEvent extends z.infer<typeof disciplineEvent> {}
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
/** The output of {@link badgeAwardedEvent}. */
export interface BadgeAwardedEvent extends z.infer<typeof badgeAwardedEvent> {}
/** The output of {@link badgeProposalEvent}. */
export interface BadgeProposalEvent extends z.infer<typeof badgeProposalEvent> {}
/** The output of {@link missedMonthEvent}. */
export interface MissedMonthEvent extends z.infer<typeof missedMonthEvent> {}
/** The output of {@link remedialEducationEvent}. */
export interface RemedialEducationEvent extends z.infer<typeof remedialEducationEvent> {}
/** The output of {@link standingViolationEvent}. */
export interface StandingViolationEvent extends z.infer<typeof standingViolationEvent> {}
/** Every event a correction may put in place of another (every type except `correction`). */
export type CorrectableEvent =
  | AwarenessCourseEvent
  | ApplicationEvent
  | IntroductionEvent
  | VerificationEvent
  | AdmissionVoteEvent
  | AdmissionDecisionEvent
  | AdmissionCeremonyEvent
  | NewMemberCourseEvent
  | RecognitionVoteEvent
  | RecognitionDecisionEvent
  | ProbationStrikeOffEvent
  | TransferOutEvent
  | TransferInEvent
  | TemporaryTransferEndEvent
  | ExemptionStartEvent
  | ExemptionEndEvent
  | SuspensionStartEvent
  | SuspensionExtensionEvent
  | SuspensionEndEvent
  | DisciplineEvent
  | StrikeOffEvent
  | VoluntaryExitEvent
  | ExpulsionEvent
  | LostContactEvent
  | ContactRestoredEvent
  | ReadmissionEvent
  | DeathEvent
  | BadgeAwardedEvent
  | BadgeProposalEvent
  | MissedMonthEvent
  | RemedialEducationEvent
  | StandingViolationEvent;
/** The output of {@link correctionEvent}. */
export interface CorrectionEvent extends Omit<z.infer<typeof correctionEvent>, 'replacement'> {
  replacement?: CorrectableEvent | undefined;
}

/** A member event. */
export type MemberEvent = CorrectableEvent | CorrectionEvent;
/** The `type` of a member event. */
export type MemberEventType = MemberEvent['type'];
/** A member event of one type. */
export type MemberEventOf<T extends MemberEventType> = Extract<MemberEvent, { type: T }>;

/** Every event type, in the order of a typical life (for docs, tables and generators). */
export const memberEventTypes = [
  'awarenessCourse',
  'application',
  'introduction',
  'verification',
  'admissionVote',
  'admissionDecision',
  'admissionCeremony',
  'newMemberCourse',
  'recognitionVote',
  'recognitionDecision',
  'probationStrikeOff',
  'transferOut',
  'transferIn',
  'temporaryTransferEnd',
  'exemptionStart',
  'exemptionEnd',
  'suspensionStart',
  'suspensionExtension',
  'suspensionEnd',
  'discipline',
  'strikeOff',
  'voluntaryExit',
  'expulsion',
  'lostContact',
  'contactRestored',
  'readmission',
  'death',
  'badgeAwarded',
  'badgeProposal',
  'missedMonth',
  'remedialEducation',
  'standingViolation',
  'correction',
] as const satisfies readonly MemberEventType[];

/** The member record of the interchange format: identity plus an ordered event history. */
export const memberSchema = z.object({
  kind: z.literal('member'),
  format: z
    .enum(['dieule.member/1', 'dieule.records/2'])
    .optional()
    .describe('Phiên bản định dạng hồ sơ: dieule.records/2 = sự kiện có mã, xếp theo ngày rồi theo seq'),
  id: z.string().optional().describe('Mã hồ sơ trong hệ thống nguồn'),
  person: personSchema,
  organization: z.string().optional().describe('Mã tổ chức đảng đang sinh hoạt (chi bộ)'),
  events: z
    .array(memberEventSchema)
    .default([])
    .describe(
      'Lịch sử sự kiện: định dạng 1 theo thứ tự ghi; định dạng 2 xếp theo ngày rồi theo seq. Có thể gồm các bản đính chính',
    ),
});

/** A member record. */
export interface Member extends Omit<z.infer<typeof memberSchema>, 'events'> {
  events: MemberEvent[];
}

/** The base `member` record kind (no derived facts; the lifecycle family's kind adds them). */
export const memberKind = defineRecordKind<Member>({
  kind: 'member',
  title: { vi: 'Hồ sơ đảng viên', en: 'Member record' },
  schema: memberSchema,
  idOf: (m) => m.id ?? m.person.partyCardNumber,
  // Rules judge the corrected history, ordered by date then seq in format 2; issue paths point back at the input.
  prepare: (m) => {
    const { record, history } = prepareMember(m);
    return record === m && !history.problems.length
      ? { record }
      : { record, sourcePath: (path) => sourcePathOf(history, path) };
  },
});
