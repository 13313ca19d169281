import type { CivilDate } from '@dieule/core/date';
import type { SourceRecord } from '@dieule/core/kernel';
import { looksMonthFirst } from './dates.js';
import { DuplicateIndex } from './duplicates.js';
import {
  type HeaderMapping,
  headerScore,
  isRosterHeader,
  type MappedColumn,
  mapHeaders,
  PASSIVE_FIELDS,
} from './headers.js';
import { rosterIssue } from './issues.js';
import {
  cellPrimitive,
  cellText,
  convertRow,
  type DuplicateProbe,
  isEmptyRow,
  isTotalRow,
  type RawRow,
  type RosterRowInfo,
  type SheetContext,
} from './row.js';
import { ColumnEncodingVote, encodingFromFont, guessEncoding, type LegacyEncoding, textSignal } from './text/detect.js';
import { cleanText } from './text/normalize.js';

/** A problem the reader met while splitting a row (the row is still read). */
export interface RowProblem {
  readonly id: 'row.unclosedQuote' | 'row.lineTooLong' | 'row.extraCells' | 'row.json' | 'row.notObject';
  readonly args?: Readonly<Record<string, string | number>>;
}

/** Why a row was not turned into a record. Every row read is either a record or a skip with one of these. */
export type SkipReason =
  | 'title' // a title line above the header ("DANH SÁCH ĐẢNG VIÊN …")
  | 'header' // the header row itself
  | 'repeatedHeader' // the header repeated inside the data (printed lists)
  | 'empty' // no value in any mapped column
  | 'total' // a "Tổng cộng" line
  | 'noHeader' // the sheet has no roster header: none of its rows is read as a member
  | 'unreadable'; // the reader could not read the row at all (invalid JSON line, not a record): a located problem

/** A row that became a member record. */
export interface RosterRecordItem {
  readonly type: 'record';
  readonly sheet: string;
  readonly row: number;
  readonly source: SourceRecord;
  readonly info: RosterRowInfo;
}

/** A row that was skipped, with its reason. */
export interface RosterSkipItem {
  readonly type: 'skip';
  readonly sheet: string;
  readonly row: number;
  readonly reason: SkipReason;
  /** Original cell values (for exports that keep every row). */
  readonly values: readonly unknown[];
  /** For the header row: how its columns were mapped. */
  readonly columns?: readonly MappedColumn[];
}

/** One item of a roster: a record or a skipped row. */
export type RosterItem = RosterRecordItem | RosterSkipItem;

/** A note about a whole sheet or column (not about one member): unmapped columns, encodings found, … */
export interface RosterNotice {
  readonly code:
    | 'unmappedColumn'
    | 'duplicateColumn'
    | 'noHeader'
    | 'legacyColumn'
    | 'monthFirstColumn'
    | 'latin1File'
    | 'ceremonyInferred'
    | 'date1904'
    | 'fileEncoding'
    | 'rowProblem'
    | 'headerCandidate'
    | 'noSheet'
    | 'unjudged'
    | 'rankingSkipped';
  readonly sheet: string;
  readonly column?: string;
  readonly header?: string;
  readonly detail?: string;
  /** Row number (for `rowProblem` on a skipped row, or the best header candidate). */
  readonly row?: number;
}

/** The streaming state of a {@link SheetMapper}, as plain data (structured-cloneable). */
export interface MapperSnapshot {
  readonly name: string;
  readonly options: Omit<SheetOptions, 'duplicates'>;
  readonly columns: readonly MappedColumn[];
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly rawHeaders: readonly string[];
  readonly headerKey: string;
  readonly ctx: Omit<SheetContext, 'duplicates' | 'deferredDuplicates'>;
}

/** How a sheet is laid out (for exports). */
export interface SheetLayout {
  readonly name: string;
  readonly headerRow: number;
  readonly columns: readonly MappedColumn[];
  readonly headers: readonly string[];
}

