import { completedMonths } from '../../date/completed-period.js';
import { defineRule } from '../../kernel/rule.js';
import { activeEntries, ageReferenceDate, examplePlan, indexPlan, planAtApproval } from './plan-shared.js';

/**
 * `cadre.plan.structure` (warnings on a plan): young cadres (under 45 at central level, under 40 at provincial and
 * district level) at least 15 %, women at least 25 % of the cadres planned. Counted on distinct cadres still in the
 * plan, ages at the age reference date. QĐ 50 figures; assumed carried over by QĐ 377 (RECALLED).
 */
export const planStructure = defineRule({
  id: 'cadre.plan.structure',
  family: 'cadre',
  title: { vi: 'Cơ cấu quy hoạch: cán bộ trẻ, cán bộ nữ', en: 'Plan structure: young cadres and women' },
  severity: 'warning',
  appliesTo: ['cadrePlan'],
  messages: {
    fewYoung: {
      vi: 'Cán bộ trẻ (dưới {age} tuổi) chiếm {share}% ({young}/{total}), dưới mức {target}%.',
      en: 'Young cadres (under {age}) are {share} % ({young}/{total}), under the {target} % target.',
    },
    fewWomen: {
      vi: 'Cán bộ nữ chiếm {share}% ({women}/{total}), dưới mức {target}%.',
      en: 'Women are {share} % ({women}/{total}), under the {target} % target.',
    },
  },
  select: planAtApproval,
  versions: [
    { from: '2021-12-27', to: '2025-10-07', citations: [{ document: 'qd-50-2021' }], confidence: 'verified' },
    {
      from: '2025-10-08',
      citations: [{ document: 'qd-377-2025' }],
      confidence: 'recalled',
      note: { vi: 'Chỉ tiêu của QĐ 50, chưa thấy trong QĐ 377.', en: 'QĐ 50 targets, not seen in QĐ 377.' },
    },
  ],
  check(ctx) {
    const plan = ctx.record;
    const { cadres } = indexPlan(plan);
    const ids = new Set(activeEntries(plan).map((e) => e.entry.cadreId));
    const list = [...ids].flatMap((id) => cadres.get(id) ?? []);
    const total = list.length;
    if (total === 0) return;
    const share = (n: number) => Math.round((n * 1000) / total) / 10;
    const women = list.filter((c) => c.sex === 'female').length;
    if (women * 100 < 25 * total)
      ctx.report('fewWomen', { path: ['cadres'], facts: { women, total, share: share(women), target: 25 } });
    const age = plan.level === 'central' ? 45 : plan.level === 'provincial' || plan.level === 'district' ? 40 : null;
    if (age === null) return;
    const at = ageReferenceDate(plan);
    const young = list.filter((c) => completedMonths(c.birthDate, at) < age * 12).length;
    if (young * 100 < 15 * total)
      ctx.report('fewYoung', { path: ['cadres'], facts: { young, total, share: share(young), target: 15, age } });
  },
  examples: [
    {
      title: { vi: 'Đủ cơ cấu', en: 'Targets met' },
      record: examplePlan(
        [
          { cadreId: 'A', postId: 'PBT' },
          { cadreId: 'B', postId: 'CT' },
        ],
        [{ id: 'B', sex: 'female' }],
      ),
      expect: [],
    },
    {
      title: { vi: 'Không có cán bộ nữ', en: 'No women' },
      record: examplePlan([{ cadreId: 'A', postId: 'PBT' }]),
      expect: ['fewWomen'],
    },
  ],
});
