/**
 * The ONE module that maps records to rows and back. Everything else in the adapter speaks records (the
 * interchange format of `@dieule/core`) or rows (`schema.ts`); when the record format changes (format 2: event ids
 * and seq, corrections, dated organization tree), this is the file that follows it.
 *
 * - A member becomes a `members` row (its head: the record minus `events`, as written) and one `member_events` row
 *   per event (the event as written, in `payload`).
 * - Each event has a stable id: its own `id` when the record gives one, otherwise derived from the member key and the
 *   event's canonical content (plus its occurrence number, so two identical events stay two rows).
 * - The history handed back is ordered by (act date, seq): `seq` is the event's position in the history when it was
 *   written, so events of the same day keep their written order.
 */
import { createHash } from 'node:crypto';
import type { Member, MemberEvent, Organization } from '@dieule/core';

/** Sorted-key JSON: the same value always gives the same text, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** A short stable hash (hex, 24 chars = 96 bits) of text. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/**
 * The store key of a member: its `id`, else its party card number, else derived from the person's identity. The
 * derived key is a hash: the citizen ID never appears in it in clear.
 */
export function memberKey(member: Pick<Member, 'id' | 'person'>): string {
  if (member.id) return member.id;
  if (member.person.partyCardNumber) return `card:${member.person.partyCardNumber}`;
  const p = member.person;
  return `p:${shortHash(canonicalJson([p.fullName, p.birthDate, p.sex, p.citizenId ?? null]))}`;
}

/** The head of a member record: everything but the events, as written. */
export type MemberHead = Omit<Member, 'events'>;

/** One event as a row (without the columns the store fills: recorded at, batch). */
export interface EventRow {
  readonly id: string;
  readonly memberId: string;
  readonly seq: number;
  readonly type: string;
  readonly actDate: string;
  readonly payload: MemberEvent;
  readonly sourceCell: string | null;
  readonly corrects: string | null;
}

/** A member as rows. */
export interface MemberRows {
  readonly key: string;
  readonly head: MemberHead;
  readonly headHash: string;
  readonly organization: string | null;
  readonly sex: string | null;
  readonly birthDate: string | null;
  readonly events: readonly EventRow[];
}

/** Options of {@link memberToRows}. */
export interface MemberToRowsOptions {
  /** Cell of each event (by index), when an adapter knows it. */
  readonly cellOf?: (index: number) => string | undefined;
  /** First seq to use (events appended to an existing history continue after its last seq). */
  readonly firstSeq?: number;
}

/** The id of each event of a history (own id, else derived; identical events get distinct ids by occurrence). */
export function eventIds(key: string, events: readonly MemberEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const own = (e as { id?: unknown }).id;
    if (typeof own === 'string' && own) return own;
    const content = canonicalJson(e);
    const n = seen.get(content) ?? 0;
    seen.set(content, n + 1);
    return `ev:${shortHash(`${key}\n${content}\n${n}`)}`;
  });
}

/** Maps a member record to rows. */
export function memberToRows(record: Member, options: MemberToRowsOptions = {}): MemberRows {
  // plain JSON values (no prototypes, no undefined): what JSONB stores and gives back
  const member = JSON.parse(JSON.stringify(record)) as Member;
  const key = memberKey(member);
  const { events, ...head } = member;
  const ids = eventIds(key, events ?? []);
  const first = options.firstSeq ?? 0;
  return {
    key,
    head,
    headHash: shortHash(canonicalJson(head)),
    organization: member.organization ?? null,
    sex: member.person.sex ?? null,
    birthDate: member.person.birthDate ?? null,
    events: (events ?? []).map((e, i) => ({
      id: ids[i]!,
      memberId: key,
      seq: first + i,
      type: e.type,
      actDate: e.date,
      payload: e,
      sourceCell: options.cellOf?.(i) ?? null,
      corrects: null,
    })),
  };
}

/** Orders event rows as a history: by act date, then seq (stable). */
export function byHistoryOrder(a: { actDate: string; seq: number }, b: { actDate: string; seq: number }): number {
  return a.actDate < b.actDate ? -1 : a.actDate > b.actDate ? 1 : a.seq - b.seq;
}

/**
 * Rebuilds the member record from its head and its event rows: corrected events leave the history, the rest are
 * ordered by (act date, seq). The result is the record a JSON user would write.
 */
export function rowsToMember(
  head: MemberHead,
  rows: readonly { id: string; actDate: string; seq: number; payload: unknown; corrects: string | null }[],
): Member {
  const corrected = new Set<string>();
  for (const r of rows) if (r.corrects) corrected.add(r.corrects);
  const live = rows.filter((r) => !corrected.has(r.id)).sort(byHistoryOrder);
  return { ...head, events: live.map((r) => r.payload as MemberEvent) } as Member;
}

/** Sorts a history into the store's order (act date, then written order), as the store will hand it back. */
export function inHistoryOrder(member: Member): Member {
  const events = (member.events ?? []).map((e, i) => ({ e, actDate: e.date, seq: i })).sort(byHistoryOrder);
  return { ...member, events: events.map((x) => x.e) };
}

/**
 * What an incoming version of a history adds to the stored one: events not stored yet (by id). When an incoming
 * event replaces a stored event of the same type that the incoming version no longer has (a corrected date or
 * field from the same source), the new row names it in `corrects`. Stored events are never rewritten or deleted.
 */
export function eventsToAppend(
  stored: readonly { id: string; type: string; corrects: string | null }[],
  incoming: readonly EventRow[],
  firstSeq: number,
): EventRow[] {
  const storedIds = new Set(stored.map((s) => s.id));
  const corrected = new Set(stored.flatMap((s) => (s.corrects ? [s.corrects] : [])));
  const incomingIds = new Set(incoming.map((e) => e.id));
  // stored live events that the incoming version no longer has, by type (oldest first)
  const orphans = new Map<string, string[]>();
  for (const s of stored)
    if (!corrected.has(s.id) && !incomingIds.has(s.id)) {
      const list = orphans.get(s.type) ?? [];
      list.push(s.id);
      orphans.set(s.type, list);
    }
  const out: EventRow[] = [];
  let seq = firstSeq;
  for (const e of incoming) {
    if (storedIds.has(e.id)) continue;
    const replaced = orphans.get(e.type)?.shift() ?? null;
    out.push({ ...e, seq: seq++, corrects: e.corrects ?? replaced });
  }
  return out;
}

/** An organization as a row. */
export interface OrganizationRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly parent: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly record: Organization;
  readonly contentHash: string;
}

/** Maps an organization record to its row. */
export function organizationToRow(org: Organization): OrganizationRow {
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    parent: org.parent ?? null,
    validFrom: org.validFrom ?? null,
    validTo: org.validTo ?? null,
    record: org,
    contentHash: shortHash(canonicalJson(org)),
  };
}

/** Rebuilds an organization record from its row. */
export function rowToOrganization(row: { record: unknown }): Organization {
  return row.record as Organization;
}
