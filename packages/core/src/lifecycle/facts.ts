import { addMonths } from '../date/add-months.js';
import type { CivilDate } from '../date/civil-date.js';
import { formatPeriod, type Period } from '../date/completed-period.js';
import { type WorkingDayCalendar, weekendOnlyCalendar } from '../kernel/calendar-port.js';
import type { Parameter } from '../kernel/parameter.js';
import type { DerivedFact, FactValue, Provenance } from '../kernel/types.js';
import type { Citation, Locale, LocalizedText } from '../legal/types.js';
import type { Member, MemberEventOf } from '../model/member.js';
import { type CorrectionStep, prepareMember } from '../records/corrections.js';
import { type DisciplineEffect, type DisciplineEffectReason, disciplineEffect } from '../records/discipline.js';
import { type SuspensionGround, suspensionOn } from '../records/suspension.js';
import { nextBadge } from './badge.js';
import {
  admissionDecisionDeadline,
  ceremonyDeadline,
  probationEnd,
  recognitionDecisionDeadline,
  recognitionReviewDeadline,
  transferLetterDeadline,
} from './deadlines.js';
import { eventsOfType, eventsUpTo, replay } from './history.js';
import { badgeMilestones, entryAt, lateTransferStrikeOffMonths, strikeOffThresholds } from './parameters.js';
import { partyAge } from './party-age.js';
import { charter, regulationPoint } from './regime.js';
import { isOnRolls, type MemberStatus, STATUS_LABELS } from './state.js';

/** A derived value with the text it rests on. */
export interface Cited<T> {
  readonly value: T;
  readonly citations: readonly Citation[];
}

/** Something that should have happened by now and has not. */
export interface OverdueItem {
  readonly item: 'admissionDecision' | 'ceremony' | 'recognitionReview' | 'recognitionDecision' | 'transferLetter';
  readonly due: CivilDate;
  /** Index of the event the deadline runs from. */
  readonly index: number;
  readonly citations: readonly Citation[];
}

/** A strike-off ground that appears to be met (the cell must consider it). */
export interface StrikeOffWarning {
  readonly ground: 'missedMonths' | 'noProgress' | 'repeatedViolations' | 'lateTransfer';
  readonly detail: string;
  readonly citations: readonly Citation[];
}

/** Everything derived about a member on a date. */
export interface MemberFacts {
  readonly asOf: CivilDate;
  readonly status: Cited<MemberStatus>;
  readonly exempted: boolean;
  readonly lostContact: boolean;
  readonly partyAge: Cited<{
    readonly years: number;
    readonly months: number;
    readonly days: number;
    readonly start: CivilDate;
    readonly effectiveStart: CivilDate;
    readonly excludedDays: number;
    readonly recognized: boolean;
  }> | null;
  readonly probationEnd: Cited<CivilDate> | null;
  readonly recognition: Cited<{ readonly cellReviewBy: CivilDate; readonly decisionBy: CivilDate | null }> | null;
  readonly nextBadge: Cited<{
    readonly years: number;
    readonly date: CivilDate;
    readonly occasion: string | null;
    readonly occasionDate: CivilDate | null;
  }> | null;
  readonly disciplineInEffect: Cited<{
    readonly form: string;
    readonly until: CivilDate | null;
    /** Why it is in effect: within 12 months of the announcement, or no automatic end (complaint, relapse). */
    readonly reason: DisciplineEffectReason;
    readonly decidedOn: CivilDate;
    readonly announcedOn: CivilDate;
    readonly announcementAssumed: boolean;
    /** Id of the discipline event (own or generated). */
    readonly event: string;
  }> | null;
  readonly overdue: readonly OverdueItem[];
  readonly strikeOffWarnings: readonly StrikeOffWarning[];
  /** Number of history-consistency problems (see the `member.history.*` rules for details). */
  readonly historyProblems: number;
  /** Official member since (recognition's effective date: the decision's `effectiveOn`, else the end of probation). */
  readonly officialSince: Cited<CivilDate> | null;
  /** Exempted from party work and activity on `asOf`: since when (the exemption in force), or null. */
  readonly exemptedSince: Cited<CivilDate> | null;
  /**
   * Suspended from party activity on `asOf` (đang bị đình chỉ sinh hoạt đảng): since when, the last day of the period
   * set (after extensions; null when none is written), the ground and the id of the `suspensionStart` event; or null.
   */
  readonly suspended: Cited<{
    readonly since: CivilDate;
    readonly until: CivilDate | null;
    readonly decidedOn: CivilDate;
    readonly extended: boolean;
    readonly ground: SuspensionGround | null;
    readonly event: string;
  }> | null;
  /** The correction trail: which events were corrected or withdrawn, by which correction (empty when none). */
  readonly corrections: readonly CorrectionStep[];
}

