import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/**
 * Limits that keep reading a hostile workbook bounded in memory (a "zip bomb" of shared strings, a sheet that
 * expands to gigabytes). Each one, when crossed, stops the read with a {@link RosterReadError} (exit 2 in the CLI).
 */
export const ROSTER_LIMITS = {
  /** Uncompressed size of `xl/sharedStrings.xml`, bytes (the reader keeps every shared string in memory). */
  sharedStringsBytes: 48 * 1024 * 1024,
  /** Number of shared strings declared by the workbook. */
  sharedStrings: 1_000_000,
  /** Uncompressed size of all entries together, bytes. */
  expandedBytes: 1024 * 1024 * 1024,
  /** Characters in one cell (Excel's own limit). */
  cellChars: 32_767,
} as const;

/** Why a roster could not be read at all. */
export type RosterReadErrorCode =
  | 'notXlsx'
  | 'sharedStringsBytes'
  | 'sharedStrings'
  | 'expandedBytes'
  | 'unreadableXlsx'
  | 'unsupportedType'
  | 'noSheet';

const MESSAGES: Readonly<Record<'vi' | 'en', Readonly<Record<RosterReadErrorCode, string>>>> = {
  vi: {
    notXlsx:
      'tệp không phải là sổ tính Excel .xlsx hợp lệ (không đọc được cấu trúc nén); hãy mở bằng Excel và lưu lại.',
    sharedStringsBytes:
      'bảng chuỗi dùng chung của sổ tính giải nén ra {size} MB, vượt giới hạn {limit} MB; tệp không được đọc để tránh cạn bộ nhớ.',
    sharedStrings:
      'sổ tính khai báo {count} chuỗi dùng chung, vượt giới hạn {limit}; tệp không được đọc để tránh cạn bộ nhớ.',
    expandedBytes: 'sổ tính giải nén ra {size} MB, vượt giới hạn {limit} MB; tệp không được đọc.',
    unreadableXlsx: 'tệp .xlsx bị hỏng hoặc không đầy đủ ({reason}); hãy mở bằng Excel và lưu lại.',
    unsupportedType: 'loại tệp không được hỗ trợ (cần .xlsx, .csv, .json hoặc .ndjson).',
    noSheet: 'không có trang tính {sheet}; các trang tính có trong tệp: {sheets}.',
  },
  en: {
    notXlsx:
      'the file is not a valid Excel .xlsx workbook (its zip structure cannot be read); open and save it in Excel.',
    sharedStringsBytes:
      'the workbook’s shared-strings table expands to {size} MB, over the {limit} MB limit; not read, to stay within memory.',
    sharedStrings:
      'the workbook declares {count} shared strings, over the {limit} limit; not read, to stay within memory.',
    expandedBytes: 'the workbook expands to {size} MB, over the {limit} MB limit; not read.',
    unreadableXlsx: 'the .xlsx file is damaged or incomplete ({reason}); open and save it in Excel.',
    unsupportedType: 'unsupported file type (expected .xlsx, .csv, .json or .ndjson).',
    noSheet: 'there is no sheet {sheet}; the file’s sheets are: {sheets}.',
  },
};

/** A roster from which nothing can be read, with a reason in the user's language. */
export class RosterReadError extends Error {
  readonly code: RosterReadErrorCode;
  readonly args: Readonly<Record<string, string | number>>;
  constructor(code: RosterReadErrorCode, args: Readonly<Record<string, string | number>> = {}) {
    super(MESSAGES.en[code].replace(/\{(\w+)\}/g, (w, k: string) => String(args[k] ?? w)));
    this.name = 'RosterReadError';
    this.code = code;
    this.args = args;
  }
  /** The reason in Vietnamese (default) or English. */
  text(locale: 'vi' | 'en' = 'vi'): string {
    return MESSAGES[locale][this.code].replace(/\{(\w+)\}/g, (w, k: string) => String(this.args[k] ?? w));
  }
}

const mb = (n: number) => Math.ceil(n / (1024 * 1024));

/**
 * Checks a workbook's zip directory before streaming it: sizes of the shared-strings table and of all entries, and
 * the count of shared strings the workbook declares. Reads only the directory and the first kilobytes of one entry.
 * @throws RosterReadError
 */
export async function checkXlsx(file: string, limits = ROSTER_LIMITS): Promise<void> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new RosterReadError('notXlsx');
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || cdOffset + cdSize > size) throw new RosterReadError('notXlsx');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    let p = 0;
    let expanded = 0;
    let shared: { method: number; compressed: number; offset: number } | undefined;
    for (let e = 0; e < entries && p + 46 <= cd.length; e++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new RosterReadError('notXlsx');
      const method = cd.readUInt16LE(p + 10);
      const compressed = cd.readUInt32LE(p + 20);
      const uncompressed = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const offset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      // ZIP64 sizes (0xffffffff) are far beyond any roster
      if (uncompressed === 0xffffffff)
        throw new RosterReadError('expandedBytes', { size: 4096, limit: mb(limits.expandedBytes) });
      expanded += uncompressed;
      if (/^xl\/sharedStrings\.xml$/i.test(name)) {
        if (uncompressed > limits.sharedStringsBytes)
          throw new RosterReadError('sharedStringsBytes', {
            size: mb(uncompressed),
            limit: mb(limits.sharedStringsBytes),
          });
        shared = { method, compressed, offset };
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
    if (expanded > limits.expandedBytes)
      throw new RosterReadError('expandedBytes', { size: mb(expanded), limit: mb(limits.expandedBytes) });
    if (shared) {
      const head = Buffer.alloc(30);
      await fh.read(head, 0, 30, shared.offset);
      if (head.readUInt32LE(0) !== 0x04034b50) throw new RosterReadError('notXlsx');
      const start = shared.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
      const len = Math.min(shared.compressed, 4096);
      const raw = Buffer.alloc(len);
      await fh.read(raw, 0, len, start);
      let text = '';
      try {
        text =
          shared.method === 0
            ? raw.toString('utf8')
            : inflateRawSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH: a prefix is enough */ }).toString('utf8', 0, 2048);
      } catch {
        text = '';
      }
      const m = /<sst\b[^>]*?\buniqueCount="(\d+)"/.exec(text) ?? /<sst\b[^>]*?\bcount="(\d+)"/.exec(text);
      const count = m ? Number(m[1]) : 0;
      if (count > limits.sharedStrings)
        throw new RosterReadError('sharedStrings', {
          count: count.toLocaleString('vi-VN'),
          limit: limits.sharedStrings.toLocaleString('vi-VN'),
        });
    }
  } finally {
    await fh.close();
  }
}
