import { addMonths } from '../../date/add-months.js';
import { defineRule, type RuleContext } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { disciplineExpiry } from '../deadlines.js';
import {
  badgeDisciplineWaitMonths,
  badgeEarlyMonths,
  badgeMilestones,
  badgeOccasions,
  valueAt,
} from '../parameters.js';
import { partyAge } from '../party-age.js';
import { type EventSubject, eachEvent, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const badgeEligibilitySubjects = eachEvent('badgeAwarded', 'badgeProposal');

type Msg = 'notMilestone' | 'tooEarly' | 'duplicate' | 'underDiscipline' | 'otherOccasion';
const parameters = { milestones: badgeMilestones, early: badgeEarlyMonths, occasions: badgeOccasions };
type Ctx = RuleContext<Member, EventSubject<'badgeAwarded' | 'badgeProposal'>, Msg, typeof parameters>;

function judge(ctx: Ctx, disciplineWait: boolean): void {
  const { event, index } = ctx.subject;
  const path = ['events', index];
  if (!ctx.params.milestones.includes(event.years)) {
    ctx.report('notMilestone', {
      path: [...path, 'years'],
      facts: { years: event.years, milestones: [...ctx.params.milestones] },
    });
    return;
  }
  if (event.occasion && !ctx.params.occasions.some((o) => o.occasion === event.occasion))
    ctx.report('otherOccasion', { path: [...path, 'occasion'], severity: 'info', facts: { occasion: event.occasion } });
  if (ctx.record.events.some((e, i) => i < index && e.type === 'badgeAwarded' && e.years === event.years))
    ctx.report('duplicate', { path: [...path, 'years'], facts: { years: event.years } });
  const age = partyAge({ events: ctx.record.events.slice(0, index) }, ctx.actDate, ctx.calendar);
  if (age) {
    const due = addMonths(age.effectiveStart, event.years * 12);
    const allowed =
      event.early === 'posthumous'
        ? ctx.params.early.posthumous
        : event.early === 'seriousIllness'
          ? event.years >= 70
            ? ctx.params.early.illFrom70
            : ctx.params.early.illUpTo65
          : 0;
    if (addMonths(ctx.actDate, allowed) < due)
      ctx.report('tooEarly', {
        path,
        facts: { years: event.years, due, earlyMonths: allowed, partyAgeYears: age.period.years },
      });
  }
  if (!disciplineWait) return;
  const wait = valueAt(badgeDisciplineWaitMonths, ctx.actDate);
  for (const [i, e] of ctx.record.events.entries()) {
    if (i >= index || e.type !== 'discipline' || e.form === 'expulsion') continue;
    const exp = disciplineExpiry(e);
    const waitUntil = addMonths(e.announcedOn ?? e.date, wait[e.form]);
    if (ctx.actDate < waitUntil && (!exp || exp.due > ctx.actDate))
      ctx.report('underDiscipline', { path, facts: { form: e.form, waitUntil, disciplineIndex: i } });
  }
}

/**
 * `member.badge.eligibility`: badges at 30, 40, 45 … 90 years of party age; early by at most 12 months (24 for the
 * 70–90-year badges) for serious illness and 12 months posthumously; each milestone once; from 1/7/2025 not while
 * under discipline: wait 6 (reprimand), 9 (warning) or 12 months (removal from post).
 */
export const badgeEligibility = defineRule({
  id: 'member.badge.eligibility',
  family: 'lifecycle',
  title: { vi: 'Điều kiện tặng Huy hiệu Đảng', en: 'Party-badge eligibility' },
  description: {
    vi: 'Tặng Huy hiệu 30, 40, 45, 50 … 90 năm tuổi đảng; xét sớm tối đa 12 tháng (24 tháng với Huy hiệu 70–90 năm) khi bệnh nặng, truy tặng sớm tối đa 12 tháng; từ 1/7/2025 đảng viên đang bị kỷ luật chưa được xét tặng.',
    en: 'Badges at 30, 40, 45, 50 … 90 years; early by at most 12 months (24 for 70–90) for serious illness, 12 posthumously; from 1/7/2025 not while under discipline.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    notMilestone: { vi: '{years} năm không phải là mốc Huy hiệu Đảng.', en: '{years} years is not a badge milestone.' },
    tooEarly: {
      vi: 'Huy hiệu {years} năm được tặng trước ngày đủ tuổi đảng ({due}) quá thời gian cho phép xét sớm ({earlyMonths} tháng).',
      en: 'The {years}-year badge was awarded before the milestone ({due}) by more than the allowed {earlyMonths} months.',
    },
    otherOccasion: {
      vi: 'Trao tặng vào dịp "{occasion}", không phải một trong các dịp 3/2, 19/5, 2/9, 7/11 (dịp kỷ niệm khác hoặc trường hợp đặc biệt do ban thường vụ tỉnh ủy quyết định).',
      en: 'Awarded on "{occasion}", not one of 3/2, 19/5, 2/9, 7/11 (another anniversary or a special case of the provincial standing committee).',
    },
    duplicate: { vi: 'Huy hiệu {years} năm đã được tặng trước đó.', en: 'The {years}-year badge was already awarded.' },
    underDiscipline: {
      vi: 'Đảng viên bị kỷ luật ({form}) chưa được xét tặng Huy hiệu trước ngày {waitUntil}.',
      en: 'A member under discipline ({form}) cannot be awarded the badge before {waitUntil}.',
    },
  },
  // an award, or a proposal considered at an occasion (judged at the day it is considered)
  select: badgeEligibilitySubjects,
  versions: [
    {
      from: '2016-09-20',
      to: '2021-09-27',
      citations: [{ document: 'hd-01-2016', section: 'mục 18' }],
      confidence: 'recalled',
      check: (ctx) => judge(ctx, false),
    },
    {
      from: '2021-09-28',
      to: '2025-06-08',
      citations: [
        { document: 'hd-01-2021', point: '18.1' },
        { document: 'hd-01-2021', point: '18.2' },
      ],
      confidence: 'verified',
      check: (ctx) => judge(ctx, false),
    },
    {
      from: '2025-06-09',
      to: '2025-06-30',
      citations: [
        { document: 'hd-06-2025', point: '18.1' },
        { document: 'hd-06-2025', point: '18.2' },
      ],
      confidence: 'verified',
      check: (ctx) => judge(ctx, false),
    },
    {
      from: '2025-07-01',
      citations: [
        { document: 'hd-06-2025', point: '18.1' },
        { document: 'hd-06-2025', point: '18.2' },
        { document: 'qd-294-2025', point: '28.3.1' },
      ],
      confidence: 'verified',
      note: { vi: 'Thêm thời gian chờ sau kỷ luật.', en: 'Adds the wait after a discipline.' },
    },
  ],
  check: (ctx) => judge(ctx, true),
  examples: [
    {
      title: { vi: 'Huy hiệu 30 năm đúng đợt 2/9', en: '30-year badge at the 2/9 occasion' },
      record: memberWith(
        [
          { type: 'admissionDecision', date: '1995-07-26' },
          { type: 'admissionCeremony', date: '1995-08-10' },
          { type: 'recognitionDecision', date: '1996-08-12' },
          { type: 'badgeAwarded', date: '2025-09-02', years: 30, occasion: '09-02' },
        ],
        { birthDate: '1970-03-15' },
      ),
      expect: [],
    },
    {
      title: { vi: 'Tặng sớm 2 năm', en: 'Two years early' },
      record: memberWith(
        [
          { type: 'admissionDecision', date: '1997-07-26' },
          { type: 'admissionCeremony', date: '1997-08-10' },
          { type: 'recognitionDecision', date: '1998-08-12' },
          { type: 'badgeAwarded', date: '2025-09-02', years: 30 },
        ],
        { birthDate: '1970-03-15' },
      ),
      expect: ['tooEarly'],
    },
  ],
});
