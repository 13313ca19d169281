import { defineRule } from '../../kernel/rule.js';
import { eachMember, exampleRound } from './select.js';
import { levelArgs } from './text.js';

/**
 * `ranking.member.lowConfidence` (QĐ 366): a person holding a leadership post who received more than 50 % "low
 * confidence" votes in a confidence vote held in the year is ranked "not completed".
 */
export const leaderLowConfidence = defineRule({
  id: 'ranking.member.lowConfidence',
  family: 'ranking',
  title: {
    vi: 'Cán bộ có trên 50% phiếu tín nhiệm thấp trong năm',
    en: 'Leader with over 50 % low-confidence votes in the year',
  },
  severity: 'error',
  appliesTo: ['rankingRound'],
  messages: {
    capped: {
      vi: '{memberId} có {low}/{ballots} phiếu tín nhiệm thấp (trên 50%) tại kỳ lấy phiếu trong năm nên là KHT, nhưng được xếp {level}.',
      en: '{memberId} received {low}/{ballots} low-confidence votes (over 50 %) in the year, so is "not completed", but was ranked {levelEn}.',
    },
  },
  select: eachMember,
  versions: [
    {
      from: '2025-08-30',
      citations: [{ document: 'qd-366-2025', article: '11', clause: '4', point: '4.1' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    const v = e.confidenceVote;
    if (!v || !e.level || e.level === 'notCompleted' || v.ballots === 0) return;
    if (v.low * 2 <= v.ballots) return;
    ctx.report('capped', {
      path: [...ctx.subjectPath, 'level'],
      facts: { memberId: e.memberId, low: v.low, ballots: v.ballots, level: e.level },
      args: { memberId: e.memberId, low: v.low, ballots: v.ballots, ...levelArgs('level', e.level) },
    });
  },
  examples: [
    {
      title: { vi: 'Đúng một nửa phiếu thấp', en: 'Exactly half low' },
      record: exampleRound(2025, [
        { memberId: 'A', level: 'completed', leadershipPost: true, confidenceVote: { ballots: 20, low: 10 } },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Trên một nửa phiếu thấp', en: 'Over half low' },
      record: exampleRound(2025, [
        { memberId: 'A', level: 'completed', leadershipPost: true, confidenceVote: { ballots: 20, low: 11 } },
      ]),
      expect: ['capped'],
    },
  ],
});
