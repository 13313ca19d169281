import { defineRule, type RuleVersion } from '../../kernel/rule.js';
import { activeEntries, examplePlan, indexPlan, planAtApproval } from './plan-shared.js';

// `satisfies` (not an annotation) so that the rules below infer their parameter map instead of reading `any` here.
const VERSIONS = [
  {
    from: '2021-12-27',
    to: '2025-10-07',
    citations: [{ document: 'qd-50-2021' }],
    confidence: 'secondary',
    note: {
      vi: 'Cùng con số với QĐ 377 (nguồn thứ cấp cho QĐ 50).',
      en: 'Same figures as QĐ 377 (secondary source for QĐ 50).',
    },
  },
  { from: '2025-10-08', citations: [{ document: 'qd-377-2025' }], confidence: 'verified' },
] satisfies readonly RuleVersion[];

const MAX = 3;
const five = ['A', 'B', 'C', 'D'].map((cadreId) => ({ cadreId, postId: 'PBT' }));

/**
 * `cadre.plan.perPost`: at most three cadres planned for one leadership post. The issue names the entries beyond the
 * third, in list order.
 */
export const planPerPost = defineRule({
  id: 'cadre.plan.perPost',
  family: 'cadre',
  title: { vi: 'Mỗi chức danh quy hoạch không quá 3 cán bộ', en: 'At most three cadres per planned post' },
  severity: 'error',
  appliesTo: ['cadrePlan'],
  messages: {
    tooMany: {
      vi: 'Chức danh {postId} có {count} cán bộ quy hoạch (tối đa {max}); vượt: {extra}.',
      en: 'Post {postId} has {count} planned cadres (at most {max}); over: {extra}.',
    },
  },
  select: planAtApproval,
  versions: VERSIONS,
  check(ctx) {
    const byPost = new Map<string, { index: number; cadreId: string }[]>();
    for (const { entry, index } of activeEntries(ctx.record)) {
      const list = byPost.get(entry.postId) ?? [];
      list.push({ index, cadreId: entry.cadreId });
      byPost.set(entry.postId, list);
    }
    for (const [postId, list] of byPost) {
      if (list.length <= MAX) continue;
      const extra = list.slice(MAX);
      ctx.report('tooMany', {
        path: ['entries', extra[0]!.index],
        facts: {
          postId,
          count: list.length,
          max: MAX,
          extra: extra.map((e) => e.cadreId),
          extraIndexes: extra.map((e) => e.index),
        },
        args: { postId, count: list.length, max: MAX, extra: extra.map((e) => e.cadreId).join(', ') },
      });
    }
  },
  examples: [
    {
      title: { vi: '3 cán bộ cho một chức danh', en: 'Three for one post' },
      record: examplePlan(five.slice(0, 3)),
      expect: [],
    },
    {
      title: { vi: '4 cán bộ cho một chức danh', en: 'Four for one post' },
      record: examplePlan(five),
      expect: ['tooMany'],
    },
  ],
});

/** `cadre.plan.perPerson`: one cadre is planned for at most three posts at the same level. */
export const planPerPerson = defineRule({
  id: 'cadre.plan.perPerson',
  family: 'cadre',
  title: {
    vi: 'Một cán bộ quy hoạch không quá 3 chức danh cùng cấp',
    en: 'At most three posts per cadre at one level',
  },
  severity: 'error',
  appliesTo: ['cadrePlan'],
  messages: {
    tooMany: {
      vi: 'Cán bộ {cadreId} được quy hoạch {count} chức danh cùng cấp {level} (tối đa {max}); vượt: {extra}.',
      en: 'Cadre {cadreId} is planned for {count} posts at level {level} (at most {max}); over: {extra}.',
    },
  },
  select: planAtApproval,
  versions: VERSIONS,
  check(ctx) {
    const { posts } = indexPlan(ctx.record);
    const byKey = new Map<string, { index: number; postId: string }[]>();
    for (const { entry, index } of activeEntries(ctx.record)) {
      const level = posts.get(entry.postId)?.level ?? '';
      const key = `${entry.cadreId}\u0000${level}`;
      const list = byKey.get(key) ?? [];
      list.push({ index, postId: entry.postId });
      byKey.set(key, list);
    }
    for (const [key, list] of byKey) {
      if (list.length <= MAX) continue;
      const [cadreId, level] = key.split('\u0000') as [string, string];
      const extra = list.slice(MAX);
      ctx.report('tooMany', {
        path: ['entries', extra[0]!.index],
        facts: { cadreId, level: level || null, count: list.length, max: MAX, extra: extra.map((e) => e.postId) },
        args: {
          cadreId,
          level: level || '—',
          count: list.length,
          max: MAX,
          extra: extra.map((e) => e.postId).join(', '),
        },
      });
    }
  },
  examples: [
    {
      title: { vi: '3 chức danh', en: 'Three posts' },
      record: examplePlan(['BT', 'PBT', 'CT'].map((postId) => ({ cadreId: 'A', postId }))),
      expect: [],
    },
    {
      title: { vi: '4 chức danh cùng cấp', en: 'Four posts at one level' },
      record: examplePlan(
        ['BT', 'PBT', 'CT', 'PCT'].map((postId) => ({ cadreId: 'A', postId })),
        [{ id: 'A', currentPostRank: 0 }],
      ),
      expect: ['tooMany'],
    },
  ],
});
