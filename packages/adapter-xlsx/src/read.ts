import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { CivilDate } from '@dieule/core/date';
import type { SourceRecord } from '@dieule/core/kernel';
import { excelJs } from './exceljs.js';
import type { HeaderMapping } from './headers.js';
import { checkXlsx, ROSTER_LIMITS, RosterReadError } from './limits.js';
import { type CsvRecord, csvRecords, physicalLines, sniffDelimiter } from './lines.js';
import { maskIds } from './mask.js';
import type { RawCell, RawRow } from './row.js';
import {
  duplicateIndexes,
  type RosterItem,
  type RosterNotice,
  type RowProblem,
  type SheetLayout,
  SheetMapper,
  type SheetOptions,
} from './sheet.js';
import { decodeBytes, detectFileEncoding, type FileEncoding, lineRepair } from './text/file-encoding.js';

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
  if (!format) throw new RosterReadError('unsupportedType');
  const notices: RosterNotice[] = [];
  const layouts: SheetLayout[] = [];
  const sheetOptions = rosterSheetOptions(file, options);
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

/** The sheet options of a roster file (with fresh duplicate indexes unless turned off). */
export function rosterSheetOptions(file: string, options: ReadRosterOptions): SheetOptions {
  return {
    locale: options.locale ?? 'vi',
    asOf: options.asOf,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    date1904: options.date1904 ?? false,
    file: basename(file),
    ...(options.duplicates === false ? {} : { duplicates: duplicateIndexes() }),
    ...(options.sampleRows ? { sampleRows: options.sampleRows } : {}),
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
  await checkXlsx(file);
  const stream = progressStream(file, options, total);
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'emit',
  } as never);
  let index = 0;
  const names: string[] = [];
  try {
    for await (const ws of reader as unknown as AsyncIterable<ExcelJsWorksheetReader>) {
      index++;
      const name = ws.name ?? `Sheet${index}`;
      names.push(name);
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
        let long = false;
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const font = cell.font?.name ?? richFont(cell.value);
          let value = cell.value;
          if (typeof value === 'string' && value.length > ROSTER_LIMITS.cellChars) {
            value = value.slice(0, ROSTER_LIMITS.cellChars);
            long = true;
          }
          cells[col - 1] = font ? { value, font } : { value };
        });
        yield* mapper.push(row.number, cells, long ? [{ id: 'row.lineTooLong' }] : undefined);
      }
      yield* mapper.end();
      if (mapper.layout) layouts.push(mapper.layout);
    }
  } catch (e) {
    if (e instanceof RosterReadError) throw e;
    const reason = maskIds(String((e as Error)?.message ?? e)).slice(0, 80);
    throw new RosterReadError('unreadableXlsx', { reason });
  }
  const missing = (options.sheets ?? []).filter((s) => !names.includes(s));
  if (missing.length)
    throw new RosterReadError('noSheet', {
      sheet: missing.map((m) => `“${m}”`).join(', '),
      sheets: names.map((m) => `“${m}”`).join(', '),
    });
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

/** Bytes sampled to decide a text file's encoding. */
const SAMPLE_BYTES = 256 * 1024;

async function sniffFile(file: string): Promise<{ encoding: FileEncoding; sample: Buffer }> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const sample = buf.subarray(0, bytesRead);
    return { encoding: detectFileEncoding(sample, bytesRead < buf.length), sample };
  } finally {
    await fh.close();
  }
}

/** The items of one CSV record: its row problems (quotes, length, extra cells) and its cells, through the mapper. */
export function csvRowItems(mapper: SheetMapper, rec: CsvRecord): RosterItem[] {
  const problems: RowProblem[] = [];
  if (rec.problem === 'unclosedQuote') problems.push({ id: 'row.unclosedQuote' });
  if (rec.problem === 'lineTooLong') problems.push({ id: 'row.lineTooLong' });
  const layout = mapper.layout;
  const width = layout?.headers.length;
  if (width !== undefined && rec.line !== layout?.headerRow) {
    let last = rec.fields.length;
    while (last > 0 && rec.fields[last - 1]!.trim() === '') last--;
    if (last > width) problems.push({ id: 'row.extraCells', args: { cells: last, columns: width } });
  }
  const cells: RawRow = rec.fields.map((v) => (v === '' ? undefined : { value: unneutralise(v) }));
  return mapper.push(rec.line, cells, problems.length ? problems : undefined);
}

/** Undoes our own formula neutralisation (a leading apostrophe before = + - @). */
function unneutralise(s: string): string {
  return s.length > 1 && s[0] === "'" && '=+-@\t\r'.includes(s[1]!) ? s.slice(1) : s;
}

/** A CSV file's encoding (stated in a notice), delimiter and sheet name. */
export async function csvSetup(
  file: string,
  notices: RosterNotice[],
): Promise<{ encoding: FileEncoding; delimiter: string; sheet: string }> {
  const { encoding, sample } = await sniffFile(file);
  const sheet = basename(file, extname(file));
  notices.push({ code: 'fileEncoding', sheet, detail: encoding });
  const repair = lineRepair(encoding);
  const sampleLines = decodeBytes(sample, encoding)
    .split(/\r\n|\n|\r/)
    .slice(0, 30)
    .map((l) => (repair ? repair(l) : l));
  return { encoding, delimiter: sniffDelimiter(sampleLines), sheet };
}

