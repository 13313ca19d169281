import { z } from 'zod';
import { civilDateSchema, sexSchema } from './common.js';

/**
 * Identity of a person (lý lịch, phần nhân thân). Field names are English camelCase; the Vietnamese term is in each
 * description and in `docs/interchange-format.md`.
 */
export const personSchema = z.object({
  fullName: z.string().min(1).describe('Họ và tên'),
  birthDate: civilDateSchema.describe('Ngày sinh (YYYY-MM-DD)'),
  sex: sexSchema,
  citizenId: z.string().optional().describe('Số định danh cá nhân / CCCD (12 chữ số); CMND cũ 9 chữ số'),
  ethnicity: z.string().optional().describe('Dân tộc'),
  religion: z.string().optional().describe('Tôn giáo'),
  education: z
    .object({
      general: z
        .enum(['none', 'primary', 'lowerSecondary', 'upperSecondary', 'equivalent'])
        .optional()
        .describe('Trình độ giáo dục phổ thông: tiểu học / THCS / THPT / "tương đương"'),
      graduatedOn: civilDateSchema.optional().describe('Ngày tốt nghiệp'),
    })
    .optional()
    .describe('Trình độ học vấn'),
  hometown: z.string().optional().describe('Quê quán'),
  partyCardNumber: z.string().optional().describe('Số thẻ đảng viên'),
});

/** A person's identity. */
export type Person = z.infer<typeof personSchema>;
