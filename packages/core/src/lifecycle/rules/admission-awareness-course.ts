import { addMonths } from '../../date/add-months.js';
import { defineRule } from '../../kernel/rule.js';
import { awarenessCertificateValidMonths } from '../parameters.js';
import { eachEvent, lastBefore, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const admissionAwarenessCertificateSubjects = eachEvent('admissionVote');

const parameters = { validMonths: awarenessCertificateValidMonths };

/**
 * `member.admission.awarenessCertificate`: the awareness-course certificate (giấy chứng nhận lớp bồi dưỡng nhận thức
 * về Đảng) is valid 60 months; past that the cell sends the applicant to attend again before voting. Judged at the
 * cell's vote, against the last certificate recorded before it.
 */
export const admissionAwarenessCertificate = defineRule({
  id: 'member.admission.awarenessCertificate',
  family: 'lifecycle',
  title: { vi: 'Giấy chứng nhận lớp nhận thức về Đảng còn hạn', en: 'Awareness-course certificate still valid' },
  description: {
    vi: 'Quá 60 tháng kể từ ngày cấp giấy chứng nhận mà chi bộ chưa xét đề nghị kết nạp thì phải học lại.',
    en: 'If the cell has not voted within 60 months of the certificate, the applicant must attend the course again.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    expired: {
      vi: 'Giấy chứng nhận lớp nhận thức về Đảng cấp ngày {certificateDate} đã hết hạn ngày {validUntil} (trước ngày chi bộ xét {actDate}).',
      en: 'The awareness-course certificate of {certificateDate} expired on {validUntil}, before the cell vote of {actDate}.',
    },
  },
  select: admissionAwarenessCertificateSubjects,
  versions: [
    {
      from: '2016-09-20',
      to: '2021-09-27',
      citations: [{ document: 'hd-01-2016', point: '5.4' }],
      confidence: 'recalled',
    },
    {
      from: '2021-09-28',
      to: '2025-06-08',
      citations: [{ document: 'hd-01-2021', point: '5.4' }],
      confidence: 'recalled',
    },
    { from: '2025-06-09', citations: [{ document: 'hd-06-2025', point: '5.4 b' }], confidence: 'verified' },
  ],
  check(ctx) {
    const cert = lastBefore(ctx.record, ctx.subject.index, 'awarenessCourse');
    if (!cert) return;
    const validUntil = addMonths(cert.event.date, ctx.params.validMonths);
    if (ctx.actDate > validUntil)
      ctx.report('expired', {
        path: ['events', cert.index, 'date'],
        facts: {
          certificateDate: cert.event.date,
          validUntil,
          validMonths: ctx.params.validMonths,
          actDate: ctx.actDate,
        },
      });
  },
  examples: [
    {
      title: { vi: 'Còn hạn', en: 'Valid' },
      record: memberWith([
        { type: 'awarenessCourse', date: '2021-05-10' },
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Quá 60 tháng', en: 'Over 60 months' },
      record: memberWith([
        { type: 'awarenessCourse', date: '2020-05-10' },
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 9, officialMembers: 9 } },
      ]),
      expect: ['expired'],
    },
  ],
});
