import { defineRule } from '../../kernel/rule.js';
import { excellentQuotaPercent, outstandingQuotaPercent, rankingRegimeParameter } from '../parameters.js';
import type { QuotaEntry } from '../quota.js';
import { percentFor, reportQuota } from './quota-shared.js';
import { exampleRound, wholeRound } from './select.js';

const members = (good: number, excellent: number, group?: string) => [
  ...Array.from({ length: good }, (_, i) => ({ memberId: `T${i + 1}`, level: 'good', ...(group ? { group } : {}) })),
  ...Array.from({ length: excellent }, (_, i) => ({
    memberId: `X${i + 1}`,
    level: 'excellent',
    ...(group ? { group } : {}),
  })),
];

/**
 * `ranking.quota.members`: members ranked "excellent" may not exceed 20 % of those ranked "good" (⌊good × 20 / 100⌋)
 * — within each grassroots party organization under HD 21, within each group of similar position and role from QĐ 124;
 * under QĐ 366 up to 25 % for a unit with outstanding achievements. The issue names the evaluations over the quota
 * (the last "excellent" ones in list order) and the surplus.
 */
export const memberQuota = defineRule({
  id: 'ranking.quota.members',
  family: 'ranking',
  title: { vi: 'Tỷ lệ đảng viên HTXS không quá 20% số HTT', en: '"Excellent" members at most 20 % of "good"' },
  description: {
    vi: 'Số đảng viên HTXS không vượt quá 20% số đảng viên HTT trong từng tổ chức cơ sở đảng (HD 21) / từng nhóm đối tượng tương đồng (QĐ 124, QĐ 366; đơn vị nổi trội đến 25%).',
    en: '"Excellent" members ≤ 20 % of "good" members per grassroots organization (HD 21) or per group of similar roles (QĐ 124, QĐ 366; up to 25 % for outstanding units).',
  },
  severity: 'error',
  appliesTo: ['rankingRound'],
  parameters: { regime: rankingRegimeParameter, percent: excellentQuotaPercent, outstanding: outstandingQuotaPercent },
  messages: {
    overQuota: {
      vi: 'Nhóm {group}: {excellent} HTXS vượt mức tối đa {allowed} ({percent}% của {good} HTT), thừa {surplus}: {blamed}.',
      en: 'Group {group}: {excellent} "excellent" exceed the maximum {allowed} ({percent} % of {good} "good") by {surplus}: {blamed}.',
    },
  },
  select: wholeRound,
  versions: [
    {
      from: '2019-10-18',
      to: '2023-10-03',
      citations: [{ document: 'hd-21-2019', point: '2.3 a' }],
      confidence: 'verified',
    },
    {
      from: '2023-10-04',
      to: '2025-08-29',
      citations: [{ document: 'qd-124-2023', article: '12' }, { document: 'hd-25-2023' }],
      confidence: 'recalled',
      note: {
        vi: 'Lời văn QĐ 124 cho cá nhân chưa thấy trong nguồn; áp dụng theo nguyên tắc cho tập thể (RECALLED).',
        en: 'The QĐ 124 wording for individuals was not seen; the collective wording is applied (RECALLED).',
      },
    },
    {
      from: '2025-08-30',
      citations: [{ document: 'qd-366-2025', article: '11', clause: '1', point: '1.5' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const r = ctx.record;
    const regime = ctx.params.regime;
    const fallback = r.organization.id;
    const byGroup = regime !== 'hd21';
    function* entries(): Iterable<QuotaEntry> {
      const list = r.members;
      for (let i = 0; i < list.length; i++) {
        const e = list[i]!;
        if (e.level !== 'excellent' && e.level !== 'good') continue;
        const group = (byGroup ? e.group : undefined) ?? e.grassrootsOrganization ?? fallback;
        yield { index: i, id: e.memberId, group, level: e.level };
      }
    }
    reportQuota(ctx, 'members', entries(), percentFor(r, ctx.params.percent, ctx.params.outstanding), regime);
  },
  examples: [
    {
      title: { vi: '10 HTT, 2 HTXS', en: '10 good, 2 excellent' },
      record: exampleRound(2025, members(10, 2)),
      expect: [],
    },
    {
      title: { vi: '9 HTT, 2 HTXS', en: '9 good, 2 excellent' },
      record: exampleRound(2025, members(9, 2)),
      expect: ['overQuota'],
    },
    {
      title: { vi: '0 HTT, 1 HTXS', en: '0 good, 1 excellent' },
      record: exampleRound(2022, members(0, 1)),
      expect: ['overQuota'],
    },
  ],
});
