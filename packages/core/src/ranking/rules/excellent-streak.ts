import { defineRule } from '../../kernel/rule.js';
import { streak } from './history.js';
import { eachMember, exampleRound } from './select.js';

/**
 * `ranking.member.excellentStreak`: a member ranked "excellent" five consecutive years (this year included) is
 * reported for commendation ("Hoàn thành xuất sắc nhiệm vụ 5 năm liền").
 */
export const excellentStreak = defineRule({
  id: 'ranking.member.excellentStreak',
  family: 'ranking',
  title: { vi: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền', en: '"Excellent" five years running' },
  severity: 'info',
  appliesTo: ['rankingRound'],
  messages: {
    commend: {
      vi: 'Đảng viên {memberId} xếp loại HTXS {years} năm liền (đến năm {year}): đề nghị xét khen thưởng 5 năm liền.',
      en: 'Member {memberId} is "excellent" {years} years running (to {year}): propose the five-year commendation.',
    },
  },
  select: eachMember,
  versions: [
    {
      from: '2019-10-18',
      to: '2023-10-03',
      citations: [{ document: 'hd-21-2019' }],
      confidence: 'verified',
    },
    {
      from: '2023-10-04',
      to: '2025-06-08',
      citations: [{ document: 'hd-25-2023' }],
      confidence: 'recalled',
      note: {
        vi: 'HD 21 hết hiệu lực 3/10/2023; việc HD 25 giữ nguyên quy định này chưa được đối chiếu.',
        en: 'HD 21 ended on 3/10/2023; that HD 25 kept this rule is not seen.',
      },
    },
    {
      from: '2025-06-09',
      citations: [{ document: 'hd-06-2025', point: '19.2 a' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    const years = streak(e.history, ctx.record.year, e.level, 'excellent');
    if (years >= 5 && years % 5 === 0)
      ctx.report('commend', {
        path: [...ctx.subjectPath, 'level'],
        facts: { memberId: e.memberId, years, year: ctx.record.year },
      });
  },
  examples: [
    {
      title: { vi: 'HTXS 4 năm liền', en: 'Excellent 4 years running' },
      record: exampleRound(2025, [
        {
          memberId: 'A',
          level: 'excellent',
          history: [2022, 2023, 2024].map((year) => ({ year, level: 'excellent' })),
        },
      ]),
      expect: [],
    },
    {
      title: { vi: 'HTXS 5 năm liền', en: 'Excellent 5 years running' },
      record: exampleRound(2025, [
        {
          memberId: 'A',
          level: 'excellent',
          history: [2021, 2022, 2023, 2024].map((year) => ({ year, level: 'excellent' })),
        },
      ]),
      expect: ['commend'],
    },
  ],
});