/**
 * Derives the facts of a member on `asOf`: status, party age, probation end, recognition deadlines, next badge,
 * discipline in effect, exemption and suspension in force, overdue items and strike-off warnings. Each fact cites its basis. Pure; never throws on a
 * parsed record. Working days come from `calendar` (the Vietnamese calendar in the engine; weekends-only here by
 * default).
 * @example
 * memberFacts({ events: [{ type: 'admissionDecision', date: '2015-07-26' }, { type: 'admissionCeremony', date: '2015-08-10' }, { type: 'recognitionDecision', date: '2016-08-12' }] }, '2026-01-01').status.value // 'official'
 */
export function memberFacts(
  member: Pick<Member, 'events'> & { readonly format?: Member['format'] },
  asOf: CivilDate,
  calendar: WorkingDayCalendar = weekendOnlyCalendar,
  /** Parameters as amended by plugins (the engine passes its own); the default figures otherwise. */
  parameters?: ReadonlyMap<string, Parameter>,
): MemberFacts {
  const param = <T>(p: Parameter<T>): Parameter<T> => (parameters?.get(p.id) as Parameter<T> | undefined) ?? p;
  const prepared = prepareMember(member).history;
  // the same arrays when nothing is later than asOf: the replay the rules made of this record is then shared
  const events = eventsUpTo(prepared.events, asOf);
  const ids =
    events === prepared.events ? prepared.ids : prepared.ids.filter((_, i) => prepared.events[i]!.date <= asOf);
  const scoped = { events };
  const { state, problems } = replay(scoped);
  const status = state.status;
  const overdue: OverdueItem[] = [];
  const warnings: StrikeOffWarning[] = [];

  // party age
  const age = partyAge(scoped, asOf, calendar);
  const partyAgeFact: MemberFacts['partyAge'] = age
    ? {
        value: {
          ...age.period,
          start: age.start,
          effectiveStart: age.effectiveStart,
          excludedDays: age.excludedDays,
          recognized: age.recognized,
        },
        citations: [
          charter('5', '4'),
          regulationPoint(asOf, '4.5.1'),
          ...(state.readmissions ? [regulationPoint(asOf, '4.5.2')] : []),
        ],
      }
    : null;

  // probation and recognition
  let probationFact: MemberFacts['probationEnd'] = null;
  let recognitionFact: MemberFacts['recognition'] = null;
  if (state.ceremonyDate) {
    const end = probationEnd(state.ceremonyDate, parameters);
    probationFact = { value: end.due, citations: end.citations };
    if (status === 'probationary') {
      const review = recognitionReviewDeadline(calendar, end.due, parameters);
      const votes = eventsOfType(scoped, 'recognitionVote').filter((v) => v.event.date >= state.ceremonyDate!);
      const lastVote = votes[votes.length - 1];
      const decision = lastVote ? recognitionDecisionDeadline(calendar, lastVote.event.date, 0, parameters) : null;
      recognitionFact = {
        value: { cellReviewBy: review.due, decisionBy: decision?.due ?? null },
        citations: [...review.citations, ...(decision?.citations ?? [])],
      };
      if (!lastVote && asOf > review.due)
        overdue.push({
          item: 'recognitionReview',
          due: review.due,
          index: state.applied - 1,
          citations: review.citations,
        });
      if (lastVote && decision && asOf > decision.due)
        overdue.push({
          item: 'recognitionDecision',
          due: decision.due,
          index: lastVote.index,
          citations: decision.citations,
        });
    }
  }

  // admission steps pending
  if (status === 'candidate' || (status !== 'admitted' && !isOnRolls(status) && status !== 'deceased')) {
    const votes = eventsOfType(scoped, 'admissionVote');
    const last = votes[votes.length - 1];
    const after =
      last && events.slice(last.index + 1).some((e) => e.type === 'admissionDecision' || e.type === 'readmission');
    const passed = last && 3 * last.event.vote.for >= 2 * last.event.vote.officialMembers;
    if (last && passed && !after) {
      const dl = admissionDecisionDeadline(calendar, last.event.date, 0, parameters);
      if (asOf > dl.due)
        overdue.push({ item: 'admissionDecision', due: dl.due, index: last.index, citations: dl.citations });
    }
  }
  if (status === 'admitted') {
    const decisions = [...eventsOfType(scoped, 'admissionDecision'), ...eventsOfType(scoped, 'readmission')].sort(
      (a, b) => a.index - b.index,
    );
    const last = decisions[decisions.length - 1];
    if (last) {
      const dl = ceremonyDeadline(calendar, last.event as MemberEventOf<'admissionDecision'>, parameters);
      if (asOf > dl.due && !(last.event as { lateConsent?: boolean }).lateConsent)
        overdue.push({ item: 'ceremony', due: dl.due, index: last.index, citations: dl.citations });
    }
  }

  // transfer letter
  if (state.pendingTransfer && isOnRolls(status)) {
    const dl = transferLetterDeadline(calendar, state.pendingTransfer.date, parameters);
    if (asOf > dl.due)
      overdue.push({
        item: 'transferLetter',
        due: dl.due,
        index: state.pendingTransfer.index,
        citations: dl.citations,
      });
    const late = entryAt(lateTransferStrikeOffMonths, asOf, parameters);
    if (asOf >= late.from && asOf > addMonths(state.pendingTransfer.date, late.value))
      warnings.push({ ground: 'lateTransfer', detail: state.pendingTransfer.date, citations: late.citations });
  }

  // strike-off grounds
  if (isOnRolls(status)) warnings.push(...strikeOffWarnings(scoped, asOf, parameters));

  // discipline in effect (the one discipline model: records/discipline.ts)
  let disciplineFact: MemberFacts['disciplineInEffect'] = null;
  if (isOnRolls(status)) {
    events.forEach((event, i) => {
      if (event.type !== 'discipline') return;
      const eff = disciplineEffect(event, asOf, parameters);
      if (eff.inEffect)
        disciplineFact = {
          value: {
            form: event.form,
            until: eff.until,
            reason: eff.reason,
            decidedOn: eff.decidedOn,
            announcedOn: eff.announcedOn,
            announcementAssumed: eff.announcementAssumed,
            event: ids[i]!,
          },
          citations: eff.citations,
        };
    });
  }

  // next badge
  let badgeFact: MemberFacts['nextBadge'] = null;
  if (age?.recognized && (status === 'official' || status === 'exempted')) {
    const awarded = eventsOfType(scoped, 'badgeAwarded').map((b) => b.event.years);
    const nb = nextBadge(age.effectiveStart, asOf, awarded, param(badgeMilestones));
    if (nb)
      badgeFact = {
        value: {
          years: nb.years,
          date: nb.date,
          occasion: nb.occasion?.occasion ?? null,
          occasionDate: nb.occasion?.date ?? null,
        },
        citations: entryAt(badgeMilestones, asOf, parameters).citations,
      };
  }

  return {
    asOf,
    status: { value: status, citations: statusCitations(status, asOf) },
    exempted: state.exempted || status === 'exempted',
    lostContact: state.lostContact,
    partyAge: partyAgeFact,
    probationEnd: probationFact,
    recognition: recognitionFact,
    nextBadge: badgeFact,
    disciplineInEffect: disciplineFact,
    overdue,
    strikeOffWarnings: warnings,
    historyProblems: problems.length + prepared.problems.length,
    officialSince: state.officialSince
      ? { value: state.officialSince, citations: [charter('5', '1'), regulationPoint(asOf, '4.2.1')] }
      : null,
    exemptedSince: exemptedSinceOf(events, state.exempted || status === 'exempted'),
    suspended: suspendedOf(member, asOf, isOnRolls(status)),
    corrections: prepared.trail,
  };
}

