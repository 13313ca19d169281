import { addMonths, type CivilDate } from '@dieule/core/date';
import type { Issue, SourceRecord } from '@dieule/core/kernel';
import { readDate } from './dates.js';
import { type DuplicateIndex, hashKey } from './duplicates.js';
import type { MappedColumn, RosterField } from './headers.js';
import { FIELD_LABELS } from './i18n/index.js';
import { type RosterMessageId, rosterIssue } from './issues.js';
import { encodingFromFont, guessEncoding, type LegacyEncoding, syllableScore } from './text/detect.js';
import { cleanText, foldText, nameKey } from './text/normalize.js';
import { decodeTcvn3 } from './text/tcvn3.js';
import { decodeVni } from './text/vni.js';
import {
  type ExemptionReason,
  parseExemptionReason,
  parseLevel,
  parseSex,
  parseStatus,
  type RankingLevel,
  type RosterStatus,
} from './values.js';

/** One cell as a reader hands it over: its value (text, number, boolean, Date, null) and its font name. */
export interface RawCell {
  readonly value: unknown;
  readonly font?: string | undefined;
}

/** A row as a reader hands it over: index 0 is column A. */
export type RawRow = readonly (RawCell | undefined)[];

/** A value written back on export: text, number, a civil date, or nothing. */
export type OutValue = string | number | { readonly date: CivilDate } | null;

/** What the importer knows about a row beyond the member record (for reports and exports). */
export interface RosterRowInfo {
  readonly statedStatus?: RosterStatus;
  readonly rankings?: readonly { readonly year: number; readonly level: RankingLevel }[];
  /** Cleaned values per column (index 0 = column A), for exports. */
  readonly values: readonly OutValue[];
  /** Cell addresses with issues, worst severity per cell, for highlighting on export. */
  readonly marks: Readonly<Record<string, 'error' | 'warning' | 'info'>>;
}

/** Everything the row converter needs to know about its sheet. */
export interface SheetContext {
  readonly sheet: string;
  readonly locale: 'vi' | 'en';
  readonly asOf: CivilDate;
  readonly date1904: boolean;
  readonly columns: readonly MappedColumn[];
  /** Decided legacy encoding per column number. */
  readonly encodings: ReadonlyMap<number, LegacyEncoding>;
  readonly monthFirstColumns: ReadonlySet<number>;
  /** Columns mixing typed date cells with day-first text dates (typed cells may have day and month swapped). */
  readonly mixedDateColumns: ReadonlySet<number>;
  readonly duplicates?: { citizenId: DuplicateIndex; partyCard: DuplicateIndex; nameBirth: DuplicateIndex };
  /** Instead of `duplicates` (a worker converting part of a file): the keys of each row, by row, for the main thread. */
  readonly deferredDuplicates?: Map<number, DuplicateProbe>;
  readonly file?: string;
}

const DATE_FIELDS = new Set<RosterField>([
  'birthDate',
  'admissionDate',
  'ceremonyDate',
  'recognitionDate',
  'transferInDate',
  'transferOutDate',
  'exemptionDate',
  'deathDate',
  'exitDate',
]);

type MemberEvent = { type: string; date: CivilDate; [k: string]: unknown };

/** Text of a raw cell value (rich text, hyperlinks and formula results included). */
export function cellText(value: unknown): string | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (v.error) return v.error;
  }
  return String(value);
}

/** The primitive behind a raw value: formula results and hyperlink texts unwrapped; rich text joined. */
export function cellPrimitive(value: unknown): unknown {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { richText?: unknown; result?: unknown; text?: unknown; formula?: unknown };
    if (v.richText) return cellText(value);
    if ('formula' in v || 'sharedFormula' in v) return cellPrimitive(v.result ?? null);
    if (v.text !== undefined) return cellPrimitive(v.text);
  }
  return value;
}

/** The text fields copied into `person` as they are (IDs without spaces). */
const PERSON_TEXT = ['citizenId', 'partyCardNumber', 'ethnicity', 'religion', 'hometown'] as const;
const PERSON_PATH = {
  citizenId: 'person.citizenId',
  partyCardNumber: 'person.partyCardNumber',
  ethnicity: 'person.ethnicity',
  religion: 'person.religion',
  hometown: 'person.hometown',
} as const;

