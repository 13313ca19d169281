import { parseJsonRecords, type SourceRecord } from '@dieule/core/kernel';
import { UsageError } from './exit-codes.js';

/**
 * Reads JSON (one record or an array) or NDJSON (one record per line). A line that is not JSON becomes a record
 * the engine reports, so the count stays true; an empty or unparsable input is a usage error (exit 2).
 */
export function parseRecords(text: string, file: string): SourceRecord[] {
  const r = parseJsonRecords(text, file);
  if (!r.ok) throw new UsageError(`${file}: ${r.code === 'empty' ? r.detail : `not valid JSON (${r.detail})`}`);
  return r.records;
}