function exemptedSinceOf(events: readonly Member['events'][number][], exempted: boolean): MemberFacts['exemptedSince'] {
  if (!exempted) return null;
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i]!.type === 'exemptionStart') return { value: events[i]!.date, citations: [charter('7')] };
  return null;
}

function suspendedOf(
  member: Pick<Member, 'events'> & { readonly format?: Member['format'] },
  asOf: CivilDate,
  onRolls: boolean,
): MemberFacts['suspended'] {
  const s = onRolls ? suspensionOn(member, asOf) : null;
  if (!s) return null;
  const p = s.period;
  return {
    value: {
      since: p.since,
      until: p.until,
      decidedOn: p.decidedOn,
      extended: p.extended,
      ground: p.ground,
      event: p.event,
    },
    citations: s.citations,
  };
}

function statusCitations(status: MemberStatus, asOf: CivilDate): Citation[] {
  switch (status) {
    case 'candidate':
    case 'admitted':
      return [charter('4')];
    case 'probationary':
      return [charter('5', '1')];
    case 'official':
      return [charter('5', '3')];
    case 'exempted':
      return [charter('7')];
    case 'struckOff':
    case 'left':
      return [charter('8')];
    case 'expelled':
      return [charter('35')];
    case 'deceased':
      return [regulationPoint(asOf, '4.5.1')];
  }
}

