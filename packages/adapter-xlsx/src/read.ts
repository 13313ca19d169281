import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { CivilDate } from '@dieule/core/date';
import type { SourceRecord } from '@dieule/core/kernel';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { HeaderMapping } from './headers.js';
import type { RawCell, RawRow } from './row.js';
import {
  duplicateIndexes,
  type RosterItem,
  type RosterNotice,
  type SheetLayout,
  SheetMapper,
  type SheetOptions,
} from './sheet.js';

/** Options of {@link openRoster}. */
export interface ReadRosterOptions {
  /** Reporting date: future dates are errors and two-digit years are read against its year. */
  readonly asOf: CivilDate;
  readonly locale?: 'vi' | 'en';
  /** Header text or column letter → field, for headers the dictionary does not know. */
  readonly mapping?: HeaderMapping;
  /** Only these sheets (xlsx). Default: every sheet. */
  readonly sheets?: readonly string[];
  /** CSV/JSON only: serial numbers follow the 1904 system. xlsx files say it themselves. */
  readonly date1904?: boolean;
  /** Detect duplicates across the whole file (default true). */
  readonly duplicates?: boolean;
  /** Called as bytes of the file are consumed. */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Rows sampled per sheet to decide encodings (default 500). */
  readonly sampleRows?: number;
}

/** A roster being read: iterate it for items; notices and layouts fill in as it goes. */
export interface RosterSource extends AsyncIterable<RosterItem> {
  readonly file: string;
  readonly format: 'xlsx' | 'csv' | 'json' | 'ndjson';
  readonly notices: RosterNotice[];
  readonly layouts: SheetLayout[];
  /** Size of the file in bytes. */
  size(): Promise<number>;
}

/** Kind of a roster file by its extension. */
export function rosterFormat(file: string): RosterSource['format'] | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  return undefined;
}

/**
 * Opens a roster (`.xlsx`, `.csv`, `.json`, `.ndjson`) for streaming. Each item is a member record (with cell
 * locations and importer issues) or a skipped row with its reason, so that rows read = records + skipped.
 * @example
 * for await (const item of openRoster('ds.xlsx', { asOf: '2026-01-01' })) if (item.type === 'record') …
 */
export function openRoster(file: string, options: ReadRosterOptions): RosterSource {
  const format = rosterFormat(file);
  if (!format) throw new Error(`unsupported roster file type: ${file} (expected .xlsx, .csv, .json or .ndjson)`);
  const notices: RosterNotice[] = [];
  const layouts: SheetLayout[] = [];
  const sheetOptions: SheetOptions = {
    locale: options.locale ?? 'vi',
    asOf: options.asOf,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    date1904: options.date1904 ?? false,
    file: basename(file),
    ...(options.duplicates === false ? {} : { duplicates: duplicateIndexes() }),
    ...(options.sampleRows ? { sampleRows: options.sampleRows } : {}),
  };
  const gen =
    format === 'xlsx'
      ? readXlsx(file, options, sheetOptions, notices, layouts)
      : format === 'csv'
        ? readCsv(file, options, sheetOptions, notices, layouts)
        : readJson(file, format, options, sheetOptions, notices, layouts);
  return {
    file,
    format,
    notices,
    layouts,
    size: async () => (await stat(file)).size,
    [Symbol.asyncIterator]: () => gen[Symbol.asyncIterator](),
  };
}

function progressStream(file: string, options: ReadRosterOptions, total: number, encoding?: BufferEncoding) {
  const stream = createReadStream(
    file,
    encoding ? { encoding, highWaterMark: 256 * 1024 } : { highWaterMark: 256 * 1024 },
  );
  if (options.onProgress) {
    const cb = options.onProgress;
    stream.on('data', () => cb(stream.bytesRead, total));
  }
  return stream;
}

async function* readXlsx(
  file: string,
  options: ReadRosterOptions,
  sheetOptions: SheetOptions,
  notices: RosterNotice[],
  layouts: SheetLayout[],
): AsyncGenerator<RosterItem> {
  const total = (await stat(file)).size;
  const stream = progressStream(file, options, total);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'emit',
  } as never);
  let index = 0;
  for await (const ws of reader as unknown as AsyncIterable<ExcelJsWorksheetReader>) {
    index++;
    const name = ws.name ?? `Sheet${index}`;
    const date1904 = Boolean(
      (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904,
    );
    if (options.sheets && !options.sheets.includes(name)) {
      for await (const _ of ws) void _;
      continue;
    }
    if (date1904) notices.push({ code: 'date1904', sheet: name });
    const mapper = new SheetMapper(name, { ...sheetOptions, date1904 }, notices);
    for await (const row of ws) {
      const cells: (RawCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const font = cell.font?.name ?? richFont(cell.value);
        cells[col - 1] = font ? { value: cell.value, font } : { value: cell.value };
      });
      yield* mapper.push(row.number, cells);
    }
    yield* mapper.end();
    if (mapper.layout) layouts.push(mapper.layout);
  }
}

