import { defineRuleFor } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
import { prepareMember } from '../../records/corrections.js';
import { replay } from '../history.js';
import { STATUS_LABELS } from '../state.js';
import { memberWith } from './common.js';

/**
 * `member.history.consistency`: the history must be possible: events in date order, and every event lawful in the
 * state the earlier events produce (no ceremony before the decision, no recognition before the ceremony, no second
 * probation while one is open, nothing after death except a posthumous badge, no expulsion of a probationary
 * member…). Each issue points at the offending event and cites the text the transition table names.
 */
export const historyConsistency = defineRuleFor<Member>()({
  id: 'member.history.consistency',
  family: 'lifecycle',
  title: { vi: 'Lịch sử hồ sơ đảng viên hợp lý', en: 'Member history is consistent' },
  description: {
    vi: 'Các sự kiện theo thứ tự thời gian và mỗi sự kiện hợp lệ với trạng thái do các sự kiện trước tạo ra (bảng chuyển trạng thái).',
    en: 'Events are in date order and each is lawful in the state the earlier events produce (the transition table).',
  },
  severity: 'error',
  appliesTo: ['member'],
  messages: {
    outOfOrder: {
      vi: 'Sự kiện ngày {date} đứng sau sự kiện ngày {previousDate}: lịch sử phải theo thứ tự thời gian.',
      en: 'The event of {date} comes after one of {previousDate}: the history must be in date order.',
    },
    refused: {
      vi: 'Sự kiện "{event}" không hợp lệ khi đang là {status}: {reasonVi}',
      en: 'Event "{event}" is not possible for a {statusEn}: {reasonEn}',
    },
    duplicateId: {
      vi: 'Mã sự kiện "{id}" đã dùng cho một sự kiện khác trong hồ sơ: mỗi sự kiện cần một mã riêng.',
      en: 'Event id "{id}" is already used by another event of this record: each event needs its own id.',
    },
    unknownTarget: {
      vi: 'Bản đính chính nêu sự kiện mã "{id}", nhưng hồ sơ không có sự kiện nào mang mã này; bản đính chính không được áp dụng.',
      en: 'The correction names event "{id}", but no event of this record has that id; the correction is not applied.',
    },
    correctsCorrection: {
      vi: 'Bản đính chính nêu một bản đính chính khác (mã "{id}"): hãy đính chính thẳng sự kiện gốc.',
      en: 'The correction names another correction ("{id}"): correct the original event instead.',
    },
    emptyCorrection: {
      vi: 'Bản đính chính sự kiện mã "{id}" không ghi nội dung thay thế, cũng không ghi rút bỏ sự kiện.',
      en: 'The correction of event "{id}" gives neither a replacement nor a withdrawal.',
    },
  },
  // Judged at the first event's date; a history whose every event was withdrawn still has its input's dates.
  select: (m) => {
    const date = m.events?.[0]?.date ?? prepareMember(m).history.firstDate;
    return date ? { value: m, actDate: date, path: [] } : null;
  },
  versions: [
    {
      from: '1900-01-01',
      to: '2011-01-18',
      citations: [{ document: 'dieu-le-truoc-2011' }],
      confidence: 'recalled',
      note: {
        vi: 'Hồ sơ trước Điều lệ 2011: cùng trình tự kết nạp, dự bị, chính thức (ghi nhớ, chưa đối chiếu văn bản).',
        en: 'Records before the 2011 Charter: the same admission, probation, recognition sequence (recalled, text not seen).',
      },
    },
    {
      from: '2011-01-19',
      citations: [
        { document: 'dieu-le-2011', article: '4' },
        { document: 'dieu-le-2011', article: '5' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
    for (const p of prepareMember(ctx.record).history.problems)
      ctx.report(p.kind, {
        path: ['sourceEvents', p.index, p.kind === 'duplicateId' ? 'id' : 'corrects'],
        facts: { id: p.id },
      });
    for (const p of replay(ctx.record).problems) {
      if (p.kind === 'outOfOrder')
        ctx.report('outOfOrder', {
          path: ['events', p.index, 'date'],
          facts: { date: p.date, previousDate: p.previousDate },
        });
      else
        ctx.report('refused', {
          path: ['events', p.index],
          citations: p.refusal.citations,
          facts: { event: ctx.record.events[p.index]!.type, refusal: p.refusal.id, status: p.state.status },
          args: {
            event: ctx.record.events[p.index]!.type,
            status: STATUS_LABELS[p.state.status].vi,
            statusEn: STATUS_LABELS[p.state.status].en,
            reasonVi: p.refusal.message.vi,
            reasonEn: p.refusal.message.en,
          },
        });
    }
  },
  examples: [
    {
      title: { vi: 'Quyết định, lễ, công nhận', en: 'Decision, ceremony, recognition' },
      record: memberWith([
        { type: 'admissionDecision', date: '2015-07-26' },
        { type: 'admissionCeremony', date: '2015-08-10' },
        { type: 'recognitionDecision', date: '2016-08-20' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Lễ kết nạp trước quyết định', en: 'Ceremony before the decision' },
      record: memberWith([
        { type: 'admissionCeremony', date: '2015-07-20' },
        { type: 'admissionDecision', date: '2015-07-26' },
      ]),
      expect: ['refused'],
    },
  ],
});
