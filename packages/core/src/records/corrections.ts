import type { CivilDate } from '../date/civil-date.js';
import type { Path } from '../kernel/types.js';
import type { MemberEvent, MemberEventOf } from '../model/member.js';
import { eventIds } from './ids.js';

/** The format-2 marker. Every kind of format 2 carries the same value. */
export const FORMAT_2 = 'dieule.records/2';

/** One step of a correction trail: which event was corrected, by which correction, and how. */
export interface CorrectionStep {
  /** Id of the corrected event (own or generated). */
  readonly event: string;
  /** Id of the correction event. */
  readonly by: string;
  readonly date: CivilDate;
  readonly action: 'replaced' | 'withdrawn';
  readonly reason?: string;
  /** Index of the corrected event and of the correction in the input history. */
  readonly eventIndex: number;
  readonly correctionIndex: number;
  /** A later correction of the same event took its place. */
  readonly superseded: boolean;
}

/** Why an identity or correction cannot be read. */
export interface IdentityProblem {
  readonly kind: 'duplicateId' | 'unknownTarget' | 'correctsCorrection' | 'emptyCorrection';
  /** Index in the input history. */
  readonly index: number;
  readonly id: string;
}

/** A history as rules judge it, with the way back to the input. */
export interface EffectiveHistory {
  /** The corrected history, in judging order (format 2: by date, then seq; format 1: as given). */
  readonly events: readonly MemberEvent[];
  /** The id of each event of `events` (own or generated). */
  readonly ids: readonly string[];
  /** For each event of `events`, its path in the input (`['events', 3]` or `['events', 7, 'replacement']`). */
  readonly paths: readonly Path[];
  readonly trail: readonly CorrectionStep[];
  readonly problems: readonly IdentityProblem[];
  /** The earliest date in the input history (corrections included), if any. */
  readonly firstDate: CivilDate | undefined;
}

interface HasEvents {
  readonly events?: readonly MemberEvent[] | undefined;
  readonly format?: string | undefined;
}

interface CacheEntry {
  readonly record: HasEvents;
  readonly history: EffectiveHistory;
  /** A prepared record we built (never changed); otherwise a caller's object, re-checked on every hit. */
  readonly ours: boolean;
  readonly events: readonly MemberEvent[] | undefined;
  readonly snapshot: readonly MemberEvent[];
  readonly format: string | undefined;
}

const cache = new WeakMap<object, CacheEntry>();

/** True when a cached entry still describes the member (a caller may have changed its events or format since). */
function fresh(hit: CacheEntry, member: HasEvents): boolean {
  if (hit.ours) return true;
  const now = member.events;
  if (now !== hit.events || member.format !== hit.format || (now?.length ?? 0) !== hit.snapshot.length) return false;
  for (let i = 0; i < hit.snapshot.length; i++) if (now![i] !== hit.snapshot[i]) return false;
  return true;
}

/** Orders format-2 events: by date, then by `seq` (0 when absent), then as given. */
function compare(a: { e: MemberEvent; i: number }, b: { e: MemberEvent; i: number }): number {
  if (a.e.date !== b.e.date) return a.e.date < b.e.date ? -1 : 1;
  const sa = a.e.seq ?? 0;
  const sb = b.e.seq ?? 0;
  return sa !== sb ? sa - sb : a.i - b.i;
}

/**
 * The member as rules judge it: corrections applied (a replaced event takes its correction's content and keeps its
 * id; a withdrawn event is left out; correction events themselves are not acts), and — in format 2 — events ordered
 * by date, then `seq`. The input is never changed. Memoized per object; a record that needs no change is returned as
 * is. Never throws on a parsed record.
 * @example
 * prepareMember({ events: [] }).history.trail // []
 */
