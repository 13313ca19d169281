import { addMonths } from '../../date/add-months.js';
import { defineRule } from '../../kernel/rule.js';
import { admissionFileValidMonths } from '../parameters.js';
import { eachEvent, lastBefore, memberWith } from './common.js';

// Subjects picked outside the rule object, so that defineRule infers the record type from them.
const admissionFileValiditySubjects = eachEvent('admissionVote');

const parameters = { validMonths: admissionFileValidMonths };

/**
 * `member.admission.fileValidity`: the introducers' letters (or the Youth Union / trade-union resolution) of an
 * admission file stay valid 12 months; when the cell has not considered the applicant within that time they are
 * made again, with a supplementary verification and fresh comments (HD 06 point 5.4 a). Judged at the cell's vote,
 * against the last introduction recorded before it.
 */
export const admissionFileValidity = defineRule({
  id: 'member.admission.fileValidity',
  family: 'lifecycle',
  title: { vi: 'Giấy giới thiệu người vào Đảng còn giá trị', en: 'Introduction documents still valid' },
  description: {
    vi: 'Quá 12 tháng kể từ khi giới thiệu mà chi bộ chưa xét kết nạp thì phải làm lại giấy giới thiệu (nghị quyết giới thiệu), thẩm tra bổ sung và lấy lại nhận xét.',
    en: 'If the cell has not considered the applicant within 12 months of the introduction, the introduction (or resolution), verification and comments are made again.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    introductionExpired: {
      vi: 'Giấy giới thiệu người vào Đảng ngày {introducedOn} đã hết giá trị ngày {validUntil} ({validMonths} tháng), trước ngày chi bộ xét {actDate}: cần làm lại giấy giới thiệu, thẩm tra bổ sung và lấy lại nhận xét.',
      en: 'The introduction of {introducedOn} lapsed on {validUntil} ({validMonths} months), before the cell vote of {actDate}: it, the verification and the comments must be made again.',
    },
  },
  select: admissionFileValiditySubjects,
  versions: [{ from: '2025-06-09', citations: [{ document: 'hd-06-2025', point: '5.4 a' }], confidence: 'verified' }],
  check(ctx) {
    const intro = lastBefore(ctx.record, ctx.subject.index, 'introduction');
    if (!intro) return;
    const validUntil = addMonths(intro.event.date, ctx.params.validMonths);
    if (ctx.actDate > validUntil)
      ctx.report('introductionExpired', {
        path: ['events', intro.index, 'date'],
        facts: {
          introducedOn: intro.event.date,
          validUntil,
          validMonths: ctx.params.validMonths,
          actDate: ctx.actDate,
        },
      });
  },
  examples: [
    {
      title: { vi: 'Giới thiệu 8 tháng trước khi chi bộ xét', en: 'Introduced 8 months before the vote' },
      record: memberWith([
        { type: 'introduction', date: '2025-01-10', introducers: [] },
        { type: 'admissionVote', date: '2025-09-10', vote: { for: 9, officialMembers: 9 } },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Giới thiệu 13 tháng trước', en: 'Introduced 13 months before' },
      record: memberWith([
        { type: 'introduction', date: '2024-08-10', introducers: [] },
        { type: 'admissionVote', date: '2025-09-10', vote: { for: 9, officialMembers: 9 } },
      ]),
      expect: ['introductionExpired'],
    },
  ],
});
