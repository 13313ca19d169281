import { defineRule } from '../../kernel/rule.js';
import { examplePlan, indexPlan, planAtApproval } from './plan-shared.js';

/** `cadre.plan.references`: every entry names a cadre and a post listed in the plan, once. */
export const planReferences = defineRule({
  id: 'cadre.plan.references',
  family: 'cadre',
  title: {
    vi: 'Danh sách quy hoạch tham chiếu đúng cán bộ và chức danh',
    en: 'Plan entries name listed cadres and posts',
  },
  severity: 'error',
  appliesTo: ['cadrePlan'],
  messages: {
    unknownCadre: {
      vi: 'Dòng quy hoạch {index}: không có cán bộ mã {cadreId} trong danh sách cán bộ.',
      en: 'Entry {index}: no cadre {cadreId} in the plan.',
    },
    unknownPost: {
      vi: 'Dòng quy hoạch {index}: không có chức danh mã {postId}.',
      en: 'Entry {index}: no post {postId} in the plan.',
    },
    duplicate: {
      vi: 'Cán bộ {cadreId} được quy hoạch vào chức danh {postId} hai lần.',
      en: 'Cadre {cadreId} is planned for {postId} twice.',
    },
  },
  select: planAtApproval,
  versions: [
    { from: '2021-12-27', to: '2022-02-14', citations: [{ document: 'qd-50-2021' }], confidence: 'secondary' },
    {
      from: '2022-02-15',
      to: '2025-10-07',
      citations: [{ document: 'qd-50-2021' }, { document: 'hd-16-2022' }],
      confidence: 'secondary',
    },
    { from: '2025-10-08', to: '2025-11-20', citations: [{ document: 'qd-377-2025' }], confidence: 'verified' },
    {
      from: '2025-11-21',
      citations: [{ document: 'qd-377-2025' }, { document: 'hd-45-2025' }],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const { cadres, posts } = indexPlan(ctx.record);
    const seen = new Set<string>();
    ctx.record.entries.forEach((e, index) => {
      if (!cadres.has(e.cadreId))
        ctx.report('unknownCadre', { path: ['entries', index, 'cadreId'], facts: { index, cadreId: e.cadreId } });
      if (!posts.has(e.postId))
        ctx.report('unknownPost', { path: ['entries', index, 'postId'], facts: { index, postId: e.postId } });
      const key = `${e.cadreId}\u0000${e.postId}`;
      if (seen.has(key))
        ctx.report('duplicate', { path: ['entries', index], facts: { cadreId: e.cadreId, postId: e.postId } });
      seen.add(key);
    });
  },
  examples: [
    { title: { vi: 'Đúng', en: 'Consistent' }, record: examplePlan([{ cadreId: 'A', postId: 'PBT' }]), expect: [] },
    {
      title: { vi: 'Chức danh không có', en: 'Unknown post' },
      record: examplePlan([{ cadreId: 'A', postId: 'GD' }]),
      expect: ['unknownPost'],
    },
  ],
});