export function prepareMember<M extends HasEvents>(member: M): { record: M; history: EffectiveHistory } {
  const hit = cache.get(member);
  if (hit && fresh(hit, member)) return { record: hit.record as M, history: hit.history };
  const source = member.events ?? [];
  const corrections: { e: MemberEventOf<'correction'>; i: number }[] = [];
  let normalise = false;
  let ownIds = false;
  let mayCollide = false;
  let firstDate: CivilDate | undefined;
  for (let i = 0; i < source.length; i++) {
    const e = source[i]!;
    if (e.type === 'correction') corrections.push({ e, i });
    else if (!normalise && needsNormalising(e)) normalise = true;
    if (!firstDate || e.date < firstDate) firstDate = e.date;
    const own = (e as { id?: unknown }).id;
    if (typeof own === 'string' && own) {
      ownIds = true;
      if (!mayCollide && GENERATED.test(own)) mayCollide = true;
    }
  }
  const format2 = member.format === FORMAT_2;
  const sorted = format2 && !isOrdered(source);
  if (!corrections.length && !sorted && !normalise) {
    // Nothing refers to an event by id here, so generated ids are hashed only when someone reads `history.ids`.
    // Generated ids are distinct among themselves by construction (occurrence suffixes are counted per hash), so
    // a duplicate can only involve an event's own id: unless an own id looks like a generated one, the own ids
    // alone tell which ids repeat, exactly as the eager path would.
    const problems = !ownIds ? [] : mayCollide ? duplicates(eventIds(source)) : ownDuplicates(source);
    let ids: readonly string[] | undefined;
    let paths: readonly Path[] | undefined;
    const history: EffectiveHistory = {
      events: source,
      get ids() {
        ids ??= eventIds(source);
        return ids;
      },
      get paths() {
        paths ??= source.map((_, i) => ['events', i]);
        return paths;
      },
      trail: [],
      problems,
      firstDate,
    };
    const out = { record: member, history };
    cache.set(member, { ...out, ours: false, events: member.events, snapshot: source.slice(), format: member.format });
    return out;
  }
  const ids = eventIds(source);
  const problems = duplicates(ids);
  const byId = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) if (!byId.has(ids[i]!)) byId.set(ids[i]!, i);
  corrections.sort(compare as never);
  const applied = new Map<number, { e: MemberEventOf<'correction'>; i: number }>();
  const trail: CorrectionStep[] = [];
  for (const c of corrections) {
    const target = byId.get(c.e.corrects);
    if (target === undefined) {
      problems.push({ kind: 'unknownTarget', index: c.i, id: c.e.corrects });
      continue;
    }
    if (source[target]!.type === 'correction') {
      problems.push({ kind: 'correctsCorrection', index: c.i, id: c.e.corrects });
      continue;
    }
    if (!c.e.replacement && !c.e.withdrawn) {
      problems.push({ kind: 'emptyCorrection', index: c.i, id: c.e.corrects });
      continue;
    }
    const previous = trail.findIndex((s) => s.eventIndex === target && !s.superseded);
    if (previous >= 0) trail[previous] = { ...trail[previous]!, superseded: true };
    applied.set(target, c);
    trail.push({
      event: ids[target]!,
      by: ids[c.i]!,
      date: c.e.date,
      action: c.e.withdrawn ? 'withdrawn' : 'replaced',
      ...(c.e.reason ? { reason: c.e.reason } : {}),
      eventIndex: target,
      correctionIndex: c.i,
      superseded: false,
    });
  }
  const rows: { e: MemberEvent; i: number; id: string; path: Path }[] = [];
  source.forEach((e, i) => {
    if (e.type === 'correction') return;
    const c = applied.get(i);
    if (!c) rows.push({ e, i, id: ids[i]!, path: ['events', i] });
    else if (!c.e.withdrawn && c.e.replacement)
      rows.push({
        e: { ...c.e.replacement, id: ids[i]!, seq: c.e.replacement.seq ?? e.seq } as MemberEvent,
        i,
        id: ids[i]!,
        path: ['events', c.i, 'replacement'],
      });
  });
  for (let k = rows.length - 1; k >= 0; k--)
    if (needsNormalising(rows[k]!.e)) {
      // an annulled expulsion never took effect: it is not an act of the history
      if ((rows[k]!.e as { annulled?: boolean }).annulled) rows.splice(k, 1);
      else rows[k]!.e = normalised(rows[k]!.e);
    }
  if (format2) rows.sort(compare);
  const history: EffectiveHistory = {
    events: rows.map((r) => r.e),
    ids: rows.map((r) => r.id),
    paths: rows.map((r) => r.path),
    trail,
    problems,
    firstDate,
  };
  const record = { ...member, events: history.events } as M;
  const out = { record, history };
  // The source entry is re-checked on every hit (a caller may change its events); the prepared record is ours.
  cache.set(member, { ...out, ours: false, events: member.events, snapshot: source.slice(), format: member.format });
  cache.set(record, { ...out, ours: true, events: record.events, snapshot: [], format: record.format });
  return out;
}

/** The shape of a generated event id (`e-` and 12 hex digits, maybe an occurrence suffix). */
const GENERATED = /^e-[0-9a-f]{12}(?:-\d+)?$/;

/** `duplicateId` problems of a list of ids: every later event that repeats an earlier event's id. */
function duplicates(ids: readonly string[]): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (seen.has(id)) problems.push({ kind: 'duplicateId', index: i, id });
    else seen.add(id);
  }
  return problems;
}

/** `duplicateId` problems among events' own ids (when no own id can equal a generated one). */
function ownDuplicates(events: readonly MemberEvent[]): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const id = (events[i] as { id?: unknown }).id;
    if (typeof id !== 'string' || !id) continue;
    if (seen.has(id)) problems.push({ kind: 'duplicateId', index: i, id });
    else seen.add(id);
  }
  return problems;
}

function isOrdered(events: readonly MemberEvent[]): boolean {
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1]!;
    const b = events[i]!;
    if (a.date > b.date || (a.date === b.date && (a.seq ?? 0) > (b.seq ?? 0))) return false;
  }
  return true;
}

/**
 * Maps a path in the judged history back to the input: `['events', k, …rest]` becomes the input path of event `k`
 * followed by `rest`; `['sourceEvents', i, …]` (a path in the input history) becomes `['events', i, …]`. Other paths
 * are unchanged.
 */
export function sourcePathOf(history: EffectiveHistory, path: Path): Path {
  // Rules that speak of the input history itself (identities, corrections) use `sourceEvents`.
  if (path[0] === 'sourceEvents') return ['events', ...path.slice(1)];
  if (path[0] !== 'events' || typeof path[1] !== 'number') return path;
  const base = history.paths[path[1]];
  return base ? [...base, ...path.slice(2)] : path;
}

/** A `discipline` event with `form: "expulsion"` (the one discipline model) is the history's `expulsion` act. */
function needsNormalising(e: MemberEvent): boolean {
  return e.type === 'discipline' && e.form === 'expulsion';
}

function normalised(e: MemberEvent): MemberEvent {
  if (e.type !== 'discipline') return e;
  const { form: _form, relapse: _r, complaint: _c, endedOn: _e, annulled: _a, authority, decidedBy, ...rest } = e;
  const by = authority ?? decidedBy;
  return { ...rest, type: 'expulsion', ...(by ? { decidedBy: by } : {}) } as MemberEvent;
}
