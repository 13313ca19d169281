import { z } from 'zod';

/** Level of the party committee that decided (cấp của cấp ủy ra quyết định). */
export const authorityLevelSchema = z
  .enum(['cell', 'grassroots', 'district', 'commune', 'province', 'central'])
  .describe(
    'Cấp ra quyết định: cell = chi bộ; grassroots = đảng ủy cơ sở; district = cấp huyện (đến 30/6/2025); ' +
      'commune = đảng ủy xã/phường/đặc khu trực thuộc tỉnh (từ 1/7/2025); province = cấp tỉnh; central = Trung ương',
  );

/** Which body of the committee decided (tập thể cấp ủy / ban thường vụ / thường trực). */
export const authorityBodySchema = z
  .enum(['cellMeeting', 'fullCommittee', 'standingCommittee', 'standingMembers'])
  .describe(
    'Cơ quan quyết định: cellMeeting = hội nghị chi bộ; fullCommittee = tập thể cấp ủy; ' +
      'standingCommittee = ban thường vụ; standingMembers = thường trực cấp ủy và ủy viên thường vụ trưởng ban',
  );

/** The deciding authority as recorded on a decision (cấp ủy có thẩm quyền). */
export const authoritySchema = z
  .strictObject({
    organization: z.string().optional().describe('Mã tổ chức đảng ra quyết định'),
    name: z.string().optional().describe('Tên cấp ủy (ví dụ "Đảng ủy phường Ba Đình")'),
    level: authorityLevelSchema.optional(),
    body: authorityBodySchema.optional(),
    authorized: z
      .boolean()
      .optional()
      .describe('Đảng ủy cơ sở được ủy quyền quyết định kết nạp (QĐ 294 điểm 4.3.2 a, điểm 22.1)'),
  })
  .describe('Cấp ủy có thẩm quyền ra quyết định');

/** The deciding authority. */
export type Authority = z.infer<typeof authoritySchema>;
