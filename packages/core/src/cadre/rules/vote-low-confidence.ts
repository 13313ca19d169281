import { defineRule } from '../../kernel/rule.js';
import { ballotsOf } from '../model/vote.js';
import { eachResult, exampleVote } from './select.js';

/** Which consequence band a low-confidence count falls in: more than half but under two thirds, or two thirds and up. */
export function lowConfidenceBand(low: number, ballots: number): 'none' | 'overHalf' | 'twoThirds' {
  if (ballots <= 0) return 'none';
  if (low * 3 >= ballots * 2) return 'twoThirds';
  if (low * 2 > ballots) return 'overHalf';
  return 'none';
}

/**
 * `cadre.vote.lowConfidence`: says the consequence of a "low confidence" result, with its basis.
 * QĐ 96 (from 2/2/2023): more than 1/2 but under 2/3 low → out of planning for higher posts, and the competent level
 * considers relieving, reassigning, letting resign or a vote of confidence without waiting for the term's end;
 * 2/3 or more low → dismissal (miễn nhiệm) and lower work without waiting for the term's end.
 * QĐ 262 (2014, RECALLED): more than 1/2 → out of planning for higher posts; 2/3 or more → resignation / relief.
 * The share is counted on the ballots cast for the person (RECALLED base: not seen in the stored texts).
 */
export const voteLowConfidence = defineRule({
  id: 'cadre.vote.lowConfidence',
  family: 'cadre',
  title: { vi: 'Hệ quả của phiếu tín nhiệm thấp', en: 'Consequences of low-confidence votes' },
  severity: 'warning',
  appliesTo: ['confidenceVote'],
  messages: {
    overHalf: {
      vi: '{cadreId}: {low}/{ballots} phiếu tín nhiệm thấp (trên 1/2, dưới 2/3): {consequence}',
      en: '{cadreId}: {low}/{ballots} low-confidence votes (over 1/2, under 2/3): {consequenceEn}',
    },
    twoThirds: {
      vi: '{cadreId}: {low}/{ballots} phiếu tín nhiệm thấp (từ 2/3 trở lên): {consequence}',
      en: '{cadreId}: {low}/{ballots} low-confidence votes (2/3 or more): {consequenceEn}',
    },
  },
  select: eachResult,
  versions: [
    {
      from: '2014-10-08',
      to: '2023-02-01',
      citations: [{ document: 'qd-262-2014' }],
      confidence: 'recalled',
      check(ctx) {
        const r = ctx.subject;
        const ballots = ballotsOf(r);
        const band = lowConfidenceBand(r.low, ballots);
        if (band === 'none') return;
        ctx.report(band, {
          facts: {
            cadreId: r.cadreId,
            low: r.low,
            ballots,
            consequence: band === 'twoThirds' ? 'resignationOrRelief' : 'outOfPlanning',
          },
          args: {
            cadreId: r.cadreId,
            low: r.low,
            ballots,
            ...(band === 'twoThirds'
              ? {
                  consequence: 'cấp có thẩm quyền xem xét cho từ chức hoặc cho thôi giữ chức vụ.',
                  consequenceEn: 'the competent level considers resignation or relief from post.',
                }
              : {
                  consequence: 'xem xét đưa ra khỏi quy hoạch chức vụ cao hơn.',
                  consequenceEn: 'considered for removal from planning for higher posts.',
                }),
          },
        });
      },
    },
    {
      from: '2023-02-02',
      citations: [{ document: 'qd-96-2023' }, { document: 'qd-41-2021' }],
      confidence: 'secondary',
    },
  ],
  check(ctx) {
    const r = ctx.subject;
    const ballots = ballotsOf(r);
    const band = lowConfidenceBand(r.low, ballots);
    if (band === 'none') return;
    const twoThirds = band === 'twoThirds';
    ctx.report(band, {
      facts: { cadreId: r.cadreId, low: r.low, ballots, consequence: twoThirds ? 'dismissal' : 'outOfPlanning' },
      args: {
        cadreId: r.cadreId,
        low: r.low,
        ballots,
        ...(twoThirds
          ? {
              consequence:
                'miễn nhiệm chức vụ đang đảm nhiệm và bố trí công tác khác thấp hơn, không chờ hết nhiệm kỳ hoặc thời hạn bổ nhiệm.',
              consequenceEn:
                'dismissal from the current post and reassignment to lower work, without waiting for the end of the term or appointment.',
            }
          : {
              consequence:
                'đưa ra khỏi quy hoạch chức vụ cao hơn; xem xét cho thôi giữ chức vụ, bố trí công tác khác, cho từ chức hoặc bỏ phiếu tín nhiệm, không chờ hết nhiệm kỳ.',
              consequenceEn:
                'removal from planning for higher posts; consider relief from post, reassignment, resignation or a vote of confidence, without waiting for the end of the term.',
            }),
      },
    });
  },
  examples: [
    {
      title: { vi: 'Đúng 1/2 phiếu thấp', en: 'Exactly half low' },
      record: exampleVote(30, 30, [{ cadreId: 'A', high: 10, confidence: 5, low: 15 }]),
      expect: [],
    },
    {
      title: { vi: '16/30 phiếu thấp', en: '16 of 30 low' },
      record: exampleVote(30, 30, [{ cadreId: 'A', high: 10, confidence: 4, low: 16 }]),
      expect: ['overHalf'],
    },
    {
      title: { vi: '20/30 phiếu thấp', en: '20 of 30 low' },
      record: exampleVote(30, 30, [{ cadreId: 'A', high: 5, confidence: 5, low: 20 }]),
      expect: ['twoThirds'],
    },
  ],
});
