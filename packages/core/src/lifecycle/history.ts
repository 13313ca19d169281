import type { CivilDate } from '../date/civil-date.js';
import { recordScope } from '../kernel/record-scope.js';
import type { Member, MemberEvent } from '../model/member.js';
import { prepareMember } from '../records/corrections.js';
import { initialState, type MemberState } from './state.js';
import { type Refusal, transition } from './transition.js';

/** One problem of the history: an event out of date order, or a transition the rules refuse. */
export type HistoryProblem =
  | {
      readonly kind: 'outOfOrder';
      readonly index: number;
      readonly date: CivilDate;
      readonly previousDate: CivilDate;
    }
  | { readonly kind: 'refused'; readonly index: number; readonly refusal: Refusal; readonly state: MemberState };

/** The result of replaying a history. */
export interface Replay {
  /** The state after every lawful event. */
  readonly state: MemberState;
  /** The state before each event (same length as the events). */
  readonly before: readonly MemberState[];
  readonly problems: readonly HistoryProblem[];
}

/**
 * Replays the ordered event history (the current state is derived, never stored), with corrections applied (indices
 * are those of the corrected history, see `prepareMember`). Refused events are skipped and
 * reported; events earlier than the event before them are reported as out of order but still applied in the order
 * given. Never throws.
 * @example
 * replay({ events: [{ type: 'admissionCeremony', date: '2020-01-01' }] }).problems[0].kind // 'refused'
 */
export function replay(member: Pick<Member, 'events'> & { readonly format?: Member['format'] }): Replay {
  // Inside an evaluation the history is replayed once per record and shared by the rules and the facts (issue 15).
  const scope = recordScope();
  const input = member.events;
  if (scope !== 0 && memo && memo.scope === scope && input !== undefined) {
    // the judged history itself (already corrected and ordered) replays the same, whatever the format says
    if (input === memo.prepared || (input === memo.input && member.format === memo.format)) return memo.value;
  }
  // The corrected history (format 2: ordered by date, then seq); the same object when nothing needs applying.
  const events = prepareMember(member).history.events;
  const value = replayEvents(events);
  if (scope !== 0 && input !== undefined) memo = { scope, input, format: member.format, prepared: events, value };
  return value;
}

/** The last replay of the record being evaluated (see `kernel/record-scope.ts`). */
let memo:
  | {
      readonly scope: number;
      readonly input: readonly MemberEvent[];
      readonly format: Member['format'];
      readonly prepared: readonly MemberEvent[];
      readonly value: Replay;
    }
  | undefined;

function replayEvents(events: readonly MemberEvent[]): Replay {
  let state = initialState;
  const before: MemberState[] = [];
  const problems: HistoryProblem[] = [];
  let previous: CivilDate | null = null;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    before.push(state);
    if (previous && event.date < previous)
      problems.push({ kind: 'outOfOrder', index, date: event.date, previousDate: previous });
    if (!previous || event.date > previous) previous = event.date;
    const r = transition(state, event);
    if (!r.ok) problems.push({ kind: 'refused', index, refusal: r.refusal, state });
    state = r.state;
  }
  return { state, before, problems };
}

/** The events up to and including `date`: the same array when none is later (so a shared replay is found). */
export function eventsUpTo<E extends { readonly date: CivilDate }>(events: readonly E[], date: CivilDate): E[] {
  for (let i = 0; i < events.length; i++) if (events[i]!.date > date) return events.filter((e) => e.date <= date);
  // callers only read it
  return events as E[];
}

/** The state of a member on a date: the history up to and including that date. */
export function stateAt(
  member: Pick<Member, 'events'> & { readonly format?: Member['format'] },
  date: CivilDate,
): MemberState {
  return replay({ events: prepareMember(member).history.events.filter((e) => e.date <= date) }).state;
}

/** Events of one type with their index in the history. */
export function eventsOfType<T extends MemberEvent['type']>(
  member: Pick<Member, 'events'>,
  type: T,
): { readonly event: Extract<MemberEvent, { type: T }>; readonly index: number }[] {
  const out: { event: Extract<MemberEvent, { type: T }>; index: number }[] = [];
  (member.events ?? []).forEach((e, index) => {
    if (e.type === type) out.push({ event: e as Extract<MemberEvent, { type: T }>, index });
  });
  return out;
}

/** The first event of a type at or after `from` (index), if any. */
export function nextOfType<T extends MemberEvent['type']>(
  member: Pick<Member, 'events'>,
  type: T,
  from: number,
): { readonly event: Extract<MemberEvent, { type: T }>; readonly index: number } | undefined {
  const events = member.events ?? [];
  for (let i = from; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === type) return { event: e as Extract<MemberEvent, { type: T }>, index: i };
  }
  return undefined;
}
