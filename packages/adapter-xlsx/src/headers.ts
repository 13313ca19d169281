import { foldText } from './text/normalize.js';

/**
 * The roster fields we read. Names follow the glossary; each has the Vietnamese headers (folded: no diacritics,
 * lower case) that organization boards use.
 */
export const ROSTER_FIELDS = [
  'seq',
  'memberId',
  'fullName',
  'familyAndMiddleName',
  'givenName',
  'birthDate',
  'sex',
  'citizenId',
  'partyCardNumber',
  'organization',
  'admissionDate',
  'ceremonyDate',
  'recognitionDate',
  'status',
  'transferInDate',
  'transferOutDate',
  'exemptionDate',
  'exemptionReason',
  'deathDate',
  'exitDate',
  'ethnicity',
  'religion',
  'hometown',
  'phone',
  'note',
  'issues',
  'origin',
] as const;

/** A roster field, or `ranking:<year>` for a ranking result column ("Xếp loại 2024"). */
export type RosterField = (typeof ROSTER_FIELDS)[number] | `ranking:${number}`;

/** Fields read for information only (kept in exports, not mapped into the member record). */
export const PASSIVE_FIELDS: ReadonlySet<RosterField> = new Set(['seq', 'phone', 'note', 'issues', 'origin']);

const VARIANTS: Readonly<Record<(typeof ROSTER_FIELDS)[number], readonly string[]>> = {
  seq: ['stt', 'tt', 'so tt', 'so thu tu', 'no'],
  memberId: ['ma dang vien', 'ma dv', 'ma ho so', 'ma ho so dang vien', 'ma so', 'ma', 'member id', 'id'],
  fullName: [
    'ho va ten',
    'ho ten',
    'ho va ten dang vien',
    'ho ten dang vien',
    'ho va ten khai sinh',
    'ten dang vien',
    'full name',
    'name',
  ],
  familyAndMiddleName: ['ho va ten dem', 'ho dem', 'ho va dem', 'ho va chu lot', 'ho chu lot', 'ho'],
  givenName: ['ten', 'given name'],
  birthDate: ['ngay sinh', 'ngay thang nam sinh', 'sinh ngay', 'ns', 'nam sinh', 'date of birth', 'birth date'],
  sex: ['gioi tinh', 'gt', 'nam nu', 'sex', 'gender'],
  citizenId: [
    'so cccd',
    'cccd',
    'so dinh danh',
    'so dinh danh ca nhan',
    'so can cuoc',
    'so can cuoc cong dan',
    'cmnd cccd',
    'so cmnd cccd',
    'so cmnd',
    'cmnd',
    'citizen id',
  ],
  partyCardNumber: ['so the dang vien', 'so the dang', 'so the dv', 'so the', 'the dang vien', 'party card number'],
  organization: ['chi bo', 'chi bo sinh hoat', 'to chuc dang', 'don vi', 'cell', 'organization'],
  admissionDate: [
    'ngay vao dang',
    'ngay ket nap',
    'ngay ket nap dang',
    'ngay ket nap vao dang',
    'ngay vao dang du bi',
    'admission date',
  ],
  ceremonyDate: ['ngay le ket nap', 'ngay to chuc le ket nap', 'ngay ket nap chi bo', 'ceremony date'],
  recognitionDate: [
    'ngay chinh thuc',
    'ngay cong nhan chinh thuc',
    'ngay vao dang chinh thuc',
    'ngay chuyen chinh thuc',
    'ngay cong nhan dang vien chinh thuc',
    'recognition date',
  ],
  status: ['trang thai', 'tinh trang', 'tinh trang dang vien', 'loai dang vien', 'status'],
  transferInDate: ['ngay chuyen den', 'ngay chuyen sinh hoat den', 'ngay nhan sinh hoat', 'transfer in date'],
  transferOutDate: ['ngay chuyen di', 'ngay chuyen sinh hoat di', 'transfer out date'],
  exemptionDate: [
    'ngay mien sinh hoat',
    'ngay mien sh',
    'ngay mien cong tac va sinh hoat dang',
    'mien sinh hoat tu ngay',
    'exemption date',
  ],
  exemptionReason: ['ly do mien sinh hoat', 'ly do mien', 'exemption reason'],
  deathDate: ['ngay mat', 'ngay tu tran', 'ngay tu', 'death date'],
  exitDate: ['ngay ra khoi dang', 'ngay xoa ten', 'ngay khai tru', 'exit date'],
  ethnicity: ['dan toc', 'ethnicity'],
  religion: ['ton giao', 'religion'],
  hometown: ['que quan', 'hometown'],
  phone: ['so dien thoai', 'dien thoai', 'sdt', 'phone'],
  note: ['ghi chu', 'note', 'notes'],
  issues: ['van de', 'van de phat hien', 'issues', 'dieule'],
  origin: ['nguon', 'source', 'o nguon'],
};

