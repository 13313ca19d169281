/** The closed table of store error codes (one line each for the CLI; exit code 2). */
export const STORE_ERRORS = {
  unreachable: {
    vi: 'Không kết nối được cơ sở dữ liệu',
    en: 'The database cannot be reached',
  },
  unknownDriver: {
    vi: 'Trình điều khiển cơ sở dữ liệu không được hỗ trợ (chọn node-postgres hoặc postgres-js)',
    en: 'Unsupported database driver (choose node-postgres or postgres-js)',
  },
  notInitialized: {
    vi: 'Cơ sở dữ liệu chưa được khởi tạo (chạy "dieule db init")',
    en: 'The database is not initialized (run "dieule db init")',
  },
  newerSchema: {
    vi: 'Cơ sở dữ liệu ở phiên bản lược đồ mới hơn phiên bản của chương trình; hãy cập nhật dieule',
    en: 'The database is at a newer schema migration than this program; upgrade dieule',
  },
  behindSchema: {
    vi: 'Cơ sở dữ liệu ở phiên bản lược đồ cũ; chạy "dieule db migrate"',
    en: 'The database schema is behind this program; run "dieule db migrate"',
  },
  incompatibleDataDir: {
    vi: 'Thư mục dữ liệu được tạo bởi phiên bản khác, không mở để tránh làm hỏng dữ liệu',
    en: 'The data folder was written by another version; it is refused so as not to corrupt it',
  },
  staleRevision: {
    vi: 'Hồ sơ đã được người khác cập nhật sau khi bạn đọc; hãy đọc lại rồi ghi',
    en: 'The record was updated by someone else after you read it; read it again, then write',
  },
  invalidRecord: {
    vi: 'Hồ sơ không đúng định dạng',
    en: 'The record does not match the format',
  },
  notFound: {
    vi: 'Không tìm thấy hồ sơ',
    en: 'The record was not found',
  },
} as const;

/** A store error code. */
export type StoreErrorCode = keyof typeof STORE_ERRORS;

/** An error of the store, with a code from {@link STORE_ERRORS}; its message never holds personal data. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly detail: string | undefined;
  constructor(code: StoreErrorCode, detail?: string, locale: 'vi' | 'en' = 'vi') {
    super(detail ? `${STORE_ERRORS[code][locale]}: ${detail}` : STORE_ERRORS[code][locale]);
    this.name = 'StoreError';
    this.code = code;
    this.detail = detail;
  }
}

/** Masks any run of 9 or more digits (citizen IDs, old ID cards) in text meant for logs or errors. */
export function maskDigits(text: string): string {
  return text.replace(/\d{9,}/g, (d) => `${'*'.repeat(d.length - 3)}${d.slice(-3)}`);
}
