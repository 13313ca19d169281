import { defineRuleFor, wholeRecord } from '../../kernel/rule.js';
import type { Path } from '../../kernel/types.js';
import type { Congress } from '../model/congress.js';
import { exampleCongress } from './select.js';

const PART_NAMES = {
  exempted: { vi: 'được miễn công tác và sinh hoạt đảng', en: 'exempted from party work' },
  temporarilyAway: { vi: 'sinh hoạt tạm thời nơi khác', en: 'temporarily attached elsewhere' },
  total: { vi: 'tổng số', en: 'in all' },
} as const;

/**
 * `congress.attendance.counts`: the headcounts on which elections are judged must add up: no more attending than
 * summoned (in all and in each group), and the exempted and temporarily-away groups within their totals. The
 * groups matter because they are summoned but count only when they attend (HD 06 point 14.2).
 */
export const congressAttendance = defineRuleFor<Congress>()({
  id: 'congress.attendance.counts',
  family: 'congress',
  title: { vi: 'Số đảng viên được triệu tập và có mặt khớp nhau', en: 'Summoned and attending counts add up' },
  description: {
    vi: 'Số có mặt không vượt số được triệu tập (tổng số và từng nhóm: đảng viên miễn công tác, đảng viên sinh hoạt tạm thời nơi khác).',
    en: 'No more attending than summoned, in all and for each group (exempted members, members temporarily attached elsewhere).',
  },
  severity: 'error',
  appliesTo: ['congress'],
  messages: {
    moreAttendedThanSummoned: {
      vi: 'Số có mặt ({attended}) lớn hơn số được triệu tập ({summoned}) — {part}.',
      en: 'More attending ({attended}) than summoned ({summoned}) — {partEn}.',
    },
    partsOverTotal: {
      vi: 'Số đảng viên được miễn công tác và số sinh hoạt tạm thời nơi khác ({parts}) vượt tổng số ({total}).',
      en: 'The exempted and temporarily-away members ({parts}) exceed the total ({total}).',
    },
  },
  select: (c) => wholeRecord(c, c.openedOn),
  versions: [
    {
      from: '2011-01-19',
      to: '2025-06-08',
      citations: [{ document: 'dieu-le-2011', article: '12', clause: '3' }],
      confidence: 'verified',
    },
    {
      from: '2025-06-09',
      citations: [
        { document: 'dieu-le-2011', article: '12', clause: '3' },
        { document: 'hd-06-2025', point: '14.2' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const { summoned, attended } = ctx.record;
    for (const part of ['total', 'exempted', 'temporarilyAway'] as const) {
      const s = summoned[part] ?? 0;
      const a = attended[part] ?? 0;
      if (a > s)
        ctx.report('moreAttendedThanSummoned', {
          path: ['attended', part],
          facts: { attended: a, summoned: s, part },
          args: { attended: a, summoned: s, part: PART_NAMES[part].vi, partEn: PART_NAMES[part].en },
        });
    }
    for (const [which, h] of [
      ['summoned', summoned],
      ['attended', attended],
    ] as const) {
      const parts = (h.exempted ?? 0) + (h.temporarilyAway ?? 0);
      if (parts > h.total) {
        const path: Path = [which, 'total'];
        ctx.report('partsOverTotal', { path, facts: { parts, total: h.total } });
      }
    }
  },
  examples: [
    {
      title: { vi: 'Khớp', en: 'Consistent' },
      record: exampleCongress({
        summoned: { total: 40, exempted: 3, temporarilyAway: 2 },
        attended: { total: 36, exempted: 1 },
      }),
      expect: [],
    },
    {
      title: { vi: 'Có mặt nhiều hơn triệu tập', en: 'More attending than summoned' },
      record: exampleCongress({ summoned: { total: 12 }, attended: { total: 13 } }),
      expect: ['moreAttendedThanSummoned'],
    },
  ],
});