/** What convertRow needs to know about one column, decided once per sheet. */
interface ColumnPlan {
  readonly column: MappedColumn;
  /** `Sheet!C`: the cell address without its row number. */
  readonly prefix: string;
  readonly path: (string | number)[];
  readonly date: boolean;
  readonly monthFirst: boolean;
  readonly mixed: boolean;
  readonly encoding: LegacyEncoding | undefined;
  /** Year of a ranking column (`ranking:2024`). */
  readonly year: number;
}

interface RowPlan {
  readonly columns: readonly ColumnPlan[];
  readonly rankings: readonly ColumnPlan[];
  readonly sexPrefix: string | undefined;
}

const PLANS = new WeakMap<SheetContext, RowPlan>();

/** The column plan of a sheet: addresses, paths, date and encoding decisions, computed once, not per row. */
function planOf(ctx: SheetContext): RowPlan {
  let plan = PLANS.get(ctx);
  if (plan) return plan;
  const columns = ctx.columns.map(
    (c): ColumnPlan => ({
      column: c,
      prefix: `${ctx.sheet}!${c.letter}`,
      path: pathOf(c.field),
      date: !!c.field && DATE_FIELDS.has(c.field),
      monthFirst: ctx.monthFirstColumns.has(c.col),
      mixed: ctx.mixedDateColumns.has(c.col),
      encoding: ctx.encodings.get(c.col),
      year: c.field?.startsWith('ranking:') ? Number(c.field.slice(8)) : 0,
    }),
  );
  const sex = ctx.columns.find((c) => c.field === 'sex');
  plan = {
    columns,
    rankings: columns.filter((p) => p.column.field?.startsWith('ranking:')),
    sexPrefix: sex ? `${ctx.sheet}!${sex.letter}` : undefined,
  };
  PLANS.set(ctx, plan);
  return plan;
}

/**
 * Converts one data row into a member record (with cell locations and importer issues) and the row info used by
 * reports and exports.
 */
