/**
 * Seeded generator of synthetic membership rosters of a grassroots party committee (đảng bộ cơ sở): Vietnamese
 * names, a few cells (chi bộ), every status, ranking results, and members with each kind of error the importer and
 * the rules detect. Deterministic for a seed, any size.
 *
 *   node --conditions=@dieule/source --import tsx examples/rosters/generate.ts \
 *     [--members 300] [--seed 2026] [--out examples/rosters/dang-bo-xa-an-binh.xlsx]
 *   node --conditions=@dieule/source --import tsx examples/rosters/generate.ts --members 1000000 --out /tmp/r1m.csv
 *
 * `.xlsx`: one sheet per cell, title lines, header variants, one sheet typed in TCVN3 (font .VnTime), dates as date
 * cells, text and serial numbers. `.csv`: one table, streamed, any size.
 */
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeTcvn3 } from '../../packages/adapter-xlsx/src/text/tcvn3.js';

type Row = Record<string, string | number | Date | null>;

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Công', 'Đình', 'Xuân', 'Ngọc'];
const MIDDLE_F = ['Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Minh', 'Phương'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đức',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Phúc',
  'Quang',
  'Sơn',
  'Thắng',
  'Tuấn',
  'Việt',
  'Vinh',
];
const GIVEN_F = [
  'Anh',
  'Bích',
  'Chi',
  'Dung',
  'Hà',
  'Hằng',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Ngọc',
  'Nhung',
  'Phương',
  'Thảo',
  'Thủy',
  'Trang',
  'Yến',
];
const PROVINCES = ['001', '027', '030', '034', '036', '038', '040', '042', '046', '079', '087', '092'];
const CELLS = ['Chi bộ Thôn Đông', 'Chi bộ Thôn Tây', 'Chi bộ Trường học', 'Chi bộ Trạm Y tế', 'Chi bộ Quân sự'];
const LEVELS = ['HTXS', 'HTT', 'HTT', 'HTT', 'HTT', 'HTT', 'HTT', 'HTT', 'HT', 'HT', 'HT', 'KHT'];

/** The canonical header (Vietnamese, with diacritics) and two variants used on other sheets. */
export const COLUMNS = [
  ['seq', 'STT', 'STT', 'TT'],
  ['name', 'Họ và tên', 'Ho va ten', 'Họ tên đảng viên'],
  ['birth', 'Ngày sinh', 'Ngay sinh', 'Ngày tháng năm sinh'],
  ['sex', 'Giới tính', 'Gioi tinh', 'Nam/Nữ'],
  ['ethnicity', 'Dân tộc', 'Dan toc', 'Dân tộc'],
  ['cid', 'Số CCCD', 'So dinh danh ca nhan', 'Số định danh cá nhân'],
  ['card', 'Số thẻ đảng viên', 'So the dang vien', 'Số thẻ ĐV'],
  ['org', 'Chi bộ', 'Chi bo', 'Chi bộ sinh hoạt'],
  ['admission', 'Ngày vào Đảng', 'Ngay ket nap', 'Ngày kết nạp'],
  ['recognition', 'Ngày chính thức', 'Ngay chinh thuc', 'Ngày công nhận chính thức'],
  ['status', 'Trạng thái', 'Trang thai', 'Tình trạng'],
  ['transferOut', 'Ngày chuyển đi', 'Ngay chuyen di', 'Ngày chuyển sinh hoạt đi'],
  ['exemption', 'Ngày miễn sinh hoạt', 'Ngay mien sinh hoat', 'Ngày miễn SH'],
  ['death', 'Ngày mất', 'Ngay mat', 'Ngày từ trần'],
  ['exit', 'Ngày ra khỏi Đảng', 'Ngay ra khoi Dang', 'Ngày xóa tên'],
  ['r2024', 'Xếp loại 2024', 'Xep loai 2024', 'Xếp loại năm 2024'],
  ['r2025', 'Xếp loại 2025', 'Xep loai 2025', 'Xếp loại năm 2025'],
  ['job', 'Nghề nghiệp', 'Nghe nghiep', 'Nghề nghiệp'],
] as const;

