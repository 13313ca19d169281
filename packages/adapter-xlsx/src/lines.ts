import { createReadStream } from 'node:fs';
import { chunkDecoder, type FileEncoding, lineRepair } from './text/file-encoding.js';

/** One physical line of a text file: its 1-based number and its text (line ending removed). */
export interface PhysicalLine {
  readonly line: number;
  readonly text: string;
}

/** Longest physical line accepted (characters); longer lines are cut and reported. */
export const MAX_LINE_CHARS = 1_000_000;

/**
 * The physical lines of a text file, decoded. Every line ending counts: `\r\n`, `\n` and a lone `\r` (old Mac files,
 * or stray endings mixed into one file), so a file with mixed endings never merges two members into one row.
 */
export async function* physicalLines(
  file: string,
  enc: FileEncoding,
  onBytes?: (bytesRead: number) => void,
  /** Start at this byte (just after a line ending), whose line has this number (default: the file's start). */
  from?: { readonly byte: number; readonly line: number },
): AsyncGenerator<PhysicalLine & { cut?: boolean }> {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024, ...(from ? { start: from.byte } : {}) });
  const decoder = chunkDecoder(enc);
  const repair = lineRepair(enc);
  let carry = '';
  let line = from ? from.line - 1 : 0;
  let first = !from;
  const emit = (text: string) => {
    line++;
    let t = text;
    if (first) {
      t = t.replace(/^\ufeff/, '');
      first = false;
    }
    const cut = t.length > MAX_LINE_CHARS;
    if (cut) t = t.slice(0, MAX_LINE_CHARS);
    if (repair) t = repair(t);
    return cut ? { line, text: t, cut } : { line, text: t };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes?.((from?.byte ?? 0) + stream.bytesRead);
    carry += decoder.write(chunk);
    let start = 0;
    for (let i = 0; i < carry.length; i++) {
      const ch = carry.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      if (ch === 13 && i === carry.length - 1) break; // maybe the first half of \r\n: wait for the next chunk
      yield emit(carry.slice(start, i));
      if (ch === 13 && carry.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    carry = carry.slice(start);
    if (carry.length > MAX_LINE_CHARS * 2) {
      yield emit(carry);
      carry = '';
    }
  }
  carry += decoder.end();
  // a final \r, or text after the last line ending
  const rest = carry.replace(/\r$/, '');
  if (rest.length > 0) yield emit(rest);
}

/** Result of splitting one CSV record. */
export interface SplitRecord {
  readonly fields: string[];
  /** The text ended inside a quoted field. */
  readonly open: boolean;
}

/**
 * Splits the text of a CSV record into fields (RFC 4180 with the relaxations spreadsheets need): `""` inside quotes
 * is a quote, a quote inside an unquoted field is literal, text after a closing quote is kept. With `literal`, quotes
 * carry no meaning (used to recover a line whose quote never closes).
 */
export function splitCsv(text: string, delimiter: string, literal = false): SplitRecord {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      atStart = true;
      continue;
    }
    if (ch === '"' && atStart && !literal) {
      quoted = true;
      atStart = false;
      continue;
    }
    field += ch;
    if (ch !== ' ') atStart = false;
  }
  fields.push(field);
  return { fields, open: quoted };
}

/** A CSV record with the physical line it starts on and any problem met while splitting it. */
export interface CsvRecord {
  readonly line: number;
  readonly lines: number;
  readonly fields: string[];
  readonly problem?: 'unclosedQuote' | 'lineTooLong';
}

/** Lines a quoted cell may span before its quote is judged never closed. */
export const MAX_QUOTED_LINES = 50;

/**
 * CSV records from physical lines. A quoted cell may hold line breaks (up to {@link MAX_QUOTED_LINES} lines); a quote
 * that never closes makes its first line a record read with literal quotes (and a located problem), and the lines
 * after it are read again as records of their own, so the rest of the file is not lost.
 */
