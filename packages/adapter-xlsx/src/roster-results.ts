import type { Issue, RecordResult } from '@dieule/core/kernel';
import { rosterIssue } from './issues.js';
import { maskDeep, maskIds } from './mask.js';
import type { DuplicateFinding } from './row.js';
import type { RosterItem } from './sheet.js';

/**
 * Issues a roster can never settle, because it has no column for the data (a member's political course) or the data
 * lives in another organization's roster (the receipt of a member who transferred out). They are not reported per
 * member: one notice per rule says the rule could not be judged from this roster, and why.
 */
const ROSTER_BLIND: readonly { ruleId: string; messageIds: readonly string[]; why: 'noColumn' | 'transferredOut' }[] = [
  { ruleId: 'member.probation.review', messageIds: ['noCourse'], why: 'noColumn' },
  { ruleId: 'member.transfer.deadlines', messageIds: ['letterOverdue', 'strikeOffGround'], why: 'transferredOut' },
];

export function notJudgeable(item: RosterItem & { type: 'record' }, r: RecordResult, unjudged: Map<string, number>) {
  const events = (item.source.value as { events?: { type?: string }[] } | null)?.events ?? [];
  const last = [...events].reverse().find((e) => e.type === 'transferOut' || e.type === 'transferIn');
  const outOnly = last?.type === 'transferOut';
  let drop: Set<Issue> | undefined;
  for (const i of r.issues) {
    const b = ROSTER_BLIND.find((x) => x.ruleId === i.ruleId && x.messageIds.includes(i.messageId));
    if (!b || i.severity === 'error' || (b.why === 'transferredOut' && !outOnly)) continue;
    drop ??= new Set();
    drop.add(i);
    const key = `${b.ruleId}|${b.why}`;
    unjudged.set(key, (unjudged.get(key) ?? 0) + 1);
  }
  return drop ? { ...r, issues: r.issues.filter((i) => !drop.has(i)) } : r;
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const ISO_DATES = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** The result with every citizen-ID-like digit run masked in its issues, facts and record reference. */
export function masked(r: RecordResult, locale: 'vi' | 'en'): RecordResult {
  let issues = maskDeep(r.issues);
  // Vietnamese messages show dates as dd/mm/yyyy, whatever rule rendered them
  if (locale === 'vi' && issues.some((i) => ISO_DATE.test(i.message)))
    issues = issues.map((i) =>
      ISO_DATE.test(i.message) ? { ...i, message: i.message.replace(ISO_DATES, '$3/$2/$1') } : i,
    );
  const facts = maskDeep(r.facts);
  const record = typeof r.record === 'string' ? maskIds(r.record) : r.record;
  return issues === r.issues && facts === r.facts && record === r.record ? r : { ...r, issues, facts, record };
}

/**
 * Drops the schema echo of a problem the importer already reported at the same path (an unreadable birth date is
 * one issue, not two), and the history-consistency consequences of dates the importer found out of order.
 */
export function dropEchoes(raw: RecordResult, locale: 'vi' | 'en'): RecordResult {
  return withoutEchoes(masked(raw, locale));
}

/** {@link dropEchoes} on a result already masked. Applying it again (after more importer issues) is safe. */
export function withoutEchoes(result: RecordResult): RecordResult {
  const adapterPaths = new Set<string>();
  let orderBroken = false;
  for (const i of result.issues)
    if (i.provenance.source === 'plugin' && i.provenance.name === '@dieule/adapter-xlsx' && i.severity === 'error') {
      adapterPaths.add(i.path.join('.'));
      if (i.ruleId === 'roster.order') orderBroken = true;
    }
  if (adapterPaths.size === 0) return result;
  // one root cause, reported once: dates out of order (already an error on their cell) make the member's history
  // inconsistent; those consequences are not reported again
  const issues: Issue[] = result.issues.filter(
    (i) =>
      !(i.ruleId === 'record.schema' && adapterPaths.has(i.path.join('.'))) &&
      !(orderBroken && i.ruleId === 'member.history.consistency'),
  );
  return issues.length === result.issues.length ? result : { ...result, issues };
}

/**
 * Adds the duplicates the main thread found to a record a worker converted and judged, exactly where the importer
 * would have put them in one thread: last of the importer's issues (before the engine's), marks on their cells, then
 * echoes dropped again.
 */
export function withDuplicates(
  item: RosterItem & { type: 'record' },
  result: RecordResult,
  found: readonly DuplicateFinding[],
  locale: 'vi' | 'en',
): { item: RosterItem; result: RecordResult } {
  const ref = `${item.sheet}!${item.row}`;
  const added = found.map((d) => {
    const i = rosterIssue(d.id, locale, d.path.slice(), d.cell, d.args, ref);
    if (i.record !== result.record) (i as { record: string | number }).record = result.record;
    return i;
  });
  const before = item.source.issues ?? [];
  // marks: worst severity per cell; a row problem's mark on column A comes after the importer's (as in one thread)
  const rowKey = `A${item.row}`;
  const marks: Record<string, 'error' | 'warning' | 'info'> = { ...item.info.marks };
  const rowProblem = before.some((i) => i.ruleId.startsWith('roster.row.') && i.location === `${item.sheet}!${rowKey}`);
  if (rowProblem) delete marks[rowKey];
  for (const i of added) {
    if (!i.location) continue;
    const key = i.location.slice(i.location.indexOf('!') + 1);
    const prev = marks[key];
    if (!prev || rank(i.severity) < rank(prev)) marks[key] = i.severity;
  }
  if (rowProblem) marks[rowKey] = 'error';
  const shown = maskDeep(added).map((i) =>
    locale === 'vi' && ISO_DATE.test(i.message) ? { ...i, message: i.message.replace(ISO_DATES, '$3/$2/$1') } : i,
  );
  const at = before.length;
  const issues = [...result.issues.slice(0, at), ...shown, ...result.issues.slice(at)];
  const next: RecordResult = { ...result, issues, valid: !issues.some((i) => i.severity === 'error') };
  return {
    item: { ...item, source: { ...item.source, issues: [...before, ...added] }, info: { ...item.info, marks } },
    result: withoutEchoes(next),
  };
}

function rank(s: 'error' | 'warning' | 'info'): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

/**
 * What a caller's `onItem` needs when it only reports (no export): see `ValidateRosterOptions.compact`. Workers then
 * send back slim items and results, so that the main thread, which receives and merges every one of them,
 * deserialises a few small objects per row instead of the whole member record, its export values and every fact.
 */
export interface RosterCompact {
  /** Names of the derived facts to keep (all when absent). */
  readonly facts?: readonly string[];
}

interface SlimValue {
  person?: { fullName?: unknown; partyCardNumber?: unknown };
  organization?: unknown;
  id?: unknown;
  memberId?: unknown;
  events?: { type?: unknown }[];
}

/**
 * A record item reduced to what reports read: the member's name, card number, member id (`id`) and organization,
 * the transfer events (which decide whether a rule can be judged from the roster), the record's first-cell location,
 * the importer's issues and the row's status and rankings (export values and marks left out).
 */
export function slimItem(item: RosterItem): RosterItem {
  if (item.type !== 'record') return item;
  const v = item.source.value as SlimValue | null;
  let value: unknown = v;
  if (v !== null && typeof v === 'object') {
    const slim: SlimValue = {};
    if (v.person && typeof v.person === 'object') {
      const p: SlimValue['person'] = {};
      if (v.person.fullName !== undefined) p.fullName = v.person.fullName;
      if (v.person.partyCardNumber !== undefined) p.partyCardNumber = v.person.partyCardNumber;
      slim.person = p;
    }
    if (v.organization !== undefined) slim.organization = v.organization;
    if (v.id !== undefined) slim.id = v.id;
    if (v.memberId !== undefined) slim.memberId = v.memberId;
    if (Array.isArray(v.events)) {
      const moves = v.events.filter((e) => e?.type === 'transferOut' || e?.type === 'transferIn');
      if (moves.length) slim.events = moves.map((e) => ({ type: e.type }));
    }
    value = slim;
  }
  const loc = item.source.location;
  const first = loc?.cells?.[''];
  const location = loc ? { ...loc, cells: first === undefined ? {} : { '': first } } : undefined;
  const { values: _values, marks: _marks, ...info } = item.info;
  return {
    ...item,
    source: { ...item.source, value, ...(location ? { location } : {}) },
    info: { ...info, values: [], marks: {} },
  };
}

/** A result without the record's value (aggregates were observed where it was judged) and only the facts asked for. */
export function slimResult(result: RecordResult, compact: RosterCompact): RecordResult {
  const keep = compact.facts;
  return { ...result, value: undefined, ...(keep ? { facts: result.facts.filter((f) => keep.includes(f.name)) } : {}) };
}
