import { defineRuleFor } from '../../kernel/rule.js';
import { overRegimes } from '../../legal/regimes.js';
import type { RankingRound } from '../model/round.js';
import { RANKING_REGIME_WINDOWS, regimeForYear } from '../regime.js';
import { exampleRound } from './select.js';

const NAMES = { hd21: 'QĐ 132 + HD 21', qd124: 'QĐ 124 + HD 25', qd366: 'QĐ 366 + HD 43' } as const;

/**
 * `ranking.round.regime`: the year ranked chooses the regime. A round that names a regime other than its year's, or
 * a year before HD 21-HD/BTCTW (2019) that these rules do not cover, is flagged instead of being checked silently
 * against the wrong rules.
 */
export const roundRegimeRule = defineRuleFor<RankingRound>()({
  id: 'ranking.round.regime',
  family: 'ranking',
  title: { vi: 'Chế độ xếp loại theo năm đánh giá', en: 'Ranking regime follows the year ranked' },
  description: {
    vi: 'Năm 2019–2022: QĐ 132 + HD 21; năm 2023–2024: QĐ 124 + HD 25; từ năm 2025: QĐ 366 + HD 43 (thang 100 điểm).',
    en: 'Years 2019–2022: QĐ 132 + HD 21; 2023–2024: QĐ 124 + HD 25; from 2025: QĐ 366 + HD 43 (100-point scale).',
  },
  severity: 'warning',
  appliesTo: ['rankingRound'],
  messages: {
    mismatch: {
      vi: 'Năm {year} được xếp loại theo {expected}, nhưng đợt xếp loại ghi chế độ {given}; các quy tắc của {given} được áp dụng.',
      en: 'Year {year} is ranked under {expected}, but the round names {given}; the rules of {given} are applied.',
    },
    uncovered: {
      vi: 'Năm {year} trước HD 21-HD/BTCTW (18/10/2019): thư viện chưa có quy tắc cho năm này, đợt xếp loại không được kiểm tra.',
      en: 'Year {year} predates HD 21-HD/BTCTW (18/10/2019): no rules for that year, the round is not checked.',
    },
  },
  // The regime choice is judged at the reporting date: it must speak even for years no regime covers.
  select: (r) => ({ value: r, actDate: 'asOf', path: ['regime'] }),
  versions: [
    // Judged at the reporting date: each version cites the texts in force then (QĐ 366 Điều 19 for its transition).
    ...overRegimes(
      { from: RANKING_REGIME_WINDOWS.hd21.from, to: null, topics: ['reviewRegulation', 'reviewGuidance'] },
      (d) => ({
        citations: [
          d.reviewRegulation === 'qd-366-2025'
            ? { document: 'qd-366-2025', article: '19' }
            : { document: d.reviewRegulation! },
          { document: d.reviewGuidance! },
        ],
        confidence: 'verified' as const,
      }),
    ),
  ],
  check(ctx) {
    const r = ctx.record;
    const expected = regimeForYear(r.year);
    if (!expected) {
      if (!r.regime) ctx.report('uncovered', { path: ['year'], facts: { year: r.year } });
      return;
    }
    if (r.regime && r.regime !== expected)
      ctx.report('mismatch', {
        facts: { year: r.year, expected, given: r.regime },
        args: { year: r.year, expected: NAMES[expected], given: NAMES[r.regime] },
      });
  },
  examples: [
    {
      title: { vi: 'Năm 2025 theo QĐ 366', en: '2025 under QĐ 366' },
      record: exampleRound(2025, [], { regime: 'qd366' }),
      expect: [],
    },
    {
      title: { vi: 'Năm 2025 ghi QĐ 124', en: '2025 naming QĐ 124' },
      record: exampleRound(2025, [], { regime: 'qd124' }),
      expect: ['mismatch'],
    },
  ],
});
