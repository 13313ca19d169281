import { defineRuleFor, wholeRecord } from '../../kernel/rule.js';
import type { ConfidenceVote } from '../model/vote.js';
import { exampleVote } from './select.js';

/**
 * `cadre.vote.quorum`: a confidence-vote session is valid only with at least two thirds of those summoned present
 * (present × 3 ≥ summoned × 2, in integers); more present than summoned is an input error.
 */
export const voteQuorum = defineRuleFor<ConfidenceVote>()({
  id: 'cadre.vote.quorum',
  family: 'cadre',
  title: {
    vi: 'Hội nghị lấy phiếu tín nhiệm có ít nhất 2/3 số người được triệu tập',
    en: 'Confidence vote quorum: two thirds present',
  },
  severity: 'error',
  appliesTo: ['confidenceVote'],
  messages: {
    noQuorum: {
      vi: 'Chỉ {present}/{summoned} người được triệu tập có mặt (cần ít nhất {needed}): hội nghị lấy phiếu không hợp lệ, kết quả không được sử dụng.',
      en: 'Only {present} of {summoned} summoned were present (at least {needed} needed): the session is invalid and its results cannot be used.',
    },
    morePresent: {
      vi: 'Số người có mặt ({present}) lớn hơn số người được triệu tập ({summoned}).',
      en: 'More present ({present}) than summoned ({summoned}).',
    },
  },
  select: (v) => wholeRecord(v, v.heldOn),
  versions: [
    {
      from: '2023-02-02',
      citations: [{ document: 'qd-96-2023' }],
      confidence: 'secondary',
      note: {
        vi: 'Chỉ thấy qua tin báo (chưa thấy bản sao văn bản QĐ 96): hạ từ "đã đối chiếu" (kiểm tra 12/2026).',
        en: 'Seen only in a news report (no reproduction of QĐ 96): downgraded from verified (December 2026 audit).',
      },
    },
  ],
  check(ctx) {
    const { summoned, present } = ctx.record;
    if (present > summoned) return ctx.report('morePresent', { path: ['present'], facts: { present, summoned } });
    if (present * 3 < summoned * 2)
      ctx.report('noQuorum', {
        path: ['present'],
        facts: { present, summoned, needed: Math.ceil((summoned * 2) / 3) },
      });
  },
  examples: [
    { title: { vi: '20/30 có mặt', en: '20 of 30 present' }, record: exampleVote(30, 20), expect: [] },
    { title: { vi: '19/30 có mặt', en: '19 of 30 present' }, record: exampleVote(30, 19), expect: ['noQuorum'] },
  ],
});