interface ExcelJsWorksheetReader extends AsyncIterable<ExcelJsRow> {
  readonly name?: string;
}
interface ExcelJsRow {
  readonly number: number;
  eachCell(
    opt: { includeEmpty: boolean },
    cb: (cell: { value: unknown; font?: { name?: string } }, col: number) => void,
  ): void;
}

function richFont(value: unknown): string | undefined {
  const rt = (value as { richText?: { font?: { name?: string } }[] } | null)?.richText;
  return rt?.find((r) => r.font?.name)?.font?.name;
}

async function sniff(file: string): Promise<{ utf8: boolean; delimiter: string }> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    let slice = buf.subarray(0, bytesRead);
    // do not judge a multi-byte sequence cut at the end of the sample
    let cut = slice.length;
    while (cut > 0 && cut > slice.length - 4 && (slice[cut - 1]! & 0xc0) === 0x80) cut--;
    if (cut > 0 && slice[cut - 1]! >= 0xc0) cut--;
    slice = slice.subarray(0, bytesRead < buf.length ? bytesRead : cut);
    let utf8 = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch {
      utf8 = false;
    }
    const firstLine = slice.toString('latin1').split(/\r?\n/)[0] ?? '';
    const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
    counts.sort((a, b) => b[1] - a[1]);
    return { utf8, delimiter: counts[0]![1] > 1 ? counts[0]![0] : ',' };
  } finally {
    await fh.close();
  }
}

/** Undoes our own formula neutralisation (a leading apostrophe before = + - @). */
function unneutralise(s: string): string {
  return s.length > 1 && s[0] === "'" && '=+-@\t\r'.includes(s[1]!) ? s.slice(1) : s;
}

async function* readCsv(
  file: string,
  options: ReadRosterOptions,
  sheetOptions: SheetOptions,
  notices: RosterNotice[],
  layouts: SheetLayout[],
): AsyncGenerator<RosterItem> {
  const total = (await stat(file)).size;
  const { utf8, delimiter } = await sniff(file);
  const sheet = basename(file, extname(file));
  if (!utf8) notices.push({ code: 'latin1File', sheet });
  const stream = progressStream(file, options, total, utf8 ? 'utf8' : 'latin1');
  const parser = stream.pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  const mapper = new SheetMapper(sheet, sheetOptions, notices);
  let row = 0;
  for await (const rec of parser as AsyncIterable<string[]>) {
    row++;
    const cells: RawRow = rec.map((v) => (v === '' ? undefined : { value: unneutralise(v) }));
    yield* mapper.push(row, cells);
  }
  yield* mapper.end();
  if (mapper.layout) layouts.push(mapper.layout);
}

async function* readJson(
  file: string,
  format: 'json' | 'ndjson',
  options: ReadRosterOptions,
  sheetOptions: SheetOptions,
  notices: RosterNotice[],
  layouts: SheetLayout[],
): AsyncGenerator<RosterItem> {
  const total = (await stat(file)).size;
  const sheet = basename(file, extname(file));
  const mapper = new SheetMapper(sheet, sheetOptions, notices);
  let headers: string[] | undefined;
  let row = 0;
  const handle = function* (value: unknown, line: number): Generator<RosterItem> {
    row = line;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'kind' in value) {
      // already a record of the interchange format
      const source: SourceRecord = { value, location: { file: basename(file), row: line } };
      yield { type: 'record', sheet, row: line, source, info: { values: [], marks: {} } };
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { type: 'skip', sheet, row: line, reason: 'empty', values: [] };
      return;
    }
    const obj = value as Record<string, unknown>;
    if (!headers) {
      headers = Object.keys(obj);
      for (const it of mapper.push(
        0,
        headers.map((h) => ({ value: h })),
      ))
        if (it.row !== 0) yield it;
    }
    yield* mapper.push(
      line,
      headers.map((h) => (obj[h] == null || obj[h] === '' ? undefined : { value: obj[h] })),
    );
  };
  if (format === 'json') {
    const { readFile } = await import('node:fs/promises');
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    options.onProgress?.(total, total);
    const list = Array.isArray(data) ? data : [data];
    for (let i = 0; i < list.length; i++) yield* handle(list[i], i + 1);
  } else {
    const rl = createInterface({ input: progressStream(file, options, total, 'utf8'), crlfDelay: Infinity });
    let line = 0;
    for await (const text of rl) {
      line++;
      if (text.trim() === '' && headers) {
        yield* mapper.push(line, []); // through the mapper, so items stay in input order
        continue;
      }
      if (text.trim() === '') {
        yield { type: 'skip', sheet, row: line, reason: 'empty', values: [] };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = { kind: undefined, raw: text.slice(0, 40) };
      }
      yield* handle(value, line);
    }
  }
  void row;
  yield* mapper.end();
  if (mapper.layout) layouts.push(mapper.layout);
}
