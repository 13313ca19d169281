import type { Subject } from '../../kernel/rule.js';
import { defineRule } from '../../kernel/rule.js';
import { cardReissueVersions } from '../citations.js';
import type { CardEvent, PartyCard } from '../model.js';
import { exampleCard } from './example.js';

interface EventAt {
  readonly event: CardEvent;
  readonly index: number;
}

/** Each `reissued` and `lost` event, judged on its own date. */
function lossAndReissue(c: PartyCard): Subject<EventAt>[] {
  return (c.events ?? []).flatMap((event, index) =>
    event.type === 'reissued' || event.type === 'lost'
      ? [{ value: { event, index }, actDate: event.date, path: ['events', index] }]
      : [],
  );
}

/**
 * `card.reissue.basis`: a card is re-issued only for a lost card, and exchanged only for a damaged one, each loss or
 * damage recorded before the re-issue and used once; a loss is reported to the committee (HD 12-HD/BTCTW 2022 Phần II
 * point 2.2 c: the cell considers the loss or damage from the member's self-review, the competent standing committee
 * decides the re-issue; carried over under HD 38-HD/BTCTW 2025).
 */
export const cardReissueBasis = defineRule<PartyCard, EventAt, 'noLoss' | 'lossNotReported'>({
  id: 'card.reissue.basis',
  family: 'cards',
  title: { vi: 'Cấp lại thẻ khi mất, đổi thẻ khi hỏng', en: 'Re-issue for a lost card, exchange for a damaged one' },
  description: {
    vi: 'Cấp lại thẻ đảng viên khi thẻ bị mất, đổi thẻ khi bị hỏng, trên cơ sở bản kiểm điểm của đảng viên và đề nghị của chi bộ; mất thẻ phải báo cáo cấp ủy.',
    en: 'A card is re-issued when lost and exchanged when damaged, on the member’s self-review and the cell’s proposal; a loss is reported to the committee.',
  },
  severity: 'error',
  appliesTo: ['partyCard'],
  messages: {
    noLoss: {
      vi: 'Quyết định cấp lại thẻ ngày {actDate} không có lần mất hoặc hỏng thẻ nào được ghi trước đó.',
      en: 'The re-issue decided on {actDate} follows no recorded loss or damage of the card.',
    },
    lossNotReported: {
      vi: 'Thẻ đảng viên mất ngày {actDate} chưa ghi ngày báo cáo chi ủy, cấp ủy.',
      en: 'The card lost on {actDate} has no recorded report to the committee.',
    },
  },
  select: lossAndReissue,
  versions: cardReissueVersions(),
  check(ctx) {
    const { event, index } = ctx.subject;
    if (event.type === 'lost') {
      if (!event.reportedOn)
        ctx.report('lossNotReported', { path: ['events', index, 'reportedOn'], severity: 'warning' });
      return;
    }
    // losses and damages before this re-issue, less the re-issues before it
    const before = (ctx.record.events ?? []).slice(0, index);
    const grounds = before.filter((e) => (e.type === 'lost' || e.type === 'damaged') && e.date <= event.date).length;
    const used = before.filter((e) => e.type === 'reissued').length;
    if (grounds <= used) ctx.report('noLoss', { path: ['events', index, 'date'] });
  },
  examples: [
    {
      title: { vi: 'Mất thẻ, báo cáo, được cấp lại', en: 'Lost, reported, re-issued' },
      record: exampleCard({
        events: [
          { type: 'lost', date: '2026-03-02', reportedOn: '2026-03-04' },
          { type: 'reissued', date: '2026-05-11' },
        ],
      }),
      expect: [],
    },
    {
      title: { vi: 'Cấp lại thẻ không có lần mất thẻ', en: 'Re-issued without a loss' },
      record: exampleCard({ events: [{ type: 'reissued', date: '2026-05-11' }] }),
      expect: ['noLoss'],
    },
  ],
});
