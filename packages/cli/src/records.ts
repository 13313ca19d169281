import type { SourceRecord } from '@dieule/core/kernel';
import { UsageError } from './exit-codes.js';

/**
 * Reads JSON (one record or an array) or NDJSON (one record per line). A line that is not JSON becomes a record
 * whose value is the raw text, so the engine reports it and the count stays true; an empty input is a usage error.
 */
export function parseRecords(text: string, file: string): SourceRecord[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new UsageError(`${file}: no records (empty input)`);
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('\n'))) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      return (Array.isArray(value) ? value : [value]).map((v) => ({ value: v, location: { file } }));
    } catch (e) {
      if (trimmed.startsWith('[')) throw new UsageError(`${file}: not valid JSON (${(e as Error).message})`);
    }
  }
  if (trimmed.startsWith('{')) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      return [{ value, location: { file } }];
    } catch {
      // fall through to NDJSON
    }
  }
  const out: SourceRecord[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = line.length > 40 ? `${line.slice(0, 40)}…` : line;
    }
    out.push({ value, location: { file, row: i + 1 } });
  });
  return out;
}
