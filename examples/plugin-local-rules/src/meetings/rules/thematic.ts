import { t } from '../../locales.js';
import { defineRule } from '../../sdk.js';
import { type CellMeetingYear, isThematic, monthsElapsed, yearEnd } from '../kind.js';

/**
 * `tinh-x/meeting.thematic`: a thematic meeting (chuyên đề) at least once in every quarter that has ended by the
 * reporting date.
 */
export const thematicEveryQuarter = defineRule<CellMeetingYear, CellMeetingYear, 'missingQuarter'>({
  id: 'tinh-x/meeting.thematic',
  family: 'tinh-x/meetings',
  title: t.text('thematic.title'),
  severity: 'warning',
  appliesTo: ['tinh-x/cellMeetingYear'],
  messages: { missingQuarter: t.text('thematic.missingQuarter') },
  select: (r) => ({ value: r, actDate: yearEnd(r.year), path: [] }),
  versions: [
    {
      from: '2021-04-01',
      to: '2025-06-30',
      citations: [{ document: 'tinh-x/qd-04-2021', article: '4' }],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      to: '2025-07-22',
      citations: [{ document: 'tinh-x/qd-15-2025', article: '4' }],
      confidence: 'verified',
    },
    // CT 50-CT/TW (23/7/2025) is cited from its own date (the load-time window check).
    {
      from: '2025-07-23',
      citations: [
        { document: 'tinh-x/qd-15-2025', article: '4' },
        { document: 'tinh-x/ct-50-2025', section: 'mục 2' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const r = ctx.record;
    const quarters = new Set(r.meetings.filter(isThematic).map((m) => Math.ceil(Number(m.date.slice(5, 7)) / 3)));
    const ended = monthsElapsed(r.year, ctx.asOf)
      .filter((m) => m % 3 === 0)
      .map((m) => m / 3);
    for (const q of ended)
      if (!quarters.has(q))
        ctx.report('missingQuarter', {
          path: ['meetings'],
          facts: { organization: r.organization, quarter: `${q}/${r.year}` },
        });
  },
  examples: [
    {
      title: { vi: 'Không sinh hoạt chuyên đề quý 1', en: 'No thematic meeting in Q1' },
      record: {
        kind: 'tinh-x/cellMeetingYear',
        organization: 'TX.01.03',
        year: 2026,
        members: 12,
        meetings: [{ date: '2026-01-09', type: 'regular', minutes: 90, present: 12 }],
      },
      asOf: '2026-04-10',
      expect: ['missingQuarter'],
    },
  ],
});
