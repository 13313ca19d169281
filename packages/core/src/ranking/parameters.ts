import { defineParameter } from '../kernel/parameter.js';
import { overRegimes } from '../legal/regimes.js';
import type { Citation, Confidence } from '../legal/types.js';
import type { RankingRegime } from './model/round.js';

/** The ranking regime in force (chế độ đánh giá, xếp loại). */
export const rankingRegimeParameter = defineParameter<RankingRegime>({
  id: 'ranking.regime',
  title: { vi: 'Chế độ đánh giá, xếp loại chất lượng', en: 'Quality ranking regime' },
  values: [
    {
      from: '2019-10-18',
      to: '2023-10-03',
      value: 'hd21',
      citations: [{ document: 'qd-132-2018' }, { document: 'hd-21-2019' }],
      confidence: 'verified',
    },
    {
      from: '2023-10-04',
      to: '2025-08-29',
      value: 'qd124',
      citations: [{ document: 'qd-124-2023' }, { document: 'hd-25-2023' }],
      confidence: 'verified',
    },
    {
      from: '2025-08-30',
      value: 'qd366',
      citations: [{ document: 'qd-366-2025', article: '19' }],
      confidence: 'verified',
    },
  ],
});

/** Largest share of "excellent" over the number of "good" in a quota group, in percent (20 %). */
export const excellentQuotaPercent = defineParameter<number>({
  id: 'ranking.quota.excellentPercentOfGood',
  title: { vi: 'Tỷ lệ HTXS tối đa so với số HTT (%)', en: 'Largest "excellent" share of the "good" count (%)' },
  unit: 'percent',
  values: [
    {
      from: '2019-10-18',
      to: '2023-10-03',
      value: 20,
      citations: [{ document: 'hd-21-2019', point: '2.3 a' }],
      confidence: 'verified',
    },
    {
      from: '2023-10-04',
      to: '2025-08-29',
      value: 20,
      citations: [{ document: 'qd-124-2023' }],
      confidence: 'recalled',
      note: {
        vi: 'Lời văn cho tập thể chỉ thấy qua bản tiếng Anh (thứ cấp); lời văn cho cá nhân chưa thấy (kiểm tra 12/2026: hạ từ "đã đối chiếu").',
        en: 'Wording for collectives seen only in an English reproduction (secondary); for individuals not seen (December 2026 audit: downgraded from verified).',
      },
    },
    {
      from: '2025-08-30',
      value: 20,
      citations: [{ document: 'qd-366-2025', article: '11', clause: '1', point: '1.5' }],
      confidence: 'verified',
    },
  ],
});

/** The raised share for an organization with outstanding achievements (25 %, QĐ 366 only; null before). */
export const outstandingQuotaPercent = defineParameter<number | null>({
  id: 'ranking.quota.outstandingPercentOfGood',
  title: {
    vi: 'Tỷ lệ HTXS tối đa cho đơn vị có thành tích nổi trội (%)',
    en: 'Largest "excellent" share for outstanding units (%)',
  },
  unit: 'percent',
  values: [
    // "No 25 % exception before QĐ 366" is an inference from its absence: secondary.
    ...overRegimes({ from: '2019-10-18', to: '2025-08-29', topics: ['reviewGuidance'] }, (d) => ({
      value: null,
      citations: [{ document: d.reviewGuidance === 'hd-21-2019' ? 'hd-21-2019' : 'qd-124-2023' }],
      confidence: 'secondary' as const,
      note: { vi: 'Không thấy ngoại lệ nào trước QĐ 366.', en: 'No exception seen before QĐ 366.' },
    })),
    {
      from: '2025-08-30',
      value: 25,
      citations: [{ document: 'qd-366-2025', article: '11', clause: '1', point: '1.5' }],
      confidence: 'verified',
    },
  ],
});

/** The point bands of the 100-point scale (QĐ 366): lowest score of excellent, good and completed. */
export const pointBands = defineParameter<{ excellent: number; good: number; completed: number }>({
  id: 'ranking.points.bands',
  title: { vi: 'Ngưỡng điểm các mức xếp loại (thang 100)', en: 'Point bands of the levels (100-point scale)' },
  unit: 'points',
  values: [
    {
      from: '2025-08-30',
      value: { excellent: 90, good: 70, completed: 50 },
      citations: [{ document: 'qd-366-2025', article: '11', clause: '1-4' }],
      confidence: 'verified',
    },
  ],
});

/**
 * Stretches of 2019-10-18 → 2025-08-29 with the texts that left only exempted members out of the ranking: the
 * implementing regulation in force (point 7.2; QĐ 45 point 14.2 c had the wording, QĐ 29 / QĐ 24 / QĐ 232 are
 * believed to keep it) and the ranking guidance (HD 21, then QĐ 124).
 */
export function scopeBefore366<T extends { citations: readonly Citation[]; confidence: Confidence }>(
  make: (citations: Citation[]) => T,
) {
  return overRegimes({ from: '2019-10-18', to: '2025-08-29', topics: ['charterRegulation', 'reviewGuidance'] }, (d) =>
    make([
      { document: d.charterRegulation!, point: '7.2' },
      { document: d.reviewGuidance === 'hd-21-2019' ? 'hd-21-2019' : 'qd-124-2023' },
    ]),
  );
}

/** Months since admission below which a new member is not ranked (QĐ 366: 6). */
export const newMemberMonths = defineParameter<number | null>({
  id: 'ranking.scope.newMemberMonths',
  title: {
    vi: 'Đảng viên mới kết nạp chưa đủ số tháng thì không xếp loại',
    en: 'Months since admission before ranking',
  },
  unit: 'months',
  values: [
    ...scopeBefore366((review) => ({
      value: null,
      citations: review,
      confidence: 'secondary' as const,
      note: {
        vi: 'Trước QĐ 366 chỉ đảng viên được miễn sinh hoạt không xếp loại.',
        en: 'Before QĐ 366 only exempted members are left out.',
      },
    })),
    {
      from: '2025-08-30',
      value: 6,
      citations: [{ document: 'qd-366-2025', article: '5', clause: '2', point: '2.1' }],
      confidence: 'verified',
    },
  ],
});

/** Every ranking parameter. */
export const rankingParameters = [
  rankingRegimeParameter,
  excellentQuotaPercent,
  outstandingQuotaPercent,
  pointBands,
  newMemberMonths,
] as const;
