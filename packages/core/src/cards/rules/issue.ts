import type { CivilDate } from '../../date/civil-date.js';
import { defineRule, wholeRecord } from '../../kernel/rule.js';
import { cardIssueVersions } from '../citations.js';
import type { PartyCard } from '../model.js';
import { exampleCard } from './example.js';

/** The day a card was issued: the competent committee's decision, else the hand-over. */
const issuedOn = (c: PartyCard): CivilDate | undefined => c.issueDecision ?? c.handedOverOn;

/**
 * `card.issue.officialOnly`: a party card is issued only to an official member, after the decision recognizing them
 * as official (QĐ 294 point 6.1.1; before, HD 01-HD/TW 2021 point 7.1 a). Judged on the day of the issue decision.
 */
export const cardIssueOfficialOnly = defineRule<PartyCard, PartyCard, 'beforeOfficial' | 'officialUnknown'>({
  id: 'card.issue.officialOnly',
  family: 'cards',
  title: { vi: 'Thẻ đảng viên chỉ phát cho đảng viên chính thức', en: 'Party cards go to official members only' },
  description: {
    vi: 'Thẻ đảng viên được phát cho đảng viên chính thức, sau khi có quyết định công nhận đảng viên chính thức.',
    en: 'A party card is issued to an official member, once the decision recognizing them as official exists.',
  },
  severity: 'error',
  appliesTo: ['partyCard'],
  messages: {
    beforeOfficial: {
      vi: 'Thẻ đảng viên được quyết định phát ngày {actDate}, trước ngày công nhận đảng viên chính thức {officialSince}: thẻ chỉ phát cho đảng viên chính thức.',
      en: 'The card was issued on {actDate}, before the member was recognized as official on {officialSince}: cards go to official members only.',
    },
    officialUnknown: {
      vi: 'Thẻ đảng viên phát ngày {actDate} nhưng chưa ghi ngày công nhận đảng viên chính thức: cần bổ sung để đối chiếu.',
      en: 'The card was issued on {actDate} but the date of recognition as official is not recorded: add it to check the issue.',
    },
  },
  select: (c) => {
    const d = issuedOn(c);
    return d ? wholeRecord(c, d) : null;
  },
  versions: cardIssueVersions(true),
  check(ctx) {
    const c = ctx.record;
    if (!c.officialSince) return ctx.report('officialUnknown', { path: ['officialSince'], severity: 'warning' });
    if (ctx.actDate < c.officialSince)
      ctx.report('beforeOfficial', {
        path: [c.issueDecision ? 'issueDecision' : 'handedOverOn'],
        facts: { officialSince: c.officialSince },
      });
  },
  examples: [
    {
      title: { vi: 'Phát thẻ sau khi công nhận chính thức', en: 'Card issued after recognition' },
      record: exampleCard(),
      expect: [],
    },
    {
      title: { vi: 'Phát thẻ cho đảng viên dự bị', en: 'Card issued to a probationary member' },
      record: exampleCard({ officialSince: '2025-11-03' }),
      expect: ['beforeOfficial'],
    },
  ],
});

/**
 * `card.issue.handover`: the cell hands the card over at its nearest meeting after it has the competent committee's
 * decision (QĐ 294 point 6.1.1). With the cell's meetings recorded, a hand-over after the first meeting on or after
 * the day the card reached the cell (else the decision day) is late; a hand-over before the decision is an error.
 */
export const cardIssueHandover = defineRule<PartyCard, PartyCard, 'lateHandover' | 'beforeDecision'>({
  id: 'card.issue.handover',
  family: 'cards',
  title: {
    vi: 'Chi bộ phát thẻ tại kỳ sinh hoạt gần nhất sau quyết định',
    en: 'The cell hands the card over at its nearest meeting after the decision',
  },
  description: {
    vi: 'Sau khi có quyết định của cấp có thẩm quyền, chi bộ tổ chức phát thẻ cho đảng viên trong kỳ sinh hoạt chi bộ gần nhất.',
    en: 'Once the competent committee has decided, the cell hands the card to the member at its nearest meeting.',
  },
  severity: 'warning',
  appliesTo: ['partyCard'],
  messages: {
    lateHandover: {
      vi: 'Thẻ đảng viên được phát ngày {handedOverOn}, sau kỳ sinh hoạt chi bộ gần nhất ngày {nearestMeeting} (quyết định phát thẻ ngày {actDate}).',
      en: 'The card was handed over on {handedOverOn}, after the nearest cell meeting of {nearestMeeting} (issue decision of {actDate}).',
    },
    beforeDecision: {
      vi: 'Ngày phát thẻ {handedOverOn} trước ngày quyết định phát thẻ {actDate}.',
      en: 'The hand-over of {handedOverOn} precedes the issue decision of {actDate}.',
    },
  },
  select: (c) => (c.issueDecision && c.handedOverOn ? wholeRecord(c, c.issueDecision) : null),
  versions: cardIssueVersions(false),
  check(ctx) {
    const c = ctx.record;
    const handedOverOn = c.handedOverOn!;
    if (handedOverOn < ctx.actDate)
      return ctx.report('beforeDecision', {
        path: ['handedOverOn'],
        severity: 'error',
        facts: { handedOverOn },
      });
    const base = c.receivedOn && c.receivedOn > ctx.actDate ? c.receivedOn : ctx.actDate;
    const nearest = [...(c.cellMeetings ?? [])].filter((m) => m >= base).sort()[0];
    if (nearest && handedOverOn > nearest)
      ctx.report('lateHandover', { path: ['handedOverOn'], facts: { handedOverOn, nearestMeeting: nearest } });
  },
  examples: [
    {
      title: { vi: 'Phát thẻ tại kỳ sinh hoạt gần nhất', en: 'Handed over at the nearest meeting' },
      record: exampleCard({ handedOverOn: '2025-11-03', cellMeetings: ['2025-11-03', '2025-12-01'] }),
      expect: [],
    },
    {
      title: { vi: 'Phát thẻ muộn một kỳ', en: 'Handed over one meeting late' },
      record: exampleCard({ handedOverOn: '2025-12-01', cellMeetings: ['2025-11-03', '2025-12-01'] }),
      expect: ['lateHandover'],
    },
  ],
});
