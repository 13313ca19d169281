import { defineRule, type RuleContext } from '../../kernel/rule.js';
import { overRegimes } from '../../legal/regimes.js';
import type { Member } from '../../model/member.js';
import { cellVoteRatio } from '../parameters.js';
import { type EventSubject, eachEvent, firstAfter, memberWith } from './common.js';

type S = EventSubject<'admissionVote' | 'recognitionVote'>;
type Msg = 'decidedWithoutMajority' | 'failed' | 'inconsistent';
const parameters = { ratio: cellVoteRatio };
type Ctx = RuleContext<Member, S, Msg, typeof parameters>;

/** Which exclusions from the denominator a regime knows. */
type Exclusion = 'temporarilyTransferredOut' | 'exemptedAbsent' | 'suspendedOrProsecuted' | 'absentWithLeave';

function judge(ctx: Ctx, known: readonly Exclusion[]): void {
  const { event, index } = ctx.subject;
  const v = event.vote;
  const excluded = known.reduce((n, k) => n + (v.excluded?.[k] ?? 0), 0);
  const denominator = v.officialMembers - excluded;
  const path = ['events', index, 'vote'];
  if (denominator <= 0 || v.for > denominator || (v.against ?? 0) + v.for > denominator) {
    ctx.report('inconsistent', {
      path,
      facts: { for: v.for, against: v.against ?? null, denominator, officialMembers: v.officialMembers },
    });
    return;
  }
  // ≥ 2/3 in integers: 3·for ≥ 2·denominator (no rounding question)
  const needed = Math.ceil(denominator * ctx.params.ratio - 1e-9);
  if (v.for >= needed) return;
  const facts = { for: v.for, denominator, needed, officialMembers: v.officialMembers, excluded };
  const follows =
    event.type === 'admissionVote'
      ? firstAfter(ctx.record, index, 'admissionDecision', 'readmission', 'admissionVote')
      : firstAfter(ctx.record, index, 'recognitionDecision', 'probationStrikeOff', 'recognitionVote');
  const decided =
    follows &&
    follows.event.type !== 'admissionVote' &&
    follows.event.type !== 'recognitionVote' &&
    !(
      event.type === 'recognitionVote' &&
      ((event.proposal === 'recognize' && follows.event.type !== 'recognitionDecision') ||
        (event.proposal === 'strikeOff' && follows.event.type !== 'probationStrikeOff'))
    );
  if (decided) ctx.report('decidedWithoutMajority', { path: ['events', follows.index], facts });
  else ctx.report('failed', { path, facts, severity: 'info' });
}

/**
 * `member.vote.twoThirds`: the cell proposes admission, recognition or the strike-off of a probationary member
 * only when at least two thirds of its official members agree; the denominator leaves out the members the
 * regulation of the day excludes (temporarily transferred elsewhere; exempted and absent; from 1/7/2025 also
 * suspended or prosecuted, and absent with an accepted reason). A decision that follows a vote short of two thirds
 * is an error; a vote that simply failed is recorded as info.
 */
export const cellVoteTwoThirds = defineRule({
  id: 'member.vote.twoThirds',
  family: 'lifecycle',
  title: {
    vi: 'Chi bộ biểu quyết: ít nhất 2/3 số đảng viên chính thức',
    en: 'Cell vote: at least two thirds of official members',
  },
  description: {
    vi: 'Chi bộ xét và đề nghị kết nạp, công nhận chính thức khi được ít nhất hai phần ba số đảng viên chính thức tán thành.',
    en: 'The cell proposes admission or recognition only with the approval of at least two thirds of its official members.',
  },
  severity: 'error',
  appliesTo: ['member'],
  parameters,
  messages: {
    decidedWithoutMajority: {
      vi: 'Đã có quyết định dù chi bộ chỉ có {for}/{denominator} đảng viên tán thành (cần {needed}).',
      en: 'A decision was made although only {for} of {denominator} members approved ({needed} needed).',
    },
    failed: {
      vi: 'Chi bộ biểu quyết {for}/{denominator}, chưa đủ hai phần ba (cần {needed}).',
      en: 'The cell voted {for} of {denominator}, short of two thirds ({needed} needed).',
    },
    inconsistent: {
      vi: 'Kết quả biểu quyết không hợp lý: {for} tán thành trên tổng số {denominator}.',
      en: 'Inconsistent vote: {for} in favour out of {denominator}.',
    },
  },
  select: eachEvent('admissionVote', 'recognitionVote'),
  versions: [
    {
      from: '2011-01-19',
      to: '2021-07-29',
      citations: [
        { document: 'dieu-le-2011', article: '4', clause: '3' },
        { document: 'dieu-le-2011', article: '5', clause: '2' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Trừ đảng viên sinh hoạt tạm thời nơi khác và đảng viên miễn sinh hoạt vắng mặt (thực tiễn, chưa đối chiếu văn bản).',
        en: 'Excludes members temporarily elsewhere and absent exempted members (practice; text not seen).',
      },
      check: (ctx) => judge(ctx, ['temporarilyTransferredOut', 'exemptedAbsent']),
    },
    // QĐ 24 (30/7/2021) then QĐ 232 (20/1/2025), point 9.3.2 in both.
    ...overRegimes({ from: '2021-07-30', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      citations: [
        { document: 'dieu-le-2011', article: '4', clause: '3' },
        { document: 'dieu-le-2011', article: '5', clause: '2' },
        { document: d.charterRegulation!, point: '9.3.2' },
      ],
      confidence: 'secondary' as const,
      check: (ctx: Ctx) => judge(ctx, ['temporarilyTransferredOut', 'exemptedAbsent']),
    })),
    {
      from: '2025-07-01',
      citations: [
        { document: 'dieu-le-2011', article: '4', clause: '3' },
        { document: 'dieu-le-2011', article: '5', clause: '2' },
        { document: 'qd-294-2025', point: '9.3.2' },
        { document: 'qd-294-2025', point: '9.3.4' },
      ],
      confidence: 'verified',
      note: {
        vi: 'Trừ thêm đảng viên bị đình chỉ, khởi tố, tạm giam và vắng mặt có lý do.',
        en: 'Also excludes suspended, prosecuted or detained members and those absent with an accepted reason.',
      },
    },
  ],
  check: (ctx) =>
    judge(ctx, ['temporarilyTransferredOut', 'exemptedAbsent', 'suspendedOrProsecuted', 'absentWithLeave']),
  examples: [
    {
      title: { vi: '6/9 là đủ 2/3', en: '6 of 9 is two thirds' },
      record: memberWith([
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 6, officialMembers: 9 } },
        { type: 'admissionDecision', date: '2025-09-01' },
      ]),
      expect: [],
    },
    {
      title: { vi: 'Quyết định khi chỉ 5/9 tán thành', en: 'Decision after only 5 of 9' },
      record: memberWith([
        { type: 'admissionVote', date: '2025-08-05', vote: { for: 5, officialMembers: 9 } },
        { type: 'admissionDecision', date: '2025-09-01' },
      ]),
      expect: ['decidedWithoutMajority'],
    },
  ],
});
