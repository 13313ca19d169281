import { z } from 'zod';
import { civilDateSchema, sexSchema } from '../../model/common.js';
import { disciplineSchema } from '../../ranking/model/discipline.js';
import { pastLevelSchema } from '../../ranking/model/round.js';

/**
 * A cadre as the planning and appointment rules need them (cán bộ): identity, the facts that fix the retirement
 * date, and the discipline history (records are self-contained).
 */
export const cadreSchema = z
  .object({
    id: z.string().min(1).describe('Mã cán bộ'),
    fullName: z.string().optional().describe('Họ và tên'),
    birthDate: civilDateSchema.describe('Ngày sinh (chỉ có năm sinh: ghi YYYY-01-01, NĐ 135/2020 Điều 3)'),
    sex: sexSchema,
    retirementAgeMonths: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Tuổi nghỉ hưu riêng tính bằng tháng (nghỉ hưu ở tuổi cao hơn, NĐ 83/2022; nữ được nghỉ hưu đến 60 tuổi)',
      ),
    discipline: z.array(disciplineSchema).optional().describe('Các quyết định kỷ luật'),
    rankingHistory: z.array(pastLevelSchema).optional().describe('Kết quả xếp loại chất lượng các năm'),
  })
  .describe('Cán bộ');
export type Cadre = z.infer<typeof cadreSchema>;
