import { completedMonths, completedPeriod, formatPeriod } from '../../date/completed-period.js';
import { defineRule, type RuleContext } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { admissionMaxAgeMonths, admissionMinAgeMonths } from '../parameters.js';
import { admissionSubjects, type EventSubject, firstAfter, memberWith } from './common.js';

type S = EventSubject<'admissionVote' | 'admissionDecision'>;
type Msg = 'tooYoung' | 'overSixty';
const parameters = { minMonths: admissionMinAgeMonths, maxMonths: admissionMaxAgeMonths };
type Ctx = RuleContext<Member, S, Msg, typeof parameters>;

/** Consent of the provincial-level standing committee recorded on the decision that follows the vote. */
function provincialConsent(ctx: Ctx): boolean {
  const { event, index } = ctx.subject;
  const decision =
    event.type === 'admissionDecision' ? event : firstAfter(ctx.record, index, 'admissionDecision')?.event;
  return Boolean(decision && (decision.overSixtyConsent || decision.authority?.level === 'province'));
}

/** An age limit in months, in words: 216 → "18 tuổi" / "18 years"; 222 → "18 tuổi 6 tháng". */
function ageText(months: number, locale: 'vi' | 'en'): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (locale === 'vi') return m ? `${y} tuổi ${m} tháng` : `${y} tuổi`;
  return m ? `${y} years ${m} months` : `${y} years`;
}

function judge(ctx: Ctx, overMax: (months: number) => boolean): void {
  const birth = ctx.record.person.birthDate;
  const months = completedMonths(birth, ctx.actDate);
  // Facts, the age in words and the limits are built only when the rule reports (issue 15: most records pass).
  if (months < ctx.params.minMonths) ctx.report('tooYoung', issueOf(ctx, birth, months));
  else if (overMax(months) && !provincialConsent(ctx)) ctx.report('overSixty', issueOf(ctx, birth, months));
}

function issueOf(ctx: Ctx, birth: Member['person']['birthDate'], months: number) {
  const age = completedPeriod(birth, ctx.actDate);
  const facts = {
    birthDate: birth,
    ageMonths: months,
    minMonths: ctx.params.minMonths,
    maxMonths: ctx.params.maxMonths,
    measuredAt: ctx.subject.event.type === 'admissionVote' ? 'cellVote' : 'decision',
  };
  // Figures a plugin can amend are rendered from the parameter in force, never written into the message.
  const args = {
    ...facts,
    age: formatPeriod(age, 'vi'),
    ageEn: formatPeriod(age, 'en'),
    minAge: ageText(ctx.params.minMonths, 'vi'),
    minAgeEn: ageText(ctx.params.minMonths, 'en'),
    maxAge: ageText(ctx.params.maxMonths, 'vi'),
    maxAgeEn: ageText(ctx.params.maxMonths, 'en'),
  };
  return { facts, args, path: ['person', 'birthDate'] };
}

/**
 * `member.admission.age`: at the cell's vote on admission the applicant is from 18 to 60 years old, counted in
 * months (already so in QĐ 29 point 1.1 a, 2016); over 60 only with a decision of (or written consent from) the provincial-level
 * committee. Judged at the cell's vote; at the decision when no vote is recorded.
 */
export const admissionAge = defineRule({
  id: 'member.admission.age',
  family: 'lifecycle',
  title: { vi: 'Tuổi người vào Đảng (18 đến 60, tính theo tháng)', en: 'Applicant age (18 to 60, counted in months)' },
  description: {
    vi: 'Tại thời điểm chi bộ xét kết nạp, người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi; trên 60 tuổi do cấp ủy trực thuộc Trung ương xem xét, quyết định.',
    en: 'When the cell considers admission the applicant must be 18 to 60; over 60 only by decision of the provincial-level committee.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    tooYoung: {
      vi: 'Khi chi bộ xét kết nạp, người vào Đảng mới {age} (cần đủ {minAge}).',
      en: 'When the cell considered admission the applicant was {ageEn} ({minAgeEn} required).',
    },
    overSixty: {
      vi: 'Người vào Đảng đã {age}, trên {maxAge}: cần quyết định (văn bản đồng ý) của cấp ủy trực thuộc Trung ương.',
      en: 'The applicant was {ageEn}, over {maxAgeEn}: a decision (written consent) of the provincial-level committee is required.',
    },
  },
  select: admissionSubjects,
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [{ document: 'qd-29-2016', point: '1.1 a' }],
      confidence: 'verified',
      note: {
        vi: 'QĐ 29 điểm 1.1 a) đã tính tuổi theo tháng (không có giai đoạn tính theo năm tròn).',
        en: 'QĐ 29 point 1.1 a) already counts age in months (there was no whole-year period).',
      },
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [
        { document: 'qd-24-2021', point: '1.1.1' },
        { document: 'qd-24-2021', point: '1.1.2' },
      ],
      confidence: 'verified',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [
        { document: 'qd-232-2025', point: '1.1.1' },
        { document: 'qd-232-2025', point: '1.1.2' },
      ],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      citations: [
        { document: 'qd-294-2025', point: '1.1.1' },
        { document: 'hd-06-2025', point: '1.1' },
      ],
      confidence: 'verified',
    },
  ],
  check: (ctx) => judge(ctx, (months) => months > ctx.params.maxMonths),
  examples: [
    {
      title: { vi: 'Đủ 18 tuổi đúng ngày chi bộ họp', en: 'Turns 18 on the day of the cell vote' },
      record: memberWith([{ type: 'admissionVote', date: '2024-06-15', vote: { for: 9, officialMembers: 9 } }], {
        birthDate: '2006-06-15',
      }),
      expect: [],
    },
    {
      title: { vi: 'Thiếu 1 tháng', en: 'One month short' },
      record: memberWith([{ type: 'admissionVote', date: '2024-05-15', vote: { for: 9, officialMembers: 9 } }], {
        birthDate: '2006-06-15',
      }),
      expect: ['tooYoung'],
    },
  ],
});
