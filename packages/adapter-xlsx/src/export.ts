import { createWriteStream, type WriteStream } from 'node:fs';
import type { CivilDate } from '@dieule/core/date';
import type { Issue, RecordResult } from '@dieule/core/kernel';
import type ExcelJS from 'exceljs';
import { dateFromExcelJs } from './dates.js';
import { excelJs } from './exceljs.js';
import type { RosterField } from './headers.js';
import type { OutValue } from './row.js';
import type { RosterItem } from './sheet.js';
import { foldText } from './text/normalize.js';

/** Header of the issues column added on export (recognised and ignored on import). */
export const ISSUES_HEADER = { vi: 'Vấn đề phát hiện', en: 'Issues' } as const;

const FILL = { error: 'FFF8D7DA', warning: 'FFFFF3CD', info: 'FFDCEBFA' } as const;

/**
 * Neutralises a text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return) by prefixing an apostrophe; the importer removes it again.
 * @example
 * neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && '=+-@\t\r'.includes(text[0]!) ? `'${text}` : text;
}

function issuesText(issues: readonly Issue[]): string {
  return issues
    .filter((i) => i.severity !== 'info')
    .map(
      (i) =>
        `[${i.severity === 'error' ? 'E' : 'W'}] ${i.location ? `${i.location.split('!').pop()}: ` : ''}${i.message}`,
    )
    .join('\n');
}

function toJsDate(d: CivilDate): Date {
  return new Date(`${d}T00:00:00Z`);
}

function asOut(v: unknown): OutValue {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (v instanceof Date) {
    const d = dateFromExcelJs(v);
    return d ? { date: d } : null;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.error) return o.error;
  }
  return String(v);
}

/**
 * Writes the roster back as `.xlsx`, streaming: every row as read (title, header, members, skipped lines), member
 * values cleaned (Unicode NFC, real dates), an issues column, and cells with issues filled (red error, yellow
 * warning, blue info). Text is always written as text cells, so nothing runs as a formula.
 */
export class XlsxRosterWriter {
  readonly #wb: ExcelJS.stream.xlsx.WorkbookWriter;
  readonly #locale: 'vi' | 'en';
  #sheet: { name: string; ws: ExcelJS.Worksheet; issuesCol: number; last: number } | undefined;

  constructor(file: string, locale: 'vi' | 'en' = 'vi') {
    this.#wb = new (excelJs().stream.xlsx.WorkbookWriter)({ filename: file, useStyles: true, useSharedStrings: false });
    this.#locale = locale;
  }

  /** Adds one item (in input order) with its result. */
  add(item: RosterItem, result: RecordResult | undefined): void {
    if (!this.#sheet || this.#sheet.name !== item.sheet) {
      this.#sheet?.ws.commit();
      const ws = this.#wb.addWorksheet(item.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 0 }] });
      this.#sheet = { name: item.sheet, ws, issuesCol: 0, last: 0 };
    }
    const s = this.#sheet;
    const values: OutValue[] = item.type === 'record' ? [...item.info.values] : item.values.map(asOut);
    if (item.type === 'skip' && item.reason === 'header') s.issuesCol = Math.max(values.length, 1) + 1;
    // several records of one input line (an NDJSON array) go on rows of their own, in order
    const rowNumber = Math.max(item.row, s.last + 1);
    s.last = rowNumber;
    const row = s.ws.getRow(rowNumber);
    values.forEach((v, i) => {
      if (v == null) return;
      const cell = row.getCell(i + 1);
      if (typeof v === 'object') {
        cell.value = toJsDate(v.date);
        cell.numFmt = 'dd/mm/yyyy';
      } else cell.value = v;
    });
    if (item.type === 'skip' && item.reason === 'header') {
      const h = row.getCell(s.issuesCol);
      h.value = ISSUES_HEADER[this.#locale];
      for (let c = 1; c <= s.issuesCol; c++) row.getCell(c).font = { bold: true };
    }
    if (item.type === 'record' && result) {
      const marks: Record<string, 'error' | 'warning' | 'info'> = { ...item.info.marks };
      for (const i of result.issues) {
        if (!i.location?.startsWith(`${item.sheet}!`)) continue;
        const a = i.location.slice(item.sheet.length + 1);
        if (!/^[A-Z]+\d+$/.test(a) || (a.startsWith(`A${item.row}`) && a === `A${item.row}` && i.path.length === 0))
          continue;
        const prev = marks[a];
        if (!prev || sevRank(i.severity) < sevRank(prev)) marks[a] = i.severity;
      }
      for (const [a, sev] of Object.entries(marks)) {
        const col = a.replace(/\d+$/, '');
        row.getCell(col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[sev] } };
      }
      const text = issuesText(result.issues);
      if (text && s.issuesCol) {
        const c = row.getCell(s.issuesCol);
        c.value = text;
        c.alignment = { wrapText: true, vertical: 'top' };
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[result.valid ? 'warning' : 'error'] } };
      }
    }
    row.commit();
  }

  /** Finishes the file. */
  async finish(): Promise<void> {
    if (this.#sheet) {
      this.#sheet.ws.getColumn(this.#sheet.issuesCol || 1).width = 60;
      this.#sheet.ws.commit();
    }
    await this.#wb.commit();
  }
}

