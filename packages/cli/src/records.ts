import { parseJsonRecords, type SourceRecord } from '@dieule/core/kernel';
import { UsageError } from './exit-codes.js';
import { cliText } from './i18n/index.js';

/**
 * Reads JSON (one record or an array) or NDJSON (one record per line). A line that is not JSON becomes a record
 * the engine reports, so the count stays true; an empty or unparsable input is a usage error (exit 2) that names the
 * line and column, never the text there (it may hold personal data). A record with a string `id` keeps it even when
 * it fails its schema, so every issue names the record as the officer knows it.
 */
export function parseRecords(text: string, file: string, locale: 'vi' | 'en' = 'vi'): SourceRecord[] {
  const r = parseJsonRecords(text, file);
  if (!r.ok) {
    if (r.code === 'empty') throw new UsageError(cliText(locale, 'err.emptyInput', { file }));
    const at = jsonErrorAt(text, r.detail);
    throw new UsageError(cliText(locale, at ? 'err.invalidJsonAt' : 'err.invalidJson', { file, ...at }));
  }
  return r.records.map((s) =>
    s.id === undefined && typeof idField(s.value) === 'string' ? { ...s, id: idField(s.value)! } : s,
  );
}

const idField = (v: unknown): string | undefined => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const id = (v as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
};

/** Line and column (1-based) of a JSON.parse error, from the "position N" V8 puts in its message. */
function jsonErrorAt(text: string, detail: string): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(detail);
  // the message counts from the start of the trimmed text
  const offset = text.length - text.trimStart().length;
  const pos = m ? offset + Number(m[1]) : /Unexpected end of JSON input/.test(detail) ? text.trimEnd().length : -1;
  if (pos < 0) return undefined;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}
