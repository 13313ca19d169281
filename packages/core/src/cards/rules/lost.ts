import { defineRule, type Subject } from '../../kernel/rule.js';
import { cardLossDisciplineVersions } from '../citations.js';
import type { CardEvent, PartyCard } from '../model.js';
import { exampleCard } from './example.js';

interface LossAt {
  readonly event: Extract<CardEvent, { type: 'lost' }>;
  readonly index: number;
}

/**
 * `card.lost.discipline`: losing one's card without good reason is a discipline matter, not only a re-issue: the
 * discipline regulation lists it among the violations a reprimand answers when the harm is small (QĐ 102-QĐ/TW 2017
 * Điều 11 khoản 1 điểm g; from 6/7/2022 the regulation replacing it, QĐ 69-QĐ/TW). A notice for each loss the
 * register marks as without good reason (`goodReason: false`), so the cell considers it; a loss with a good reason, or
 * with none recorded, gives nothing.
 */
export const cardLostDiscipline = defineRule<PartyCard, LossAt, 'disciplineMatter'>({
  id: 'card.lost.discipline',
  family: 'cards',
  title: {
    vi: 'Làm mất thẻ đảng viên không có lý do chính đáng là vi phạm kỷ luật',
    en: 'Losing one’s card without good reason is a discipline matter',
  },
  description: {
    vi: 'Đảng viên làm mất thẻ mà không có lý do chính đáng thì chi bộ xem xét xử lý theo quy định về kỷ luật đảng viên (khiển trách nếu hậu quả ít nghiêm trọng), bên cạnh việc cấp lại thẻ.',
    en: 'A member who loses the card without good reason is considered by the cell under the discipline regulation (a reprimand when the harm is small), besides the re-issue.',
  },
  severity: 'warning',
  appliesTo: ['partyCard'],
  messages: {
    disciplineMatter: {
      vi: 'Thẻ đảng viên mất ngày {actDate} không có lý do chính đáng: chi bộ cần xem xét trách nhiệm theo quy định về kỷ luật đảng viên.',
      en: 'The card was lost on {actDate} without good reason: the cell must consider it under the member discipline regulation.',
    },
  },
  select: (c): Subject<LossAt>[] =>
    (c.events ?? []).flatMap((event, index) =>
      event.type === 'lost' && event.goodReason === false
        ? [{ value: { event, index }, actDate: event.date, path: ['events', index, 'goodReason'] }]
        : [],
    ),
  versions: cardLossDisciplineVersions(),
  check(ctx) {
    ctx.report('disciplineMatter');
  },
  examples: [
    {
      title: { vi: 'Mất thẻ do bị mất cắp', en: 'Card stolen (good reason)' },
      record: exampleCard({
        events: [{ type: 'lost', date: '2025-11-17', reportedOn: '2025-11-18', goodReason: true }],
      }),
      expect: [],
    },
    {
      title: { vi: 'Mất thẻ không có lý do chính đáng', en: 'Card lost without good reason' },
      record: exampleCard({
        events: [{ type: 'lost', date: '2025-11-17', reportedOn: '2025-11-18', goodReason: false }],
      }),
      expect: ['disciplineMatter'],
    },
  ],
});
