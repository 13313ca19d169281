/**
 * CSV rosters on worker threads, parse included: the main thread reads the head of the file itself (header, sample,
 * column decisions), then hands each following byte range (cut just after a `\n`) to a worker, which splits, converts
 * and judges its rows. The main thread keeps the file's order and the only whole-file state, the duplicate indexes:
 * workers send each row's hashed keys, and the main thread adds the duplicate issues where one thread would have.
 * Anything a range cannot settle alone (a quoted cell running into the next range, a line too long) sends the rest of
 * the file back to the streaming reader in one thread, from that range on: the result is the same, only slower.
 */
import type { Engine, EvaluateOptions, RecordResult } from '@dieule/core/kernel';
import { csvRecordsOf, splitLines } from './lines.js';
import { csvRowItems } from './read.js';
import { dropEchoes, type RosterCompact, slimItem, slimResult } from './roster-results.js';
import type { DuplicateProbe } from './row.js';
import { type MapperSnapshot, type RosterItem, type RosterNotice, SheetMapper } from './sheet.js';
import { type FileEncoding, lineRepair } from './text/file-encoding.js';

/** Encodings whose bytes can be cut after any `\n` and decoded piece by piece (UTF-8, with or without repairs). */
export function rangeSafeEncoding(enc: FileEncoding): boolean {
  return enc === 'utf-8' || enc === 'utf-8-bom' || enc === 'utf-8+tcvn3' || enc === 'utf-8+vni';
}

/** A byte range of a CSV file for a worker. */
export interface CsvRangeTask {
  readonly kind: 'csvRange';
  /** The bytes of the range (transferred, not copied). */
  readonly bytes: Uint8Array;
  /** Number of the range's first physical line. */
  readonly firstLine: number;
  /** The range ends the file. */
  readonly atEnd: boolean;
  readonly delimiter: string;
  readonly encoding: FileEncoding;
  readonly mapper: MapperSnapshot;
  readonly options: EvaluateOptions;
  /** Send back slim items and results (see `ValidateRosterOptions.compact`). */
  readonly compact?: RosterCompact;
}

/** What a worker sends back for a range, aligned item by item. */
export interface CsvRangeResult {
  readonly ruleSetHash: string;
  /** The range needs the streaming reader (see the module comment): nothing else is set. */
  readonly unsafe: boolean;
  readonly items: RosterItem[];
  /** Judged, masked and without echoes; null for skipped rows. */
  readonly results: (RecordResult | null)[];
  /** Duplicate keys per item, null when none (or a skipped row). */
  readonly probes: (DuplicateProbe | null)[];
  readonly notices: RosterNotice[];
}

/** Splits, converts and judges the rows of one range (the worker's side; also run in-thread by tests). */
export function runCsvRange(task: CsvRangeTask, engine: Engine): CsvRangeResult {
  const empty = { ruleSetHash: engine.ruleSetHash, unsafe: true, items: [], results: [], probes: [], notices: [] };
  // not at the file's start: a U+FEFF here is text, not a byte order mark
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(task.bytes);
  const { lines, tooLong } = splitLines(text, task.firstLine, false, lineRepair(task.encoding));
  if (tooLong) return empty;
  const { records, ranOut } = csvRecordsOf(lines, task.delimiter, task.atEnd);
  if (ranOut) return empty;
  const notices: RosterNotice[] = [];
  const deferred = new Map<number, DuplicateProbe>();
  const mapper = SheetMapper.fromSnapshot(task.mapper, notices, deferred);
  const items: RosterItem[] = [];
  for (const rec of records) for (const it of csvRowItems(mapper, rec)) items.push(it);
  const locale = task.options.locale ?? 'vi';
  const results: (RecordResult | null)[] = [];
  const probes: (DuplicateProbe | null)[] = [];
  const compact = task.compact;
  // compact: the record's value stays here, so its aggregates are observed here (the main thread's accumulator
  // then only counts); an aggregate that fails adds its issue to the result exactly as it would there
  const acc = compact ? engine.accumulator(task.options, false) : undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.type !== 'record') {
      results.push(null);
      probes.push(null);
      continue;
    }
    // CSV records always carry their id (`Sheet!row`): the index never names a record
    const result = dropEchoes(engine.evaluate(item.source, 0, task.options), locale);
    if (acc && compact) {
      acc.add(result);
      results.push(slimResult(result, compact));
      items[k] = slimItem(item);
    } else results.push(result);
    probes.push(deferred.get(item.row) ?? null);
  }
  return { ruleSetHash: engine.ruleSetHash, unsafe: false, items, results, probes, notices };
}

/** Line endings in a piece of bytes (`\r\n`, `\n` and a lone `\r` each end one line). */
export function countLineEndings(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
  for (let i = b.indexOf(13); i !== -1; i = b.indexOf(13, i + 1)) if (b[i + 1] !== 10) n++;
  return n;
}
