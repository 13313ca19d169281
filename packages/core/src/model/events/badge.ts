/** Party badge events (Huy hiệu Đảng). */
import { z } from 'zod';
import { ev } from './shared.js';

/** Party badge awarded (tặng / truy tặng Huy hiệu Đảng). */
export const badgeAwardedEvent = ev('badgeAwarded', 'Được tặng (truy tặng) Huy hiệu Đảng', {
  years: z.number().int().positive().describe('Số năm tuổi đảng của Huy hiệu (30, 40, 45 … 90)'),
  early: z.enum(['seriousIllness', 'posthumous']).optional().describe('Xét tặng sớm: bệnh nặng / truy tặng'),
  occasion: z.string().optional().describe('Đợt trao tặng (03-02, 05-19, 09-02, 11-07 hoặc dịp khác)'),
});
/**
 * A badge proposal considered at an occasion (đề nghị, xét tặng Huy hiệu Đảng tại một đợt): `date` = the day the
 * proposal is considered; judged like an award (milestone, early award, discipline waits) at that date.
 */
export const badgeProposalEvent = ev('badgeProposal', 'Đề nghị, xét tặng Huy hiệu Đảng tại một đợt', {
  years: z.number().int().positive().describe('Số năm tuổi đảng của Huy hiệu được đề nghị'),
  early: z.enum(['seriousIllness', 'posthumous']).optional().describe('Đề nghị tặng sớm: bệnh nặng / truy tặng'),
  occasion: z.string().optional().describe('Đợt xét tặng (03-02, 05-19, 09-02, 11-07 hoặc dịp khác)'),
});

/** The output of {@link badgeAwardedEvent}. */
export interface BadgeAwardedEvent extends z.infer<typeof badgeAwardedEvent> {}
/** The output of {@link badgeProposalEvent}. */
export interface BadgeProposalEvent extends z.infer<typeof badgeProposalEvent> {}
