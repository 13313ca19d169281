import { match } from 'ts-pattern';
import { addMonths } from '../date/add-months.js';
import type { CivilDate } from '../date/civil-date.js';
import type { Citation, LocalizedText } from '../legal/types.js';
import type { MemberEvent, MemberEventType } from '../model/member.js';
import { suspensionCitations } from '../records/suspension.js';
import { probationMonths, valueAt } from './parameters.js';
import { charter, implementingGuidance, regulationPoint } from './regime.js';
import { isFormer, isOnRolls, type MemberState, type MemberStatus } from './state.js';

/** Why a transition is refused: a stable id, the text that forbids it and a message. */
export type RefusalId =
  | 'alreadyMember'
  | 'admissionOfFormer'
  | 'readmissionNotFormer'
  | 'readmissionOnce'
  | 'notAdmitted'
  | 'notProbationary'
  | 'notMember'
  | 'probationaryForm'
  | 'transferPending'
  | 'noTemporaryTransfer'
  | 'alreadyExempted'
  | 'notExempted'
  | 'notLostContact'
  | 'alreadySuspended'
  | 'notSuspended'
  | 'badgeNotOfficial'
  | 'badgeFormer'
  | 'afterDeath';

/** A refused transition. */
export interface Refusal {
  readonly id: RefusalId;
  readonly citations: readonly Citation[];
  readonly message: LocalizedText;
}

/** The result of applying one event. */
export type TransitionResult =
  | { readonly ok: true; readonly state: MemberState }
  | { readonly ok: false; readonly refusal: Refusal; readonly state: MemberState };

const REFUSAL_TEXT: Readonly<Record<RefusalId, LocalizedText>> = {
  alreadyMember: {
    vi: 'Người này đã có quyết định kết nạp hoặc đang là đảng viên; không thể tiến hành thủ tục kết nạp.',
    en: 'This person has already been admitted or is a member; the admission procedure does not apply.',
  },
  admissionOfFormer: {
    vi: 'Người đã ra khỏi Đảng chỉ có thể được kết nạp lại (quyết định kết nạp lại), không kết nạp mới.',
    en: 'A former member can only be re-admitted (re-admission decision), not admitted anew.',
  },
  readmissionNotFormer: {
    vi: 'Chỉ kết nạp lại người đã ra khỏi Đảng.',
    en: 'Only a former member can be re-admitted.',
  },
  readmissionOnce: { vi: 'Chỉ kết nạp lại một lần.', en: 'A person can be re-admitted only once.' },
  notAdmitted: {
    vi: 'Chỉ tổ chức lễ kết nạp khi đã có quyết định kết nạp (hoặc kết nạp lại) của cấp ủy có thẩm quyền.',
    en: 'The ceremony is held only after an admission (or re-admission) decision.',
  },
  notProbationary: {
    vi: 'Việc xét công nhận chính thức hoặc xóa tên đảng viên dự bị chỉ áp dụng với đảng viên dự bị.',
    en: 'Recognition and the strike-off of a probationary member apply only to probationary members.',
  },
  notMember: { vi: 'Việc này chỉ áp dụng với đảng viên.', en: 'This applies only to members.' },
  probationaryForm: {
    vi: 'Đảng viên dự bị chỉ bị kỷ luật bằng hình thức khiển trách hoặc cảnh cáo.',
    en: 'A probationary member can only be reprimanded or warned.',
  },
  transferPending: {
    vi: 'Đang có một lần chuyển sinh hoạt đảng chính thức chưa được tiếp nhận.',
    en: 'An official transfer is still awaiting its presentation at the receiving organization.',
  },
  noTemporaryTransfer: {
    vi: 'Đảng viên không đang sinh hoạt đảng tạm thời.',
    en: 'The member is not on a temporary transfer.',
  },
  alreadyExempted: {
    vi: 'Đảng viên đã được miễn công tác và sinh hoạt đảng.',
    en: 'The member is already exempted.',
  },
  notExempted: {
    vi: 'Đảng viên không đang được miễn công tác và sinh hoạt đảng.',
    en: 'The member is not exempted.',
  },
  notLostContact: {
    vi: 'Không có thời gian mất liên lạc nào đang mở để nối lại.',
    en: 'There is no open period of lost contact to restore.',
  },
  alreadySuspended: {
    vi: 'Đảng viên đang bị đình chỉ sinh hoạt đảng; muốn kéo dài thời hạn thì ghi quyết định gia hạn.',
    en: 'The member is already suspended from party activity; record an extension to lengthen the period.',
  },
  notSuspended: {
    vi: 'Đảng viên không đang bị đình chỉ sinh hoạt đảng.',
    en: 'The member is not suspended from party activity.',
  },
  badgeNotOfficial: {
    vi: 'Huy hiệu Đảng xét theo tuổi đảng, chỉ tính khi đã là đảng viên chính thức.',
    en: 'The badge goes by party age, which counts only once the member is official.',
  },
  badgeFormer: {
    vi: 'Người đã ra khỏi Đảng không được tặng và phải nộp lại Huy hiệu Đảng.',
    en: 'A former member is not awarded the badge and must return it.',
  },
  afterDeath: {
    vi: 'Không có sự kiện nào sau khi đảng viên từ trần (trừ truy tặng Huy hiệu Đảng).',
    en: 'No event can follow the member’s death (except a posthumous badge).',
  },
};

