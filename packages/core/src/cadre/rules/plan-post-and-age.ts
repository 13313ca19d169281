import { defineParameter } from '../../kernel/parameter.js';
import { defineRule, type Subject } from '../../kernel/rule.js';
import type { CadrePlan, PlanEntry } from '../model/plan.js';
import { serviceMonthsLeft } from '../model/service.js';
import { activeEntries, ageReferenceDate, examplePlan, indexPlan } from './plan-shared.js';

function* eachActiveEntry(plan: CadrePlan): Iterable<Subject<PlanEntry>> {
  for (const { entry, index } of activeEntries(plan))
    yield { value: entry, actDate: plan.approvedOn, path: ['entries', index] };
}

/** `cadre.plan.higherPost`: only posts higher than the one the cadre holds are planned. */
export const planHigherPost = defineRule({
  id: 'cadre.plan.higherPost',
  family: 'cadre',
  title: { vi: 'Chỉ quy hoạch chức danh cao hơn', en: 'Only higher posts are planned' },
  severity: 'error',
  appliesTo: ['cadrePlan'],
  messages: {
    notHigher: {
      vi: 'Cán bộ {cadreId} đang giữ chức vụ bậc {currentRank}, được quy hoạch chức danh {postId} bậc {postRank}: không phải chức danh cao hơn.',
      en: 'Cadre {cadreId} holds a rank {currentRank} post and is planned for {postId} (rank {postRank}): not a higher post.',
    },
  },
  select: eachActiveEntry,
  versions: [
    { from: '2021-12-27', to: '2025-10-07', citations: [{ document: 'qd-50-2021' }], confidence: 'secondary' },
    { from: '2025-10-08', citations: [{ document: 'qd-377-2025' }], confidence: 'verified' },
  ],
  check(ctx) {
    const e = ctx.subject;
    const { cadres, posts } = indexPlan(ctx.record);
    const post = posts.get(e.postId);
    const currentRank = e.currentPostRank ?? cadres.get(e.cadreId)?.currentPostRank;
    if (!post || currentRank === undefined || post.rank > currentRank) return;
    ctx.report('notHigher', {
      path: [...ctx.subjectPath, 'postId'],
      facts: { cadreId: e.cadreId, postId: e.postId, currentRank, postRank: post.rank },
    });
  },
  examples: [
    {
      title: { vi: 'Chức danh cao hơn', en: 'Higher post' },
      record: examplePlan([{ cadreId: 'A', postId: 'PBT' }]),
      expect: [],
    },
    {
      title: { vi: 'Chức danh ngang', en: 'Same rank' },
      record: examplePlan([{ cadreId: 'A', postId: 'PCT' }]),
      expect: ['notHigher'],
    },
  ],
});

/** Service left a planned cadre needs at the age reference date, by planning target (đối tượng 1 / 2), in months. */
export const planMinServiceMonths = defineParameter<{ target1: number; target2: number }>({
  id: 'cadre.plan.minServiceMonths',
  title: {
    vi: 'Thời gian công tác còn lại tối thiểu khi quy hoạch (tháng)',
    en: 'Service left needed to be planned (months)',
  },
  unit: 'months',
  values: [
    {
      from: '2021-12-27',
      to: '2025-10-07',
      value: { target1: 60, target2: 60 },
      citations: [{ document: 'qd-50-2021' }],
      confidence: 'secondary',
      note: { vi: 'Trọn ít nhất một nhiệm kỳ kế tiếp.', en: 'At least one full next term.' },
    },
    {
      from: '2025-10-08',
      to: '2025-11-20',
      value: { target1: 60, target2: 120 },
      citations: [{ document: 'qd-377-2025', article: '25', clause: '2' }],
      confidence: 'verified',
    },
    {
      from: '2025-11-21',
      value: { target1: 60, target2: 120 },
      citations: [
        { document: 'qd-377-2025', article: '25', clause: '2' },
        { document: 'hd-45-2025', section: 'Mục II.5.2' },
      ],
      confidence: 'verified',
      note: {
        vi: 'HD 45 mục II.5.2 (độ tuổi quy hoạch); trước đây dẫn nhầm mục II.4.2.',
        en: 'HD 45 section II.5.2 (planning age); formerly mis-cited as II.4.2.',
      },
    },
  ],
});

/**
 * `cadre.plan.age`: a planned cadre must have enough service left at the age reference date (the start of the
 * planned term for next-term planning): one full term (60 months) under QĐ 50; 60 months for target 1 and 120 months
 * for target 2 under QĐ 377. Retirement age by the NĐ 135/2020 roadmap, or the cadre's own when given.
 */
export const planAge = defineRule({
  id: 'cadre.plan.age',
  family: 'cadre',
  title: { vi: 'Tuổi quy hoạch: đủ thời gian công tác còn lại', en: 'Planning age: enough service left' },
  severity: 'error',
  appliesTo: ['cadrePlan'],
  parameters: { min: planMinServiceMonths },
  messages: {
    tooOld: {
      vi: 'Cán bộ {cadreId} (sinh {birthDate}) đến {at} chỉ còn {left} tháng công tác (cần ít nhất {min} tháng cho đối tượng {target}).',
      en: 'Cadre {cadreId} (born {birthDate}) has only {left} months of service left at {at} ({min} needed for target {target}).',
    },
  },
  select: eachActiveEntry,
  versions: [
    { from: '2021-12-27', to: '2025-10-07', citations: [{ document: 'qd-50-2021' }], confidence: 'verified' },
    {
      from: '2025-10-08',
      citations: [{ document: 'qd-377-2025', article: '25', clause: '2' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const e = ctx.subject;
    const cadre = indexPlan(ctx.record).cadres.get(e.cadreId);
    if (!cadre) return;
    const at = ageReferenceDate(ctx.record);
    const target = e.target ?? 1;
    const min = target === 2 ? ctx.params.min.target2 : ctx.params.min.target1;
    const left = serviceMonthsLeft(cadre, at);
    if (left < min)
      ctx.report('tooOld', { facts: { cadreId: e.cadreId, birthDate: cadre.birthDate, at, left, min, target } });
  },
  examples: [
    {
      title: { vi: 'Sinh 1985, nhiệm kỳ 2030', en: 'Born 1985, term from 2030' },
      record: examplePlan([{ cadreId: 'A', postId: 'PBT' }]),
      expect: [],
    },
    {
      title: { vi: 'Sinh 1970, nhiệm kỳ 2030', en: 'Born 1970, term from 2030' },
      record: examplePlan([{ cadreId: 'A', postId: 'PBT' }], [{ id: 'A', birthDate: '1970-01-01' }]),
      expect: ['tooOld'],
    },
  ],
});
