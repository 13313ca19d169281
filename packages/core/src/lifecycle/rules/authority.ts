import type { CivilDate } from '../../date/civil-date.js';
import { defineRuleFor, type RuleContext } from '../../kernel/rule.js';
import { overRegimes } from '../../legal/regimes.js';
import type { Member } from '../../model/member.js';
import type { Organization } from '../../model/organization.js';
import { memberWith } from './common.js';

interface Decided {
  readonly level: string;
  readonly index: number;
  readonly field: 'authority' | 'decidedBy';
}
type Ctx = RuleContext<Member, Decided, 'districtEnded' | 'communeNotYet', Record<never, never>>;

/**
 * `member.decision.authorityLevel`: the level that decides must exist on the date of the decision. District-level
 * committees ended on 30/6/2025; from 1/7/2025 the commune / ward / special-zone committee under the province is
 * the level directly above grassroots organizations (QĐ 294 pilot), which it was not before.
 */
export const decisionAuthorityLevel = defineRuleFor<Member>()({
  id: 'member.decision.authorityLevel',
  family: 'lifecycle',
  title: { vi: 'Cấp ra quyết định tồn tại vào ngày quyết định', en: 'The deciding level exists on the decision date' },
  description: {
    vi: 'Từ 1/7/2025 không còn cấp huyện; đảng ủy xã, phường, đặc khu trực thuộc tỉnh là cấp trên trực tiếp của tổ chức cơ sở đảng.',
    en: 'From 1/7/2025 there is no district level; commune-level committees under the province are directly above grassroots organizations.',
  },
  severity: 'error',
  appliesTo: ['member'],
  messages: {
    districtEnded: {
      vi: 'Quyết định ngày {actDate} ghi cấp huyện, nhưng cấp huyện đã kết thúc hoạt động từ 1/7/2025.',
      en: 'The decision of {actDate} names a district-level committee, but the district level ended on 1/7/2025.',
    },
    communeNotYet: {
      vi: 'Quyết định ngày {actDate} ghi đảng ủy cấp xã là cấp trên cơ sở, điều chỉ áp dụng từ 1/7/2025.',
      en: 'The decision of {actDate} names a commune-level committee as the superior level, which applies only from 1/7/2025.',
    },
  },
  select: (m) =>
    (m.events ?? []).flatMap((e, index) => {
      const a =
        'authority' in e ? e.authority : 'decidedBy' in e && typeof e.decidedBy === 'object' ? e.decidedBy : undefined;
      const field = 'authority' in e ? 'authority' : 'decidedBy';
      return a?.level
        ? [
            {
              value: { level: a.level, index, field } as Decided,
              actDate: e.date as CivilDate,
              path: ['events', index, field, 'level'],
            },
          ]
        : [];
    }),
  versions: [
    // QĐ 29, QĐ 24 and QĐ 232 point 4.3.2: no commune-level committee above grassroots before 1/7/2025.
    ...overRegimes({ from: '2016-07-25', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      citations: [{ document: d.charterRegulation!, point: '4.3.2' }],
      confidence: d.charterRegulation === 'qd-29-2016' ? ('verified' as const) : ('secondary' as const),
      check: (ctx: Ctx) => {
        if (ctx.subject.level === 'commune') ctx.report('communeNotYet');
      },
    })),
    {
      from: '2025-07-01',
      citations: [
        { document: 'qd-294-2025', point: '4.3.2' },
        { document: 'qd-294-2025', point: '10.2' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    if (ctx.subject.level === 'district') ctx.report('districtEnded');
  },
  examples: [
    {
      title: { vi: 'Đảng ủy phường quyết định sau 1/7/2025', en: 'Ward committee decides after 1/7/2025' },
      record: memberWith([
        { type: 'admissionDecision', date: '2025-09-05', authority: { level: 'commune', body: 'standingCommittee' } },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Huyện ủy quyết định sau 1/7/2025', en: 'District committee decides after 1/7/2025' },
      record: memberWith([
        { type: 'admissionDecision', date: '2025-09-05', authority: { level: 'district', body: 'standingCommittee' } },
      ]),
      expect: ['districtEnded'],
    },
  ],
});

/**
 * `organization.districtLevelEnded`: a district-level superior committee cannot be valid after 30/6/2025.
 */
export const organizationDistrictEnded = defineRuleFor<Organization>()({
  id: 'organization.districtLevelEnded',
  family: 'lifecycle',
  title: { vi: 'Cấp ủy cấp huyện kết thúc hoạt động từ 1/7/2025', en: 'District-level committees ended on 1/7/2025' },
  severity: 'error',
  appliesTo: ['organization'],
  messages: {
    stillValid: {
      vi: 'Tổ chức "{name}" cấp huyện vẫn còn hiệu lực sau 30/6/2025 (cần ghi ngày thôi hiệu lực, chậm nhất 30/6/2025).',
      en: 'District-level organization "{name}" is still valid after 30/6/2025 (record the date it ceased, 30/6/2025 at the latest).',
    },
  },
  select: (o) =>
    o.administrativeLevel === 'district' && (!o.validTo || o.validTo > '2025-06-30')
      ? { value: o, actDate: '2025-07-01', path: ['validTo'] }
      : null,
  versions: [
    {
      from: '2025-07-01',
      citations: [
        { document: 'qd-294-2025', point: '10.1' },
        { document: 'qd-294-2025', point: '10.2' },
      ],
      confidence: 'verified',
    },
  ],
  check: (ctx) => ctx.report('stillValid', { facts: { name: ctx.record.name } }),
  examples: [
    {
      title: { vi: 'Huyện ủy kết thúc 30/6/2025', en: 'District committee ended 30/6/2025' },
      record: {
        kind: 'organization',
        id: 'HU-DX',
        name: 'Huyện ủy Duy Xuyên',
        type: 'superiorCommittee',
        administrativeLevel: 'district',
        validTo: '2025-06-30',
      },
      expect: [],
    },
    {
      title: { vi: 'Huyện ủy không có ngày kết thúc', en: 'District committee without an end date' },
      record: {
        kind: 'organization',
        id: 'HU-DX',
        name: 'Huyện ủy Duy Xuyên',
        type: 'superiorCommittee',
        administrativeLevel: 'district',
      },
      expect: ['stillValid'],
    },
  ],
});
