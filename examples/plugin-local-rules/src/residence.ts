import { z } from './sdk.js';

/**
 * Extra member fields the province's form collects: the residence cell's yearly comment on a member working in an
 * agency (QĐ 213-QĐ/TW, 2020). Optional, so core records stay valid; exported in the member JSON Schema.
 */
export const residenceComment = z
  .object({
    cell: z.string().min(1).describe('Chi bộ nơi cư trú'),
    year: z.number().int().describe('Năm nhận xét'),
    commentedOn: z.iso.date().describe('Ngày chi bộ nơi cư trú nhận xét'),
    assessment: z
      .enum(['exemplary', 'fulfilled', 'notFulfilled'])
      .describe('exemplary = gương mẫu; fulfilled = thực hiện tốt; notFulfilled = chưa thực hiện tốt'),
  })
  .optional()
  .describe('Nhận xét của chi bộ nơi cư trú (Quy định 213-QĐ/TW)');
