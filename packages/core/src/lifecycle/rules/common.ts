import type { CivilDate } from '../../date/civil-date.js';
import type { WorkingDayCalendar } from '../../kernel/calendar-port.js';
import type { Subject } from '../../kernel/rule.js';
import type { Member, MemberEvent, MemberEventOf, MemberEventType } from '../../model/member.js';

/** What lifecycle rules select: one event with its index. */
export interface EventSubject<T extends MemberEventType> {
  readonly event: MemberEventOf<T>;
  readonly index: number;
}

/**
 * Selects every event of the given types, each judged at its own date (the act date), with the path
 * `['events', index]`.
 */
export function eachEvent<T extends MemberEventType>(...types: T[]) {
  return (m: Member): Subject<EventSubject<T>>[] => {
    const out: Subject<EventSubject<T>>[] = [];
    (m.events ?? []).forEach((e, index) => {
      if ((types as string[]).includes(e.type))
        out.push({ value: { event: e as MemberEventOf<T>, index }, actDate: e.date, path: ['events', index] });
    });
    return out;
  };
}

/** The first event of one of `types` after index `from` (exclusive), if any. */
export function firstAfter<T extends MemberEventType>(
  m: Member,
  from: number,
  ...types: T[]
): { event: MemberEventOf<T>; index: number } | undefined {
  const events = m.events ?? [];
  for (let i = from + 1; i < events.length; i++) {
    const e = events[i]!;
    if ((types as string[]).includes(e.type)) return { event: e as MemberEventOf<T>, index: i };
  }
  return undefined;
}

/** The last event of one of `types` before index `before` (exclusive), if any. */
export function lastBefore<T extends MemberEventType>(
  m: Member,
  before: number,
  ...types: T[]
): { event: MemberEventOf<T>; index: number } | undefined {
  const events = m.events ?? [];
  for (let i = Math.min(before, events.length) - 1; i >= 0; i--) {
    const e = events[i]!;
    if ((types as string[]).includes(e.type)) return { event: e as MemberEventOf<T>, index: i };
  }
  return undefined;
}

/**
 * How late an act was against a working-day deadline, or — when the act has not happened — whether the deadline
 * has passed by `asOf`. Returns null when on time or not yet due.
 */
export function lateness(
  calendar: WorkingDayCalendar,
  due: CivilDate,
  done: CivilDate | undefined,
  asOf: CivilDate,
): { readonly late: 'done' | 'pending'; readonly workingDaysLate: number } | null {
  if (done) return done > due ? { late: 'done', workingDaysLate: calendar.workingDaysBetween(due, done) } : null;
  return asOf > due ? { late: 'pending', workingDaysLate: calendar.workingDaysBetween(due, asOf) } : null;
}

/** Default identity for examples and tests. */
export const EXAMPLE_PERSON = { fullName: 'Nguyễn Văn An', birthDate: '1990-03-15', sex: 'male' } as const;

/** A member record for examples and tests. */
export function memberWith(
  events: readonly MemberEvent[] | readonly Record<string, unknown>[],
  person: Record<string, unknown> = {},
) {
  return { kind: 'member', id: 'M1', person: { ...EXAMPLE_PERSON, ...person }, events };
}

/**
 * The admission subjects of a record: each cell vote on admission, or each admission decision when the history
 * records no vote (rosters often keep only the decision date).
 */
export function admissionSubjects(m: Member): Subject<EventSubject<'admissionVote' | 'admissionDecision'>>[] {
  type U = Subject<EventSubject<'admissionVote' | 'admissionDecision'>>[];
  const votes = eachEvent('admissionVote')(m) as unknown as U;
  return votes.length ? votes : (eachEvent('admissionDecision')(m) as unknown as U);
}
