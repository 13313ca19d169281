import { z } from 'zod';
import { civilDateSchema } from '../../model/common.js';
import { congressOrganizationSchema } from './organization.js';

const count = z.number().int().min(0);

/** Official members (or delegates) summoned or attending, with the two groups counted only when they attend. */
const headcountSchema = z.object({
  total: count.describe('Tổng số'),
  exempted: count.optional().describe('Trong đó: đảng viên được miễn công tác và sinh hoạt đảng'),
  temporarilyAway: count.optional().describe('Trong đó: đảng viên đang sinh hoạt tạm thời ở đảng bộ, chi bộ khác'),
});

/** Bodies a congress (or the new committee) elects. */
export const ELECTION_BODIES = ['committee', 'secretary', 'deputySecretary', 'delegates'] as const;
export type ElectionBody = (typeof ELECTION_BODIES)[number];

/** One candidate's result in one round. */
export const candidateResultSchema = z
  .object({
    id: z.string().min(1).describe('Mã người ứng cử, được đề cử'),
    fullName: z.string().optional().describe('Họ và tên'),
    votes: count.describe('Số phiếu bầu (phiếu hợp lệ bầu cho người này)'),
    elected: z.boolean().optional().describe('Đại hội (hoặc cấp ủy) đã công bố trúng cử'),
  })
  .describe('Kết quả bầu cử của một người');
export type CandidateResult = z.infer<typeof candidateResultSchema>;

/** One round of one election (một lần bầu). */
export const electionRoundSchema = z
  .object({
    id: z.string().optional().describe('Mã lần bầu (ổn định, để đối chiếu giữa các hệ thống)'),
    body: z
      .enum(ELECTION_BODIES)
      .describe(
        'committee = bầu cấp ủy (chi ủy); secretary = bầu bí thư; deputySecretary = bầu phó bí thư; delegates = bầu đại biểu dự đại hội cấp trên',
      ),
    round: z.number().int().min(1).describe('Lần bầu (1, 2, 3…)'),
    electedBy: z
      .enum(['congress', 'committee'])
      .optional()
      .describe(
        'congress = đại hội bầu; committee = cấp ủy khóa mới bầu (mặc định: bí thư, phó bí thư do cấp ủy bầu khi có cấp ủy)',
      ),
    electorate: count
      .optional()
      .describe('Số người có quyền bầu được triệu tập (khi cấp ủy bầu: số cấp ủy viên); mặc định theo đại hội'),
    seats: count.optional().describe('Số lượng cần bầu'),
    ballotsCast: count.optional().describe('Số phiếu phát ra / thu vào'),
    validBallots: count.optional().describe('Số phiếu hợp lệ'),
    candidates: z.array(candidateResultSchema).describe('Kết quả theo từng người'),
  })
  .describe('Một lần bầu cử');
export type ElectionRound = z.infer<typeof electionRoundSchema>;