export function convertRow(
  ctx: SheetContext,
  row: number,
  cells: RawRow,
): { source: SourceRecord; info: RosterRowInfo } {
  const { sheet, locale } = ctx;
  const L = FIELD_LABELS[locale];
  const issues: Issue[] = [];
  const marks: Record<string, 'error' | 'warning' | 'info'> = {};
  const cellMap: Record<string, string> = { '': `${sheet}!A${row}` };
  const values: OutValue[] = [];
  const ref = `${sheet}!${row}`;
  const plan = planOf(ctx);
  const issue = (
    id: RosterMessageId,
    path: (string | number)[],
    cell: string | undefined,
    args: Record<string, string | number>,
  ) => {
    // paths of the column plan are shared between rows: each issue gets its own copy
    const i = rosterIssue(id, locale, path.slice(), cell, args, ref);
    issues.push(i);
    if (cell) {
      const key = cell.slice(cell.indexOf('!') + 1);
      const prev = marks[key];
      if (!prev || rank(i.severity) < rank(prev)) marks[key] = i.severity;
    }
  };

  const text: Partial<Record<RosterField, { value: string; cell: string; path: (string | number)[] }>> = {};
  const dates: Partial<Record<RosterField, { value: CivilDate; cell: string }>> = {};
  const dateCells: Partial<Record<RosterField, string>> = {};
  const rankings: { year: number; level: RankingLevel }[] = [];

  for (const p of plan.columns) {
    const c = p.column;
    const raw = cells[c.col - 1];
    const prim = cellPrimitive(raw?.value);
    const field = c.field;
    const cell = p.prefix + row;
    const path = p.path;
    if (p.date && field) {
      dateCells[field] = cell;
      const t = prim instanceof Date || typeof prim === 'number' ? prim : cellText(prim)?.trim();
      if (t === undefined || t === '' || t === null) {
        values[c.col - 1] = null;
        continue;
      }
      const r = readDate(t, {
        date1904: ctx.date1904,
        pivotYear: Number(ctx.asOf.slice(0, 4)),
        columnMonthFirst: p.monthFirst,
      });
      const input = prim instanceof Date ? (r.ok ? r.value : String(prim)) : String(t);
      if (r.ok) {
        dates[field] = { value: r.value, cell };
        values[c.col - 1] = { date: r.value };
        if (r.form === 'two-digit-year')
          issue('date.twoDigitYear', path, cell, { input, date: vnDate(r.value), pivot: ctx.asOf.slice(0, 4) });
        else if (r.form === 'serial1900' || r.form === 'serial1904')
          issue('date.serial', path, cell, {
            input,
            system: r.form === 'serial1904' ? '1904' : '1900',
            date: vnDate(r.value),
          });
        else if (r.form === 'date-cell' && p.mixed) {
          const d = Number(r.value.slice(8, 10));
          const m = Number(r.value.slice(5, 7));
          if (d <= 12 && d !== m)
            issue('date.maybeSwapped', path, cell, {
              date: vnDate(r.value),
              swapped: `${r.value.slice(5, 7)}/${r.value.slice(8, 10)}/${r.value.slice(0, 4)}`,
            });
        }
        if (r.value > ctx.asOf)
          issue('date.future', path, cell, { field: L[field] ?? field, date: vnDate(r.value), asOf: vnDate(ctx.asOf) });
      } else {
        values[c.col - 1] = typeof t === 'number' ? t : input;
        if (r.problem === 'partial')
          issue('date.partial', path, cell, {
            input,
            known: r.month ? `${String(r.month).padStart(2, '0')}/${r.year}` : String(r.year),
          });
        else if (r.problem === 'month-first') issue('date.monthFirst', path, cell, { input });
        else if (r.problem === 'ambiguous') issue('date.ambiguous', path, cell, { input });
        else issue('date.invalid', path, cell, { input });
      }
      continue;
    }
    const t = cellText(prim);
    if (t === undefined || t.trim() === '') {
      values[c.col - 1] = typeof prim === 'number' ? prim : null;
      continue;
    }
    const fontEnc = encodingFromFont(raw?.font);
    const columnEnc = fontEnc?.encoding ?? p.encoding;
    // a single legacy cell in a Unicode column (rosters merged from several sources): repaired when its decoding
    // reads as Vietnamese syllables throughout
    const cellEnc = columnEnc ? undefined : singleCellEncoding(t);
    const cleaned = cleanText(t, columnEnc ?? cellEnc, fontEnc?.upperCase ?? false);
    const shown = field === 'citizenId' ? '***' : cleaned.value;
    // whole columns (and legacy fonts) are stated once in the sheet's notices, not once per cell
    if (cleaned.converted && !columnEnc)
      issue('text.converted', path, cell, {
        encoding: cleaned.converted.toUpperCase(),
        from: field === 'citizenId' ? '***' : t,
        to: shown,
      });
    else if (cleaned.composed) issue('text.composed', path, cell, { to: shown });
    else if (cleaned.spaces) issue('text.spaces', path, cell, { to: shown });
    values[c.col - 1] = typeof prim === 'number' && !cleaned.converted ? prim : cleaned.value;
    if (field) text[field] = { value: cleaned.value, cell, path };
  }

  // ---- person
  const person: Record<string, unknown> = {};
  const fullName =
    text.fullName?.value ??
    ([text.familyAndMiddleName?.value, text.givenName?.value].filter(Boolean).join(' ') || undefined);
  const nameCell = text.fullName?.cell ?? text.givenName?.cell ?? text.familyAndMiddleName?.cell;
  if (fullName) person.fullName = fullName;
  if (nameCell) cellMap['person.fullName'] = nameCell;
  if (dates.birthDate) person.birthDate = dates.birthDate.value;
  if (dateCells.birthDate) cellMap['person.birthDate'] = dateCells.birthDate;
  if (plan.sexPrefix !== undefined) cellMap['person.sex'] = plan.sexPrefix + row;
  if (text.sex) {
    const sex = parseSex(text.sex.value);
    if (sex) person.sex = sex;
    else issue('value.sex', ['person', 'sex'], text.sex.cell, { input: text.sex.value });
  }
  for (const field of PERSON_TEXT) {
    const v = text[field];
    if (v) {
      person[field] = field === 'citizenId' || field === 'partyCardNumber' ? v.value.replace(/\s+/g, '') : v.value;
      cellMap[PERSON_PATH[field]] = v.cell;
    }
  }

  // ---- stated status, rankings
  let statedStatus: RosterStatus | undefined;
  if (text.status) {
    const s = parseStatus(text.status.value);
    if (s) statedStatus = s;
    else if (s === undefined) issue('value.status', [], text.status.cell, { input: text.status.value });
  }
  for (const p of plan.rankings) {
    const v = values[p.column.col - 1];
    if (v == null || typeof v === 'object') continue;
    const year = p.year;
    const level = parseLevel(String(v));
    if (level) rankings.push({ year, level });
    else if (level === undefined) issue('value.ranking', [], p.prefix + row, { year, input: String(v) });
  }

  // ---- events
  const events: { ev: MemberEvent; cell: string }[] = [];
  const push = (field: RosterField, ev: Omit<MemberEvent, 'date'>) => {
    const d = dates[field];
    if (d) events.push({ ev: { ...ev, date: d.value } as MemberEvent, cell: d.cell });
  };
  push('admissionDate', { type: 'admissionDecision' });
  if (dates.ceremonyDate) push('ceremonyDate', { type: 'admissionCeremony' });
  else if (dates.admissionDate) {
    // Rosters rarely keep the ceremony date. Probation runs 12 months from the ceremony, and "Ngày chính thức" is
    // the day probation ended, so the ceremony is 12 months before it; without it, the admission date stands in.
    // The sheet notice `ceremonyInferred` states the inference; the event carries a note.
    // When "Ngày chính thức" is less than 12 months after "Ngày vào Đảng", the ceremony cannot have been 12 months
    // before it: the admission date stands in, so the short probation is reported as such by the recognition rules
    // (not as a ceremony held before the admission decision).
    const rec = dates.recognitionDate?.value;
    const back = rec ? addMonths(rec, -12, 'clamp') : undefined;
    const inferred = back && back >= dates.admissionDate.value ? back : dates.admissionDate.value;
    const basis = rec ? 'recognition' : 'admission';
    events.push({
      ev: { type: 'admissionCeremony', date: inferred, note: `dieule: inferred from the ${basis} date` },
      cell: (rec ? dates.recognitionDate : dates.admissionDate)!.cell,
    });
  }
  if (dates.recognitionDate)
    push('recognitionDate', { type: 'recognitionDecision', effectiveOn: dates.recognitionDate.value });
  push('transferInDate', { type: 'transferIn', mode: 'official' });
  push('transferOutDate', { type: 'transferOut', mode: 'official' });
  if (dates.exemptionDate) {
    let reason: ExemptionReason = 'other';
    if (text.exemptionReason) {
      const r = parseExemptionReason(text.exemptionReason.value);
      if (r) reason = r;
      else issue('value.exemptionReason', [], text.exemptionReason.cell, { input: text.exemptionReason.value });
    }
    push('exemptionDate', { type: 'exemptionStart', reason });
  }
  push('deathDate', { type: 'death' });
  if (dates.exitDate) {
    const kind =
      statedStatus === 'expelled'
        ? 'expulsion'
        : statedStatus === 'exited'
          ? 'voluntaryExit'
          : statedStatus === 'struckOff' && !dates.recognitionDate
            ? 'probationStrikeOff'
            : undefined;
    if (kind) push('exitDate', { type: kind });
    else
      issue('event.incomplete', [], dates.exitDate.cell, {
        event: L.exitDate ?? 'exitDate',
        date: vnDate(dates.exitDate.value),
        missing:
          statedStatus === 'struckOff' ? (locale === 'vi' ? 'căn cứ xóa tên' : 'the strike-off ground') : L.exitKind!,
      });
  }

  // ---- impossible orders across columns
  const order = (earlier: RosterField, later: RosterField) => {
    const a = dates[earlier];
    const b = dates[later];
    if (a && b && b.value < a.value)
      issue('order', pathOf(later), b.cell, {
        later: cap(L[later] ?? later),
        laterDate: vnDate(b.value),
        earlier: L[earlier] ?? earlier,
        earlierDate: vnDate(a.value),
      });
  };
  for (const f of DATE_FIELDS) if (f !== 'birthDate') order('birthDate', f);
  order('admissionDate', 'ceremonyDate');
  order('admissionDate', 'recognitionDate');
  order('ceremonyDate', 'recognitionDate');
  for (const f of ['transferInDate', 'transferOutDate', 'exemptionDate', 'deathDate', 'exitDate'] as const)
    order('admissionDate', f);

  // ---- stated status against the dates
  if (statedStatus && text.status) {
    const reasons: string[] = [];
    const has = (f: RosterField) => !!dates[f];
    const vi = locale === 'vi';
    if (statedStatus === 'probationary' && has('recognitionDate'))
      reasons.push(vi ? 'đã có ngày chính thức' : 'a recognition date is given');
    if (statedStatus === 'official' && has('admissionDate') && !has('recognitionDate'))
      reasons.push(vi ? 'chưa có ngày chính thức' : 'no recognition date');
    if (statedStatus === 'deceased' && !has('deathDate')) reasons.push(vi ? 'thiếu ngày mất' : 'no date of death');
    if (statedStatus === 'exempted' && !has('exemptionDate'))
      reasons.push(vi ? 'thiếu ngày miễn sinh hoạt' : 'no exemption date');
    if (statedStatus === 'transferredOut' && !has('transferOutDate'))
      reasons.push(vi ? 'thiếu ngày chuyển đi' : 'no transfer-out date');
    if (statedStatus !== 'deceased' && has('deathDate'))
      reasons.push(vi ? 'đã có ngày mất' : 'a date of death is given');
    if (reasons.length)
      issue('status.mismatch', [], text.status.cell, { stated: text.status.value, reason: reasons.join('; ') });
  }

  // ---- duplicates (judged here, or by the main thread when a worker converts the row: same keys, same order)
  if (ctx.duplicates || ctx.deferredDuplicates) {
    const probe = duplicateProbe(person, fullName, dates.birthDate?.value, cellMap, nameCell);
    if (ctx.duplicates) {
      for (const d of judgeDuplicates(ctx.duplicates, probe, sheet, row)) issue(d.id, d.path, d.cell, d.args);
    } else if (probe.cid || probe.card || probe.nameBirth) ctx.deferredDuplicates!.set(row, probe);
  }

  // ---- the record
  events.sort((a, b) => (a.ev.date < b.ev.date ? -1 : a.ev.date > b.ev.date ? 1 : 0));
  events.forEach((e, i) => {
    cellMap[`events.${i}`] = e.cell;
    cellMap[`events.${i}.date`] = e.cell;
  });
  const memberId = text.memberId?.value;
  if (text.memberId) cellMap.id = text.memberId.cell;
  if (text.organization) cellMap.organization = text.organization.cell;
  const value = {
    kind: 'member',
    ...(memberId ? { id: memberId } : {}),
    person,
    ...(text.organization ? { organization: text.organization.value } : {}),
    events: events.map((e) => e.ev),
  };
  const location = { ...(ctx.file ? { file: ctx.file } : {}), sheet, row, cells: cellMap };
  return {
    source: { value, id: ref, location, ...(issues.length ? { issues } : {}) },
    info: {
      ...(statedStatus ? { statedStatus } : {}),
      ...(rankings.length ? { rankings } : {}),
      values,
      marks,
    },
  };
}

