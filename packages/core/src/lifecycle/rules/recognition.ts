import { addMonths } from '../../date/add-months.js';
import type { CivilDate } from '../../date/civil-date.js';
import { defineRuleFor } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { probationMonths, recognitionReviewWorkingDays } from '../parameters.js';
import { firstAfter, lastBefore, lateness, memberWith } from './common.js';

const parameters = { months: probationMonths, reviewDays: recognitionReviewWorkingDays };

/**
 * `member.recognition.timing`: probation lasts 12 months from the ceremony; the cell reviews within 30 working
 * days after it ends (not before); recognition takes effect exactly at the end of probation even when the cell or
 * the committee acts late. Judged at the end of probation, which chooses the regime.
 */
export const recognitionTiming = defineRuleFor<Member>()({
  id: 'member.recognition.timing',
  family: 'lifecycle',
  title: {
    vi: 'Thời điểm xét và công nhận đảng viên chính thức',
    en: 'Timing of the recognition as an official member',
  },
  description: {
    vi: 'Trong 30 ngày làm việc kể từ ngày hết 12 tháng dự bị, chi bộ phải xét công nhận; đảng viên được công nhận chính thức đúng thời điểm hết 12 tháng dự bị dù chi bộ họp chậm, cấp ủy chuẩn y chậm.',
    en: 'Within 30 working days after the 12 months of probation the cell reviews; recognition takes effect at the end of probation even when late.',
  },
  severity: 'warning',
  appliesTo: ['member'],
  parameters,
  messages: {
    voteBeforeEnd: {
      vi: 'Chi bộ xét công nhận ngày {voteDate}, trước khi hết thời kỳ dự bị ({probationEnd}).',
      en: 'The cell reviewed on {voteDate}, before probation ended ({probationEnd}).',
    },
    late: {
      vi: 'Chi bộ xét công nhận ngày {voteDate}, quá thời hạn {due}.',
      en: 'The cell reviewed on {voteDate}, past the deadline {due}.',
    },
    overdue: {
      vi: 'Đã quá thời hạn {due} (hết dự bị ngày {probationEnd}) mà chi bộ chưa xét công nhận chính thức.',
      en: 'The deadline {due} (probation ended {probationEnd}) has passed without the cell’s review.',
    },
    wrongEffectiveDate: {
      vi: 'Quyết định ghi ngày công nhận {effectiveOn}; đúng ra là ngày hết 12 tháng dự bị {probationEnd}.',
      en: 'The decision records recognition on {effectiveOn}; it must be the end of probation, {probationEnd}.',
    },
  },
  select: (m) =>
    (m.events ?? []).flatMap((e, index) =>
      e.type === 'admissionCeremony'
        ? [
            {
              value: { event: e, index, end: addMonths(e.date, 12) },
              actDate: addMonths(e.date, 12),
              path: ['events', index],
            },
          ]
        : [],
    ),
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [
        { document: 'dieu-le-2011', article: '5' },
        { document: 'qd-29-2016', point: '4.2' },
      ],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [
        { document: 'dieu-le-2011', article: '5' },
        { document: 'qd-24-2021', point: '4.2.1' },
        { document: 'qd-24-2021', point: '4.2.2' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Nâng lên "đã đối chiếu": điểm 4.2.1–4.2.3 QĐ 24 đọc được nguyên văn (kiểm tra 12/2026).',
        en: 'Upgraded to verified: QĐ 24 points 4.2.1–4.2.3 read verbatim (December 2026 audit).',
      },
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [
        { document: 'dieu-le-2011', article: '5' },
        { document: 'qd-232-2025', point: '4.2' },
      ],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      citations: [
        { document: 'dieu-le-2011', article: '5' },
        { document: 'qd-294-2025', point: '4.2.1' },
        { document: 'qd-294-2025', point: '4.2.2' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const { event, index } = ctx.subject;
    const end = addMonths(event.date, ctx.params.months);
    const due = ctx.calendar.addWorkingDays(end, ctx.params.reviewDays);
    const next = firstAfter(
      ctx.record,
      index,
      'recognitionVote',
      'recognitionDecision',
      'probationStrikeOff',
      'strikeOff',
      'voluntaryExit',
      'death',
      'admissionCeremony',
    );
    const facts = { probationEnd: end, due };
    if (next?.event.type === 'recognitionVote') {
      const voteDate = next.event.date;
      if (voteDate < end)
        ctx.report('voteBeforeEnd', {
          path: ['events', next.index, 'date'],
          facts: { ...facts, voteDate },
          severity: 'error',
        });
      else if (voteDate > due)
        ctx.report('late', { path: ['events', next.index, 'date'], facts: { ...facts, voteDate } });
    } else if (!next || next.event.type === 'recognitionDecision') {
      const late = lateness(ctx.calendar, due, next?.event.date, ctx.asOf);
      if (late && !next) ctx.report('overdue', { facts });
    }
    const decision = firstAfter(ctx.record, index, 'recognitionDecision');
    const effectiveOn = (decision?.event as { effectiveOn?: CivilDate } | undefined)?.effectiveOn;
    if (
      decision &&
      effectiveOn &&
      effectiveOn !== end &&
      lastBefore(ctx.record, decision.index, 'admissionCeremony')?.index === index
    )
      ctx.report('wrongEffectiveDate', {
        path: ['events', decision.index, 'effectiveOn'],
        facts: { ...facts, effectiveOn },
        severity: 'error',
      });
  },
  examples: [
    {
      title: { vi: 'Xét đúng hạn', en: 'Reviewed on time' },
      record: memberWith([
        { type: 'admissionDecision', date: '2024-09-02' },
        { type: 'admissionCeremony', date: '2024-09-20' },
        { type: 'recognitionVote', date: '2025-10-06', vote: { for: 9, officialMembers: 9 } },
        { type: 'recognitionDecision', date: '2025-10-27', effectiveOn: '2025-09-20' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Ngày công nhận ghi theo ngày ký', en: 'Recognition dated on signing' },
      record: memberWith([
        { type: 'admissionDecision', date: '2024-09-02' },
        { type: 'admissionCeremony', date: '2024-09-20' },
        { type: 'recognitionVote', date: '2025-10-06', vote: { for: 9, officialMembers: 9 } },
        { type: 'recognitionDecision', date: '2025-10-27', effectiveOn: '2025-10-27' },
      ]),
      expect: ['wrongEffectiveDate'],
    },
  ],
});
