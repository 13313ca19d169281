import { z } from 'zod';
import { civilDateSchema } from '../../model/common.js';
import { cadreSchema } from './common.js';

/** A post in a plan (chức danh quy hoạch). */
export const plannedPostSchema = z
  .object({
    id: z.string().min(1).describe('Mã chức danh'),
    title: z.string().optional().describe('Tên chức danh'),
    rank: z.number().int().describe('Bậc chức danh trong thang của cơ quan (số lớn hơn = chức danh cao hơn)'),
    level: z.string().optional().describe('Cấp của chức danh (để đếm số chức danh cùng cấp của một người)'),
  })
  .describe('Chức danh quy hoạch');

/** One planning entry: a cadre planned for a post (một lượt quy hoạch). */
export const planEntrySchema = z
  .object({
    cadreId: z.string().min(1).describe('Mã cán bộ'),
    postId: z.string().min(1).describe('Mã chức danh quy hoạch'),
    target: z
      .union([z.literal(1), z.literal(2)])
      .optional()
      .describe('Đối tượng quy hoạch: 1 = chức danh liền kề; 2 = chức danh cách một bậc (QĐ 377); mặc định 1'),
    currentPostRank: z.number().int().optional().describe('Bậc chức vụ hiện giữ (nếu khác với hồ sơ cán bộ)'),
    removedOn: civilDateSchema.optional().describe('Ngày đưa ra khỏi quy hoạch (nếu có)'),
  })
  .describe('Cán bộ được quy hoạch vào một chức danh');

/** A cadre plan (danh sách quy hoạch cán bộ) for a term. */
export const cadrePlanSchema = z
  .object({
    kind: z.literal('cadrePlan'),
    format: z.enum(['dieule.cadrePlan/1', 'dieule.records/2']).optional().describe('Phiên bản định dạng hồ sơ'),
    id: z.string().optional().describe('Mã quy hoạch'),
    organization: z.string().optional().describe('Cơ quan, tổ chức quy hoạch'),
    level: z
      .enum(['central', 'provincial', 'district', 'grassroots'])
      .optional()
      .describe(
        'Cấp quy hoạch: central = Trung ương; provincial = tỉnh; district = huyện (trước 1/7/2025); grassroots = cơ sở',
      ),
    approvedOn: civilDateSchema.describe('Ngày phê duyệt quy hoạch'),
    term: z
      .object({
        label: z.string().optional().describe('Nhiệm kỳ, ví dụ 2030–2035'),
        from: civilDateSchema.describe('Ngày bắt đầu nhiệm kỳ quy hoạch (đại hội)'),
      })
      .describe('Nhiệm kỳ quy hoạch'),
    scope: z
      .enum(['nextTerm', 'currentTerm'])
      .optional()
      .describe(
        'nextTerm = quy hoạch nhiệm kỳ kế tiếp (mặc định); currentTerm = rà soát, bổ sung quy hoạch nhiệm kỳ hiện tại',
      ),
    ageReferenceDate: civilDateSchema
      .optional()
      .describe('Thời điểm tính tuổi quy hoạch; mặc định: đầu nhiệm kỳ (kế tiếp) hoặc ngày phê duyệt (hiện tại)'),
    posts: z.array(plannedPostSchema).describe('Các chức danh quy hoạch'),
    cadres: z
      .array(cadreSchema.extend({ currentPostRank: z.number().int().optional().describe('Bậc chức vụ hiện giữ') }))
      .describe('Cán bộ trong quy hoạch'),
    entries: z.array(planEntrySchema).describe('Danh sách quy hoạch: cán bộ × chức danh'),
  })
  .describe('Quy hoạch cán bộ');
export type CadrePlan = z.infer<typeof cadrePlanSchema>;
export type PlanEntry = z.infer<typeof planEntrySchema>;
export type PlannedCadre = CadrePlan['cadres'][number];
