import { addDays } from '../../date/add-days.js';
import { defineRule, type Subject } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { type SuspensionPeriod, suspensionPeriods } from '../../records/suspension.js';
import { suspensionMaxDays } from '../parameters.js';
import { memberWith } from './common.js';

const parameters = { days: suspensionMaxDays };

/**
 * Each suspension whose decision sets a last day, judged at the date of the suspension decision. Suspensions of a
 * member indicted or in custody are left out: their length follows the criminal-procedure time limits.
 */
function suspensionsWithPeriod(m: Member): Subject<SuspensionPeriod>[] {
  return suspensionPeriods(m)
    .filter((p) => p.until !== null && p.ground !== 'indictment' && p.ground !== 'custody')
    .map((p) => ({ value: p, actDate: p.decidedOn, path: ['events', p.index] }));
}

const official = [
  { type: 'admissionDecision', date: '2010-03-01' },
  { type: 'admissionCeremony', date: '2010-03-20' },
  { type: 'recognitionDecision', date: '2011-03-25' },
];

/**
 * `member.suspension.duration`: a suspension of party activity lasts 90 days; extended, at most 180 days in all,
 * counted from its first day (the first day is day 1). Not applied to members indicted or in custody (their
 * suspension follows the time limits of the law) nor to a decision that sets no last day.
 */
export const suspensionDuration = defineRule({
  id: 'member.suspension.duration',
  family: 'lifecycle',
  title: {
    vi: 'Thời hạn đình chỉ sinh hoạt đảng (90 ngày, kể cả gia hạn không quá 180 ngày)',
    en: 'Length of a suspension of party activity (90 days; at most 180 with extensions)',
  },
  description: {
    vi: 'Đình chỉ sinh hoạt đảng có thời hạn 90 ngày; nếu phải gia hạn thì cả thời gian đình chỉ không quá 180 ngày. Đảng viên bị truy tố, tạm giam thì thời hạn đình chỉ theo thời hạn của pháp luật.',
    en: 'A suspension of party activity lasts 90 days; when extended, the whole suspension may not exceed 180 days. For a member indicted or in custody the suspension follows the time limits set by law.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    tooLong: {
      vi: 'Quyết định đình chỉ sinh hoạt đảng ngày {decidedOn} đặt thời hạn từ {since} đến {until}, dài hơn {days} ngày (chậm nhất đến {limit}).',
      en: 'The suspension decided on {decidedOn} runs from {since} to {until}, longer than {days} days (until {limit} at the latest).',
    },
    extendedTooLong: {
      vi: 'Đình chỉ sinh hoạt đảng từ {since}, kể cả gia hạn, kéo dài đến {until}: quá {days} ngày (chậm nhất đến {limit}).',
      en: 'The suspension from {since}, with its extensions, runs until {until}: more than {days} days ({limit} at the latest).',
    },
  },
  select: suspensionsWithPeriod,
  versions: [
    {
      from: '2021-07-28',
      to: '2025-05-29',
      citations: [{ document: 'qd-22-2021', article: '31', clause: '1' }],
      confidence: 'secondary',
      note: {
        vi: 'Theo các trang hỏi đáp pháp luật dẫn QĐ 22-QĐ/TW Điều 31 khoản 1 (chưa đối chiếu văn bản gốc). QĐ 30-QĐ/TW (2016) Điều 40 được dẫn với 90 và 180 ngày làm việc; QĐ 296-QĐ/TW (từ 30/5/2025) chưa được đối chiếu, nên quy tắc chưa áp dụng ngoài khoảng này.',
        en: 'From legal Q&A portals citing QĐ 22-QĐ/TW Art. 31 cl. 1 (the original not checked). QĐ 30-QĐ/TW (2016) Art. 40 is cited with 90 and 180 working days; QĐ 296-QĐ/TW (from 30/5/2025) was not checked, so the rule does not apply outside this window.',
      },
    },
  ],
  check(ctx) {
    const p = ctx.subject;
    if (!p.until) return;
    const days = p.extended ? ctx.params.days.total : ctx.params.days.initial;
    const limit = addDays(p.since, days - 1);
    if (p.until <= limit) return;
    ctx.report(p.extended ? 'extendedTooLong' : 'tooLong', {
      path: ['events', p.index, ...(p.extended ? [] : ['until'])],
      facts: { decidedOn: p.decidedOn, since: p.since, until: p.until, days, limit },
    });
  },
  examples: [
    {
      title: { vi: 'Đình chỉ đúng 90 ngày', en: 'A suspension of exactly 90 days' },
      record: memberWith([...official, { type: 'suspensionStart', date: '2023-01-01', until: '2023-03-31' }]),
      expect: [],
    },
    {
      title: { vi: 'Đình chỉ 91 ngày', en: 'A suspension of 91 days' },
      record: memberWith([...official, { type: 'suspensionStart', date: '2023-01-01', until: '2023-04-01' }]),
      expect: ['tooLong'],
    },
    {
      title: { vi: 'Gia hạn đến quá 180 ngày', en: 'Extended beyond 180 days' },
      record: memberWith([
        ...official,
        { type: 'suspensionStart', date: '2023-01-01', until: '2023-03-31' },
        { type: 'suspensionExtension', date: '2023-03-20', until: '2023-06-30' },
      ]),
      expect: ['extendedTooLong'],
    },
  ],
});
