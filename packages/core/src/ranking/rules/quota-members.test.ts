import { memberQuota } from './quota-members.js';
import { levels, rankingTester, round } from './test-kit.js';

const inOrg = (org: string, good: number, excellent: number) =>
  levels(good, excellent).map((m) => ({ ...m, memberId: `${org}-${m.memberId}`, grassrootsOrganization: org }));
const inGroup = (group: string, good: number, excellent: number) =>
  levels(good, excellent).map((m) => ({ ...m, memberId: `${group}-${m.memberId}`, group }));

rankingTester().run(memberQuota, {
  valid: [
    { name: '10 HTT allow 2 HTXS (QĐ 366)', record: round(2025, levels(10, 2)) },
    { name: '9 HTT allow 1 HTXS (QĐ 124)', record: round(2024, levels(9, 1)) },
    { name: '0 HTT, 0 HTXS (HD 21)', record: round(2020, levels(0, 0)) },
    {
      name: 'HD 21: each grassroots organization has its own quota',
      record: round(2022, [...inOrg('A', 5, 1), ...inOrg('B', 5, 1)]),
    },
    {
      name: 'QĐ 366: each group has its own quota',
      record: round(2025, [...inGroup('lead', 5, 1), ...inGroup('staff', 10, 2)]),
    },
    {
      name: 'QĐ 366: outstanding group may reach 25 % (8 HTT allow 2)',
      record: round(2025, inGroup('g', 8, 2), { groups: [{ id: 'g', outstanding: true }] }),
    },
    {
      name: 'QĐ 366: a whole outstanding unit (4 HTT allow 1)',
      record: round(2025, levels(4, 1), { outstanding: true }),
    },
    {
      name: 'explicit regime hd21 for 2025 uses HD 21 units (groups ignored)',
      record: round(2025, [...inGroup('a', 0, 1), ...inGroup('b', 5, 0)], { regime: 'hd21' }),
    },
    {
      name: 'HD 21: groups are ignored, the grassroots organization counts',
      record: round(2022, [...inGroup('a', 0, 1), ...inGroup('b', 5, 0)]),
    },
  ],
  invalid: [
    {
      name: '9 HTT, 2 HTXS: one too many, the last one blamed',
      record: round(2025, levels(9, 2)),
      errors: [
        {
          messageId: 'overQuota',
          path: ['members', 10, 'level'],
          facts: { allowed: 1, surplus: 1, excellent: 2, good: 9, blamed: ['X2'], blamedIndexes: [10] },
        },
      ],
    },
    {
      name: '0 HTT allow 0 HTXS',
      record: round(2024, levels(0, 2)),
      errors: [{ messageId: 'overQuota', facts: { allowed: 0, surplus: 2, blamed: ['X1', 'X2'] } }],
    },
    {
      name: 'QĐ 124: no 25 % exception yet (8 HTT allow 1)',
      record: round(2024, inGroup('g', 8, 2), { groups: [{ id: 'g', outstanding: true }] }),
      errors: [{ messageId: 'overQuota', facts: { percent: 20, allowed: 1, surplus: 1 } }],
    },
    {
      name: 'QĐ 124: groups of similar roles each checked (one over)',
      record: round(2023, [...inGroup('a', 0, 1), ...inGroup('b', 5, 0)]),
      errors: [{ messageId: 'overQuota', facts: { group: 'a', surplus: 1, blamed: ['a-X1'] } }],
    },
    {
      name: 'HD 21: grassroots organizations each checked',
      record: round(2021, [...inOrg('A', 5, 3), ...inOrg('B', 10, 2)]),
      errors: [{ messageId: 'overQuota', facts: { group: 'A', allowed: 1, surplus: 2, blamed: ['A-X2', 'A-X3'] } }],
    },
    {
      name: 'English message names the surplus',
      record: round(2025, levels(5, 2)),
      errors: [{ messageId: 'overQuota', locale: 'en', message: 'by 1: X2' }],
    },
  ],
});
