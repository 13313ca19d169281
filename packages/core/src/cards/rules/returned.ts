import { defineRule, type Subject } from '../../kernel/rule.js';
import { replay } from '../../lifecycle/history.js';
import { memberWith } from '../../lifecycle/rules/common.js';
import type { Member } from '../../model/member.js';
import { cardStrikeOffVersions } from '../citations.js';
import type { CardEvent, PartyCard } from '../model.js';
import { exampleCard } from './example.js';

interface EventAt {
  readonly event: CardEvent;
  readonly index: number;
}

/**
 * `card.returned.strikeOffGround`: a member who returns or destroys their card of their own will falls under a
 * strike-off ground: the cell considers it and proposes the strike-off to the competent committee (implementing
 * regulation point 8.1, from QĐ 24 of 2021 on). A notice on the card register, so the member file gets the strike-off.
 */
export const cardReturnedStrikeOffGround = defineRule<PartyCard, EventAt, 'groundMet'>({
  id: 'card.returned.strikeOffGround',
  family: 'cards',
  title: {
    vi: 'Tự ý trả hoặc hủy thẻ đảng viên là căn cứ xóa tên',
    en: 'Returning or destroying one’s card is a strike-off ground',
  },
  description: {
    vi: 'Đảng viên tự ý trả thẻ hoặc tự hủy thẻ đảng viên thì chi bộ xem xét, đề nghị cấp ủy có thẩm quyền xóa tên.',
    en: 'When a member returns or destroys their card of their own will, the cell proposes a strike-off to the competent committee.',
  },
  severity: 'warning',
  appliesTo: ['partyCard'],
  messages: {
    groundMet: {
      vi: 'Đảng viên {what} ngày {actDate}: thuộc trường hợp chi bộ xem xét, đề nghị xóa tên trong danh sách đảng viên.',
      en: 'The member {whatEn} on {actDate}: the cell must consider proposing a strike-off.',
    },
  },
  select: (c): Subject<EventAt>[] =>
    (c.events ?? []).flatMap((event, index) =>
      event.type === 'returned' || event.type === 'destroyed'
        ? [{ value: { event, index }, actDate: event.date, path: ['events', index] }]
        : [],
    ),
  versions: cardStrikeOffVersions(),
  check(ctx) {
    const returned = ctx.subject.event.type === 'returned';
    ctx.report('groundMet', {
      args: returned
        ? { what: 'tự ý trả thẻ đảng viên', whatEn: 'returned the party card' }
        : { what: 'tự hủy thẻ đảng viên', whatEn: 'destroyed the party card' },
    });
  },
  examples: [
    {
      title: { vi: 'Thẻ bị mất', en: 'A lost card' },
      record: exampleCard({ events: [{ type: 'lost', date: '2026-03-02', reportedOn: '2026-03-03' }] }),
      expect: [],
    },
    {
      title: { vi: 'Đảng viên tự ý trả thẻ', en: 'The member returns the card' },
      record: exampleCard({ events: [{ type: 'returned', date: '2026-09-14' }] }),
      expect: ['groundMet'],
    },
  ],
});

/**
 * `card.strikeOff.official`: the strike-off ground "returned or destroyed the card" presupposes a card, which only
 * official members hold: a strike-off on that ground of a member who was not official that day is an error (a
 * probationary member is struck off through the probation procedure).
 */
export const cardStrikeOffOfficial = defineRule<Member, { readonly index: number }, 'noCard'>({
  id: 'card.strikeOff.official',
  family: 'cards',
  title: {
    vi: 'Xóa tên vì trả, hủy thẻ chỉ với đảng viên chính thức',
    en: 'A strike-off for a returned card applies to official members only',
  },
  description: {
    vi: 'Chỉ đảng viên chính thức mới được phát thẻ, nên căn cứ tự ý trả, hủy thẻ chỉ áp dụng với đảng viên chính thức.',
    en: 'Only official members hold a card, so the returned-card ground applies to official members only.',
  },
  severity: 'error',
  appliesTo: ['member'],
  messages: {
    noCard: {
      vi: 'Xóa tên ngày {actDate} vì tự ý trả hoặc hủy thẻ, nhưng khi đó người này chưa là đảng viên chính thức nên chưa được phát thẻ.',
      en: 'The strike-off of {actDate} cites a returned or destroyed card, but the person was not an official member then and held no card.',
    },
  },
  select: (m): Subject<{ readonly index: number }>[] =>
    (m.events ?? []).flatMap((e, index) =>
      e.type === 'strikeOff' && e.ground === 'cardReturned'
        ? [{ value: { index }, actDate: e.date, path: ['events', index, 'ground'] }]
        : [],
    ),
  versions: cardStrikeOffVersions(),
  check(ctx) {
    const before = replay(ctx.record).before[ctx.subject.index];
    if (before && before.status !== 'official' && before.status !== 'exempted') ctx.report('noCard');
  },
  examples: [
    {
      title: { vi: 'Đảng viên chính thức trả thẻ', en: 'An official member returns the card' },
      record: memberWith([
        { type: 'admissionDecision', date: '2020-03-02' },
        { type: 'admissionCeremony', date: '2020-03-20' },
        { type: 'recognitionDecision', date: '2021-03-25' },
        { type: 'strikeOff', date: '2025-10-06', ground: 'cardReturned' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Đảng viên dự bị bị xóa tên vì trả thẻ', en: 'A probationary member struck off for a card' },
      record: memberWith([
        { type: 'admissionDecision', date: '2025-03-02' },
        { type: 'admissionCeremony', date: '2025-03-20' },
        { type: 'strikeOff', date: '2025-10-06', ground: 'cardReturned' },
      ]),
      expect: ['noCard'],
    },
  ],
});
