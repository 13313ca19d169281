import { z } from 'zod';
import { civilDateSchema } from '../../model/common.js';
import { disciplineSchema } from './discipline.js';
import { levelSchema } from './level.js';

/**
 * Ranking regimes (chế độ đánh giá, xếp loại), chosen by the year ranked:
 * - `hd21`: QĐ 132-QĐ/TW (2018) with HD 21-HD/BTCTW (18/10/2019) — years 2019–2022;
 * - `qd124`: QĐ 124-QĐ/TW (4/10/2023) with HD 25-HD/BTCTW — years 2023–2024;
 * - `qd366`: QĐ 366-QĐ/TW (30/8/2025) with HD 43-HD/BTCTW — years from 2025 (100-point scale).
 */
export const RANKING_REGIMES = ['hd21', 'qd124', 'qd366'] as const;
export type RankingRegime = (typeof RANKING_REGIMES)[number];

const count = z.number().int().min(0);

/** Task results of the year (kết quả thực hiện nhiệm vụ). */
export const taskResultSchema = z
  .object({
    assigned: count.describe('Số nhiệm vụ được giao trong năm'),
    completed: count.describe('Số nhiệm vụ hoàn thành'),
    onTime: count.optional().describe('Số nhiệm vụ hoàn thành đúng tiến độ'),
    exceeded: count.optional().describe('Số nhiệm vụ hoàn thành vượt mức yêu cầu'),
  })
  .describe('Kết quả thực hiện nhiệm vụ trong năm');
export type TaskResult = z.infer<typeof taskResultSchema>;

/** A level of an earlier year (kết quả xếp loại các năm trước), for streaks. */
export const pastLevelSchema = z
  .object({ year: z.number().int().min(1930).max(2200).describe('Năm đánh giá'), level: levelSchema })
  .describe('Kết quả xếp loại năm trước');

/** A confidence-vote result held in the evaluation year (kết quả lấy phiếu tín nhiệm trong năm). */
export const voteResultSchema = z
  .object({
    ballots: count.describe('Tổng số phiếu'),
    low: count.describe('Số phiếu tín nhiệm thấp'),
  })
  .describe('Kết quả lấy phiếu tín nhiệm trong năm (nếu có)');

/** One member's evaluation in a round (đánh giá, xếp loại chất lượng đảng viên). */
export const memberEvaluationSchema = z
  .object({
    memberId: z.string().min(1).describe('Mã đảng viên / số thẻ đảng viên'),
    fullName: z.string().optional().describe('Họ và tên'),
    organization: z.string().optional().describe('Chi bộ nơi sinh hoạt chính thức (nơi kiểm điểm, xếp loại)'),
    grassrootsOrganization: z
      .string()
      .optional()
      .describe('Tổ chức cơ sở đảng (đơn vị tính tỷ lệ HTXS theo HD 21); mặc định: tổ chức của đợt xếp loại'),
    group: z
      .string()
      .optional()
      .describe('Nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng (đơn vị tính tỷ lệ HTXS từ QĐ 124)'),
    status: z.enum(['official', 'probationary']).optional().describe('official = chính thức; probationary = dự bị'),
    admittedOn: civilDateSchema.optional().describe('Ngày kết nạp (QĐ 366: chưa đủ 6 tháng thì không xếp loại)'),
    exempted: z.boolean().optional().describe('Được miễn công tác và sinh hoạt đảng (không xếp loại)'),
    suspended: z.boolean().optional().describe('Bị đình chỉ sinh hoạt đảng (QĐ 366: không xếp loại)'),
    leadershipPost: z.boolean().optional().describe('Giữ chức vụ lãnh đạo, quản lý'),
    civilServant: z.boolean().optional().describe('Là cán bộ, công chức, viên chức'),
    selfRating: levelSchema.optional().describe('Mức tự đánh giá, xếp loại'),
    proposedLevel: levelSchema.optional().describe('Mức đề xuất (thẩm định của cơ quan tham mưu)'),
    level: levelSchema.optional().describe('Mức xếp loại do cấp có thẩm quyền quyết định'),
    points: z.number().min(0).max(100).optional().describe('Tổng điểm trên thang 100 (QĐ 366)'),
    tasks: taskResultSchema.optional(),
    civilServiceLevel: levelSchema.optional().describe('Mức xếp loại công chức, viên chức (chính quyền) cùng năm'),
    discipline: z
      .array(disciplineSchema)
      .optional()
      .describe('Các quyết định kỷ luật (ít nhất các quyết định trong năm)'),
    confidenceVote: voteResultSchema.optional(),
    history: z.array(pastLevelSchema).optional().describe('Kết quả xếp loại các năm trước'),
    workingMember: z
      .boolean()
      .optional()
      .describe('Đảng viên đang công tác ở cơ quan, doanh nghiệp, đơn vị sự nghiệp, lực lượng vũ trang (QĐ 213)'),
    residenceComment: z
      .enum(['received', 'notRequired'])
      .optional()
      .describe(
        'Nhận xét của chi ủy, chi bộ nơi cư trú: received = đã có; notRequired = không lấy nhận xét định kỳ (HD 33 điểm 1.1, 1.2)',
      ),
  })
  .describe('Đánh giá, xếp loại chất lượng một đảng viên');
