import type { CivilDate } from '../../date/civil-date.js';
import { defineRuleFor, type RuleContext } from '../../kernel/rule.js';
import { overRegimes } from '../../legal/regimes.js';
import type { Member } from '../../model/member.js';
import type { Organization } from '../../model/organization.js';
import { organizationAt } from '../../records/tree.js';
import { THREE_LEVEL_REGULATION, threeLevelsFrom } from '../regime.js';
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
 * the level directly above grassroots organizations (QĐ 294 pilot), which it was not before. From QĐ 208 (26/7/2026,
 * reported) commune-level committees are themselves grassroots organizations directly under the province.
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
    // QĐ 294 (read), then QĐ 20 (April–July 2026, content not seen: carried over), then QĐ 208 (26/7/2026): commune
    // committees become grassroots organizations whose standing committee decides (reported, secondary).
    ...overRegimes({ from: '2025-07-01', to: null, topics: ['charterRegulation'] }, (d) =>
      d.charterRegulation === 'qd-294-2025'
        ? {
            citations: [
              { document: 'qd-294-2025', point: '4.3.2' },
              { document: 'qd-294-2025', point: '10.2' },
            ],
            confidence: 'verified' as const,
          }
        : d.charterRegulation === THREE_LEVEL_REGULATION
          ? {
              citations: [{ document: THREE_LEVEL_REGULATION }],
              confidence: 'secondary' as const,
              note: {
                vi: 'Theo các nguồn không chính thức về QĐ 208-QĐ/TW: Đảng có ba cấp (Trung ương, tỉnh, cơ sở); đảng bộ xã, phường, đặc khu là tổ chức cơ sở đảng trực thuộc tỉnh; ban thường vụ đảng ủy cơ sở quyết định kết nạp. Quyết định ghi cấp xã (nay là cơ sở) hoặc cấp cơ sở đều hợp lệ; cấp huyện vẫn không còn.',
                en: 'Per unofficial sources on QĐ 208-QĐ/TW: three levels (Centre, province, grassroots); commune, ward and special-zone party organizations are grassroots organizations under the province; the standing committee of the grassroots committee decides admission. A decision naming the commune level (now grassroots) or the grassroots level is valid; the district level stays gone.',
              },
            }
          : {
              citations: [
                { document: d.charterRegulation!, carriedOverFrom: { document: 'qd-294-2025', point: '4.3.2' } },
                { document: d.charterRegulation!, carriedOverFrom: { document: 'qd-294-2025', point: '10.2' } },
              ],
              confidence: 'carried-over' as const,
              note: {
                vi: 'Mang sang từ 294-QĐ/TW: chưa thấy trong văn bản thay thế, chưa phải "đã đối chiếu".',
                en: 'Carried over from 294-QĐ/TW: not seen in the text that replaced it, so not verified.',
              },
            },
    ),
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
    {
      title: {
        vi: 'Ban thường vụ đảng ủy xã (nay là cơ sở) quyết định sau 26/7/2026',
        en: 'Commune (now grassroots) standing committee decides after 26/7/2026',
      },
      record: memberWith([
        {
          type: 'admissionDecision',
          date: '2026-10-05',
          authority: { level: 'grassroots', body: 'standingCommittee' },
        },
      ]),
      expect: [],
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

/**
 * `organization.communeGrassroots`: from QĐ 208-QĐ/TW (26/7/2026, reported by unofficial sources) the commune, ward
 * and special-zone party organizations are grassroots organizations directly under the province, no longer the
 * level directly above grassroots. A commune-level organization that the dated tree still records as a superior
 * committee on that day gets a notice, not an error: communes carried the change out over the following months (a
 * commune register of 30/9/2026 ends its intermediate committees from that day), and the text was not seen.
 */
export const organizationCommuneGrassroots = defineRuleFor<Organization>()({
  id: 'organization.communeGrassroots',
  family: 'lifecycle',
  title: {
    vi: 'Đảng bộ xã, phường, đặc khu là tổ chức cơ sở đảng từ QĐ 208 (2026)',
    en: 'Commune-level party organizations are grassroots from QĐ 208 (2026)',
  },
  description: {
    vi: 'Theo các nguồn không chính thức về QĐ 208-QĐ/TW (26/7/2026), đảng bộ xã, phường, đặc khu là tổ chức cơ sở đảng trực thuộc tỉnh ủy, thành ủy; cây tổ chức nên ghi giai đoạn mới với loại "đảng bộ cơ sở".',
    en: 'Per unofficial sources on QĐ 208-QĐ/TW (26/7/2026), commune, ward and special-zone party organizations are grassroots organizations under the province; the organization tree should record a new period typed as a grassroots committee.',
  },
  severity: 'info',
  appliesTo: ['organization'],
  messages: {
    stillSuperior: {
      vi: 'Tổ chức "{name}" cấp xã vẫn được ghi là cấp trên trực tiếp của tổ chức cơ sở đảng vào ngày {actDate}; theo QĐ 208-QĐ/TW (nguồn không chính thức) đảng bộ xã là tổ chức cơ sở đảng: nên ghi giai đoạn mới (loại đảng bộ cơ sở) từ ngày thực hiện.',
      en: 'Commune-level organization "{name}" is still recorded as the level directly above grassroots on {actDate}; under QĐ 208-QĐ/TW (unofficial sources) commune committees are grassroots organizations: record a new period (grassroots committee) from the day it took effect.',
    },
  },
  select: (o) => {
    const from = threeLevelsFrom();
    // judged on the regulation's first day, or on the organization's first day if later
    const actDate = o.validFrom && o.validFrom > from ? o.validFrom : from;
    return { value: o, actDate, path: ['type'] };
  },
  versions: [{ from: threeLevelsFrom(), citations: [{ document: THREE_LEVEL_REGULATION }], confidence: 'secondary' }],
  check(ctx) {
    const at = organizationAt(ctx.record, ctx.actDate);
    if (at && at.type === 'superiorCommittee' && at.administrativeLevel === 'commune')
      ctx.report('stillSuperior', { facts: { name: at.name } });
  },
  examples: [
    {
      title: { vi: 'Đảng bộ phường ghi giai đoạn mới', en: 'Ward committee with a new period' },
      record: {
        kind: 'organization',
        id: 'DU-P1',
        name: 'Đảng bộ phường Hải Châu',
        type: 'superiorCommittee',
        administrativeLevel: 'commune',
        validFrom: '2025-07-01',
        periods: [{ from: '2026-07-26', type: 'grassrootsCommittee' }],
      },
      expect: [],
    },
    {
      title: { vi: 'Đảng bộ phường chưa đổi loại', en: 'Ward committee not yet re-typed' },
      record: {
        kind: 'organization',
        id: 'DU-P1',
        name: 'Đảng bộ phường Hải Châu',
        type: 'superiorCommittee',
        administrativeLevel: 'commune',
        validFrom: '2025-07-01',
      },
      expect: ['stillSuperior'],
    },
  ],
});
