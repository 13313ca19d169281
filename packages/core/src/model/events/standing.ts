/** Member standing events (sinh hoạt, đảng phí, giáo dục, vi phạm tư cách). */
import { z } from 'zod';
import { ev } from './shared.js';

/** A month without activity or dues (tháng không sinh hoạt / không đóng đảng phí). `date` = first day of the month. */
export const missedMonthEvent = ev('missedMonth', 'Tháng không sinh hoạt đảng hoặc không đóng đảng phí', {
  meetings: z.boolean().optional().describe('Không tham gia sinh hoạt chi bộ trong tháng'),
  dues: z.boolean().optional().describe('Không đóng đảng phí trong tháng'),
  goodReason: z.boolean().optional().describe('Có lý do chính đáng'),
});
/** The cell starts educating a member who declines (chi bộ giáo dục, giúp đỡ). */
export const remedialEducationEvent = ev('remedialEducation', 'Chi bộ giáo dục, giúp đỡ đảng viên giảm sút ý chí', {
  progressed: z.boolean().optional().describe('Đã tiến bộ (kết thúc giáo dục)'),
});
/** A year in which the member violated member standing (vi phạm tư cách đảng viên trong năm). */
export const standingViolationEvent = ev('standingViolation', 'Vi phạm tư cách đảng viên trong năm', {
  year: z.number().int().describe('Năm vi phạm'),
});

/** The output of {@link missedMonthEvent}. */
export interface MissedMonthEvent extends z.infer<typeof missedMonthEvent> {}
/** The output of {@link remedialEducationEvent}. */
export interface RemedialEducationEvent extends z.infer<typeof remedialEducationEvent> {}
/** The output of {@link standingViolationEvent}. */
export interface StandingViolationEvent extends z.infer<typeof standingViolationEvent> {}