const refuse = (state: MemberState, id: RefusalId, citations: readonly Citation[]): TransitionResult => ({
  ok: false,
  refusal: { id, citations, message: REFUSAL_TEXT[id] },
  state,
});

/**
 * Applies one event to a state. Pure and total: every (state, event) pair gives a new state or a refusal naming
 * the text that forbids it. A refused event leaves the state unchanged (apart from the bookkeeping of `applied`).
 * @example
 * transition(initialState, { type: 'admissionDecision', date: '2015-07-26' }).state.status // 'admitted'
 */
export function transition(state: MemberState, event: MemberEvent): TransitionResult {
  const d = event.date;
  const applied = state.applied + 1;
  const lastDate = state.lastDate && state.lastDate > d ? state.lastDate : d;
  // One object per event: the refused state counts the event; the next state also moves `lastDate`.
  const no = (id: RefusalId, citations: readonly Citation[]) => refuse({ ...state, applied }, id, citations);
  const yes = (next: Partial<MemberState>): TransitionResult => ({
    ok: true,
    state: { ...state, applied, lastDate, ...next },
  });
  const s = state.status;
  if (s === 'deceased' && event.type !== 'badgeAwarded' && event.type !== 'badgeProposal')
    return no('afterDeath', [charter('1', '2')]);
  const onRolls = isOnRolls(s);
  const notMember = (citations: readonly Citation[]) => no('notMember', citations);

  // A switch, not ts-pattern: this runs once per event of every record (issue 15: the hottest path of a roster).
  switch (event.type) {
    case 'awarenessCourse':
    case 'application':
    case 'introduction':
    case 'verification':
    case 'admissionVote':
      return s === 'candidate' || isFormer(s) ? yes({}) : no('alreadyMember', [charter('4', '1')]);
    case 'admissionDecision':
      return s === 'candidate'
        ? yes({
            status: 'admitted',
            admissionDecisionDate: d,
            firstAdmissionDecisionDate: state.firstAdmissionDecisionDate ?? d,
          })
        : isFormer(s)
          ? no('admissionOfFormer', [regulationPoint(d, '3.5')])
          : no('alreadyMember', [charter('4', '3')]);
    case 'readmission':
      return !isFormer(s)
        ? no('readmissionNotFormer', [regulationPoint(d, '3.5.1')])
        : state.readmissions >= 1
          ? no('readmissionOnce', [regulationPoint(d, '3.5.3')])
          : yes({
              status: 'admitted',
              admissionDecisionDate: d,
              firstAdmissionDecisionDate: state.firstAdmissionDecisionDate ?? d,
              readmissions: state.readmissions + 1,
              ceremonyDate: null,
              officialSince: null,
              exempted: false,
              lostContact: false,
              temporarilyAway: false,
              pendingTransfer: null,
              suspension: null,
            });
    case 'admissionCeremony':
      return s === 'admitted'
        ? yes({ status: 'probationary', ceremonyDate: d })
        : no('notAdmitted', [charter('4', '3')]);
    case 'newMemberCourse':
      return onRolls ? yes({}) : notMember([charter('5', '1')]);
    case 'recognitionVote':
      return s === 'probationary' ? yes({}) : no('notProbationary', [charter('5', '2')]);
    case 'recognitionDecision': {
      if (s !== 'probationary') return no('notProbationary', [charter('5', '3')]);
      const ceremony = state.ceremonyDate ?? d;
      const end = addMonths(ceremony, valueAt(probationMonths, ceremony));
      return yes({
        status: state.exempted ? 'exempted' : 'official',
        officialSince: event.effectiveOn ?? end,
      });
    }
    case 'probationStrikeOff':
      return s === 'probationary'
        ? yes(exitTo('struckOff', d, state.applied))
        : no('notProbationary', [charter('5', '2')]);
    case 'transferOut':
      if (!onRolls) return notMember([regulationPoint(d, '6.3')]);
      if (event.mode === 'official' && state.pendingTransfer?.mode === 'official')
        return no('transferPending', [regulationPoint(d, '6.3.1')]);
      return yes({ pendingTransfer: { mode: event.mode, date: d, index: state.applied } });
    case 'transferIn': {
      if (!onRolls) return notMember([regulationPoint(d, '6.3')]);
      const pending = state.pendingTransfer?.mode === event.mode ? null : state.pendingTransfer;
      return yes({
        pendingTransfer: pending,
        temporarilyAway: event.mode === 'temporary' ? true : state.temporarilyAway,
      });
    }
    case 'temporaryTransferEnd':
      if (!onRolls) return notMember([regulationPoint(d, '6.3.2')]);
      if (!state.temporarilyAway && state.pendingTransfer?.mode !== 'temporary')
        return no('noTemporaryTransfer', [regulationPoint(d, '6.3.2')]);
      return yes({
        temporarilyAway: false,
        pendingTransfer: state.pendingTransfer?.mode === 'temporary' ? null : state.pendingTransfer,
      });
    case 'exemptionStart':
      if (!onRolls) return notMember([charter('7')]);
      if (s === 'exempted' || state.exempted) return no('alreadyExempted', [charter('7')]);
      return yes({ exempted: true, status: s === 'official' ? 'exempted' : s });
    case 'exemptionEnd':
      if (s === 'exempted') return yes({ exempted: false, status: 'official' });
      if (s === 'probationary' && state.exempted) return yes({ exempted: false });
      return no('notExempted', [charter('7')]);
    // Suspension of party activity (Điều lệ Điều 40 khoản 4): only a member on the rolls; the status does not change
    // and every other act stays lawful while suspended (discipline is what it usually awaits).
    case 'suspensionStart': {
      if (!onRolls) return notMember(suspensionCitations(d));
      const since = event.from ?? d;
      const open = state.suspension;
      if (open && (!open.until || since <= open.until)) return no('alreadySuspended', suspensionCitations(d));
      return yes({ suspension: { since, until: event.until ?? null, index: state.applied } });
    }
    case 'suspensionExtension':
      if (!onRolls) return notMember(suspensionCitations(d));
      if (!state.suspension) return no('notSuspended', suspensionCitations(d));
      return yes({ suspension: { ...state.suspension, until: event.until } });
    case 'suspensionEnd':
      return state.suspension && onRolls ? yes({ suspension: null }) : no('notSuspended', suspensionCitations(d));
    case 'discipline':
      if (!onRolls) return notMember([charter('35')]);
      if (s === 'probationary' && event.form === 'removalFromPost') return no('probationaryForm', [charter('35', '2')]);
      return yes({});
    case 'expulsion':
      if (s === 'probationary') return no('probationaryForm', [charter('35', '2')]);
      if (!onRolls) return notMember([charter('35')]);
      return yes(exitTo('expelled', d, state.applied));
    case 'strikeOff':
      return onRolls ? yes(exitTo('struckOff', d, state.applied)) : notMember([charter('8', '1')]);
    case 'voluntaryExit':
      return onRolls ? yes(exitTo('left', d, state.applied)) : notMember([charter('8', '3')]);
    case 'lostContact':
      return onRolls ? yes({ lostContact: true }) : notMember([regulationPoint(d, '4.5.1')]);
    case 'contactRestored':
      return onRolls && state.lostContact
        ? yes({ lostContact: false })
        : no('notLostContact', [regulationPoint(d, d >= '2025-07-01' ? '5.1' : '4.5.1')]);
    case 'death':
      return yes({ status: 'deceased', pendingTransfer: null, suspension: null });
    case 'badgeAwarded':
    case 'badgeProposal':
      if (s === 'official' || s === 'exempted' || s === 'deceased') return yes({});
      if (isFormer(s)) return no('badgeFormer', [{ document: implementingGuidance(d), point: '18.5' }]);
      return no('badgeNotOfficial', [charter('5', '4')]);
    case 'missedMonth':
    case 'remedialEducation':
    case 'standingViolation':
      return onRolls ? yes({}) : notMember([charter('8', '1')]);
    // A correction is not an act: the history is judged with it applied (records/corrections.ts).
    case 'correction':
      return { ok: true, state: { ...state, applied } };
    default:
      return unreachable(event);
  }
}

