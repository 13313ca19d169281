import { defineRule } from '../../kernel/rule.js';
import { excellentQuotaPercent, outstandingQuotaPercent, rankingRegimeParameter } from '../parameters.js';
import type { QuotaEntry } from '../quota.js';
import { percentFor, reportQuota } from './quota-shared.js';
import { exampleRound, wholeRound } from './select.js';

const orgs = (good: number, excellent: number) => [
  ...Array.from({ length: good }, (_, i) => ({ organizationId: `CB-T${i + 1}`, level: 'good' })),
  ...Array.from({ length: excellent }, (_, i) => ({ organizationId: `CB-X${i + 1}`, level: 'excellent' })),
];

/**
 * `ranking.quota.organizations`: collectives ranked "excellent" ≤ 20 % of collectives ranked "good" within each group
 * of similar roles (QĐ 124 Điều 12; QĐ 366 Điều 11 điểm 1.5, up to 25 % for outstanding units). Groups default to
 * the ranking organization.
 */
export const organizationQuota = defineRule({
  id: 'ranking.quota.organizations',
  family: 'ranking',
  title: { vi: 'Tỷ lệ tập thể HTXS không quá 20% số HTT', en: '"Excellent" collectives at most 20 % of "good"' },
  severity: 'error',
  appliesTo: ['rankingRound'],
  parameters: { regime: rankingRegimeParameter, percent: excellentQuotaPercent, outstanding: outstandingQuotaPercent },
  messages: {
    overQuota: {
      vi: 'Nhóm tập thể {group}: {excellent} HTXS vượt mức tối đa {allowed} ({percent}% của {good} HTT), thừa {surplus}: {blamed}.',
      en: 'Collective group {group}: {excellent} "excellent" exceed the maximum {allowed} ({percent} % of {good} "good") by {surplus}: {blamed}.',
    },
  },
  select: wholeRound,
  versions: [
    {
      from: '2023-10-04',
      to: '2025-08-29',
      citations: [{ document: 'qd-124-2023', article: '12' }],
      confidence: 'secondary',
      note: {
        vi: 'Lời văn cho tập thể chỉ thấy qua bản tiếng Anh (lawnet): hạ từ "đã đối chiếu" (kiểm tra 12/2026).',
        en: 'Wording for collectives seen only in an English reproduction (lawnet): downgraded from verified (December 2026 audit).',
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
    function* entries(): Iterable<QuotaEntry> {
      const list = r.organizations;
      for (let i = 0; i < list.length; i++) {
        const e = list[i]!;
        if (e.level !== 'excellent' && e.level !== 'good') continue;
        yield { index: i, id: e.organizationId, group: e.group ?? r.organization.id, level: e.level };
      }
    }
    reportQuota(
      ctx,
      'organizations',
      entries(),
      percentFor(r, ctx.params.percent, ctx.params.outstanding),
      ctx.params.regime,
    );
  },
  examples: [
    {
      title: { vi: '5 HTT, 1 HTXS', en: '5 good, 1 excellent' },
      record: exampleRound(2025, [], { organizations: orgs(5, 1) }),
      expect: [],
    },
    {
      title: { vi: '4 HTT, 1 HTXS', en: '4 good, 1 excellent' },
      record: exampleRound(2025, [], { organizations: orgs(4, 1) }),
      expect: ['overQuota'],
    },
  ],
});
