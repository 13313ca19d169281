import { completedMonths } from '../../date/completed-period.js';
import { defineRuleFor, wholeRecord } from '../../kernel/rule.js';
import { ageReferenceDate } from '../model/age.js';
import type { PersonnelPlan } from '../model/plan.js';
import { committeeStructure } from '../parameters.js';
import { examplePlan } from './select.js';

const parameters = { targets: committeeStructure };

const TARGET_NAMES = {
  youngPercent: { vi: 'cán bộ trẻ', en: 'young cadres' },
  womenPercent: { vi: 'nữ', en: 'women' },
  ethnicMinorityPercent: { vi: 'người dân tộc thiểu số', en: 'ethnic-minority members' },
} as const;

/**
 * `congress.personnel.structure`: the committee candidates of a plan meet the structure targets — young cadres
 * (under the age the parameter sets, at the age reference date), women, ethnic minorities — that the plan declares
 * or that a province's plugin sets on the `congress.personnel.structure` parameter; and there are at least as many
 * candidates as seats. Central figures are encoded only where a source was seen (2020–2025: under 40 at least 10%
 * at provincial and district level, secondary); elsewhere the parameter is empty and only local targets apply.
 */
export const personnelStructure = defineRuleFor<PersonnelPlan>()({
  id: 'congress.personnel.structure',
  family: 'congress',
  title: { vi: 'Cơ cấu nhân sự cấp ủy đạt chỉ tiêu', en: 'Committee candidates meet the structure targets' },
  description: {
    vi: 'Tỷ lệ cán bộ trẻ, nữ, người dân tộc thiểu số trong danh sách nhân sự cấp ủy đạt chỉ tiêu của đề án hoặc của tỉnh (plugin); số nhân sự không ít hơn số lượng cấp ủy.',
    en: "Young, women and ethnic-minority shares among committee candidates meet the plan's or the province's targets (plugin); no fewer candidates than seats.",
  },
  severity: 'warning',
  appliesTo: ['personnelPlan'],
  parameters,
  messages: {
    belowTarget: {
      vi: 'Tỷ lệ {group} trong danh sách nhân sự cấp ủy là {shareVi}% ({count}/{total}), dưới chỉ tiêu {target}%.',
      en: 'The share of {groupEn} among committee candidates is {share}% ({count}/{total}), below the {target}% target.',
    },
    fewerCandidatesThanSeats: {
      vi: 'Đề án có {total} nhân sự cấp ủy cho {seats} vị trí.',
      en: 'The plan has {total} committee candidates for {seats} seats.',
    },
  },
  select: (p) => wholeRecord(p, p.congressOn),
  versions: [
    {
      from: '2019-10-25',
      to: '2024-06-13',
      citations: [{ document: 'ct-35-2019' }, { document: 'kl-60-2019' }],
      confidence: 'secondary',
    },
    { from: '2024-06-14', to: '2025-04-13', citations: [{ document: 'ct-35-2024' }], confidence: 'recalled' },
    { from: '2025-04-14', citations: [{ document: 'ct-45-2025' }], confidence: 'recalled' },
  ],
  check(ctx) {
    const p = ctx.record;
    const committee = p.candidates.filter((c) => c.posts.includes('committee'));
    const total = committee.length;
    if (p.committeeSize !== undefined && total < p.committeeSize)
      ctx.report('fewerCandidatesThanSeats', { path: ['candidates'], facts: { total, seats: p.committeeSize } });
    if (total === 0) return;
    const at = ageReferenceDate(p).date;
    const t = ctx.params.targets;
    const counts = {
      youngPercent: committee.filter((c) => completedMonths(c.birthDate, at) < t.youngUnderAge * 12).length,
      womenPercent: committee.filter((c) => c.sex === 'female').length,
      ethnicMinorityPercent: committee.filter((c) => c.ethnicMinority).length,
    };
    for (const key of ['youngPercent', 'womenPercent', 'ethnicMinorityPercent'] as const) {
      const target = p.targets?.[key] ?? t[key];
      if (target == null) continue;
      const count = counts[key];
      if (count * 100 >= target * total) continue;
      const share = Math.round((count * 10000) / total) / 100;
      const shareVi = String(share).replace('.', ',');
      ctx.report('belowTarget', {
        path: ['targets', key],
        facts: { target: key, count, total, share, targetPercent: target },
        args: { group: TARGET_NAMES[key].vi, groupEn: TARGET_NAMES[key].en, share, shareVi, count, total, target },
      });
    }
  },
  examples: [
    {
      title: { vi: 'Nữ 1/3 đạt chỉ tiêu 30%', en: 'Women 1 of 3 meets 30%' },
      record: examplePlan(
        [
          { id: 'A', birthDate: '1975-02-01', sex: 'female', firstTime: true },
          { id: 'B', birthDate: '1972-02-01', sex: 'male', firstTime: false },
          { id: 'C', birthDate: '1985-02-01', sex: 'male', firstTime: true },
        ],
        { targets: { womenPercent: 30 } },
      ),
      expect: [],
    },
    {
      title: { vi: 'Không có nữ, chỉ tiêu 15%', en: 'No women, 15% target' },
      record: examplePlan(
        [
          { id: 'B', birthDate: '1972-02-01', sex: 'male', firstTime: false },
          { id: 'C', birthDate: '1985-02-01', sex: 'male', firstTime: true },
        ],
        { targets: { womenPercent: 15 } },
      ),
      expect: ['belowTarget'],
    },
  ],
});
