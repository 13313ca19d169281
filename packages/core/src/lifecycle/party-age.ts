import { addDays } from '../date/add-days.js';
import { type CivilDate, fromDayNumber, toDayNumber } from '../date/civil-date.js';
import { completedPeriod, type Period } from '../date/completed-period.js';
import { type WorkingDayCalendar, weekendOnlyCalendar } from '../kernel/calendar-port.js';
import type { Member } from '../model/member.js';
import { eventsUpTo, replay } from './history.js';
import { transferLetterWorkingDays, valueAt } from './parameters.js';

/** A period not counted in party age (thời gian không tham gia sinh hoạt đảng): `[from, to)`. */
export interface PartyAgeGap {
  readonly kind: 'exit' | 'lostContact' | 'transfer';
  readonly from: CivilDate;
  /** First day counted again (exclusive end); null while open. */
  readonly to: CivilDate | null;
  /** Index of the event that opened the gap. */
  readonly index: number;
}

/** Party age of a member on a date. */
export interface PartyAge {
  /** The first admission decision: party age counts from it (Charter art. 5 cl. 4; re-admitted: the first one). */
  readonly start: CivilDate;
  /** Days excluded (gaps merged, so overlapping gaps count once). */
  readonly excludedDays: number;
  readonly gaps: readonly PartyAgeGap[];
  /** `start` moved forward by the excluded days: party age is the completed period from it. */
  readonly effectiveStart: CivilDate;
  /** The day the count stops: `asOf`, or the exit / death date for a former or deceased member. */
  readonly until: CivilDate;
  readonly period: Period;
  /** False while the member is not (yet) official: party age is recognized only once official. */
  readonly recognized: boolean;
}

/**
 * Party age (tuổi đảng) on `asOf`: from the date of the (first) admission decision, minus the periods out of the
 * Party (struck off, left, expelled until re-admission), of lost contact, and of transfer interruptions (the days a
 * transfer letter was presented after its deadline). Gaps are merged; the count is the completed years, months and
 * days from the start moved forward by the excluded days (end-of-month `clamp`).
 *
 * Returns null when no admission decision is recorded.
 * @example
 * // HD 01-HD/TW (2016): admitted 26/7/2015, official 26/7/2016 → party age from 26/7/2015
 * partyAge({ events: [{ type: 'admissionDecision', date: '2015-07-26' }, { type: 'admissionCeremony', date: '2015-07-26' }, { type: 'recognitionDecision', date: '2016-07-26' }] }, '2025-07-26').period // { years: 10, months: 0, days: 0 }
 */
export function partyAge(
  member: Pick<Member, 'events'>,
  asOf: CivilDate,
  calendar: WorkingDayCalendar = weekendOnlyCalendar,
): PartyAge | null {
  // the same array when nothing is later than asOf: the replay of the record being judged is then shared
  const events = eventsUpTo(member.events ?? [], asOf);
  const { state } = replay({ events });
  const start = state.firstAdmissionDecisionDate;
  if (!start) return null;
  const gaps: PartyAgeGap[] = [];
  let exitOpen: { from: CivilDate; index: number } | null = null;
  let lost: { from: CivilDate; index: number } | null = null;
  let transfer: { from: CivilDate; index: number } | null = null;
  let until: CivilDate = asOf;
  events.forEach((e, index) => {
    switch (e.type) {
      case 'strikeOff':
      case 'probationStrikeOff':
      case 'voluntaryExit':
      case 'expulsion':
        exitOpen ??= { from: e.date, index };
        break;
      case 'readmission':
        if (exitOpen) gaps.push({ kind: 'exit', from: exitOpen.from, to: e.date, index: exitOpen.index });
        exitOpen = null;
        break;
      case 'lostContact':
        lost ??= { from: e.date, index };
        break;
      case 'contactRestored':
        if (lost) gaps.push({ kind: 'lostContact', from: lost.from, to: e.date, index: lost.index });
        lost = null;
        break;
      case 'transferOut':
        transfer = { from: e.date, index };
        break;
      case 'transferIn':
        if (transfer) {
          const deadline = calendar.addWorkingDays(transfer.from, valueAt(transferLetterWorkingDays, transfer.from));
          if (e.date > deadline)
            gaps.push({ kind: 'transfer', from: addDays(deadline, 1), to: e.date, index: transfer.index });
        }
        transfer = null;
        break;
      case 'death':
        until = e.date;
        break;
      default:
        break;
    }
  });
  const exitNow = exitOpen as { from: CivilDate; index: number } | null;
  if (exitNow) until = exitNow.from < until ? exitNow.from : until;
  const lostNow = lost as { from: CivilDate; index: number } | null;
  if (lostNow) gaps.push({ kind: 'lostContact', from: lostNow.from, to: null, index: lostNow.index });
  const transferNow = transfer as { from: CivilDate; index: number } | null;
  if (transferNow) {
    const deadline = calendar.addWorkingDays(transferNow.from, valueAt(transferLetterWorkingDays, transferNow.from));
    if (deadline < until)
      gaps.push({ kind: 'transfer', from: addDays(deadline, 1), to: null, index: transferNow.index });
  }
  const excludedDays = mergedDays(gaps, start, until);
  const effectiveStart = fromDayNumber(toDayNumber(start) + excludedDays);
  const recognized = state.officialSince != null || (state.status === 'deceased' && hasRecognition(events));
  return {
    start,
    excludedDays,
    gaps,
    effectiveStart,
    until,
    period: completedPeriod(effectiveStart, until),
    recognized,
  };
}

function hasRecognition(events: Member['events']): boolean {
  return events.some((e) => e.type === 'recognitionDecision');
}

/** Days covered by the union of the gaps, clipped to `[start, until)`. */
function mergedDays(gaps: readonly PartyAgeGap[], start: CivilDate, until: CivilDate): number {
  const lo = toDayNumber(start);
  const hi = toDayNumber(until);
  const spans = gaps
    .map((g) => [Math.max(lo, toDayNumber(g.from)), Math.min(hi, g.to ? toDayNumber(g.to) : hi)] as const)
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curA = Number.NaN;
  let curB = Number.NaN;
  for (const [a, b] of spans) {
    if (Number.isNaN(curA) || a > curB) {
      if (!Number.isNaN(curA)) total += curB - curA;
      curA = a;
      curB = b;
    } else if (b > curB) curB = b;
  }
  if (!Number.isNaN(curA)) total += curB - curA;
  return total;
}
