import { z } from 'zod';
import { civilDateSchema } from '../../model/common.js';

const count = z.number().int().min(0);

/** One person's ballot result (kết quả lấy phiếu đối với một người). */
export const ballotResultSchema = z
  .object({
    cadreId: z.string().min(1).describe('Mã cán bộ được lấy phiếu'),
    fullName: z.string().optional().describe('Họ và tên'),
    post: z.string().optional().describe('Chức danh, chức vụ'),
    high: count.describe('Số phiếu tín nhiệm cao'),
    confidence: count.describe('Số phiếu tín nhiệm'),
    low: count.describe('Số phiếu tín nhiệm thấp'),
    invalid: count.optional().describe('Số phiếu không hợp lệ / không đánh giá'),
  })
  .describe('Kết quả lấy phiếu tín nhiệm đối với một cán bộ');
export type BallotResult = z.infer<typeof ballotResultSchema>;

/** A confidence-vote session and its results (hội nghị lấy phiếu tín nhiệm). */
export const confidenceVoteSchema = z
  .object({
    kind: z.literal('confidenceVote'),
    format: z.enum(['dieule.confidenceVote/1', 'dieule.records/2']).optional().describe('Phiên bản định dạng hồ sơ'),
    id: z.string().optional().describe('Mã hội nghị lấy phiếu'),
    heldOn: civilDateSchema.describe('Ngày hội nghị lấy phiếu tín nhiệm'),
    organization: z.string().optional().describe('Cơ quan, tổ chức lấy phiếu'),
    summoned: count.describe('Số người được triệu tập'),
    present: count.describe('Số người có mặt'),
    results: z.array(ballotResultSchema).default([]).describe('Kết quả theo từng người được lấy phiếu'),
  })
  .describe('Lấy phiếu tín nhiệm (QĐ 96-QĐ/TW)');
export type ConfidenceVote = z.infer<typeof confidenceVoteSchema>;

/** Ballots cast for one person: the base of the "low" share. */
export const ballotsOf = (r: BallotResult): number => r.high + r.confidence + r.low + (r.invalid ?? 0);