/** Strike-off grounds met by the history on `asOf` (missed months in a year, no progress, violations). */
export function strikeOffWarnings(
  member: Pick<Member, 'events'>,
  asOf: CivilDate,
  parameters?: ReadonlyMap<string, Parameter>,
): StrikeOffWarning[] {
  const out: StrikeOffWarning[] = [];
  const t = entryAt(strikeOffThresholds, asOf, parameters);
  const byYear = new Map<number, number>();
  for (const { event } of eventsOfType(member, 'missedMonth')) {
    if (event.goodReason || event.date > asOf) continue;
    if (event.meetings === false && event.dues === false) continue;
    const y = Number(event.date.slice(0, 4));
    byYear.set(y, (byYear.get(y) ?? 0) + 1);
  }
  for (const [year, n] of byYear)
    if (n >= t.value.missedMonths) out.push({ ground: 'missedMonths', detail: `${year}:${n}`, citations: t.citations });
  const edu = eventsOfType(member, 'remedialEducation');
  const open = edu.find((e) => !e.event.progressed);
  if (open && !edu.some((e) => e.index > open.index && e.event.progressed))
    if (addMonths(open.event.date, t.value.noProgressMonths) <= asOf)
      out.push({ ground: 'noProgress', detail: open.event.date, citations: t.citations });
  const years = new Set(eventsOfType(member, 'standingViolation').map((e) => e.event.year));
  for (const y of [...years].sort())
    if (years.has(y + t.value.violationYears - 1) && t.value.violationYears > 1) {
      out.push({
        ground: 'repeatedViolations',
        detail: `${y}-${y + t.value.violationYears - 1}`,
        citations: t.citations,
      });
      break;
    }
  return out;
}

const LABELS: Readonly<Record<string, LocalizedText>> = {
  status: { vi: 'Trạng thái', en: 'Status' },
  partyAge: { vi: 'Tuổi đảng', en: 'Party age' },
  probationEnd: { vi: 'Ngày hết thời kỳ dự bị', en: 'End of probation' },
  recognition: { vi: 'Thời hạn xét công nhận chính thức', en: 'Recognition deadlines' },
  nextBadge: { vi: 'Huy hiệu Đảng kế tiếp', en: 'Next party badge' },
  disciplineInEffect: { vi: 'Kỷ luật đang có hiệu lực', en: 'Discipline in effect' },
  overdue: { vi: 'Việc quá hạn', en: 'Overdue items' },
  strikeOffWarnings: { vi: 'Dấu hiệu thuộc trường hợp xóa tên', en: 'Strike-off grounds met' },
  historyProblems: { vi: 'Số điểm bất hợp lý trong lịch sử', en: 'History problems' },
  corrections: { vi: 'Các lần đính chính hồ sơ', en: 'Correction trail' },
  officialSince: { vi: 'Ngày được công nhận đảng viên chính thức', en: 'Official member since' },
  exemptedSince: { vi: 'Được miễn công tác và sinh hoạt đảng từ ngày', en: 'Exempted since' },
  suspended: { vi: 'Đang bị đình chỉ sinh hoạt đảng', en: 'Suspended from party activity' },
};

