import { defineRuleFor } from '../../kernel/rule.js';
import type { Member } from '../../model/member.js';
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
  },
  // Judged at the first event's date (the rule's logic did not change across regimes; refusals cite by date).
  select: (m) => (m.events?.length ? { value: m, actDate: m.events[0]!.date, path: [] } : null),
  versions: [
    {
      from: '1900-01-01',
      citations: [
        { document: 'dieu-le-2011', article: '4' },
        { document: 'dieu-le-2011', article: '5' },
      ],
      confidence: 'verified',
    },
  ],
  check(ctx) {
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