/** Kinds of injected errors (one member each at least in any roster of 60+ members). */
export const INJECTED = [
  'dupCitizenId',
  'dupPartyCard',
  'dupNameBirth',
  'twoDigitYear',
  'partialBirth',
  'monthFirst',
  'impossibleDate',
  'futureDate',
  'recognitionBeforeAdmission',
  'tooYoung',
  'citizenIdYear',
  'citizenIdFormat',
  'statusMismatch',
  'badSex',
  'decomposed',
  'spaces',
  'struckOffNoGround',
  'badRanking',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const dmy = (y: number, m: number, d: number) => `${pad(d)}/${pad(m)}/${y}`;

interface Person {
  y: number;
  m: number;
  d: number;
  female: boolean;
}

/** Generates the rows of a roster (values as a spreadsheet would hold them). `asOfYear` anchors the dates. */
export function* generateRows(members: number, seed: number, asOfYear = 2026): Generator<Row & { _cell: number }> {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const recent: Row[] = [];
  // the first members get one injected error each, in order, then errors are rare (≈ 3 %)
  for (let i = 0; i < members; i++) {
    const cell = i % CELLS.length;
    const roll = r();
    const young = roll < 0.09;
    const p: Person = {
      y: young ? int(asOfYear - 40, asOfYear - 20) : int(1950, asOfYear - 23),
      m: int(1, 12),
      d: int(1, 28),
      female: r() < 0.45,
    };
    const name = `${pick(FAMILY)} ${pick(p.female ? MIDDLE_F : MIDDLE_M)} ${pick(p.female ? GIVEN_F : GIVEN_M)}`;
    const ay = Math.min(asOfYear - 2, p.y + int(19, 40));
    const am = int(1, 12);
    const ad = int(1, 28);
    let status =
      roll < 0.09
        ? 'Dự bị'
        : roll < 0.8
          ? 'Chính thức'
          : roll < 0.86
            ? 'Miễn sinh hoạt'
            : roll < 0.9
              ? 'Chuyển đi'
              : roll < 0.93
                ? 'Từ trần'
                : roll < 0.95
                  ? 'Ra khỏi Đảng'
                  : roll < 0.97
                    ? 'Khai trừ'
                    : 'Chính thức';
    const probationary = status === 'Dự bị';
    // probationary members were admitted within the last year (a few a little longer ago: their review is due)
    const back = int(1, 13);
    const admission = probationary
      ? { y: asOfYear - (back >= 11 ? 1 : 0), m: back >= 11 ? 23 - back : 11 - back, d: int(1, 28) }
      : { y: ay, m: am, d: ad };
    const rec = probationary ? null : { y: admission.y + 1, m: admission.m, d: admission.d };
    if (rec && rec.y > asOfYear) status = 'Dự bị';
    const cidYear = String(p.y).slice(2);
    const cid = `${pick(PROVINCES)}${(p.y >= 2000 ? 2 : 0) + (p.female ? 1 : 0)}${cidYear}${String(int(0, 999999)).padStart(6, '0')}`;
    const row: Row & { _cell: number } = {
      _cell: cell,
      name,
      birth: r() < 0.5 ? dmy(p.y, p.m, p.d) : new Date(Date.UTC(p.y, p.m - 1, p.d)),
      sex: p.female ? 'Nữ' : 'Nam',
      ethnicity: r() < 0.9 ? 'Kinh' : pick(['Tày', 'Thái', 'Mường', 'Nùng']),
      cid,
      card: String(10_000_000 + seed * 7 + i * 13).padStart(8, '0'),
      org: CELLS[cell]!,
      admission:
        r() < 0.5
          ? dmy(admission.y, admission.m, admission.d)
          : new Date(Date.UTC(admission.y, admission.m - 1, admission.d)),
      recognition: rec && status !== 'Dự bị' ? dmy(rec.y, rec.m, rec.d) : null,
      status,
      transferOut: status === 'Chuyển đi' ? dmy(asOfYear, int(1, 10), int(1, 28)) : null,
      exemption: status === 'Miễn sinh hoạt' ? dmy(int(admission.y + 2, asOfYear), int(1, 10), int(1, 28)) : null,
      death: status === 'Từ trần' ? dmy(int(admission.y + 2, asOfYear), int(1, 10), int(1, 28)) : null,
      exit:
        status === 'Ra khỏi Đảng' || status === 'Khai trừ'
          ? dmy(int(admission.y + 2, asOfYear), int(1, 10), int(1, 28))
          : null,
      r2024: admission.y < 2024 && !probationary ? pick(LEVELS) : null,
      r2025: admission.y < 2025 && !probationary ? pick(LEVELS) : null,
      job: pick(['Nông dân', 'Giáo viên', 'Cán bộ hưu trí', 'Bác sĩ', 'Công nhân', 'Kinh doanh']),
    };
    // a cell where the "excellent" quota is exceeded
    if (cell === 1 && row.r2025 && r() < 0.45) row.r2025 = 'HTXS';
    const kind =
      i < INJECTED.length * 3 && i % 3 === 1 ? INJECTED[(i - 1) / 3] : r() < 0.03 ? pick(INJECTED) : undefined;
    const other = recent.length ? recent[Math.floor(r() * recent.length)]! : undefined;
    switch (kind) {
      case 'dupCitizenId':
        if (other) row.cid = other.cid!;
        break;
      case 'dupPartyCard':
        if (other) row.card = other.card!;
        break;
      case 'dupNameBirth':
        if (other) {
          row.name = other.name!;
          row.birth = other.birth!;
          row.sex = other.sex!;
          row.cid = other.cid!;
        }
        break;
      case 'twoDigitYear':
        row.birth = `${p.d}/${p.m}/${String(p.y).slice(2)}`;
        break;
      case 'partialBirth':
        row.birth = String(p.y);
        break;
      case 'monthFirst':
        row.admission = `${pad(admission.m)}/${int(13, 28)}/${admission.y}`;
        break;
      case 'impossibleDate':
        row.birth = `31/02/${p.y}`;
        break;
      case 'futureDate':
        row.exemption = dmy(asOfYear + 1, 3, 15);
        break;
      case 'recognitionBeforeAdmission':
        if (rec) row.recognition = dmy(admission.y - 1, admission.m, admission.d);
        break;
      case 'tooYoung':
        row.birth = dmy(admission.y - 16, admission.m, admission.d);
        row.cid = `${pick(PROVINCES)}${(admission.y - 16 >= 2000 ? 2 : 0) + (p.female ? 1 : 0)}${String(admission.y - 16).slice(2)}${String(int(0, 999999)).padStart(6, '0')}`;
        break;
      case 'citizenIdYear':
        row.cid = `${String(row.cid).slice(0, 4)}${pad((p.y + 3) % 100)}${String(row.cid).slice(6)}`;
        break;
      case 'citizenIdFormat':
        row.cid = String(row.cid).slice(0, 10);
        break;
      case 'statusMismatch':
        if (rec) row.status = 'Dự bị';
        break;
      case 'badSex':
        row.sex = 'X';
        break;
      case 'decomposed':
        row.name = String(row.name).normalize('NFD');
        break;
      case 'spaces':
        row.name = ` ${String(row.name).replace(' ', '   ')} `;
        break;
      case 'struckOffNoGround':
        if (rec) {
          row.status = 'Xóa tên';
          row.exit = dmy(asOfYear, 6, 10);
        }
        break;
      case 'badRanking':
        row.r2025 = 'Tốt lắm';
        break;
    }
    recent.push(row);
    if (recent.length > 50) recent.shift();
    yield row;
  }
}

async function writeXlsx(file: string, members: number, seed: number): Promise<void> {
  const require = createRequire(new URL('../../packages/adapter-xlsx/package.json', import.meta.url));
  // exceljs is a dependency of @dieule/adapter-xlsx; resolved from there (this folder has no package.json)
  const ExcelJS = require('exceljs') as any;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dieule examples/rosters/generate.ts';
  const byCell: Row[][] = CELLS.map(() => []);
  for (const row of generateRows(members, seed)) byCell[row._cell]!.push(row);
  CELLS.forEach((cellName, c) => {
    const tcvn3 = c === CELLS.length - 1; // the last cell's sheet is still typed in TCVN3 (.VnTime)
    const variant = c === 2 ? 2 : c === 3 ? 3 : 1; // header variants: with and without diacritics
    const ws = wb.addWorksheet(cellName.replace('Chi bộ ', ''));
    const font = tcvn3 ? { name: '.VnTime', size: 12 } : { name: 'Times New Roman', size: 12 };
    const t = (s: string) => (tcvn3 ? encodeTcvn3(s) : s);
    ws.addRow([t('ĐẢNG BỘ XÃ AN BÌNH')]).font = { ...font, bold: true };
    ws.addRow([t(`DANH SÁCH ĐẢNG VIÊN ${cellName.toUpperCase()}`)]).font = { ...font, bold: true };
    ws.addRow([]);
    const header = ws.addRow(COLUMNS.map((col) => t(col[variant])));
    header.font = { ...font, bold: true };
    byCell[c]!.forEach((row, i) => {
      const values = COLUMNS.map(([key]) => {
        if (key === 'seq') return i + 1;
        const v = row[key];
        if (v == null) return null;
        if (typeof v === 'string') return t(v);
        return v;
      });
      // a few admission dates as Excel serial numbers (1900 system)
      if (i % 17 === 5 && row.admission instanceof Date)
        values[8] = Math.round(row.admission.getTime() / 86_400_000) + 25569;
      const added = ws.addRow(values);
      added.font = font;
      added.eachCell((cell: { value: unknown; numFmt: string }) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    });
    ws.addRow([]);
    ws.addRow([t('Tổng cộng'), byCell[c]!.length]).font = { ...font, bold: true };
    ws.columns.forEach((col: { width: number }, i: number) => {
      col.width = i === 1 ? 26 : 14;
    });
  });
  await wb.xlsx.writeFile(file);
}

async function writeCsv(file: string, members: number, seed: number): Promise<void> {
  const out = createWriteStream(file, 'utf8');
  const write = (s: string) => (out.write(s) ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
  await write(`\ufeff${COLUMNS.map((c) => c[1]).join(',')}\r\n`);
  let i = 0;
  for (const row of generateRows(members, seed)) {
    i++;
    const line = COLUMNS.map(([key]) => {
      if (key === 'seq') return String(i);
      const v = row[key];
      if (v == null) return '';
      if (v instanceof Date) return dmy(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
      const s = String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    }).join(',');
    const p = write(`${line}\r\n`);
    if (p) await p;
  }
  await new Promise<void>((r) => out.end(() => r()));
}

/** Writes a roster: `.xlsx` (sheets per cell) or `.csv` (streamed). */
export async function writeRoster(file: string, members: number, seed: number): Promise<void> {
  if (file.endsWith('.csv')) await writeCsv(file, members, seed);
  else await writeXlsx(file, members, seed);
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const arg = (name: string, def: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : def;
  };
  const out = arg('out', new URL('./dang-bo-xa-an-binh.xlsx', import.meta.url).pathname);
  const members = Number(arg('members', '300'));
  await writeRoster(out, members, Number(arg('seed', '2026')));
  process.stderr.write(`wrote ${members} members to ${out}\n`);
}
