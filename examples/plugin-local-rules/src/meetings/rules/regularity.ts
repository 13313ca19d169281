import { t } from '../../locales.js';
import { defineRule } from '../../sdk.js';
import { type CellMeetingYear, isRegular, monthKey, monthsElapsed, yearEnd } from '../kind.js';

/**
 * `tinh-x/meeting.regularity`: the cell holds a regular meeting (thường kỳ) every month. Judged for the months of
 * the year that have ended by the reporting date, under the regulation in force at the end of the year.
 */
export const meetingRegularity = defineRule<CellMeetingYear, CellMeetingYear, 'missingMonth'>({
  id: 'tinh-x/meeting.regularity',
  family: 'tinh-x/meetings',
  title: t.text('regularity.title'),
  description: {
    vi: 'Mỗi tháng chi bộ sinh hoạt thường kỳ ít nhất một lần (buổi kết hợp chuyên đề cũng tính).',
    en: 'Every month the cell holds at least one regular meeting (a combined session counts).',
  },
  severity: 'error',
  appliesTo: ['tinh-x/cellMeetingYear'],
  messages: { missingMonth: t.text('regularity.missingMonth') },
  select: (r) => ({ value: r, actDate: yearEnd(r.year), path: [] }),
  versions: [
    {
      from: '2021-04-01',
      to: '2025-06-30',
      citations: [{ document: 'tinh-x/qd-04-2021', article: '3', clause: '1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      to: '2025-07-22',
      citations: [{ document: 'tinh-x/qd-15-2025', article: '3', clause: '1' }],
      confidence: 'secondary',
    },
    // CT 50-CT/TW (23/7/2025) is cited from its own date (the load-time window check).
    {
      from: '2025-07-23',
      citations: [
        { document: 'tinh-x/qd-15-2025', article: '3', clause: '1' },
        { document: 'tinh-x/ct-50-2025', section: 'mục 2' },
      ],
      confidence: 'secondary',
    },
  ],
  check(ctx) {
    const r = ctx.record;
    const held = new Set(r.meetings.filter(isRegular).map((m) => m.date.slice(0, 7)));
    for (const m of monthsElapsed(r.year, ctx.asOf)) {
      const month = monthKey(r.year, m);
      if (!held.has(month))
        ctx.report('missingMonth', { path: ['meetings'], facts: { organization: r.organization, month } });
    }
  },
  examples: [
    {
      title: { vi: 'Đủ 12 tháng', en: 'All twelve months' },
      record: {
        kind: 'tinh-x/cellMeetingYear',
        organization: 'TX.01.03',
        year: 2025,
        members: 10,
        meetings: Array.from({ length: 12 }, (_, i) => ({
          date: `2025-${String(i + 1).padStart(2, '0')}-05`,
          type: 'regular',
          minutes: 95,
          present: 10,
        })),
      },
      asOf: '2026-01-15',
      expect: [],
    },
    {
      title: { vi: 'Không họp tháng 3', en: 'No meeting in March' },
      record: {
        kind: 'tinh-x/cellMeetingYear',
        organization: 'TX.01.03',
        year: 2025,
        members: 10,
        meetings: [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
          date: `2025-${String(m).padStart(2, '0')}-05`,
          type: 'regular',
          minutes: 95,
          present: 10,
        })),
      },
      asOf: '2026-01-15',
      expect: ['missingMonth'],
    },
  ],
});
