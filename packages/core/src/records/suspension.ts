import type { CivilDate } from '../date/civil-date.js';
import { defaultRegistry } from '../legal/registry.js';
import type { Citation } from '../legal/types.js';
import type { Authority } from '../model/authority.js';
import type { Member, MemberEventOf } from '../model/member.js';
import { prepareMember } from './corrections.js';

/** Grounds for a suspension (see `suspensionGroundSchema`). */
export type SuspensionGround = NonNullable<MemberEventOf<'suspensionStart'>['ground']>;

/** How a suspension period ended: the `suspensionEnd` reason, or `exit` when the member left the rolls or died. */
export type SuspensionEndReason = NonNullable<MemberEventOf<'suspensionEnd'>['reason']> | 'exit' | 'recorded';

/** One suspension of party activity read from the (corrected) history, with its extensions and its end. */
export interface SuspensionPeriod {
  /** Id of the `suspensionStart` event (own or generated). */
  readonly event: string;
  /** Index of the `suspensionStart` event in the corrected history. */
  readonly index: number;
  /** Date of the suspension decision. */
  readonly decidedOn: CivilDate;
  /** First day of suspension (`from`, else the decision date). */
  readonly since: CivilDate;
  /** Last day of the period set, after any extension; null when the decision sets none. */
  readonly until: CivilDate | null;
  readonly extended: boolean;
  /** First day no longer suspended by a `suspensionEnd` or an exit from the rolls; null while open. */
  readonly endedOn: CivilDate | null;
  readonly endReason: SuspensionEndReason | null;
  readonly ground: SuspensionGround | null;
  readonly authority: Authority | null;
}

/** Why a suspension is, or is not, in force on a date. */
export type SuspensionEffectReason = 'notYetStarted' | 'inForce' | 'ended' | 'lapsed';

const EXITS = new Set(['probationStrikeOff', 'strikeOff', 'voluntaryExit', 'expulsion', 'death']);

/**
 * Every suspension of party activity in a member's corrected history (format 2: ordered by date, then `seq`), with
 * the extensions and the end that apply to it. Only events dated on or before `asOf` are read when it is given.
 * @example
 * suspensionPeriods({ events: [{ type: 'suspensionStart', date: '2024-03-01', until: '2024-05-29' }] })[0].until // '2024-05-29'
 */
export function suspensionPeriods(
  member: Pick<Member, 'events'> & { readonly format?: Member['format'] },
  asOf?: CivilDate,
): SuspensionPeriod[] {
  const h = prepareMember(member).history;
  const out: SuspensionPeriod[] = [];
  let open: { -readonly [K in keyof SuspensionPeriod]: SuspensionPeriod[K] } | null = null;
  const close = (date: CivilDate, reason: SuspensionEndReason) => {
    if (!open) return;
    open.endedOn = date;
    open.endReason = reason;
    open = null;
  };
  h.events.forEach((e, i) => {
    if (asOf && e.date > asOf) return;
    if (e.type === 'suspensionStart') {
      // a second suspension while one is recorded (the history rule reports it) replaces the first from its start
      close(e.from ?? e.date, 'recorded');
      open = {
        event: h.ids[i]!,
        index: i,
        decidedOn: e.date,
        since: e.from ?? e.date,
        until: e.until ?? null,
        extended: false,
        endedOn: null,
        endReason: null,
        ground: e.ground ?? null,
        authority: e.authority ?? null,
      };
      out.push(open);
    } else if (e.type === 'suspensionExtension') {
      if (open) {
        open.until = e.until;
        open.extended = true;
      }
    } else if (e.type === 'suspensionEnd') close(e.date, e.reason ?? 'recorded');
    else if (EXITS.has(e.type)) close(e.date, 'exit');
  });
  return out;
}

/**
 * Whether a suspension period is in force on `date`: from its first day, up to and including `until`, and before the
 * day it was ended.
 * @example
 * suspensionEffect({ since: '2024-03-01', until: '2024-05-29', endedOn: null }, '2024-05-30') // 'lapsed'
 */
export function suspensionEffect(
  p: Pick<SuspensionPeriod, 'since' | 'until' | 'endedOn'>,
  date: CivilDate,
): SuspensionEffectReason {
  if (date < p.since) return 'notYetStarted';
  if (p.endedOn && date >= p.endedOn) return 'ended';
  if (p.until && date > p.until) return 'lapsed';
  return 'inForce';
}

/**
 * The texts a suspension rests on at a date: the Charter (Điều 40 khoản 4: suspension of party activity is decided by
 * the competent committee or inspection commission as the Central Committee regulates; read in the Charter's text)
 * and the regulation on inspection, supervision and discipline in force that day — QĐ 30-QĐ/TW (2016) Điều 40
 * khoản 4, then QĐ 22-QĐ/TW (2021) Điều 28 (grounds; Điều 29–31 authority, procedure and period), both seen only in
 * Q&A pages quoting them (secondary). QĐ 296-QĐ/TW (30/5/2025) replaced QĐ 22; its suspension provisions were not
 * seen, so it is cited as carrying over QĐ 22 Điều 28. The windows come from the document registry.
 * @example
 * suspensionCitations('2024-03-01')[1] // { document: 'qd-22-2021', article: '28' }
 */
export function suspensionCitations(date: CivilDate): Citation[] {
  const registry = defaultRegistry();
  const inForce = (id: string) => {
    const w = registry.get(id)?.effective;
    return !!w && (!w.from || w.from <= date) && (!w.to || date <= w.to);
  };
  const out: Citation[] = [
    inForce('dieu-le-2011')
      ? { document: 'dieu-le-2011', article: '40', clause: '4' }
      : { document: 'dieu-le-truoc-2011' },
  ];
  if (inForce('qd-296-2025'))
    out.push({ document: 'qd-296-2025', carriedOverFrom: { document: 'qd-22-2021', article: '28' } });
  else if (inForce('qd-22-2021')) out.push({ document: 'qd-22-2021', article: '28' });
  else if (inForce('qd-30-2016')) out.push({ document: 'qd-30-2016', article: '40', clause: '4' });
  return out;
}

/** A suspension in force on a date, with the texts it rests on. */
export interface SuspensionOn {
  readonly period: SuspensionPeriod;
  readonly citations: readonly Citation[];
}

/**
 * The suspension of party activity in force on `date` (đang bị đình chỉ sinh hoạt đảng), or null: read from the
 * history up to that date.
 * @example
 * suspensionOn({ events: [{ type: 'suspensionStart', date: '2024-03-01', until: '2024-05-29' }] }, '2024-04-01')?.period.since // '2024-03-01'
 */
export function suspensionOn(
  member: Pick<Member, 'events'> & { readonly format?: Member['format'] },
  date: CivilDate,
): SuspensionOn | null {
  const periods = suspensionPeriods(member, date);
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i]!;
    if (suspensionEffect(p, date) === 'inForce') return { period: p, citations: suspensionCitations(p.decidedOn) };
  }
  return null;
}