/** Every event type has its case (a new type without one fails to compile). */
function unreachable(event: never): never {
  throw new Error(`transition: unknown event type ${(event as { type?: unknown }).type}`);
}

function exitTo(kind: 'struckOff' | 'left' | 'expelled', date: CivilDate, index: number): Partial<MemberState> {
  return {
    status: kind,
    exit: { kind, date, index },
    exempted: false,
    lostContact: false,
    temporarilyAway: false,
    pendingTransfer: null,
    suspension: null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// allowedEvents and the table
// ---------------------------------------------------------------------------------------------------------------

const PROBE_DATE: CivilDate = '2026-01-01';

/** Representative events of each type (variants that change the outcome are listed separately). */
export function probeEvents(date: CivilDate = PROBE_DATE): readonly MemberEvent[] {
  const vote = { for: 3, officialMembers: 3 };
  return [
    { type: 'awarenessCourse', date },
    { type: 'application', date },
    { type: 'introduction', date, introducers: [] },
    { type: 'verification', date },
    { type: 'admissionVote', date, vote },
    { type: 'admissionDecision', date },
    { type: 'admissionCeremony', date },
    { type: 'newMemberCourse', date },
    { type: 'recognitionVote', date, vote, proposal: 'recognize' },
    { type: 'recognitionDecision', date },
    { type: 'probationStrikeOff', date },
    { type: 'transferOut', date, mode: 'official' },
    { type: 'transferOut', date, mode: 'temporary' },
    { type: 'transferIn', date, mode: 'official' },
    { type: 'transferIn', date, mode: 'temporary' },
    { type: 'temporaryTransferEnd', date },
    { type: 'exemptionStart', date, reason: 'ageOrHealth' },
    { type: 'exemptionEnd', date },
    { type: 'suspensionStart', date, ground: 'obstruction' },
    { type: 'suspensionExtension', date, until: date },
    { type: 'suspensionEnd', date },
    { type: 'discipline', date, form: 'reprimand' },
    { type: 'discipline', date, form: 'warning' },
    { type: 'discipline', date, form: 'removalFromPost' },
    { type: 'strikeOff', date, ground: 'inactivity' },
    { type: 'voluntaryExit', date },
    { type: 'expulsion', date },
    { type: 'lostContact', date },
    { type: 'contactRestored', date },
    { type: 'readmission', date },
    { type: 'death', date },
    { type: 'badgeAwarded', date, years: 30 },
    { type: 'missedMonth', date },
    { type: 'remedialEducation', date },
    { type: 'standingViolation', date, year: 2025 },
  ];
}

/**
 * The event types a state accepts (at least one variant of the type is lawful), in life order.
 * @example
 * allowedEvents(initialState).includes('admissionDecision') // true
 */
export function allowedEvents(state: MemberState): MemberEventType[] {
  const out: MemberEventType[] = [];
  for (const e of probeEvents(state.lastDate ?? PROBE_DATE))
    if (!out.includes(e.type) && transition(state, e).ok) out.push(e.type);
  return out;
}

/** A representative state for each status (used for the table and the diagram). */
export function representativeState(status: MemberStatus): MemberState {
  const d: CivilDate = '2020-01-01';
  const member = {
    admissionDecisionDate: d,
    firstAdmissionDecisionDate: d,
    ceremonyDate: d,
  };
  const exit = (kind: 'struckOff' | 'left' | 'expelled') => ({ exit: { kind, date: d, index: 0 } });
  const base: MemberState = {
    status,
    exempted: status === 'exempted',
    lostContact: false,
    temporarilyAway: false,
    pendingTransfer: null,
    suspension: null,
    admissionDecisionDate: null,
    firstAdmissionDecisionDate: null,
    ceremonyDate: null,
    officialSince: null,
    readmissions: 0,
    exit: null,
    lastDate: d,
    applied: 1,
  };
  return match(status)
    .with('candidate', () => base)
    .with('admitted', () => ({ ...base, admissionDecisionDate: d, firstAdmissionDecisionDate: d }))
    .with('probationary', () => ({ ...base, ...member }))
    .with('official', 'exempted', () => ({ ...base, ...member, officialSince: d }))
    .with('struckOff', 'left', 'expelled', (k) => ({ ...base, ...member, ...exit(k) }))
    .with('deceased', () => ({ ...base, ...member }))
    .exhaustive();
}

/** One row of the transition table. */
export interface TransitionRow {
  readonly from: MemberStatus;
  readonly event: MemberEventType;
  /** Variant label when the outcome depends on a field (`form=removalFromPost`). */
  readonly variant?: string;
  readonly to: MemberStatus | null;
  readonly refusal?: Refusal;
}

const variantOf = (e: MemberEvent): string | undefined =>
  e.type === 'discipline'
    ? `form=${e.form}`
    : e.type === 'transferOut' || e.type === 'transferIn'
      ? `mode=${e.mode}`
      : undefined;

/** The whole table: every status × every probe event, with the target status or the refusal. */
export function transitionTable(): TransitionRow[] {
  const rows: TransitionRow[] = [];
  for (const from of [
    'candidate',
    'admitted',
    'probationary',
    'official',
    'exempted',
    'struckOff',
    'left',
    'expelled',
    'deceased',
  ] as const) {
    const state = representativeState(from);
    for (const e of probeEvents()) {
      const r = transition(state, e);
      const variant = variantOf(e);
      rows.push({
        from,
        event: e.type,
        ...(variant ? { variant } : {}),
        to: r.ok ? r.state.status : null,
        ...(r.ok ? {} : { refusal: r.refusal }),
      });
    }
  }
  return rows;
}

/**
 * The status diagram as Mermaid (`stateDiagram-v2`): arrows for events that change the status, labelled with the
 * event types. Generated from {@link transition}, so it cannot drift from the code.
 */
export function transitionDiagram(): string {
  const edges = new Map<string, Set<string>>();
  for (const row of transitionTable()) {
    if (!row.to || row.to === row.from) continue;
    const key = `${row.from} --> ${row.to}`;
    const set = edges.get(key) ?? new Set<string>();
    set.add(row.event);
    edges.set(key, set);
  }
  const lines = ['stateDiagram-v2', '  [*] --> candidate'];
  for (const [key, events] of edges) lines.push(`  ${key}: ${[...events].join(', ')}`);
  lines.push('  deceased --> [*]');
  return lines.join('\n');
}