function sevRank(s: string): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

/** Canonical Vietnamese headers written on CSV export (the importer reads them back). */
export const CANONICAL_HEADERS: Readonly<Partial<Record<RosterField, string>>> = {
  memberId: 'Mã đảng viên',
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  sex: 'Giới tính',
  citizenId: 'Số CCCD',
  partyCardNumber: 'Số thẻ đảng viên',
  organization: 'Chi bộ',
  admissionDate: 'Ngày vào Đảng',
  ceremonyDate: 'Ngày lễ kết nạp',
  recognitionDate: 'Ngày chính thức',
  status: 'Trạng thái',
  transferInDate: 'Ngày chuyển đến',
  transferOutDate: 'Ngày chuyển đi',
  exemptionDate: 'Ngày miễn sinh hoạt',
  exemptionReason: 'Lý do miễn sinh hoạt',
  deathDate: 'Ngày mất',
  exitDate: 'Ngày ra khỏi Đảng',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  hometown: 'Quê quán',
  phone: 'Số điện thoại',
  note: 'Ghi chú',
};

/** Quotes one CSV field (RFC 4180) after neutralising formulas. */
export function csvField(v: OutValue): string {
  if (v == null) return '';
  if (typeof v === 'number') return String(v);
  const s =
    typeof v === 'object' ? `${v.date.slice(8, 10)}/${v.date.slice(5, 7)}/${v.date.slice(0, 4)}` : neutraliseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes member rows as CSV (UTF-8 with BOM, so Excel opens Vietnamese text correctly), streaming: every column of
 * the officer's file under its own header (STT, unrecognised columns and all; cleaned values for the columns read),
 * then the source cell (`Nguồn`) and the issues. Skipped rows are left out (the report accounts for them); later
 * sheets are written under the first sheet's columns, matched by field or header. Every text is formula-neutralised.
 */
export class CsvRosterWriter {
  readonly #out: WriteStream;
  readonly #locale: 'vi' | 'en';
  /** Output columns: the first sheet's columns (by field when mapped, else by header text). */
  #keys: string[] | undefined;
  readonly #columns = new Map<string, Map<string, number>>();

  constructor(file: string, locale: 'vi' | 'en' = 'vi') {
    this.#out = createWriteStream(file, 'utf8');
    this.#locale = locale;
  }

  async #write(line: string): Promise<void> {
    if (!this.#out.write(line)) await new Promise<void>((r) => this.#out.once('drain', () => r()));
  }

  /** Adds one item (in input order) with its result. */
  async add(item: RosterItem, result: RecordResult | undefined): Promise<void> {
    if (item.type === 'skip') {
      if (item.reason !== 'header' || !item.columns) return;
      const key = (c: { field?: RosterField; header: string }) =>
        c.field ? `f:${c.field}` : `h:${foldText(c.header)}`;
      const usable = item.columns.filter((c) => c.field !== 'issues' && c.field !== 'origin');
      const map = new Map<string, number>();
      for (const c of usable) if (!map.has(key(c))) map.set(key(c), c.col);
      this.#columns.set(item.sheet, map);
      if (!this.#keys) {
        this.#keys = [...map.keys()];
        const headerOf = new Map(
          usable.map((c) => [key(c), c.header || (c.field ? (CANONICAL_HEADERS[c.field] ?? c.field) : '')]),
        );
        const header = [
          ...this.#keys.map((k) => headerOf.get(k) ?? ''),
          this.#locale === 'vi' ? 'Nguồn' : 'Source',
          ISSUES_HEADER[this.#locale],
        ];
        await this.#write(`\ufeff${header.map((h) => csvField(h)).join(',')}\r\n`);
      }
      return;
    }
    const columns = this.#columns.get(item.sheet);
    if (!this.#keys || !columns) return;
    const cells: OutValue[] = this.#keys.map((k) => {
      const col = columns.get(k);
      return col ? (item.info.values[col - 1] ?? null) : null;
    });
    cells.push(`${item.sheet}!${item.row}`);
    cells.push(result ? issuesText(result.issues) : '');
    await this.#write(`${cells.map(csvField).join(',')}\r\n`);
  }

  async finish(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.#out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
