import type { CivilDate } from '../date/civil-date.js';
import type { LocalizedText } from '../legal/types.js';

/**
 * Where a person stands with the Party (trạng thái):
 * - `candidate`: người vào Đảng (quần chúng ưu tú), before an admission decision;
 * - `admitted`: admission (or re-admission) decided, ceremony not yet held;
 * - `probationary`: đảng viên dự bị (from the ceremony);
 * - `official`: đảng viên chính thức;
 * - `exempted`: official member exempted from party work and activity (miễn công tác và sinh hoạt đảng);
 * - `struckOff`: xóa tên (including a probationary member struck off the list);
 * - `left`: cho ra khỏi Đảng (voluntary exit);
 * - `expelled`: khai trừ;
 * - `deceased`: từ trần.
 */
export type MemberStatus =
  | 'candidate'
  | 'admitted'
  | 'probationary'
  | 'official'
  | 'exempted'
  | 'struckOff'
  | 'left'
  | 'expelled'
  | 'deceased';

/** Every status, in life order. */
export const MEMBER_STATUSES: readonly MemberStatus[] = [
  'candidate',
  'admitted',
  'probationary',
  'official',
  'exempted',
  'struckOff',
  'left',
  'expelled',
  'deceased',
];

/** Status names for messages and tables. */
export const STATUS_LABELS: Readonly<Record<MemberStatus, LocalizedText>> = {
  candidate: { vi: 'người vào Đảng', en: 'candidate' },
  admitted: { vi: 'đã có quyết định kết nạp, chưa tổ chức lễ', en: 'admitted, ceremony pending' },
  probationary: { vi: 'đảng viên dự bị', en: 'probationary member' },
  official: { vi: 'đảng viên chính thức', en: 'official member' },
  exempted: { vi: 'đảng viên được miễn công tác và sinh hoạt đảng', en: 'exempted member' },
  struckOff: { vi: 'đã bị xóa tên', en: 'struck off' },
  left: { vi: 'đã ra khỏi Đảng', en: 'left the Party' },
  expelled: { vi: 'đã bị khai trừ', en: 'expelled' },
  deceased: { vi: 'đã từ trần', en: 'deceased' },
};

/** How a former member left (for re-admission bars). */
export type ExitKind = 'struckOff' | 'left' | 'expelled';

/** A transfer under way: introduced out, not yet presented at the receiving organization. */
export interface PendingTransfer {
  readonly mode: 'official' | 'temporary';
  readonly date: CivilDate;
  /** Index of the `transferOut` event in the history. */
  readonly index: number;
}

/** A suspension of party activity under way (see {@link MemberState.suspension}). */
export interface SuspensionState {
  readonly since: CivilDate;
  readonly until: CivilDate | null;
  readonly index: number;
}

/**
 * The state derived from an ordered history (never stored beside it). Everything a transition needs; facts and
 * rules read more from the history itself.
 */
export interface MemberState {
  readonly status: MemberStatus;
  /** Exempted while probationary (the status stays `probationary`; official members show `exempted`). */
  readonly exempted: boolean;
  readonly lostContact: boolean;
  /** Temporarily active elsewhere (sinh hoạt tạm thời). */
  readonly temporarilyAway: boolean;
  readonly pendingTransfer: PendingTransfer | null;
  /**
   * The suspension of party activity recorded last and not ended (đình chỉ sinh hoạt đảng): first day, last day of
   * the period set (null when none is written) and the index of its `suspensionStart` event. The status does not
   * change; whether it is in force on a given date is `suspensionOn` (records/suspension.ts).
   */
  readonly suspension: SuspensionState | null;
  /** Date of the current membership's admission (or re-admission) decision. */
  readonly admissionDecisionDate: CivilDate | null;
  /** Date of the first admission decision ever (party age counts from it). */
  readonly firstAdmissionDecisionDate: CivilDate | null;
  readonly ceremonyDate: CivilDate | null;
  readonly officialSince: CivilDate | null;
  readonly readmissions: number;
  readonly exit: { readonly kind: ExitKind; readonly date: CivilDate; readonly index: number } | null;
  /** Date of the last event applied. */
  readonly lastDate: CivilDate | null;
  /** Number of events applied. */
  readonly applied: number;
}

/** The state before any event: a candidate with nothing recorded. */
export const initialState: MemberState = Object.freeze({
  status: 'candidate',
  exempted: false,
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
  lastDate: null,
  applied: 0,
});

/** True for statuses of a member on the rolls (probationary, official, exempted). */
export function isOnRolls(status: MemberStatus): boolean {
  return status === 'probationary' || status === 'official' || status === 'exempted';
}

/** True for a former member (struck off, left, expelled). */
export function isFormer(status: MemberStatus): status is ExitKind {
  return status === 'struckOff' || status === 'left' || status === 'expelled';
}