/** Human text for a party age (`10 năm 0 tháng 3 ngày`). */
export function formatPartyAge(p: Period, locale: Locale): string {
  return formatPeriod(p, locale, true);
}

/** The facts as report entries (what the `member` record kind's `derive` returns). */
export function toDerivedFacts(
  f: MemberFacts,
  record: string | number,
  locale: Locale,
  provenance: Provenance,
): DerivedFact[] {
  const out: DerivedFact[] = [];
  const push = (name: string, value: FactValue, citations: readonly Citation[]) =>
    out.push({ record, name, value, label: LABELS[name]![locale], citations, provenance });
  push('status', f.status.value, f.status.citations);
  if (f.partyAge)
    push('partyAge', { ...f.partyAge.value, text: formatPartyAge(f.partyAge.value, locale) }, f.partyAge.citations);
  if (f.probationEnd) push('probationEnd', f.probationEnd.value, f.probationEnd.citations);
  if (f.recognition) push('recognition', { ...f.recognition.value }, f.recognition.citations);
  if (f.nextBadge) push('nextBadge', { ...f.nextBadge.value }, f.nextBadge.citations);
  if (f.officialSince) push('officialSince', f.officialSince.value, f.officialSince.citations);
  if (f.exemptedSince) push('exemptedSince', f.exemptedSince.value, f.exemptedSince.citations);
  if (f.suspended) push('suspended', { ...f.suspended.value }, f.suspended.citations);
  if (f.disciplineInEffect)
    push('disciplineInEffect', { ...f.disciplineInEffect.value }, f.disciplineInEffect.citations);
  push(
    'overdue',
    f.overdue.map((o) => ({ item: o.item, due: o.due, index: o.index })),
    f.overdue.flatMap((o) => o.citations),
  );
  push(
    'strikeOffWarnings',
    f.strikeOffWarnings.map((w) => ({ ground: w.ground, detail: w.detail })),
    f.strikeOffWarnings.flatMap((w) => w.citations),
  );
  push('historyProblems', f.historyProblems, []);
  if (f.corrections.length)
    push(
      'corrections',
      f.corrections.map((c) => ({
        event: c.event,
        by: c.by,
        date: c.date,
        action: c.action,
        superseded: c.superseded,
        ...(c.reason ? { reason: c.reason } : {}),
      })),
      [],
    );
  return out;
}

/**
 * Every discipline of a member's (corrected) history with whether it is in effect on `date`, and why (announced
 * on, 12 months, ended early, annulled, no automatic end after a complaint or relapse, expulsion).
 * @example
 * disciplinesOn({ events: [{ type: 'discipline', date: '2025-03-01', form: 'reprimand' }] }, '2025-06-01')[0].effect.inEffect // true
 */
export function disciplinesOn(
  member: Pick<Member, 'events'> & { readonly format?: Member['format'] },
  date: CivilDate,
): { readonly event: string; readonly effect: DisciplineEffect }[] {
  const h = prepareMember(member).history;
  const out: { event: string; effect: DisciplineEffect }[] = [];
  h.events.forEach((e, i) => {
    if (e.type === 'discipline') out.push({ event: h.ids[i]!, effect: disciplineEffect(e, date) });
    else if (e.type === 'expulsion')
      out.push({ event: h.ids[i]!, effect: disciplineEffect({ ...e, form: 'expulsion' }, date) });
  });
  return out;
}

/** The label of a status in a locale. */
export function statusLabel(status: MemberStatus, locale: Locale): string {
  return STATUS_LABELS[status][locale];
}