const LOOKUP: ReadonlyMap<string, RosterField> = (() => {
  const m = new Map<string, RosterField>();
  for (const [field, list] of Object.entries(VARIANTS)) for (const v of list) m.set(v, field as RosterField);
  return m;
})();

const RANKING = /^(?:ket qua )?(?:danh gia )?xep loai(?: chat luong)?(?: dang vien)?(?: nam)? ((?:19|20|21)\d\d)$/;
const RANKING_EN = /^ranking (\d{4})$/;

/**
 * The field a header names, if any. Headers are compared folded (no diacritics, lower case, punctuation as space),
 * so "Ngày vào Đảng", "NGAY VAO DANG" and "Ngày vào đảng:" are the same.
 * @example
 * fieldOfHeader('Số thẻ đảng viên') // 'partyCardNumber'
 * fieldOfHeader('Xếp loại năm 2024') // 'ranking:2024'
 */
export function fieldOfHeader(header: string): RosterField | undefined {
  const f = foldText(header);
  if (!f) return undefined;
  const direct = LOOKUP.get(f);
  if (direct) return direct;
  const r = RANKING.exec(f) ?? RANKING_EN.exec(f);
  if (r) return `ranking:${Number(r[1])}`;
  // tolerate a trailing qualifier in parentheses or after a colon: "Ngày sinh (dd/mm/yyyy)"
  const head = foldText(header.replace(/[(:].*$/, ''));
  if (head && head !== f) return LOOKUP.get(head);
  return undefined;
}

/** A user-supplied mapping: header text (any spelling) or column letter (`C`) → field. */
export type HeaderMapping = Readonly<Record<string, RosterField>>;

/** One column of a sheet as mapped. */
export interface MappedColumn {
  /** 1-based column number. */
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  readonly field?: RosterField;
  /** Why it is not mapped: unknown header, or a second column for a field already mapped. */
  readonly unmapped?: 'unknown' | 'duplicate';
}

/** Column letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Maps the cells of a header row to fields. The user mapping wins (by header text or by column letter); a field
 * named by two columns keeps the first and reports the second.
 */
export function mapHeaders(headers: readonly (string | undefined)[], mapping: HeaderMapping = {}): MappedColumn[] {
  const user = new Map<string, RosterField>();
  for (const [k, v] of Object.entries(mapping)) user.set(/^[A-Z]{1,3}$/.test(k) ? `#${k}` : foldText(k), v);
  const seen = new Set<RosterField>();
  const out: MappedColumn[] = [];
  headers.forEach((raw, i) => {
    const header = (raw ?? '').trim();
    const col = i + 1;
    const letter = columnLetter(col);
    if (!header && !user.has(`#${letter}`)) return;
    const field = user.get(`#${letter}`) ?? user.get(foldText(header)) ?? fieldOfHeader(header);
    if (!field) out.push({ col, letter, header, unmapped: 'unknown' });
    else if (seen.has(field)) out.push({ col, letter, header, unmapped: 'duplicate' });
    else {
      seen.add(field);
      out.push({ col, letter, header, field });
    }
  });
  return out;
}

/** How many known fields a row would map: used to find the header row below title lines. */
export function headerScore(cells: readonly (string | undefined)[]): number {
  let n = 0;
  for (const c of cells) if (c && fieldOfHeader(c) && fieldOfHeader(c) !== 'seq') n++;
  return n;
}

/** True when a mapping is usable: a name and at least one other identifying or dated field. */
export function isRosterHeader(columns: readonly MappedColumn[]): boolean {
  const fields = new Set(columns.map((c) => c.field));
  const hasName = fields.has('fullName') || (fields.has('givenName') && fields.has('familyAndMiddleName'));
  return hasName && columns.filter((c) => c.field && !PASSIVE_FIELDS.has(c.field)).length >= 2;
}
