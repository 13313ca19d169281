import { type CivilDate, defineRecordKind, z } from '../sdk.js';

/** A meeting of the cell: regular (thường kỳ), thematic (chuyên đề), or both in one session (kết hợp). */
export const meetingSchema = z.object({
  date: z.iso.date().describe('Ngày họp (YYYY-MM-DD)'),
  type: z
    .enum(['regular', 'thematic', 'combined'])
    .describe('regular = thường kỳ; thematic = chuyên đề; combined = thường kỳ kết hợp chuyên đề'),
  minutes: z.number().int().positive().describe('Thời lượng (phút)'),
  present: z.number().int().nonnegative().describe('Số đảng viên dự họp'),
  absentWithoutReason: z.number().int().nonnegative().default(0).describe('Số đảng viên vắng mặt không có lý do'),
});

/** One cell's year of meetings, as the cell's secretary reports it for grading. */
export const cellMeetingYearSchema = z
  .object({
    kind: z.literal('tinh-x/cellMeetingYear'),
    id: z.string().optional().describe('Mã báo cáo'),
    organization: z.string().min(1).describe('Mã chi bộ (TX.…)'),
    year: z.number().int().min(2000).max(2100),
    members: z
      .number()
      .int()
      .positive()
      .describe('Số đảng viên phải dự sinh hoạt (trừ đảng viên được miễn công tác và sinh hoạt đảng)'),
    meetings: z.array(meetingSchema).describe('Các buổi sinh hoạt trong năm'),
  })
  .superRefine((r, ctx) => {
    r.meetings.forEach((m, i) => {
      if (!m.date.startsWith(`${r.year}-`))
        ctx.addIssue({ code: 'custom', path: ['meetings', i, 'date'], message: `not in ${r.year}` });
      if (m.present > r.members)
        ctx.addIssue({ code: 'custom', path: ['meetings', i, 'present'], message: 'more present than members' });
    });
  });

export type CellMeetingYear = z.infer<typeof cellMeetingYearSchema>;
export type Meeting = CellMeetingYear['meetings'][number];

/** The record kind the meeting rules apply to. */
export const cellMeetingYearKind = defineRecordKind<CellMeetingYear>({
  kind: 'tinh-x/cellMeetingYear',
  title: { vi: 'Sinh hoạt chi bộ trong năm', en: "A cell's year of meetings" },
  schema: cellMeetingYearSchema,
  idOf: (r) => r.id ?? `${r.organization}:${r.year}`,
});

/** A year is judged under the regulation in force at its end (grading is done at year end). */
export const yearEnd = (year: number): CivilDate => `${year}-12-31` as CivilDate;

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (year: number, month: number) =>
  month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Months (1–12) of `year` that have fully passed by `asOf`. */
export function monthsElapsed(year: number, asOf: string): number[] {
  const out: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const end = `${year}-${String(m).padStart(2, '0')}-${String(lastDay(year, m)).padStart(2, '0')}`;
    if (end < asOf) out.push(m);
  }
  return out;
}

/** `2025-03` */
export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** Regular meetings are regular or combined; thematic meetings are thematic or combined. */
export const isRegular = (m: Meeting) => m.type !== 'thematic';
export const isThematic = (m: Meeting) => m.type !== 'regular';