export async function* csvRecords(lines: AsyncIterable<PhysicalLine & { cut?: boolean }>, delimiter: string) {
  const it = lines[Symbol.asyncIterator]();
  const back: (PhysicalLine & { cut?: boolean })[] = [];
  const next = async () => {
    if (back.length) return back.shift();
    const r = await it.next();
    return r.done ? undefined : r.value;
  };
  for (;;) {
    const first = await next();
    if (!first) return;
    let split = splitCsv(first.text, delimiter);
    if (!split.open) {
      yield {
        line: first.line,
        lines: 1,
        fields: split.fields,
        ...(first.cut ? { problem: 'lineTooLong' as const } : {}),
      } satisfies CsvRecord;
      continue;
    }
    const taken: (PhysicalLine & { cut?: boolean })[] = [];
    let text = first.text;
    while (split.open && taken.length < MAX_QUOTED_LINES) {
      const l = await next();
      if (!l) break;
      taken.push(l);
      text += `\n${l.text}`;
      split = splitCsv(text, delimiter);
    }
    if (!split.open) {
      yield { line: first.line, lines: taken.length + 1, fields: split.fields } satisfies CsvRecord;
      continue;
    }
    back.unshift(...taken);
    yield {
      line: first.line,
      lines: 1,
      fields: splitCsv(first.text, delimiter, true).fields,
      problem: 'unclosedQuote',
    } satisfies CsvRecord;
  }
}

/** The delimiter of a CSV text: the candidate that splits the first lines into the most cells. */
export function sniffDelimiter(sampleLines: readonly string[]): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    let max = 0;
    for (const l of sampleLines) max = Math.max(max, splitCsv(l, d).fields.length);
    if (max > bestCount + (d === ',' ? 0 : 0)) {
      if (max > bestCount) {
        best = d;
        bestCount = max;
      }
    }
  }
  return bestCount > 1 ? best : ',';
}

/**
 * The physical lines of a decoded piece of a text file, by the rules of {@link physicalLines} (for a worker given a
 * byte range that ends after a `\n`, or at the end of the file). `tooLong` when a line needs the long-line handling of
 * the streaming reader: the caller then reads the piece with the stream instead.
 */
export function splitLines(
  text: string,
  firstLine: number,
  atStart: boolean,
  repair: ((line: string) => string) | undefined,
): { lines: PhysicalLine[]; tooLong: boolean } {
  const lines: PhysicalLine[] = [];
  let line = firstLine - 1;
  let start = 0;
  const emit = (end: number): boolean => {
    let t = text.slice(start, end);
    if (line === firstLine - 1 && atStart) t = t.replace(/^\ufeff/, '');
    line++;
    if (t.length > MAX_LINE_CHARS) return false;
    lines.push({ line, text: repair ? repair(t) : t });
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    if (!emit(i)) return { lines, tooLong: true };
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length && !emit(text.length)) return { lines, tooLong: true };
  return { lines, tooLong: false };
}

/**
 * {@link csvRecords} over lines in memory. Without `atEnd` (a piece of a file), a quoted cell still open at the last
 * line may continue in the next piece: `ranOut` says so and the records after it are not returned.
 */
export function csvRecordsOf(
  lines: readonly PhysicalLine[],
  delimiter: string,
  atEnd: boolean,
): { records: CsvRecord[]; ranOut: boolean } {
  const records: CsvRecord[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    let split = splitCsv(first.text, delimiter);
    if (!split.open) {
      records.push({ line: first.line, lines: 1, fields: split.fields });
      i++;
      continue;
    }
    let taken = 0;
    let text = first.text;
    while (split.open && taken < MAX_QUOTED_LINES) {
      const l = lines[i + 1 + taken];
      if (!l) {
        if (!atEnd) return { records, ranOut: true };
        break;
      }
      taken++;
      text += `\n${l.text}`;
      split = splitCsv(text, delimiter);
    }
    if (!split.open) {
      records.push({ line: first.line, lines: taken + 1, fields: split.fields });
      i += taken + 1;
      continue;
    }
    records.push({
      line: first.line,
      lines: 1,
      fields: splitCsv(first.text, delimiter, true).fields,
      problem: 'unclosedQuote',
    });
    i++;
  }
  return { records, ranOut: false };
}
