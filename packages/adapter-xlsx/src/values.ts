import { foldText } from './text/normalize.js';

/** A member's status as a roster states it (the "Trạng thái" column). */
export type RosterStatus =
  | 'probationary'
  | 'official'
  | 'exempted'
  | 'transferredOut'
  | 'deceased'
  | 'struckOff'
  | 'expelled'
  | 'exited';

/** A quality level, as the ranking family names them: HTXS, HTT, HT, KHT. */
export type RankingLevel = 'excellent' | 'good' | 'completed' | 'notCompleted';

const STATUS: ReadonlyMap<string, RosterStatus> = new Map(
  Object.entries({
    'du bi': 'probationary',
    'dv du bi': 'probationary',
    'dang vien du bi': 'probationary',
    probationary: 'probationary',
    'chinh thuc': 'official',
    'dv chinh thuc': 'official',
    'dang vien chinh thuc': 'official',
    official: 'official',
    'mien sinh hoat': 'exempted',
    'mien sh': 'exempted',
    mien: 'exempted',
    'mien cong tac va sinh hoat dang': 'exempted',
    'mien cong tac va sinh hoat': 'exempted',
    exempted: 'exempted',
    'chuyen di': 'transferredOut',
    'da chuyen di': 'transferredOut',
    'chuyen sinh hoat di': 'transferredOut',
    'transferred out': 'transferredOut',
    'tu tran': 'deceased',
    'da tu tran': 'deceased',
    'da mat': 'deceased',
    mat: 'deceased',
    deceased: 'deceased',
    'xoa ten': 'struckOff',
    'da xoa ten': 'struckOff',
    'struck off': 'struckOff',
    'khai tru': 'expelled',
    'bi khai tru': 'expelled',
    expelled: 'expelled',
    'ra khoi dang': 'exited',
    'cho ra khoi dang': 'exited',
    'xin ra khoi dang': 'exited',
    exited: 'exited',
  }) as [string, RosterStatus][],
);

/**
 * Folds a cell value with a small cache: statuses, sexes and levels repeat on every row, and folding (NFD, regexes) is
 * the costly part. The cache is cleared when it reaches 2,000 entries, so memory stays bounded.
 */
const folded = new Map<string, string>();
function fold(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size >= 2000) folded.clear();
    f = foldText(text);
    folded.set(text, f);
  }
  return f;
}

/** Reads a stated status. `undefined` = not recognised; `null` = empty. */
export function parseStatus(text: string): RosterStatus | undefined | null {
  const f = fold(text);
  if (!f) return null;
  return STATUS.get(f);
}

/** Vietnamese and English names of the statuses, as the reports print them. */
export const STATUS_NAMES: Readonly<Record<'vi' | 'en', Readonly<Record<RosterStatus, string>>>> = {
  vi: {
    probationary: 'Dự bị',
    official: 'Chính thức',
    exempted: 'Miễn sinh hoạt',
    transferredOut: 'Đã chuyển đi',
    deceased: 'Từ trần',
    struckOff: 'Xóa tên',
    expelled: 'Khai trừ',
    exited: 'Ra khỏi Đảng',
  },
  en: {
    probationary: 'Probationary',
    official: 'Official',
    exempted: 'Exempted',
    transferredOut: 'Transferred out',
    deceased: 'Deceased',
    struckOff: 'Struck off',
    expelled: 'Expelled',
    exited: 'Voluntary exit',
  },
};

const LEVEL: ReadonlyMap<string, RankingLevel | null> = new Map(
  Object.entries({
    htxs: 'excellent',
    'hoan thanh xuat sac nhiem vu': 'excellent',
    'hoan thanh xuat sac': 'excellent',
    'xuat sac': 'excellent',
    excellent: 'excellent',
    htt: 'good',
    'hoan thanh tot nhiem vu': 'good',
    'hoan thanh tot': 'good',
    tot: 'good',
    good: 'good',
    ht: 'completed',
    'hoan thanh nhiem vu': 'completed',
    'hoan thanh': 'completed',
    completed: 'completed',
    kht: 'notCompleted',
    'khong hoan thanh nhiem vu': 'notCompleted',
    'khong hoan thanh': 'notCompleted',
    'not completed': 'notCompleted',
    'khong xep loai': null,
    kxl: null,
    'chua xep loai': null,
    'chua danh gia': null,
  }) as [string, RankingLevel | null][],
);

/** Reads a ranking result. `null` = explicitly not ranked or empty; `undefined` = not recognised. */
export function parseLevel(text: string): RankingLevel | null | undefined {
  const f = fold(text);
  if (!f || f === '-') return null;
  return LEVEL.has(f) ? LEVEL.get(f)! : undefined;
}

/** Reads a sex value ("Nam", "Nữ", "M", "F"). */
export function parseSex(text: string): 'male' | 'female' | undefined {
  const f = fold(text);
  if (f === 'nam' || f === 'm' || f === 'male') return 'male';
  if (f === 'nu' || f === 'f' || f === 'female') return 'female';
  return undefined;
}

/** Exemption reasons of the member model. */
export type ExemptionReason =
  | 'ageOrHealth'
  | 'longTreatment'
  | 'abroadPrivate'
  | 'remoteWork'
  | 'mobileWork'
  | 'awaitingRetirement'
  | 'maternity'
  | 'other';

/** Reads an exemption reason from free text; `undefined` = not recognised. */
export function parseExemptionReason(text: string): ExemptionReason | undefined {
  const f = foldText(text);
  if (/tuoi cao|suc yeu|om dau|benh/.test(f)) return 'ageOrHealth';
  if (/dieu tri/.test(f)) return 'longTreatment';
  if (/nuoc ngoai/.test(f)) return 'abroadPrivate';
  if (/chua co to chuc dang|xa noi/.test(f)) return 'remoteWork';
  if (/luu dong|tu do/.test(f)) return 'mobileWork';
  if (/cho huu|nghi huu/.test(f)) return 'awaitingRetirement';
  if (/sinh con|thai san/.test(f)) return 'maternity';
  if (/^khac$|^other$/.test(f)) return 'other';
  return undefined;
}