/** Options shared by the readers. */
export interface SheetOptions {
  readonly locale: 'vi' | 'en';
  readonly asOf: CivilDate;
  readonly mapping?: HeaderMapping;
  readonly date1904?: boolean;
  readonly file?: string;
  readonly duplicates?: SheetContext['duplicates'];
  /** Rows looked at before deciding column encodings and date orders (default 500). */
  readonly sampleRows?: number;
}

const HEADER_SEARCH_ROWS = 30;

/**
 * Turns the rows of one sheet into roster items: finds the header below any title lines, samples the first rows to
 * decide each column's text encoding (whole columns, never single cells by guess) and date order, then converts
 * rows as they stream by. Memory: at most `sampleRows` rows are held.
 */
export class SheetMapper {
  readonly #name: string;
  readonly #options: SheetOptions;
  readonly #notices: RosterNotice[];
  #state: 'seeking' | 'sampling' | 'streaming' | 'noHeader' = 'seeking';
  #pending: { row: number; cells: RawRow; problems?: readonly RowProblem[]; ready?: RosterItem }[] = [];
  #best: { row: number; score: number; texts: string[] } | undefined;
  #columns: MappedColumn[] = [];
  #headerRow = 0;
  #headers: string[] = [];
  #ctx: SheetContext | undefined;
  #headerKey = '';
  #rawHeaders: string[] = [];

  constructor(name: string, options: SheetOptions, notices: RosterNotice[]) {
    this.#name = name;
    this.#options = options;
    this.#notices = notices;
  }

