import type { CivilDate } from '@dieule/core/date';
import type { Engine, Report, SourceRecord } from '@dieule/core/kernel';
import type { ErrorCode } from './errors.js';

/** What a validation task carries (plain data: it crosses to a worker thread). */
export interface CheckTask {
  /** The body, already read within the limits and decoded as UTF-8. */
  readonly text: string;
  readonly mediaType: 'application/json' | 'application/x-ndjson';
  readonly asOf: string;
  readonly locale: 'vi' | 'en';
  readonly facts: boolean;
  readonly maxRecords: number;
  readonly maxDepth: number;
  /** Organizations the caller may act for on `asOf` (its subtrees); `null` = every organization. */
  readonly allowed: readonly string[] | null;
}

/** The outcome of a task: a report (already serialized, off the event loop), or one code of the closed table. */
export type CheckOutcome =
  | {
      readonly ok: true;
      /** The report as JSON text. */
      readonly json: string;
      readonly records: number;
      readonly errors: number;
      readonly ruleSetHash: string;
      /** Distinct organizations of the records (at most 50), for the audit log. */
      readonly organizations: readonly string[];
    }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly messageKey: string;
      readonly index?: number;
      readonly params?: Readonly<Record<string, number>>;
    };

/** Deepest nesting of arrays and objects in a JSON text (strings skipped), stopping as soon as it passes `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123 /* [ { */) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** Runs of 9 or more digits (citizen IDs, old ID cards) are never echoed back, even from an unreadable line. */
const maskDigits = (s: string) => s.replace(/\d{9,}/g, (d) => `${'•'.repeat(d.length - 3)}${d.slice(-3)}`);

type Parsed = { ok: true; records: SourceRecord[] } | Extract<CheckOutcome, { ok: false }>;

function parse(task: CheckTask): Parsed {
  if (task.text.trim() === '') return { ok: false, code: 'EMPTY_INPUT', messageKey: 'EMPTY_INPUT' };
  if (jsonDepthExceeds(task.text, task.maxDepth))
    return { ok: false, code: 'INVALID_JSON', messageKey: 'tooDeep', params: { depth: task.maxDepth } };
  if (task.mediaType === 'application/json') {
    let value: unknown;
    try {
      value = JSON.parse(task.text);
    } catch {
      return { ok: false, code: 'INVALID_JSON', messageKey: 'INVALID_JSON' };
    }
    if (Array.isArray(value)) return { ok: true, records: value.map((v: unknown) => ({ value: v })) };
    if (value !== null && typeof value === 'object') return { ok: true, records: [{ value }] };
    return { ok: false, code: 'BAD_REQUEST', messageKey: 'notRecord' };
  }
  // NDJSON: one record per line; a line that is not JSON stays a record (the engine reports it), never lost
  const records: SourceRecord[] = [];
  const lines = task.text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = maskDigits(line.length > 40 ? `${line.slice(0, 40)}…` : line);
    }
    records.push({ value, location: { row: i + 1 } });
    if (records.length > task.maxRecords) break;
  }
  return { ok: true, records };
}

/** The organization a record is attributed to: a member's cell, an organization's own id, or an `organization` field. */
export function organizationOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (v.kind === 'organization' && typeof v.id === 'string') return v.id;
  return typeof v.organization === 'string' ? v.organization : undefined;
}

/**
 * Reads, authorizes and validates one request body. Pure (no I/O), so it runs the same in-thread and on a worker.
 * Authorization is all or nothing: the first record outside the caller's organizations refuses the batch, naming its
 * index and never whether such a record exists anywhere. A value that is not an object (an unreadable NDJSON line)
 * names no organization and carries nothing to protect; the engine reports it as unreadable.
 */
export function runCheck(engine: Engine, task: CheckTask): CheckOutcome {
  const parsed = parse(task);
  if (!parsed.ok) return parsed;
  const { records } = parsed;
  if (records.length === 0) return { ok: false, code: 'EMPTY_INPUT', messageKey: 'EMPTY_INPUT' };
  if (records.length > task.maxRecords)
    return { ok: false, code: 'TOO_MANY_RECORDS', messageKey: 'TOO_MANY_RECORDS', params: { limit: task.maxRecords } };
  const allowed = task.allowed === null ? null : new Set(task.allowed);
  const organizations = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const value = (records[i] as SourceRecord).value;
    if (value === null || typeof value !== 'object') continue;
    const org = organizationOf(value);
    if (org !== undefined && organizations.size < 50) organizations.add(org);
    if (allowed === null) continue;
    if (org === undefined)
      return { ok: false, code: 'FORBIDDEN', messageKey: 'unattributedRecord', index: i, params: { position: i + 1 } };
    if (!allowed.has(org))
      return { ok: false, code: 'FORBIDDEN', messageKey: 'foreignRecord', index: i, params: { position: i + 1 } };
  }
  const report: Report = engine.validateSources(records, {
    asOf: task.asOf as CivilDate,
    locale: task.locale,
    facts: task.facts,
  });
  return {
    ok: true,
    json: JSON.stringify(report),
    records: report.summary.records,
    errors: report.summary.errors,
    ruleSetHash: report.meta.ruleSetHash,
    organizations: [...organizations],
  };
}
