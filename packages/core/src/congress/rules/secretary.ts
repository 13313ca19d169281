import { defineRuleFor, wholeRecord } from '../../kernel/rule.js';
import type { Congress } from '../model/congress.js';
import { exampleCongress } from './select.js';

/**
 * `congress.secretary.rounds`: when the third round of the secretary election elects no one, there is no fourth
 * round: the superior committee appoints the secretary (QĐ 294, points 23.1–23.4).
 */
export const secretaryRounds = defineRuleFor<Congress>()({
  id: 'congress.secretary.rounds',
  family: 'congress',
  title: {
    vi: 'Bầu bí thư đến lần thứ ba không trúng cử thì cấp trên chỉ định',
    en: 'No secretary after three rounds: the superior appoints',
  },
  description: {
    vi: 'Bầu bí thư đến lần thứ ba không có ai trúng cử thì không bầu tiếp; cấp ủy cấp trên trực tiếp chỉ định bí thư.',
    en: 'After a third round without a winner there is no further round; the superior committee appoints the secretary.',
  },
  severity: 'error',
  appliesTo: ['congress'],
  messages: {
    fourthRound: {
      vi: 'Bầu bí thư lần thứ {round}: sau lần thứ ba không có ai trúng cử, cấp ủy cấp trên trực tiếp chỉ định bí thư, không bầu tiếp.',
      en: 'Secretary election round {round}: after a third round without a winner the superior committee appoints the secretary; no further round.',
    },
    appointmentNeeded: {
      vi: 'Đã bầu bí thư {rounds} lần không có ai trúng cử: cần quyết định chỉ định bí thư của cấp ủy cấp trên trực tiếp.',
      en: 'No secretary after {rounds} rounds: the superior committee must appoint one.',
    },
  },
  select: (c) => wholeRecord(c, c.openedOn),
  versions: [
    {
      from: '2025-07-01',
      to: '2026-04-07',
      citations: [{ document: 'qd-294-2025', section: 'điểm 23.1–23.4' }],
      confidence: 'verified',
    },
    {
      from: '2026-04-08',
      citations: [{ document: 'qd-20-2026' }],
      confidence: 'secondary',
      note: {
        vi: 'Giữ nguyên từ QĐ 294; chưa thấy trong văn bản năm 2026.',
        en: 'Carried over from QĐ 294, not seen in the 2026 text.',
      },
    },
  ],
  check(ctx) {
    const c = ctx.record;
    const rounds = c.elections
      .map((r, i) => ({ r, i }))
      .filter((x) => x.r.body === 'secretary')
      .sort((a, b) => a.r.round - b.r.round);
    if (rounds.length === 0) return;
    const wonByThird = rounds.some((x) => x.r.round <= 3 && x.r.candidates.some((k) => k.elected));
    const beyond = rounds.filter((x) => x.r.round > 3);
    if (!wonByThird)
      for (const x of beyond)
        ctx.report('fourthRound', { path: ['elections', x.i, 'round'], facts: { round: x.r.round } });
    const last = rounds[rounds.length - 1]!.r.round;
    if (!wonByThird && beyond.length === 0 && last === 3 && !c.secretaryAppointedBySuperior)
      ctx.report('appointmentNeeded', {
        path: ['secretaryAppointedBySuperior'],
        severity: 'warning',
        facts: { rounds: last },
      });
  },
  examples: [
    {
      title: { vi: 'Trúng cử lần 2', en: 'Elected in round 2' },
      record: exampleCongress({
        openedOn: '2025-09-15',
        elections: [
          { body: 'secretary', round: 1, candidates: [{ id: 'A', votes: 5 }] },
          { body: 'secretary', round: 2, candidates: [{ id: 'A', votes: 7, elected: true }] },
        ],
      }),
      expect: [],
    },
    {
      title: { vi: 'Bầu lần thứ tư', en: 'A fourth round' },
      record: exampleCongress({
        openedOn: '2025-09-15',
        secretaryAppointedBySuperior: false,
        elections: [1, 2, 3, 4].map((round) => ({
          body: 'secretary',
          round,
          candidates: [{ id: 'A', votes: 6, elected: round === 4 }],
        })),
      }),
      expect: ['fourthRound'],
    },
  ],
});