function pathOf(field: RosterField | undefined): (string | number)[] {
  switch (field) {
    case 'fullName':
    case 'familyAndMiddleName':
    case 'givenName':
      return ['person', 'fullName'];
    case 'birthDate':
    case 'sex':
    case 'citizenId':
    case 'partyCardNumber':
    case 'ethnicity':
    case 'religion':
    case 'hometown':
      return ['person', field];
    case 'organization':
      return ['organization'];
    case 'memberId':
      return ['id'];
    default:
      return [];
  }
}

function rank(s: 'error' | 'warning' | 'info'): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The legacy encoding of one cell, when decoding it turns every word into a Vietnamese syllable. */
function singleCellEncoding(text: string): LegacyEncoding | undefined {
  const g = guessEncoding(text);
  if (!g) return undefined;
  const decoded = g === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
  return syllableScore(decoded) >= 0.99 && syllableScore(text) < 0.99 ? g : undefined;
}

/** `1980-03-05` → `05/03/1980`. */
export function vnDate(d: CivilDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

function mask(id: string): string {
  return id.slice(0, 3) + '*'.repeat(id.length - 5) + id.slice(-2);
}

function rowLabel(first: { sheet: string; row: number }, sheet: string): string {
  return first.sheet === sheet ? String(first.row) : `${first.sheet}!${first.row}`;
}

/** True when every mapped, non-passive cell of the row is empty. */
export function isEmptyRow(columns: readonly MappedColumn[], cells: RawRow): boolean {
  for (const c of columns) {
    if (!c.field || c.field === 'seq' || c.field === 'issues') continue;
    const t = cellText(cellPrimitive(cells[c.col - 1]?.value));
    if (t !== undefined && t.trim() !== '') return false;
  }
  return true;
}

/** True for a "Tổng cộng" / "Total" line at the foot of a list (texts already decoded). */
export function isTotalRow(texts: readonly (string | undefined)[]): boolean {
  for (const t of texts.slice(0, 4)) if (t && /^(tong cong|tong so|cong|total)\b/.test(foldText(t))) return true;
  return false;
}

/**
 * The duplicate keys of a row, hashed (citizen ID, party card, name + birth date), with what the issues would say.
 * Plain data: a worker sends it to the main thread, which alone sees the whole file.
 */
export interface DuplicateProbe {
  readonly cid?: readonly [number, number];
  readonly cidMasked?: string;
  readonly cidCell?: string;
  readonly card?: readonly [number, number];
  readonly cardText?: string;
  readonly cardCell?: string;
  readonly nameBirth?: readonly [number, number];
  readonly name?: string;
  readonly birth?: CivilDate;
  readonly nameCell?: string;
}

function duplicateProbe(
  person: Record<string, unknown>,
  fullName: string | undefined,
  birth: CivilDate | undefined,
  cellMap: Record<string, string>,
  nameCell: string | undefined,
): DuplicateProbe {
  const probe: { -readonly [K in keyof DuplicateProbe]: DuplicateProbe[K] } = {};
  const cid = typeof person.citizenId === 'string' ? person.citizenId : undefined;
  if (cid && /^\d{9}(\d{3})?$/.test(cid)) {
    probe.cid = hashKey(cid);
    probe.cidMasked = mask(cid);
    if (cellMap['person.citizenId'] !== undefined) probe.cidCell = cellMap['person.citizenId'];
  }
  const card = typeof person.partyCardNumber === 'string' ? person.partyCardNumber.toUpperCase() : undefined;
  if (card) {
    probe.card = hashKey(card);
    probe.cardText = card;
    if (cellMap['person.partyCardNumber'] !== undefined) probe.cardCell = cellMap['person.partyCardNumber'];
  }
  if (fullName && birth) {
    probe.nameBirth = hashKey(`${nameKey(fullName)}|${birth}`);
    probe.name = fullName;
    probe.birth = birth;
    if (nameCell !== undefined) probe.nameCell = nameCell;
  }
  return probe;
}

/** A duplicate found: the issue to raise on the row. */
export interface DuplicateFinding {
  readonly id: 'duplicate.citizenId' | 'duplicate.partyCard' | 'duplicate.nameBirth';
  readonly path: (string | number)[];
  readonly cell: string | undefined;
  readonly args: Record<string, string | number>;
}

/** Looks the row's keys up in the file's indexes (recording them), in the order the issues are reported. */
export function judgeDuplicates(
  dup: { citizenId: DuplicateIndex; partyCard: DuplicateIndex; nameBirth: DuplicateIndex },
  probe: DuplicateProbe,
  sheet: string,
  row: number,
): DuplicateFinding[] {
  const out: DuplicateFinding[] = [];
  if (probe.cid) {
    const first = dup.citizenId.seenHash(probe.cid[0], probe.cid[1], sheet, row);
    if (first)
      out.push({
        id: 'duplicate.citizenId',
        path: ['person', 'citizenId'],
        cell: probe.cidCell,
        args: { masked: probe.cidMasked!, first: rowLabel(first, sheet) },
      });
  }
  if (probe.card) {
    const first = dup.partyCard.seenHash(probe.card[0], probe.card[1], sheet, row);
    if (first)
      out.push({
        id: 'duplicate.partyCard',
        path: ['person', 'partyCardNumber'],
        cell: probe.cardCell,
        args: { card: probe.cardText!, first: rowLabel(first, sheet) },
      });
  }
  if (probe.nameBirth) {
    const first = dup.nameBirth.seenHash(probe.nameBirth[0], probe.nameBirth[1], sheet, row);
    if (first)
      out.push({
        id: 'duplicate.nameBirth',
        path: ['person', 'fullName'],
        cell: probe.nameCell,
        args: { name: probe.name!, birth: vnDate(probe.birth!), first: rowLabel(first, sheet) },
      });
  }
  return out;
}
