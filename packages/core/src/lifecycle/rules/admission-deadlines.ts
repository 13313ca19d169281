import { defineRule } from '../../kernel/rule.js';
import {
  admissionDecisionWorkingDays,
  ceremonyWorkingDays,
  decisionExtensionWorkingDays,
  recognitionDecisionWorkingDays,
} from '../parameters.js';
import { eachEvent, firstAfter, lateness, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const admissionDecisionTimelinessSubjects = eachEvent('admissionVote');
const admissionCeremonyTimelinessSubjects = eachEvent('admissionDecision', 'readmission');
const recognitionDecisionTimelinessSubjects = eachEvent('recognitionVote');

const decisionParams = { days: admissionDecisionWorkingDays, maxExtension: decisionExtensionWorkingDays };

const passed = (v: { for: number; officialMembers: number }) => 3 * v.for >= 2 * v.officialMembers;

/**
 * `member.admission.decisionDeadline`: the competent committee decides within 60 working days of the cell's
 * resolution (extension ≤ 30) until 30/6/2025; within 45 (extension ≤ 15) from 1/7/2025 (QĐ 294 điểm 4.3.1).
 * The regime is chosen by the date of the cell's resolution.
 */
export const admissionDecisionTimeliness = defineRule({
  id: 'member.admission.decisionDeadline',
  family: 'lifecycle',
  title: { vi: 'Thời hạn cấp ủy quyết định kết nạp', en: 'Deadline to decide an admission' },
  description: {
    vi: 'Cấp ủy có thẩm quyền quyết định trong 60 ngày làm việc (từ 1/7/2025: 45 ngày) kể từ ngày chi bộ có nghị quyết; gia hạn tối đa 30 (từ 1/7/2025: 15) ngày làm việc.',
    en: 'The competent committee decides within 60 working days (from 1/7/2025: 45) of the cell resolution; extension at most 30 (from 1/7/2025: 15).',
  },
  severity: 'warning',
  appliesTo: ['member'],
  parameters: decisionParams,
  messages: {
    late: {
      vi: 'Quyết định kết nạp ngày {decisionDate} chậm {workingDaysLate} ngày làm việc so với thời hạn {due} ({days} ngày làm việc từ nghị quyết chi bộ {actDate}).',
      en: 'The admission decision of {decisionDate} is {workingDaysLate} working days past the deadline {due} ({days} working days from the cell resolution of {actDate}).',
    },
    overdue: {
      vi: 'Đã quá thời hạn {due} mà chưa có quyết định kết nạp (nghị quyết chi bộ ngày {actDate}).',
      en: 'The deadline {due} has passed without an admission decision (cell resolution of {actDate}).',
    },
    extensionTooLong: {
      vi: 'Gia hạn {extension} ngày làm việc vượt mức tối đa {maxExtension}.',
      en: 'An extension of {extension} working days exceeds the maximum of {maxExtension}.',
    },
  },
  select: admissionDecisionTimelinessSubjects,
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [{ document: 'qd-29-2016', point: '4.3.1' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [{ document: 'qd-24-2021', point: '4.3.1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [{ document: 'qd-232-2025', point: '4.3.1' }],
      confidence: 'verified',
    },
    { from: '2025-07-01', citations: [{ document: 'qd-294-2025', point: '4.3.1' }], confidence: 'verified' },
  ],
  check(ctx) {
    const { event, index } = ctx.subject;
    if (!passed(event.vote)) return;
    const next = firstAfter(ctx.record, index, 'admissionDecision', 'readmission', 'admissionVote');
    const decision =
      next && next.event.type !== 'admissionVote'
        ? (next as { event: { date: typeof event.date; extensionWorkingDays?: number }; index: number })
        : undefined;
    const extension = decision?.event.extensionWorkingDays ?? 0;
    if (decision && extension > ctx.params.maxExtension)
      ctx.report('extensionTooLong', {
        path: ['events', decision.index, 'extensionWorkingDays'],
        facts: { extension, maxExtension: ctx.params.maxExtension },
      });
    if (next && !decision) return; // a new vote replaced this one
    const days = ctx.params.days + Math.min(extension, ctx.params.maxExtension);
    const due = ctx.calendar.addWorkingDays(ctx.actDate, days);
    const late = lateness(ctx.calendar, due, decision?.event.date, ctx.asOf);
    if (!late) return;
    const facts = { due, days, workingDaysLate: late.workingDaysLate, decisionDate: decision?.event.date ?? null };
    if (late.late === 'done') ctx.report('late', { path: ['events', decision!.index, 'date'], facts });
    else ctx.report('overdue', { facts });
  },
  examples: [
    {
      title: { vi: 'Quyết định sau 1 tháng', en: 'Decided a month later' },
      record: memberWith([
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } },
        { type: 'admissionDecision', date: '2025-09-05' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Quyết định sau 5 tháng', en: 'Decided five months later' },
      record: memberWith([
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } },
        { type: 'admissionDecision', date: '2026-01-05' },
      ]),
      expect: ['late'],
    },
  ],
});

const ceremonyParams = { days: ceremonyWorkingDays };

/**
 * `member.admission.ceremonyDeadline`: the cell holds the admission ceremony within 30 working days of receiving
 * the decision; later only with the consent of the directly superior committee (`lateConsent`).
 */
export const admissionCeremonyTimeliness = defineRule({
  id: 'member.admission.ceremonyDeadline',
  family: 'lifecycle',
  title: { vi: 'Thời hạn tổ chức lễ kết nạp', en: 'Deadline to hold the admission ceremony' },
  description: {
    vi: 'Trong 30 ngày làm việc kể từ ngày nhận quyết định kết nạp, chi bộ phải tổ chức lễ kết nạp; quá hạn phải được cấp ủy cấp trên trực tiếp đồng ý.',
    en: 'Within 30 working days of receiving the decision the cell holds the ceremony; later only with the directly superior committee’s consent.',
  },
  severity: 'warning',
  appliesTo: ['member'],
  parameters: ceremonyParams,
  messages: {
    late: {
      vi: 'Lễ kết nạp ngày {ceremonyDate} quá thời hạn {due} mà không ghi nhận sự đồng ý của cấp ủy cấp trên.',
      en: 'The ceremony of {ceremonyDate} is past the deadline {due} with no recorded consent of the superior committee.',
    },
    overdue: {
      vi: 'Đã quá thời hạn {due} mà chi bộ chưa tổ chức lễ kết nạp.',
      en: 'The deadline {due} has passed and the ceremony has not been held.',
    },
  },
  select: admissionCeremonyTimelinessSubjects,
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [{ document: 'qd-29-2016', point: '4.1' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [{ document: 'qd-24-2021', point: '4.1' }],
      confidence: 'verified',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [{ document: 'qd-232-2025', point: '4.1' }],
      // read: QĐ 232 point 4.1 quoted word for word on a legal Q&A mirror (audit 12/2026 §3.2)
      confidence: 'verified',
    },
    { from: '2025-07-01', citations: [{ document: 'qd-294-2025', point: '4.1' }], confidence: 'verified' },
  ],
  check(ctx) {
    const { event, index } = ctx.subject;
    const from = event.receivedOn ?? event.date;
    const due = ctx.calendar.addWorkingDays(from, ctx.params.days);
    const next = firstAfter(ctx.record, index, 'admissionCeremony', 'admissionDecision', 'readmission', 'death');
    const ceremony =
      next?.event.type === 'admissionCeremony'
        ? (next as { event: { date: typeof from; lateConsent?: boolean }; index: number })
        : undefined;
    if (next && !ceremony) return;
    if (ceremony?.event.lateConsent) return;
    const late = lateness(ctx.calendar, due, ceremony?.event.date, ctx.asOf);
    if (!late) return;
    const facts = {
      due,
      receivedOn: from,
      workingDaysLate: late.workingDaysLate,
      ceremonyDate: ceremony?.event.date ?? null,
    };
    if (late.late === 'done') ctx.report('late', { path: ['events', ceremony!.index, 'date'], facts });
    else ctx.report('overdue', { facts });
  },
  examples: [
    {
      title: { vi: 'Lễ sau 2 tuần', en: 'Ceremony two weeks later' },
      record: memberWith([
        { type: 'admissionDecision', date: '2025-09-05', receivedOn: '2025-09-08' },
        { type: 'admissionCeremony', date: '2025-09-22' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Lễ sau 4 tháng, không có ý kiến cấp trên', en: 'Ceremony four months later, no consent' },
      record: memberWith([
        { type: 'admissionDecision', date: '2025-09-05' },
        { type: 'admissionCeremony', date: '2026-01-12' },
      ]),
      expect: ['late'],
    },
  ],
});

const recognitionParams = { days: recognitionDecisionWorkingDays, maxExtension: decisionExtensionWorkingDays };

/**
 * `member.recognition.decisionDeadline`: the competent committee decides a recognition within 30 working days of
 * the cell's resolution (extension ≤ 30, from 1/7/2025 ≤ 15).
 */
export const recognitionDecisionTimeliness = defineRule({
  id: 'member.recognition.decisionDeadline',
  family: 'lifecycle',
  title: { vi: 'Thời hạn cấp ủy quyết định công nhận chính thức', en: 'Deadline to decide a recognition' },
  severity: 'warning',
  appliesTo: ['member'],
  parameters: recognitionParams,
  messages: {
    late: {
      vi: 'Quyết định công nhận ngày {decisionDate} quá thời hạn {due} ({days} ngày làm việc từ nghị quyết chi bộ {actDate}).',
      en: 'The recognition decision of {decisionDate} is past the deadline {due} ({days} working days from the cell resolution of {actDate}).',
    },
    overdue: {
      vi: 'Đã quá thời hạn {due} mà chưa có quyết định công nhận chính thức.',
      en: 'The deadline {due} has passed without a recognition decision.',
    },
  },
  select: recognitionDecisionTimelinessSubjects,
  versions: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      citations: [{ document: 'qd-29-2016', point: '4.3.1' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      citations: [{ document: 'qd-24-2021', point: '4.3.1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      citations: [{ document: 'qd-232-2025', point: '4.3.1' }],
      confidence: 'verified',
    },
    { from: '2025-07-01', citations: [{ document: 'qd-294-2025', point: '4.3.1' }], confidence: 'verified' },
  ],
  check(ctx) {
    const { event, index } = ctx.subject;
    if (event.proposal !== 'recognize' || !passed(event.vote)) return;
    const next = firstAfter(
      ctx.record,
      index,
      'recognitionDecision',
      'recognitionVote',
      'probationStrikeOff',
      'strikeOff',
      'voluntaryExit',
      'death',
    );
    const decision =
      next?.event.type === 'recognitionDecision'
        ? (next as { event: { date: typeof event.date; extensionWorkingDays?: number }; index: number })
        : undefined;
    if (next && !decision) return;
    const days = ctx.params.days + Math.min(decision?.event.extensionWorkingDays ?? 0, ctx.params.maxExtension);
    const due = ctx.calendar.addWorkingDays(ctx.actDate, days);
    const late = lateness(ctx.calendar, due, decision?.event.date, ctx.asOf);
    if (!late) return;
    const facts = { due, days, workingDaysLate: late.workingDaysLate, decisionDate: decision?.event.date ?? null };
    if (late.late === 'done') ctx.report('late', { path: ['events', decision!.index, 'date'], facts });
    else ctx.report('overdue', { facts });
  },
  examples: [
    {
      title: { vi: 'Quyết định sau 3 tuần', en: 'Decided three weeks later' },
      record: memberWith([
        { type: 'admissionDecision', date: '2024-09-02' },
        { type: 'admissionCeremony', date: '2024-09-20' },
        { type: 'recognitionVote', date: '2025-10-06', vote: { for: 9, officialMembers: 9 } },
        { type: 'recognitionDecision', date: '2025-10-27', effectiveOn: '2025-09-20' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Quyết định sau 4 tháng', en: 'Decided four months later' },
      record: memberWith([
        { type: 'admissionDecision', date: '2024-09-02' },
        { type: 'admissionCeremony', date: '2024-09-20' },
        { type: 'recognitionVote', date: '2025-10-06', vote: { for: 9, officialMembers: 9 } },
        { type: 'recognitionDecision', date: '2026-02-09', effectiveOn: '2025-09-20' },
      ]),
      expect: ['late'],
    },
  ],
});