/** A congress (đại hội) of a party organization, as held. */
export const congressSchema = z
  .object({
    kind: z.literal('congress'),
    format: z.literal('dieule.congress/1').optional().describe('Phiên bản định dạng hồ sơ'),
    id: z.string().optional().describe('Mã đại hội'),
    organization: congressOrganizationSchema,
    termLabel: z.string().optional().describe('Nhiệm kỳ, ví dụ 2025–2030'),
    form: z
      .enum(['members', 'delegates'])
      .optional()
      .describe('members = đại hội đảng viên (mặc định với chi bộ); delegates = đại hội đại biểu'),
    openedOn: civilDateSchema.describe('Ngày khai mạc đại hội (phiên chính thức)'),
    closedOn: civilDateSchema.optional().describe('Ngày bế mạc đại hội; mặc định: ngày khai mạc'),
    previousOpenedOn: civilDateSchema.optional().describe('Ngày khai mạc đại hội nhiệm kỳ trước'),
    firstTerm: z
      .boolean()
      .optional()
      .describe('Nhiệm kỳ đầu của tổ chức mới thành lập, chia tách, hợp nhất, sáp nhập (không nhất thiết đủ nhiệm kỳ)'),
    pilotFiveYearTerm: z
      .boolean()
      .optional()
      .describe('Chi bộ trực thuộc thực hiện thí điểm nhiệm kỳ 5 năm (QĐ 294 điểm 23.1, HD 06 điểm 13.4)'),
    previousTermPilot: z
      .boolean()
      .optional()
      .describe('Nhiệm kỳ vừa kết thúc là nhiệm kỳ thí điểm 5 năm của chi bộ (bắt đầu từ 1/7/2025)'),
    officialMembers: count
      .optional()
      .describe('Số đảng viên chính thức của chi bộ (mặc định: số được triệu tập của đại hội đảng viên)'),
    summoned: headcountSchema.describe('Số đảng viên chính thức (hoặc đại biểu) được triệu tập'),
    attended: headcountSchema.describe('Số đảng viên chính thức (hoặc đại biểu) có mặt'),
    committeeSize: count.optional().describe('Số lượng cấp ủy viên (chi ủy viên) đại hội quyết định bầu'),
    elections: z.array(electionRoundSchema).default([]).describe('Các lần bầu cử'),
    secretaryAppointedBySuperior: z
      .boolean()
      .optional()
      .describe('Cấp ủy cấp trên trực tiếp đã chỉ định bí thư (khi bầu đến lần thứ ba không có ai trúng cử)'),
    reportedOn: civilDateSchema.optional().describe('Ngày cấp ủy khóa mới báo cáo kết quả đại hội lên cấp trên'),
    complaints: z.boolean().optional().describe('Có đơn thư khiếu nại, tố cáo về nhân sự, bầu cử'),
    approvedOn: civilDateSchema.optional().describe('Ngày cấp ủy cấp trên chuẩn y kết quả bầu cử'),
    handedOverOn: civilDateSchema.optional().describe('Ngày bàn giao công việc giữa cấp ủy khóa cũ và khóa mới'),
  })
  .describe('Đại hội đảng bộ, chi bộ');
export type Congress = z.infer<typeof congressSchema>;

/**
 * Who counts in the total on which an election is judged (Charter art. 12 cl. 3; HD 06 point 14.2): everyone
 * summoned, except exempted members and members temporarily attached elsewhere who did not attend (they are
 * summoned, and count only if they come).
 * @example
 * electionBase({ summoned: { total: 40, exempted: 3, temporarilyAway: 2 }, attended: { total: 36, exempted: 1, temporarilyAway: 0 } }) // 36
 */
export function electionBase(c: Pick<Congress, 'summoned' | 'attended'>): number {
  const exemptedAbsent = Math.max(0, (c.summoned.exempted ?? 0) - (c.attended.exempted ?? 0));
  const awayAbsent = Math.max(0, (c.summoned.temporarilyAway ?? 0) - (c.attended.temporarilyAway ?? 0));
  return Math.max(0, c.summoned.total - exemptedAbsent - awayAbsent);
}

/** The electorate of one round: the congress total, or the members of the new committee for its own elections. */
export function roundElectorate(c: Congress, r: ElectionRound): number {
  if (r.electorate !== undefined) return r.electorate;
  const byCommittee = r.electedBy ? r.electedBy === 'committee' : isCommitteeElection(c, r);
  if (byCommittee) return c.committeeSize ?? electedCount(c, 'committee');
  return electionBase(c);
}

function isCommitteeElection(c: Congress, r: ElectionRound): boolean {
  if (r.body !== 'secretary' && r.body !== 'deputySecretary') return false;
  return (c.committeeSize ?? 0) > 0 || electedCount(c, 'committee') > 0;
}

/** How many were declared elected to a body, over all rounds. */
export function electedCount(c: Congress, body: ElectionBody): number {
  let n = 0;
  for (const r of c.elections) if (r.body === body) for (const x of r.candidates) if (x.elected) n++;
  return n;
}

/** "More than half" of a total, in integers: votes × 2 > total. */
export const isMoreThanHalf = (votes: number, total: number): boolean => votes * 2 > total;

/** The fewest votes that are more than half of a total. */
export const majorityOf = (total: number): number => Math.floor(total / 2) + 1;
