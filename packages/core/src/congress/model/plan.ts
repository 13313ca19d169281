import { z } from 'zod';
import { civilDateSchema, sexSchema } from '../../model/common.js';
import { congressOrganizationSchema } from './organization.js';

/** Posts a personnel plan proposes (chức danh dự kiến). */
export const PROPOSED_POSTS = [
  'committee',
  'standingCommittee',
  'secretary',
  'deputySecretary',
  'inspectionCommittee',
  'inspectionChair',
] as const;

/** One person in a personnel plan. */
export const plannedCandidateSchema = z
  .object({
    id: z.string().min(1).describe('Mã nhân sự'),
    fullName: z.string().optional().describe('Họ và tên'),
    birthDate: civilDateSchema.describe('Ngày sinh (chỉ có năm sinh: ghi YYYY-01-01)'),
    sex: sexSchema,
    ethnicity: z.string().optional().describe('Dân tộc'),
    ethnicMinority: z.boolean().optional().describe('Người dân tộc thiểu số'),
    firstTime: z
      .boolean()
      .describe('true = lần đầu tham gia cấp ủy; false = tái cử (đang là cấp ủy viên khóa đương nhiệm)'),
    posts: z
      .array(z.enum(PROPOSED_POSTS))
      .default(['committee'])
      .describe(
        'Chức danh dự kiến: committee = cấp ủy viên; standingCommittee = ủy viên ban thường vụ; secretary = bí thư; deputySecretary = phó bí thư; inspectionCommittee = ủy viên ủy ban kiểm tra; inspectionChair = chủ nhiệm ủy ban kiểm tra',
      ),
    retirementAgeMonths: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Tuổi nghỉ hưu riêng tính bằng tháng (nghỉ hưu ở tuổi cao hơn theo quy định)'),
    ageException: z
      .boolean()
      .optional()
      .describe('Trường hợp đặc biệt về tuổi đã được cấp có thẩm quyền xem xét theo chỉ thị'),
  })
  .describe('Nhân sự dự kiến');
export type PlannedCandidate = z.infer<typeof plannedCandidateSchema>;

const percent = z.number().min(0).max(100);

/** A personnel plan for a congress (đề án nhân sự cấp ủy). */
export const personnelPlanSchema = z
  .object({
    kind: z.literal('personnelPlan'),
    format: z.literal('dieule.personnelPlan/1').optional().describe('Phiên bản định dạng hồ sơ'),
    id: z.string().optional().describe('Mã đề án'),
    organization: congressOrganizationSchema,
    termLabel: z.string().optional().describe('Nhiệm kỳ, ví dụ 2025–2030'),
    congressOn: civilDateSchema.describe('Ngày dự kiến khai mạc đại hội'),
    ageReferenceDate: civilDateSchema
      .optional()
      .describe('Thời điểm tính tuổi; mặc định: thời điểm của cấp theo chỉ thị của nhiệm kỳ'),
    committeeSize: z.number().int().min(0).optional().describe('Số lượng cấp ủy viên dự kiến'),
    targets: z
      .object({
        youngPercent: percent.optional().describe('Tỷ lệ cấp ủy viên trẻ (dưới 40 tuổi) tối thiểu (%)'),
        womenPercent: percent.optional().describe('Tỷ lệ cấp ủy viên nữ tối thiểu (%)'),
        ethnicMinorityPercent: percent.optional().describe('Tỷ lệ cấp ủy viên người dân tộc thiểu số tối thiểu (%)'),
      })
      .optional()
      .describe('Chỉ tiêu cơ cấu do cấp ủy đề ra'),
    candidates: z.array(plannedCandidateSchema).describe('Danh sách nhân sự dự kiến'),
  })
  .describe('Đề án nhân sự đại hội');
export type PersonnelPlan = z.infer<typeof personnelPlanSchema>;
