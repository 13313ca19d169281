import { completedMonths } from '../../date/completed-period.js';
import { defineRuleFor } from '../../kernel/rule.js';
import type { Appointment } from '../model/appointment.js';
import { serviceMonthsLeft } from '../model/service.js';
import { atDecision, exampleAppointment } from './appointment-shared.js';

/**
 * `cadre.appointment.timeInPost` (QĐ 377 Điều 34 k3): before a higher post, at least 12 months in the current (or an
 * equivalent) post, unless the managing committee decided an exception.
 */
export const appointmentTimeInPost = defineRuleFor<Appointment>()({
  id: 'cadre.appointment.timeInPost',
  family: 'cadre',
  title: {
    vi: 'Giữ chức vụ hiện tại ít nhất 12 tháng trước khi bổ nhiệm chức vụ cao hơn',
    en: '12 months in post before a higher post',
  },
  severity: 'error',
  appliesTo: ['appointment'],
  messages: {
    tooSoon: {
      vi: 'Cán bộ {cadreId} giữ chức vụ hiện tại từ {since}, đến {at} mới được {months} tháng (cần ít nhất 12 tháng, trừ trường hợp cấp ủy quản lý quyết định).',
      en: 'Cadre {cadreId} has held the current post since {since}: {months} months by {at} (12 needed unless the managing committee decides otherwise).',
    },
  },
  select: (a) => (a.post.higher && a.currentPost ? { ...atDecision(a), actDate: a.fileReceivedOn } : null),
  versions: [
    {
      from: '2025-10-08',
      to: '2025-11-20',
      citations: [{ document: 'qd-377-2025', article: '34', clause: '3' }],
      confidence: 'verified',
    },
    {
      from: '2025-11-21',
      citations: [
        { document: 'qd-377-2025', article: '34', clause: '3' },
        { document: 'hd-45-2025', section: 'Mục III.1.1' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    const a = ctx.record;
    if (!a.currentPost || a.timeInPostException) return;
    const months = completedMonths(a.currentPost.since, a.fileReceivedOn);
    if (months < 12)
      ctx.report('tooSoon', {
        path: ['currentPost', 'since'],
        facts: { cadreId: a.cadre.id, since: a.currentPost.since, at: a.fileReceivedOn, months },
      });
  },
  examples: [
    { title: { vi: 'Giữ chức vụ 4 năm', en: 'Four years in post' }, record: exampleAppointment(), expect: [] },
    {
      title: { vi: 'Giữ chức vụ 8 tháng', en: 'Eight months in post' },
      record: exampleAppointment({ currentPost: { title: 'Trưởng phòng', since: '2025-07-01' } }),
      expect: ['tooSoon'],
    },
  ],
});

/**
 * `cadre.appointment.reappointment`: at the end of an appointment term, a cadre with at least 2 years (24 months) of
 * service left is re-appointed; with less, the post is extended until retirement. RECALLED (QĐ 80 and the civil-service
 * decree; the QĐ 377 wording was not found), so a mismatch is a warning.
 */
export const appointmentReappointment = defineRuleFor<Appointment>()({
  id: 'cadre.appointment.reappointment',
  family: 'cadre',
  title: {
    vi: 'Bổ nhiệm lại hay kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu',
    en: 'Re-appointment or extension until retirement',
  },
  severity: 'warning',
  appliesTo: ['appointment'],
  messages: {
    useExtension: {
      vi: 'Đến khi hết thời hạn ({at}) cán bộ {cadreId} chỉ còn {left} tháng công tác (< 24): kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu thay vì bổ nhiệm lại.',
      en: 'At the end of the term ({at}) cadre {cadreId} has {left} months left (< 24): extend until retirement instead of re-appointing.',
    },
    useReappointment: {
      vi: 'Đến khi hết thời hạn ({at}) cán bộ {cadreId} còn {left} tháng công tác (≥ 24): xem xét bổ nhiệm lại, không kéo dài.',
      en: 'At the end of the term ({at}) cadre {cadreId} has {left} months left (≥ 24): consider re-appointment, not an extension.',
    },
  },
  select: (a) => (a.type === 'first' ? null : { value: a, actDate: a.termEndsOn ?? a.fileReceivedOn, path: ['type'] }),
  versions: [
    { from: '2022-08-18', to: '2025-10-07', citations: [{ document: 'qd-80-2022' }], confidence: 'recalled' },
    {
      from: '2025-10-08',
      citations: [{ document: 'qd-377-2025' }],
      confidence: 'recalled',
      note: {
        vi: 'Chưa thấy quy định tuổi bổ nhiệm lại trong HD 45.',
        en: 'Re-appointment age rule not found in HD 45.',
      },
    },
  ],
  check(ctx) {
    const a = ctx.record;
    const at = a.termEndsOn ?? a.fileReceivedOn;
    const left = serviceMonthsLeft(a.cadre, at);
    const facts = { cadreId: a.cadre.id, at, left };
    if (a.type === 'reappointment' && left < 24) ctx.report('useExtension', { facts });
    if (a.type === 'extension' && left >= 24) ctx.report('useReappointment', { facts });
  },
  examples: [
    {
      title: { vi: 'Bổ nhiệm lại khi còn 10 năm', en: 'Re-appointment with 10 years left' },
      record: exampleAppointment({ type: 'reappointment', termEndsOn: '2026-06-01' }),
      expect: [],
    },
    {
      title: { vi: 'Bổ nhiệm lại khi còn 1 năm', en: 'Re-appointment with one year left' },
      record: exampleAppointment({ type: 'reappointment', termEndsOn: '2026-06-01' }, { birthDate: '1965-03-01' }),
      expect: ['useExtension'],
    },
  ],
});

/**
 * `cadre.appointment.rankingHistory` (HD 45 mục III.1.3): the appointment file shows the quality ranking of the last
 * three years; a missing year is reported (information).
 */
export const appointmentRankingHistory = defineRuleFor<Appointment>()({
  id: 'cadre.appointment.rankingHistory',
  family: 'cadre',
  title: {
    vi: 'Kết quả xếp loại 3 năm gần nhất trong hồ sơ bổ nhiệm',
    en: 'Rankings of the last three years in the file',
  },
  severity: 'info',
  appliesTo: ['appointment'],
  messages: {
    missingYears: {
      vi: 'Hồ sơ của cán bộ {cadreId} thiếu kết quả xếp loại chất lượng các năm {years}.',
      en: 'The file of cadre {cadreId} lacks the quality ranking of {years}.',
    },
  },
  select: (a) =>
    a.type === 'first' ? { value: a, actDate: a.fileReceivedOn, path: ['cadre', 'rankingHistory'] } : null,
  versions: [
    { from: '2025-11-21', citations: [{ document: 'hd-45-2025', section: 'Mục III.1.3' }], confidence: 'verified' },
  ],
  check(ctx) {
    const a = ctx.record;
    const year = Number(a.fileReceivedOn.slice(0, 4));
    const have = new Set((a.cadre.rankingHistory ?? []).map((h) => h.year));
    const missing = [year - 3, year - 2, year - 1].filter((y) => !have.has(y));
    if (missing.length) ctx.report('missingYears', { facts: { cadreId: a.cadre.id, years: missing.join(', ') } });
  },
  examples: [
    {
      title: { vi: 'Đủ 3 năm', en: 'Three years given' },
      record: exampleAppointment({}, { rankingHistory: [2023, 2024, 2025].map((year) => ({ year, level: 'good' })) }),
      expect: [],
    },
    { title: { vi: 'Thiếu', en: 'Missing' }, record: exampleAppointment(), expect: ['missingYears'] },
  ],
});