async function* readCsv(
  file: string,
  options: ReadRosterOptions,
  sheetOptions: SheetOptions,
  notices: RosterNotice[],
  layouts: SheetLayout[],
): AsyncGenerator<RosterItem> {
  const total = (await stat(file)).size;
  const { encoding, delimiter, sheet } = await csvSetup(file, notices);
  const mapper = new SheetMapper(sheet, sheetOptions, notices);
  const lines = physicalLines(file, encoding, (b) => options.onProgress?.(b, total));
  for await (const rec of csvRecords(lines, delimiter)) yield* csvRowItems(mapper, rec);
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
  const { encoding } = await sniffFile(file);
  if (encoding !== 'utf-8') notices.push({ code: 'fileEncoding', sheet, detail: encoding });
  const mapper = new SheetMapper(sheet, sheetOptions, notices);
  const jsonRecords = format === 'json' ? await wholeJson(file, encoding, total, options) : undefined;
  // every key of every object, in order of first appearance (a key absent from the first object is still a column)
  const keys = new Map<string, number>();
  const collect = (v: unknown) => {
    for (const o of Array.isArray(v) ? v : [v])
      if (o && typeof o === 'object' && !Array.isArray(o) && !('kind' in o))
        for (const k of Object.keys(o)) if (!keys.has(k)) keys.set(k, keys.size);
  };
  if (jsonRecords) for (const r of jsonRecords.list) collect(r.value);
  else
    for await (const l of physicalLines(file, encoding)) {
      const t = l.text.trim();
      if (!t || (t[0] !== '{' && t[0] !== '[')) continue;
      try {
        collect(JSON.parse(t));
      } catch {
        // reported in the second pass
      }
    }
  const headers = [...keys.keys()];
  let headerSent = false;
  const sendHeader = function* (): Generator<RosterItem> {
    if (headerSent || headers.length === 0) return;
    headerSent = true;
    for (const it of mapper.push(
      0,
      headers.map((h) => ({ value: h })),
    ))
      if (it.row !== 0) yield it;
  };
  let sawRecord = false;
  let sawOther = false;
  const handle = function* (value: unknown, line: number, problems?: RowProblem[]): Generator<RosterItem> {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'kind' in value) {
      // already a record of the interchange format
      sawRecord = true;
      const source: SourceRecord = { value, location: { file: basename(file), row: line } };
      yield* mapper.pass({ type: 'record', sheet, row: line, source, info: { values: [], marks: {} } });
      return;
    }
    sawOther = true;
    yield* sendHeader();
    if (problems) {
      yield* mapper.push(line, [], problems);
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield* mapper.push(line, [], [{ id: 'row.notObject' }]);
      return;
    }
    const obj = value as Record<string, unknown>;
    yield* mapper.push(
      line,
      headers.map((h) => (obj[h] == null || obj[h] === '' ? undefined : { value: jsonCell(obj[h]) })),
    );
  };
  if (jsonRecords) {
    if (jsonRecords.error) {
      sawOther = true;
      yield* sendHeader();
      yield* mapper.push(1, [], [{ id: 'row.json', args: { reason: jsonRecords.error } }]);
    }
    for (const r of jsonRecords.list) yield* handle(r.value, r.row);
  } else {
    for await (const l of physicalLines(file, encoding, (b) => options.onProgress?.(b, total))) {
      const text = l.text.trim();
      if (text === '') {
        if (headerSent) yield* mapper.push(l.line, []);
        else yield { type: 'skip', sheet, row: l.line, reason: 'empty', values: [] };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        yield* handle(undefined, l.line, [{ id: 'row.json', args: { reason: jsonReason(e) } }]);
        continue;
      }
      // a line holding an array of records: each element is a record of that line
      if (Array.isArray(value) && value.length > 0) for (const v of value) yield* handle(v, l.line);
      else yield* handle(value, l.line);
    }
  }
  // a file of interchange records only has no header to find: nothing to report about one
  if (headerSent || headers.length > 0 || sawOther || !sawRecord) yield* mapper.end();
  if (mapper.layout) layouts.push(mapper.layout);
}

/** A JSON value as a cell: nested objects and arrays become their JSON text. */
function jsonCell(v: unknown): unknown {
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
}

/** Where a JSON text broke, without echoing any of it (the input may hold citizen IDs). */
function jsonReason(e: unknown): string {
  const m = /position (\d+)/.exec(String((e as Error)?.message ?? ''));
  return m ? `@${m[1]}` : 'JSON';
}

async function wholeJson(
  file: string,
  encoding: FileEncoding,
  total: number,
  options: ReadRosterOptions,
): Promise<{ list: { value: unknown; row: number }[]; error?: string }> {
  const { readFile } = await import('node:fs/promises');
  const text = decodeBytes(await readFile(file), encoding);
  options.onProgress?.(total, total);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { list: [], error: jsonReason(e) };
  }
  const list = Array.isArray(data) ? data : [data];
  return { list: list.map((value, i) => ({ value, row: i + 1 })) };
}
