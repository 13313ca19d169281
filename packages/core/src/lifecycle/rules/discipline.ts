import { addYears } from '../../date/add-years.js';
import { defineRule, type RuleContext } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { disciplineLimitationYears } from '../parameters.js';
import { type EventSubject, eachEvent, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const disciplineLimitationSubjects = eachEvent('discipline');

const parameters = { years: disciplineLimitationYears };
type Ctx = RuleContext<Member, EventSubject<'discipline'>, 'expired', typeof parameters>;

/** The limitation test itself: the period of the form, counted from the violation, against the decision date. */
function judgeLimitation(ctx: Ctx): void {
  const { event, index } = ctx.subject;
  // An expulsion written as a discipline is read as an expulsion event (no limitation applies to it).
  if (!event.violationOn || event.form === 'expulsion') return;
  const years = ctx.params.years[event.form];
  const limit = addYears(event.violationOn, years);
  if (ctx.actDate > limit)
    ctx.report('expired', {
      path: ['events', index, 'violationOn'],
      facts: { violationOn: event.violationOn, years, limit, form: event.form },
    });
}

/**
 * `member.discipline.limitation`: discipline must be decided within the limitation period counted from the
 * violation: 5 years for a reprimand, 10 for a warning or removal from post; none for expulsion. (Forms by status —
 * a probationary member only reprimanded or warned — are in the transition table.)
 */
export const disciplineLimitation = defineRule({
  id: 'member.discipline.limitation',
  family: 'lifecycle',
  title: { vi: 'Thời hiệu xử lý kỷ luật đảng viên', en: 'Limitation period for member discipline' },
  description: {
    vi: '5 năm đối với vi phạm đến mức khiển trách; 10 năm đối với cảnh cáo, cách chức; không áp dụng thời hiệu với khai trừ, với vi phạm về chính trị nội bộ, về quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia và với việc dùng văn bằng, chứng chỉ không hợp pháp (từ QĐ 69).',
    en: '5 years for violations warranting a reprimand; 10 for a warning or removal from post; no limit for expulsion, internal-political violations, defence / security / foreign-affairs violations harming national interests, or use of illegal diplomas (from QĐ 69).',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    expired: {
      vi: 'Vi phạm ngày {violationOn} đã hết thời hiệu {years} năm ({limit}) khi quyết định kỷ luật ngày {actDate}.',
      en: 'The violation of {violationOn} was past its {years}-year limitation ({limit}) when disciplined on {actDate}.',
    },
  },
  select: disciplineLimitationSubjects,
  versions: [
    {
      from: '2017-11-15',
      to: '2022-07-05',
      citations: [{ document: 'qd-102-2017', article: '3' }],
      confidence: 'verified',
    },
    {
      from: '2022-07-06',
      citations: [{ document: 'qd-69-2022', article: '4', clause: '2', point: 'b' }],
      confidence: 'verified',
      note: {
        vi: 'Đã đối chiếu nguyên văn (kiểm tra 12/2026). Không áp dụng thời hiệu cho vi phạm đến mức khai trừ, vi phạm về chính trị nội bộ, về quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia, và việc sử dụng văn bằng, chứng chỉ không hợp pháp (ghi ở trường noLimitation của quyết định kỷ luật). Sửa đổi của QĐ 264-QĐ/TW (2025) chưa được đối chiếu.',
        en: 'Read verbatim (December 2026 audit). No limitation for violations warranting expulsion, internal-political violations, defence / security / foreign-affairs violations harming national interests, or use of illegal diplomas and certificates (recorded in the decision’s noLimitation field). The QĐ 264-QĐ/TW (2025) amendment was not checked.',
      },
      // The three cases without limitation listed beside expulsion (QĐ 69 Điều 4 khoản 2 điểm b).
      check: (ctx: Ctx) => {
        if (ctx.subject.event.noLimitation) return;
        judgeLimitation(ctx);
      },
    },
  ],
  check: judgeLimitation,
  examples: [
    {
      title: { vi: 'Cảnh cáo sau 6 năm', en: 'Warning after six years' },
      record: memberWith([
        { type: 'admissionDecision', date: '2005-03-01' },
        { type: 'admissionCeremony', date: '2005-03-20' },
        { type: 'recognitionDecision', date: '2006-03-25' },
        { type: 'discipline', date: '2024-05-06', form: 'warning', violationOn: '2018-04-02' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Khiển trách sau 6 năm', en: 'Reprimand after six years' },
      record: memberWith([
        { type: 'admissionDecision', date: '2005-03-01' },
        { type: 'admissionCeremony', date: '2005-03-20' },
        { type: 'recognitionDecision', date: '2006-03-25' },
        { type: 'discipline', date: '2024-05-06', form: 'reprimand', violationOn: '2018-04-02' },
      ]),
      expect: ['expired'],
    },
    {
      title: {
        vi: 'Vi phạm về chính trị nội bộ sau 12 năm (không áp dụng thời hiệu)',
        en: 'Internal-political violation after twelve years (no limitation)',
      },
      record: memberWith([
        { type: 'admissionDecision', date: '2005-03-01' },
        { type: 'admissionCeremony', date: '2005-03-20' },
        { type: 'recognitionDecision', date: '2006-03-25' },
        {
          type: 'discipline',
          date: '2024-05-06',
          form: 'warning',
          violationOn: '2012-04-02',
          noLimitation: 'internalPolitics',
        },
      ]),
      expect: [],
    },
  ],
});