  /** The layout once the header is known. */
  get layout(): SheetLayout | undefined {
    return this.#headerRow
      ? { name: this.#name, headerRow: this.#headerRow, columns: this.#columns, headers: this.#headers }
      : undefined;
  }

  /** Feeds one row (rows in increasing order); returns the items ready so far. */
  push(row: number, cells: RawRow, problems?: readonly RowProblem[]): RosterItem[] {
    switch (this.#state) {
      case 'streaming':
        return [this.#convert(row, cells, problems)];
      case 'noHeader':
        return [this.#skip(row, cells, 'noHeader', problems)];
      case 'sampling':
        this.#pending.push({ row, cells, ...(problems ? { problems } : {}) });
        return this.#pending.length >= (this.#options.sampleRows ?? 500) ? this.#startStreaming() : [];
      case 'seeking': {
        const texts = headerTexts(cells);
        const score = headerScore(texts);
        if (score > 0 && (!this.#best || score > this.#best.score))
          this.#best = { row, score, texts: texts.map((t) => (t ?? '').trim()).filter(Boolean) };
        if (score >= 2) {
          const columns = mapHeaders(texts, this.#options.mapping);
          if (isRosterHeader(columns)) {
            const out = this.#pending.map((p) => p.ready ?? this.#skip(p.row, p.cells, 'title', p.problems));
            out.push({ ...this.#skip(row, cells, 'header', problems), columns });
            this.#pending = [];
            this.#columns = columns;
            this.#headerRow = row;
            this.#headers = texts.map((t) => (t ?? '').trim());
            this.#rawHeaders = cells.map((c) => (cellText(cellPrimitive(c?.value)) ?? '').trim());
            this.#headerKey = columns.map((c) => c.field ?? '').join('|');
            for (const c of columns)
              if (c.unmapped)
                this.#notices.push({
                  code: c.unmapped === 'unknown' ? 'unmappedColumn' : 'duplicateColumn',
                  sheet: this.#name,
                  column: c.letter,
                  header: c.header,
                });
            const fields = new Set(columns.map((c) => c.field));
            if (fields.has('admissionDate') && !fields.has('ceremonyDate'))
              this.#notices.push({ code: 'ceremonyInferred', sheet: this.#name });
            this.#state = 'sampling';
            return out;
          }
        }
        this.#pending.push({ row, cells, ...(problems ? { problems } : {}) });
        if (this.#pending.length >= HEADER_SEARCH_ROWS) return this.#giveUp();
        return [];
      }
    }
  }

  /** True once the header is known and the sample decided: every further row converts on its own. */
  get streaming(): boolean {
    return this.#state === 'streaming';
  }

  /**
   * The streaming state as plain data (for a worker converting later rows of the same sheet), or undefined before
   * the header and column decisions are known. The duplicate indexes stay with the caller.
   */
  snapshot(): MapperSnapshot | undefined {
    if (this.#state !== 'streaming' || !this.#ctx) return undefined;
    const { duplicates: _d, deferredDuplicates: _p, ...ctx } = this.#ctx;
    const { duplicates: _o, ...options } = this.#options;
    return {
      name: this.#name,
      options,
      columns: this.#columns,
      headerRow: this.#headerRow,
      headers: this.#headers,
      rawHeaders: this.#rawHeaders,
      headerKey: this.#headerKey,
      ctx,
    };
  }

  /** A mapper in the streaming state of {@link snapshot}; rows' duplicate keys go to `deferred` instead of an index. */
  static fromSnapshot(
    snap: MapperSnapshot,
    notices: RosterNotice[],
    deferred: Map<number, DuplicateProbe>,
  ): SheetMapper {
    const m = new SheetMapper(snap.name, snap.options, notices);
    m.#state = 'streaming';
    m.#columns = [...snap.columns];
    m.#headerRow = snap.headerRow;
    m.#headers = [...snap.headers];
    m.#rawHeaders = [...snap.rawHeaders];
    m.#headerKey = snap.headerKey;
    m.#ctx = { ...snap.ctx, deferredDuplicates: deferred };
    return m;
  }

  /** Passes an item that needs no mapping (a record already in the interchange format), keeping input order. */
  pass(item: RosterItem): RosterItem[] {
    if (this.#state === 'streaming' || this.#state === 'noHeader' || this.#pending.length === 0) return [item];
    this.#pending.push({ row: item.row, cells: [], ready: item });
    return [];
  }

  /** Ends the sheet; returns the remaining items. */
  end(): RosterItem[] {
    if (this.#state === 'seeking') return this.#giveUp();
    if (this.#state === 'sampling') return this.#startStreaming();
    return [];
  }

  #giveUp(): RosterItem[] {
    this.#state = 'noHeader';
    this.#notices.push({
      code: 'noHeader',
      sheet: this.#name,
      ...(this.#best ? { row: this.#best.row, detail: this.#best.texts.slice(0, 8).join(' | ') } : {}),
    });
    const out = this.#pending.map((p) => p.ready ?? this.#skip(p.row, p.cells, 'noHeader', p.problems));
    this.#pending = [];
    return out;
  }

  #startStreaming(): RosterItem[] {
    const encodings = new Map<number, LegacyEncoding>();
    const monthFirst = new Set<number>();
    const mixed = new Set<number>();
    const votes = new Map<number, ColumnEncodingVote>();
    // one month-first date is a typo (reported on its cell); two or more mean the column was typed month-first
    const monthFirstCount = new Map<number, number>();
    const dayFirstCount = new Map<number, number>();
    let unicodeSeen = false;
    let legacyCells = 0;
    for (const c of this.#columns) {
      const vote = new ColumnEncodingVote();
      let typedDates = 0;
      let textDayFirst = 0;
      let textDayLow = 0;
      for (const p of this.#pending) {
        if (p.ready) continue;
        const raw = p.cells[c.col - 1];
        const prim = cellPrimitive(raw?.value);
        if (prim instanceof Date) typedDates++;
        if (typeof prim !== 'string') continue;
        if (encodingFromFont(raw?.font)) legacyCells++;
        vote.add(prim);
        const sig = textSignal(prim);
        if (sig === 'unicode') unicodeSeen = true;
        if (looksMonthFirst(prim)) monthFirstCount.set(c.col, (monthFirstCount.get(c.col) ?? 0) + 1);
        if (/^\s*(1[3-9]|2\d|3[01])\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*$/.test(prim)) {
          textDayFirst++;
          dayFirstCount.set(c.col, (dayFirstCount.get(c.col) ?? 0) + 1);
        } else if (/^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*$/.test(prim)) textDayLow++;
      }
      votes.set(c.col, vote);
      // the en-US pitfall: Excel typed the dates whose day is ≤ 12 (swapping day and month) and left the rest as text
      if (typedDates > 0 && textDayFirst > 0 && textDayLow === 0) mixed.add(c.col);
    }
    // systematic only when month-first dates are at least half of the unambiguous text dates of the column
    for (const [col, k] of monthFirstCount)
      if (k >= 2 && k * 2 >= k + (dayFirstCount.get(col) ?? 0)) monthFirst.add(col);
    // column decisions, then the sheet's: a legacy sheet converts every text column without Unicode proof
    const decided: LegacyEncoding[] = [];
    for (const [col, vote] of votes) {
      const d = vote.decide();
      if (d) {
        encodings.set(col, d);
        decided.push(d);
      }
    }
    if (decided.length && !unicodeSeen) {
      const sheetEnc = decided.filter((d) => d === 'tcvn3').length >= decided.length / 2 ? 'tcvn3' : 'vni';
      for (const c of this.#columns)
        if (!encodings.has(c.col) && (!c.field || !NOT_TEXT.has(c.field))) encodings.set(c.col, sheetEnc);
    }
    // one notice per sheet and encoding, naming its columns (not one per column, and never per cell)
    const byEnc = new Map<LegacyEncoding, MappedColumn[]>();
    for (const [col, enc] of encodings) {
      const c = this.#columns.find((x) => x.col === col)!;
      if (c.field?.startsWith('ranking:')) continue;
      byEnc.set(enc, [...(byEnc.get(enc) ?? []), c]);
    }
    for (const [enc, cols] of byEnc)
      this.#notices.push({
        code: 'legacyColumn',
        sheet: this.#name,
        column: cols.map((c) => c.letter).join(', '),
        header: cols.map((c) => c.header).join('”, “'),
        detail: enc,
      });
    if (legacyCells > 0 && encodings.size === 0)
      this.#notices.push({ code: 'legacyColumn', sheet: this.#name, detail: 'font' });
    for (const col of monthFirst) {
      const c = this.#columns.find((x) => x.col === col)!;
      this.#notices.push({ code: 'monthFirstColumn', sheet: this.#name, column: c.letter, header: c.header });
    }
    this.#ctx = {
      sheet: this.#name,
      locale: this.#options.locale,
      asOf: this.#options.asOf,
      date1904: this.#options.date1904 ?? false,
      columns: this.#columns,
      encodings,
      monthFirstColumns: monthFirst,
      mixedDateColumns: mixed,
      ...(this.#options.duplicates ? { duplicates: this.#options.duplicates } : {}),
      ...(this.#options.file ? { file: this.#options.file } : {}),
    };
    this.#state = 'streaming';
    const out = this.#pending.map((p) => p.ready ?? this.#convert(p.row, p.cells, p.problems));
    this.#pending = [];
    return out;
  }

  #convert(row: number, cells: RawRow, problems?: readonly RowProblem[]): RosterItem {
    if (problems?.some((p) => FATAL.has(p.id))) return this.#skip(row, cells, 'unreadable', problems);
    if (problems?.length) {
      const item = this.#convertPlain(row, cells, problems);
      if (item.type === 'skip') return item;
      const extra = problems.map((p) =>
        rosterIssue(
          p.id,
          this.#options.locale,
          [],
          `${this.#name}!A${row}`,
          { row, ...(p.args ?? {}) },
          item.source.id ?? row,
        ),
      );
      return {
        ...item,
        source: { ...item.source, issues: [...extra, ...(item.source.issues ?? [])] },
        info: { ...item.info, marks: { ...item.info.marks, [`A${row}`]: 'error' } },
      };
    }
    return this.#convertPlain(row, cells);
  }

  #convertPlain(row: number, cells: RawRow, problems?: readonly RowProblem[]): RosterItem {
    if (isEmptyRow(this.#columns, cells)) return this.#skip(row, cells, 'empty', problems);
    // cheap pre-checks first: only rows whose first cells look like a header or a "Tổng cộng" line are examined
    if (this.#mayBeSpecial(cells)) {
      const texts = headerTexts(cells);
      if (
        headerScore(texts) >= 2 &&
        mapHeaders(texts, this.#options.mapping)
          .map((c) => c.field ?? '')
          .join('|') === this.#headerKey
      )
        return this.#skip(row, cells, 'repeatedHeader', problems);
      if (isTotalRow(texts)) return this.#skip(row, cells, 'total', problems);
    }
    const { source, info } = convertRow(this.#ctx!, row, cells);
    return { type: 'record', sheet: this.#name, row, source, info };
  }

  /** True when a header cell of a name column repeats, or one of the first cells is text starting like "Tổng"/"Cộng". */
  #mayBeSpecial(cells: RawRow): boolean {
    for (let i = 0; i < Math.min(4, cells.length); i++) {
      const v = cellPrimitive(cells[i]?.value);
      if (typeof v === 'string' && TOTAL_START.test(v)) return true;
    }
    for (const c of this.#columns) {
      if (c.field !== 'fullName' && c.field !== 'birthDate') continue;
      const v = cellPrimitive(cells[c.col - 1]?.value);
      if (typeof v === 'string' && v.trim() === this.#rawHeaders[c.col - 1]) return true;
    }
    return false;
  }

  #skip(row: number, cells: RawRow, why: SkipReason, problems?: readonly RowProblem[]): RosterSkipItem {
    const reason: SkipReason = problems?.some((p) => FATAL.has(p.id)) ? 'unreadable' : why;
    // a problem on a row that is not a member still reaches the report, as a notice with its row
    for (const p of problems ?? [])
      this.#notices.push({
        code: 'rowProblem',
        sheet: this.#name,
        row,
        detail: rosterIssue(p.id, this.#options.locale, [], undefined, { row, ...(p.args ?? {}) }, row).message,
      });
    // title, header and total lines keep their text decoded (a legacy sheet's header is legacy too)
    const decoded = reason === 'empty' || reason === 'noHeader' ? undefined : headerTexts(cells);
    const values = cells.map((c, i) => {
      const v = cellPrimitive(c?.value) ?? null;
      return typeof v === 'string' && decoded?.[i] !== undefined ? decoded[i] : v;
    });
    return { type: 'skip', sheet: this.#name, row, reason, values };
  }
}

/** Columns that hold no words (dates, numbers): never said to "use TCVN3". */
const NOT_TEXT: ReadonlySet<string> = new Set([
  ...PASSIVE_FIELDS,
  'birthDate',
  'admissionDate',
  'ceremonyDate',
  'recognitionDate',
  'transferInDate',
  'transferOutDate',
  'exemptionDate',
  'deathDate',
  'exitDate',
  'citizenId',
  'partyCardNumber',
  'memberId',
]);

/** Row problems that leave nothing to read: the row is skipped as unreadable (and counted as an error). */
const FATAL: ReadonlySet<RowProblem['id']> = new Set(['row.json', 'row.notObject']);

/** How a "Tổng cộng" / "Cộng" / "Total" line starts (Unicode, NFD or TCVN3). */
const TOTAL_START = /^\s*(t[oôổæ][\u0300-\u036f]*ng|c[oộé][\u0300-\u036f]*ng|total)/iu;

/** Header cell texts, decoded when the cell font or the text itself says TCVN3/VNI (legacy sheets have legacy headers). */
function headerTexts(cells: RawRow): (string | undefined)[] {
  return cells.map((c) => {
    const t = cellText(cellPrimitive(c?.value));
    if (!t) return t;
    const font = encodingFromFont(c?.font);
    const enc = font?.encoding ?? guessEncoding(t);
    return enc ? cleanText(t, enc, font?.upperCase ?? false).value : t;
  });
}

/** Creates the three duplicate indexes of a file. */
export function duplicateIndexes(): {
  citizenId: DuplicateIndex;
  partyCard: DuplicateIndex;
  nameBirth: DuplicateIndex;
} {
  return { citizenId: new DuplicateIndex(), partyCard: new DuplicateIndex(), nameBirth: new DuplicateIndex() };
}