export type MemberEvaluation = z.infer<typeof memberEvaluationSchema>;

/** One organization's evaluation in a round (đánh giá, xếp loại chất lượng tổ chức đảng / tập thể). */
export const collectiveEvaluationSchema = z
  .object({
    organizationId: z.string().min(1).describe('Mã tổ chức đảng / tập thể'),
    name: z.string().optional().describe('Tên tổ chức'),
    group: z.string().optional().describe('Nhóm tập thể có vị trí, vai trò, chức năng tương đồng'),
    selfRating: levelSchema.optional().describe('Mức tự đánh giá'),
    proposedLevel: levelSchema.optional().describe('Mức đề xuất'),
    level: levelSchema.optional().describe('Mức xếp loại do cấp có thẩm quyền quyết định'),
    points: z.number().min(0).max(100).optional().describe('Tổng điểm trên thang 100 (QĐ 366)'),
    tasks: taskResultSchema.optional(),
    targets: z
      .object({
        total: count.describe('Số chỉ tiêu, nhiệm vụ được giao'),
        met: count.describe('Số chỉ tiêu, nhiệm vụ đạt'),
        keyTargetsMissed: z.boolean().optional().describe('Có chỉ tiêu chủ yếu (cơ bản) không đạt'),
        forceMajeure: z.boolean().optional().describe('Nguyên nhân khách quan, bất khả kháng'),
      })
      .optional()
      .describe('Chỉ tiêu, nhiệm vụ trong năm'),
    subordinateUnits: z
      .object({
        total: count.describe('Số đơn vị trực thuộc'),
        disciplined: count.describe('Số đơn vị trực thuộc bị kỷ luật trong năm'),
        disciplinedSelfDetected: count.optional().describe('Trong đó: tự phát hiện và khắc phục xong hậu quả'),
      })
      .optional()
      .describe('Các đơn vị trực thuộc'),
    leadershipDisciplined: z.boolean().optional().describe('Tập thể lãnh đạo, quản lý bị kỷ luật trong năm'),
    leadershipDiscipline: z
      .array(disciplineSchema)
      .optional()
      .describe('Kỷ luật của thành viên tập thể lãnh đạo, quản lý trong năm'),
    history: z.array(pastLevelSchema).optional().describe('Kết quả xếp loại các năm trước'),
  })
  .describe('Đánh giá, xếp loại chất lượng một tổ chức đảng (tập thể)');
export type CollectiveEvaluation = z.infer<typeof collectiveEvaluationSchema>;

/** A quota group declared by the competent level (nhóm đối tượng tương đồng). */
export const quotaGroupSchema = z
  .object({
    id: z.string().min(1).describe('Mã nhóm'),
    title: z.string().optional().describe('Tên nhóm'),
    outstanding: z
      .boolean()
      .optional()
      .describe('Đơn vị có thành tích nổi trội: tỷ lệ HTXS tối đa 25% số HTT (QĐ 366 Điều 11 khoản 1 điểm 1.5)'),
  })
  .describe('Nhóm tính tỷ lệ HTXS');

/** A ranking round: one organization's annual ranking of its members and organizations (đợt xếp loại). */
export const rankingRoundSchema = z
  .object({
    kind: z.literal('rankingRound'),
    format: z.enum(['dieule.rankingRound/1', 'dieule.records/2']).optional().describe('Phiên bản định dạng hồ sơ'),
    id: z.string().optional().describe('Mã đợt xếp loại'),
    year: z.number().int().min(2000).max(2200).describe('Năm được đánh giá, xếp loại'),
    organization: z
      .object({ id: z.string().min(1).describe('Mã tổ chức'), name: z.string().optional().describe('Tên tổ chức') })
      .describe('Tổ chức đảng thực hiện (quyết định) xếp loại'),
    regime: z
      .enum(RANKING_REGIMES)
      .optional()
      .describe('Chế độ áp dụng, nếu ghi rõ: hd21 (QĐ 132 + HD 21), qd124 (QĐ 124 + HD 25), qd366 (QĐ 366 + HD 43)'),
    decidedOn: civilDateSchema.optional().describe('Ngày cấp có thẩm quyền quyết định xếp loại'),
    outstanding: z.boolean().optional().describe('Cả đơn vị có thành tích nổi trội (tỷ lệ HTXS tối đa 25%, QĐ 366)'),
    groups: z.array(quotaGroupSchema).optional().describe('Các nhóm tính tỷ lệ HTXS'),
    members: z.array(memberEvaluationSchema).default([]).describe('Đánh giá, xếp loại đảng viên'),
    organizations: z.array(collectiveEvaluationSchema).default([]).describe('Đánh giá, xếp loại tập thể'),
  })
  .describe('Đợt kiểm điểm, đánh giá, xếp loại chất lượng hằng năm');
export type RankingRound = z.infer<typeof rankingRoundSchema>;
