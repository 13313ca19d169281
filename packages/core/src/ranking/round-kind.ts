import { LIBRARY } from '../kernel/engine.js';
import { defineRecordKind } from '../kernel/record-kind.js';
import type { DerivedFact, FactValue } from '../kernel/types.js';
import { type RankingRound, rankingRoundSchema } from './model/round.js';
import { RANKING_REGIME_WINDOWS, roundRegime } from './regime.js';
import { rankingSummary } from './summary.js';

/**
 * The `rankingRound` record kind (đợt kiểm điểm, đánh giá, xếp loại chất lượng). Derived facts: the regime and the
 * level table (`rankingSummary`).
 */
export const rankingRoundKind = defineRecordKind<RankingRound>({
  kind: 'rankingRound',
  title: { vi: 'Đợt đánh giá, xếp loại chất lượng hằng năm', en: 'Annual quality ranking round' },
  schema: rankingRoundSchema,
  idOf: (r) => r.id ?? `${r.organization.id}/${r.year}`,
  derive(r, ctx): DerivedFact[] {
    const regime = roundRegime(r);
    const provenance = { source: 'core', version: LIBRARY.version } as const;
    const summary = rankingSummary(r);
    return [
      {
        record: ctx.record,
        name: 'ranking.regime',
        value: regime ?? null,
        label: ctx.locale === 'vi' ? 'Chế độ xếp loại' : 'Ranking regime',
        citations: regime ? RANKING_REGIME_WINDOWS[regime].basis : [],
        provenance,
      },
      {
        record: ctx.record,
        name: 'ranking.summary',
        value: summary as unknown as FactValue,
        label: ctx.locale === 'vi' ? 'Kết quả xếp loại theo mức' : 'Results by level',
        citations: regime ? RANKING_REGIME_WINDOWS[regime].basis : [],
        provenance,
      },
    ];
  },
});
