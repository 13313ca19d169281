import { completedMonths } from '../../date/completed-period.js';
import { defineRule, type RuleContext } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { introducerSharedMonths, youthAgeMaxYears } from '../parameters.js';
import { type EventSubject, eachEvent, lastBefore, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const admissionIntroducersSubjects = eachEvent('admissionVote');

type S = EventSubject<'admissionVote'>;
type Msg = 'route' | 'notOfficial' | 'sharedMonths' | 'residenceNotAccepted' | 'youthRouteAge';
const parameters = { sharedMonths: introducerSharedMonths, youthMaxYears: youthAgeMaxYears };
type Ctx = RuleContext<Member, S, Msg, typeof parameters>;

function judge(ctx: Ctx, residenceAccepted: boolean): void {
  const intro = lastBefore(ctx.record, ctx.subject.index, 'introduction');
  if (!intro) return;
  const list = intro.event.introducers;
  const members = list.filter((i) => i.kind === 'member');
  const unions = list.filter((i) => i.kind !== 'member');
  const path = ['events', intro.index, 'introducers'];
  const routeOk = (members.length >= 2 && unions.length === 0) || (members.length === 1 && unions.length === 1);
  if (!routeOk) ctx.report('route', { path, facts: { members: members.length, organizations: unions.length } });
  list.forEach((i, k) => {
    if (i.kind !== 'member') return;
    const p = [...path, k];
    const name = i.name ?? `#${k + 1}`;
    if (i.official === false) ctx.report('notOfficial', { path: [...p, 'official'], facts: { introducer: name } });
    // Format 2 records the start of the shared work (sharedSince): months are counted to the cell vote.
    const shared = i.sharedSince ? completedMonths(i.sharedSince, ctx.actDate) : i.sharedMonths;
    if (shared !== undefined && shared < ctx.params.sharedMonths && !i.reassigned)
      ctx.report('sharedMonths', {
        path: [...p, i.sharedSince ? 'sharedSince' : 'sharedMonths'],
        facts: {
          introducer: name,
          sharedMonths: shared,
          minMonths: ctx.params.sharedMonths,
          ...(i.sharedSince ? { sharedSince: i.sharedSince } : {}),
        },
      });
    if (i.sharedContext === 'residence' && !residenceAccepted)
      ctx.report('residenceNotAccepted', { path: [...p, 'sharedContext'], facts: { introducer: name } });
  });
  const youth = unions.find((u) => u.kind === 'youthUnion');
  if (youth) {
    const ageMonths = completedMonths(ctx.record.person.birthDate, ctx.actDate);
    if (ageMonths > ctx.params.youthMaxYears * 12)
      ctx.report('youthRouteAge', {
        path: [...path, list.indexOf(youth)],
        severity: 'warning',
        facts: { ageYears: Math.floor(ageMonths / 12), youthMaxYears: ctx.params.youthMaxYears },
      });
  }
}

/**
 * `member.admission.introducers`: two official members who shared work, study (or, since QĐ 24, residence) with
 * the applicant for at least 12 months; or, for the Youth Union / trade-union routes, the grassroots Youth Union
 * (or trade-union) executive plus one official member. Judged at the cell's vote against the last introduction
 * recorded before it.
 */
export const admissionIntroducers = defineRule({
  id: 'member.admission.introducers',
  family: 'lifecycle',
  title: { vi: 'Người giới thiệu người vào Đảng', en: 'Introducers of the applicant' },
  description: {
    vi: 'Hai đảng viên chính thức cùng công tác, học tập (từ 2021: hoặc cùng nơi cư trú) ít nhất 12 tháng; hoặc BCH Đoàn cơ sở (công đoàn cơ sở) và một đảng viên chính thức.',
    en: 'Two official members who shared work or study (since 2021: or residence) for 12 months; or the grassroots Youth Union (trade-union) executive and one official member.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    route: {
      vi: 'Cần hai đảng viên chính thức, hoặc một tổ chức Đoàn/công đoàn cơ sở và một đảng viên chính thức giới thiệu (có {members} đảng viên, {organizations} tổ chức).',
      en: 'Two official members, or one Youth Union / trade-union executive and one official member, must introduce (got {members} members, {organizations} organizations).',
    },
    notOfficial: {
      vi: 'Người giới thiệu {introducer} không phải là đảng viên chính thức.',
      en: 'Introducer {introducer} is not an official member.',
    },
    sharedMonths: {
      vi: 'Người giới thiệu {introducer} mới cùng công tác với người vào Đảng {sharedMonths} tháng (cần ít nhất {minMonths}).',
      en: 'Introducer {introducer} shared only {sharedMonths} months with the applicant ({minMonths} required).',
    },
    residenceNotAccepted: {
      vi: 'Trước 30/7/2021, người giới thiệu phải cùng công tác, học tập (chưa tính cùng nơi cư trú): {introducer}.',
      en: 'Before 30/7/2021 an introducer had to share work or study (residence did not count): {introducer}.',
    },
    youthRouteAge: {
      vi: 'Người vào Đảng {ageYears} tuổi, quá độ tuổi thanh niên ({youthMaxYears}), nhưng được giới thiệu qua tổ chức Đoàn.',
      en: 'The applicant is {ageYears}, past youth age ({youthMaxYears}), yet was introduced through the Youth Union.',
    },
  },
  select: admissionIntroducersSubjects,
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [
        { document: 'dieu-le-2011', article: '4', clause: '2' },
        { document: 'qd-29-2016', point: '3.2' },
      ],
      confidence: 'secondary',
      check: (ctx) => judge(ctx, false),
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [
        { document: 'dieu-le-2011', article: '4', clause: '2' },
        { document: 'qd-24-2021', point: '3.2.1' },
      ],
      confidence: 'verified',
      note: { vi: 'Thêm trường hợp cùng sinh hoạt nơi cư trú.', en: 'Adds shared residence.' },
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [
        { document: 'dieu-le-2011', article: '4', clause: '2' },
        { document: 'qd-232-2025', point: '3.2.1' },
      ],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      citations: [
        { document: 'dieu-le-2011', article: '4', clause: '2' },
        { document: 'qd-294-2025', point: '3.2.1' },
        { document: 'qd-294-2025', point: '3.2.2' },
      ],
      confidence: 'verified',
    },
  ],
  check: (ctx) => judge(ctx, true),
  examples: [
    {
      title: { vi: 'Hai đảng viên chính thức', en: 'Two official members' },
      record: memberWith([
        {
          type: 'introduction',
          date: '2025-06-02',
          introducers: [
            { kind: 'member', name: 'Trần Văn B', official: true, sharedMonths: 24 },
            { kind: 'member', name: 'Lê Thị C', official: true, sharedMonths: 14, sharedContext: 'residence' },
          ],
        },
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Mới cùng công tác 8 tháng', en: 'Only 8 months together' },
      record: memberWith([
        {
          type: 'introduction',
          date: '2025-06-02',
          introducers: [
            { kind: 'member', name: 'Trần Văn B', official: true, sharedMonths: 8 },
            { kind: 'tradeUnion', name: 'BCH công đoàn cơ sở' },
          ],
        },
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } },
      ]),
      expect: ['sharedMonths'],
    },
  ],
});
