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

const ok = (state: MemberState, next: Partial<MemberState>): TransitionResult => ({
  ok: true,
  state: { ...state, ...next },
});

/**
 * Applies one event to a state. Pure and total: every (state, event) pair gives a new state or a refusal naming
 * the text that forbids it. A refused event leaves the state unchanged (apart from the bookkeeping of `applied`).
 * @example
 * transition(initialState, { type: 'admissionDecision', date: '2015-07-26' }).state.status // 'admitted'
 */
export function transition(state: MemberState, event: MemberEvent): TransitionResult {
  const d = event.date;
  const counted = { ...state, applied: state.applied + 1 };
  const base: MemberState = { ...counted, lastDate: state.lastDate && state.lastDate > d ? state.lastDate : d };
  const s = state.status;
  if (s === 'deceased' && event.type !== 'badgeAwarded' && event.type !== 'badgeProposal')
    return refuse(counted, 'afterDeath', [charter('1', '2')]);
  const onRolls = isOnRolls(s);
  const notMember = (citations: readonly Citation[]) => refuse(counted, 'notMember', citations);

  return (
    match(event)
      .with(
        { type: 'awarenessCourse' },
        { type: 'application' },
        { type: 'introduction' },
        { type: 'verification' },
        { type: 'admissionVote' },
        () => (s === 'candidate' || isFormer(s) ? ok(base, {}) : refuse(counted, 'alreadyMember', [charter('4', '1')])),
      )
      .with({ type: 'admissionDecision' }, () =>
        s === 'candidate'
          ? ok(base, {
              status: 'admitted',
              admissionDecisionDate: d,
              firstAdmissionDecisionDate: state.firstAdmissionDecisionDate ?? d,
            })
          : isFormer(s)
            ? refuse(counted, 'admissionOfFormer', [regulationPoint(d, '3.5')])
            : refuse(counted, 'alreadyMember', [charter('4', '3')]),
      )
      .with({ type: 'readmission' }, () =>
        !isFormer(s)
          ? refuse(counted, 'readmissionNotFormer', [regulationPoint(d, '3.5.1')])
          : state.readmissions >= 1
            ? refuse(counted, 'readmissionOnce', [regulationPoint(d, '3.5.3')])
            : ok(base, {
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
              }),
      )
      .with({ type: 'admissionCeremony' }, () =>
        s === 'admitted'
          ? ok(base, { status: 'probationary', ceremonyDate: d })
          : refuse(counted, 'notAdmitted', [charter('4', '3')]),
      )
      .with({ type: 'newMemberCourse' }, () => (onRolls ? ok(base, {}) : notMember([charter('5', '1')])))
      .with({ type: 'recognitionVote' }, () =>
        s === 'probationary' ? ok(base, {}) : refuse(counted, 'notProbationary', [charter('5', '2')]),
      )
      .with({ type: 'recognitionDecision' }, (e) => {
        if (s !== 'probationary') return refuse(counted, 'notProbationary', [charter('5', '3')]);
        const ceremony = state.ceremonyDate ?? d;
        const end = addMonths(ceremony, valueAt(probationMonths, ceremony));
        return ok(base, {
          status: state.exempted ? 'exempted' : 'official',
          officialSince: e.effectiveOn ?? end,
        });
      })
      .with({ type: 'probationStrikeOff' }, () =>
        s === 'probationary'
          ? ok(base, exitTo('struckOff', d, state.applied))
          : refuse(counted, 'notProbationary', [charter('5', '2')]),
      )
      .with({ type: 'transferOut' }, (e) => {
        if (!onRolls) return notMember([regulationPoint(d, '6.3')]);
        if (e.mode === 'official' && state.pendingTransfer?.mode === 'official')
          return refuse(counted, 'transferPending', [regulationPoint(d, '6.3.1')]);
        return ok(base, { pendingTransfer: { mode: e.mode, date: d, index: state.applied } });
      })
      .with({ type: 'transferIn' }, (e) => {
        if (!onRolls) return notMember([regulationPoint(d, '6.3')]);
        const pending = state.pendingTransfer?.mode === e.mode ? null : state.pendingTransfer;
        return ok(base, {
          pendingTransfer: pending,
          temporarilyAway: e.mode === 'temporary' ? true : state.temporarilyAway,
        });
      })
      .with({ type: 'temporaryTransferEnd' }, () => {
        if (!onRolls) return notMember([regulationPoint(d, '6.3.2')]);
        if (!state.temporarilyAway && state.pendingTransfer?.mode !== 'temporary')
          return refuse(counted, 'noTemporaryTransfer', [regulationPoint(d, '6.3.2')]);
        return ok(base, {
          temporarilyAway: false,
          pendingTransfer: state.pendingTransfer?.mode === 'temporary' ? null : state.pendingTransfer,
        });
      })
      .with({ type: 'exemptionStart' }, () => {
        if (!onRolls) return notMember([charter('7')]);
        if (s === 'exempted' || state.exempted) return refuse(counted, 'alreadyExempted', [charter('7')]);
        return ok(base, { exempted: true, status: s === 'official' ? 'exempted' : s });
      })
      .with({ type: 'exemptionEnd' }, () => {
        if (s === 'exempted') return ok(base, { exempted: false, status: 'official' });
        if (s === 'probationary' && state.exempted) return ok(base, { exempted: false });
        return refuse(counted, 'notExempted', [charter('7')]);
      })
      // Suspension of party activity (Điều lệ Điều 40 khoản 4): only a member on the rolls; the status does not change
      // and every other act stays lawful while suspended (discipline is what it usually awaits).
      .with({ type: 'suspensionStart' }, (e) => {
        if (!onRolls) return notMember(suspensionCitations(d));
        const since = e.from ?? d;
        const open = state.suspension;
        if (open && (!open.until || since <= open.until))
          return refuse(counted, 'alreadySuspended', suspensionCitations(d));
        return ok(base, { suspension: { since, until: e.until ?? null, index: state.applied } });
      })
      .with({ type: 'suspensionExtension' }, (e) => {
        if (!onRolls) return notMember(suspensionCitations(d));
        if (!state.suspension) return refuse(counted, 'notSuspended', suspensionCitations(d));
        return ok(base, { suspension: { ...state.suspension, until: e.until } });
      })
      .with({ type: 'suspensionEnd' }, () =>
        state.suspension && onRolls
          ? ok(base, { suspension: null })
          : refuse(counted, 'notSuspended', suspensionCitations(d)),
      )
      .with({ type: 'discipline' }, (e) => {
        if (!onRolls) return notMember([charter('35')]);
        if (s === 'probationary' && e.form === 'removalFromPost')
          return refuse(counted, 'probationaryForm', [charter('35', '2')]);
        return ok(base, {});
      })
      .with({ type: 'expulsion' }, () => {
        if (s === 'probationary') return refuse(counted, 'probationaryForm', [charter('35', '2')]);
        if (!onRolls) return notMember([charter('35')]);
        return ok(base, exitTo('expelled', d, state.applied));
      })
      .with({ type: 'strikeOff' }, () =>
        onRolls ? ok(base, exitTo('struckOff', d, state.applied)) : notMember([charter('8', '1')]),
      )
      .with({ type: 'voluntaryExit' }, () =>
        onRolls ? ok(base, exitTo('left', d, state.applied)) : notMember([charter('8', '3')]),
      )
      .with({ type: 'lostContact' }, () =>
        onRolls ? ok(base, { lostContact: true }) : notMember([regulationPoint(d, '4.5.1')]),
      )
      .with({ type: 'contactRestored' }, () =>
        onRolls && state.lostContact
          ? ok(base, { lostContact: false })
          : refuse(counted, 'notLostContact', [regulationPoint(d, d >= '2025-07-01' ? '5.1' : '4.5.1')]),
      )
      .with({ type: 'death' }, () => ok(base, { status: 'deceased', pendingTransfer: null, suspension: null }))
      .with({ type: 'badgeAwarded' }, { type: 'badgeProposal' }, () => {
        if (s === 'official' || s === 'exempted' || s === 'deceased') return ok(base, {});
        if (isFormer(s)) return refuse(counted, 'badgeFormer', [{ document: implementingGuidance(d), point: '18.5' }]);
        return refuse(counted, 'badgeNotOfficial', [charter('5', '4')]);
      })
      .with({ type: 'missedMonth' }, { type: 'remedialEducation' }, { type: 'standingViolation' }, () =>
        onRolls ? ok(base, {}) : notMember([charter('8', '1')]),
      )
      // A correction is not an act: the history is judged with it applied (records/corrections.ts).
      .with({ type: 'correction' }, () => ok(counted, {}))
      .exhaustive()
  );
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
