import type { SourceRecord } from './engine.js';

/** Why a JSON/NDJSON text could not be read at all (a usage problem, unlike a bad record). */
export type JsonRecordsError = { readonly ok: false; readonly code: 'empty' | 'invalidJson'; readonly detail: string };

/**
 * Decodes JSON (one record or an array) or NDJSON (one record per line) into source records. A line that is not JSON
 * becomes a record whose value is the (shortened) raw text, so the engine reports it and every line is accounted for.
 * An empty text, or a JSON array that does not parse, cannot be read at all. Pure: no I/O.
 * @example
 * parseJsonRecords('{"kind":"member"}\n{"kind":"member"}', 'a.ndjson').ok // true
 */
export function parseJsonRecords(
  text: string,
  file?: string,
): { readonly ok: true; readonly records: SourceRecord[] } | JsonRecordsError {
  const trimmed = text.trim();
  const loc = (row?: number) =>
    file || row != null ? { location: { ...(file ? { file } : {}), ...(row != null ? { row } : {}) } } : {};
  if (trimmed === '') return { ok: false, code: 'empty', detail: 'no records (empty input)' };
  if (trimmed.startsWith('[')) {
    try {
      const value = JSON.parse(trimmed) as unknown[];
      return { ok: true, records: value.map((v) => ({ value: v, ...loc() })) };
    } catch (e) {
      return { ok: false, code: 'invalidJson', detail: (e as Error).message };
    }
  }
  if (trimmed.startsWith('{')) {
    try {
      return { ok: true, records: [{ value: JSON.parse(trimmed) as unknown, ...loc() }] };
    } catch {
      // not one object: read it as NDJSON below
    }
  }
  const records: SourceRecord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = line.length > 40 ? `${line.slice(0, 40)}…` : line;
    }
    records.push({ value, ...loc(i + 1) });
  });
  return { ok: true, records };
}
