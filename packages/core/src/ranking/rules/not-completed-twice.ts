import { defineRule } from '../../kernel/rule.js';
import { streak } from './history.js';
import { eachMember, exampleRound } from './select.js';

/**
 * `ranking.member.notCompletedTwice`: a member ranked "not completed" two years running is flagged for the screening
 * procedure (the cell educates and helps, then considers removal: xóa tên or discipline); for cadres two consecutive
 * years of "not completed" is also a ground for dismissal.
 */
export const notCompletedTwice = defineRule({
  id: 'ranking.member.notCompletedTwice',
  family: 'ranking',
  title: { vi: 'Hai năm liền không hoàn thành nhiệm vụ', en: 'Two consecutive years "not completed"' },
  description: {
    vi: 'Đảng viên hai năm liền xếp loại KHT thuộc diện xem xét sàng lọc, đưa đảng viên không đủ tư cách ra khỏi Đảng.',
    en: 'A member ranked "not completed" two years running is flagged for screening.',
  },
  severity: 'warning',
  appliesTo: ['rankingRound'],
  messages: {
    screen: {
      vi: 'Đảng viên {memberId} xếp loại KHT {years} năm liền (đến năm {year}): chi bộ xem xét theo quy trình sàng lọc đảng viên.',
      en: 'Member {memberId} is "not completed" {years} years running (to {year}): the cell considers the screening procedure.',
    },
  },
  select: eachMember,
  versions: [
    {
      from: '2021-11-03',
      citations: [{ document: 'hd-02-2021', section: 'Mục II khoản 1' }, { document: 'qd-41-2021' }],
      confidence: 'secondary',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    const years = streak(e.history, ctx.record.year, e.level, 'notCompleted');
    if (years >= 2)
      ctx.report('screen', {
        path: [...ctx.subjectPath, 'level'],
        facts: { memberId: e.memberId, years, year: ctx.record.year },
      });
  },
  examples: [
    {
      title: { vi: 'KHT năm nay, HT năm trước', en: 'KHT this year, completed last year' },
      record: exampleRound(2025, [
        { memberId: 'A', level: 'notCompleted', history: [{ year: 2024, level: 'completed' }] },
      ]),
      expect: [],
    },
    {
      title: { vi: 'KHT hai năm liền', en: 'KHT two years running' },
      record: exampleRound(2025, [
        { memberId: 'A', level: 'notCompleted', history: [{ year: 2024, level: 'notCompleted' }] },
      ]),
      expect: ['screen'],
    },
  ],
});
