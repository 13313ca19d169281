import { defineRule, type RuleContext } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { admissionSubjects, type EventSubject, firstAfter, memberWith } from './common.js';

type S = EventSubject<'admissionVote' | 'admissionDecision'>;
type Msg = 'belowLowerSecondary' | 'equivalentNotAccepted';
type Ctx = RuleContext<Member, S, Msg, Record<never, never>>;

const exception = (ctx: Ctx): boolean => {
  const { event, index } = ctx.subject;
  const d = event.type === 'admissionDecision' ? event : firstAfter(ctx.record, index, 'admissionDecision')?.event;
  return Boolean(d?.educationException);
};

function judge(ctx: Ctx, equivalentAccepted: boolean): void {
  const level = ctx.record.person.education?.general;
  if (!level) return;
  const path = ['person', 'education', 'general'];
  const facts = { level, exception: exception(ctx) };
  if (level === 'equivalent' && !equivalentAccepted) ctx.report('equivalentNotAccepted', { path, facts });
  else if ((level === 'none' || level === 'primary') && !facts.exception)
    ctx.report('belowLowerSecondary', { path, facts });
}

/**
 * `member.admission.education`: the applicant holds a lower-secondary (THCS) diploma or higher. "Or equivalent"
 * was accepted only under QĐ 29 (before 30/7/2021). Exceptions (mountain, border, island, ethnic-minority areas…)
 * follow the Secretariat's guidance and are recorded as `educationException` on the decision.
 */
export const admissionEducation = defineRule({
  id: 'member.admission.education',
  family: 'lifecycle',
  title: {
    vi: 'Trình độ học vấn người vào Đảng (tốt nghiệp THCS trở lên)',
    en: 'Applicant education (lower-secondary diploma or higher)',
  },
  description: {
    vi: 'Người vào Đảng phải có bằng tốt nghiệp trung học cơ sở trở lên; "hoặc tương đương" chỉ được chấp nhận trước 30/7/2021.',
    en: 'The applicant must hold a lower-secondary diploma or higher; "or equivalent" was accepted only before 30/7/2021.',
  },
  severity: 'error',
  appliesTo: ['member'],
  messages: {
    belowLowerSecondary: {
      vi: 'Trình độ "{level}" chưa đạt tốt nghiệp trung học cơ sở và hồ sơ không ghi trường hợp ngoại lệ.',
      en: 'Education "{level}" is below a lower-secondary diploma and no exception is recorded.',
    },
    equivalentNotAccepted: {
      vi: 'Từ 30/7/2021 không còn chấp nhận trình độ "tương đương" trung học cơ sở; cần bằng tốt nghiệp THCS trở lên.',
      en: 'Since 30/7/2021 an "equivalent" level is no longer accepted; a lower-secondary diploma or higher is required.',
    },
  },
  select: admissionSubjects,
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [{ document: 'qd-29-2016', point: '1.2' }],
      confidence: 'verified',
      check: (ctx) => judge(ctx, true),
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [
        { document: 'qd-24-2021', point: '1.2.1' },
        { document: 'qd-24-2021', point: '1.2.2' },
      ],
      confidence: 'verified',
      note: { vi: 'Bỏ "hoặc tương đương".', en: 'Drops "or equivalent".' },
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [{ document: 'qd-232-2025', point: '1.2.1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      citations: [
        { document: 'qd-294-2025', point: '1.2.1' },
        { document: 'hd-06-2025', point: '1.2' },
      ],
      confidence: 'verified',
    },
  ],
  check: (ctx) => judge(ctx, false),
  examples: [
    {
      title: { vi: 'Tốt nghiệp THPT', en: 'Upper-secondary graduate' },
      record: memberWith([{ type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } }], {
        education: { general: 'upperSecondary' },
      }),
      expect: [],
    },
    {
      title: { vi: '"Tương đương" sau 30/7/2021', en: '"Equivalent" after 30/7/2021' },
      record: memberWith([{ type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } }], {
        education: { general: 'equivalent' },
      }),
      expect: ['equivalentNotAccepted'],
    },
  ],
});
