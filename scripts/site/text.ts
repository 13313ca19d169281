/**
 * Words and formats the generated site pages use, in Vietnamese (default) and English. Kept in one place so every
 * page says "verified", "in force" or a date the same way.
 */
import type { Locale } from '@dieule/core';

export type { Locale };
export const locales: readonly Locale[] = ['vi', 'en'];

/** URL prefix of a locale: Vietnamese is the site root, English lives under /en/. */
export const prefix = (l: Locale): string => (l === 'vi' ? '/' : '/en/');

/** A civil date for people: dd/mm/yyyy in Vietnamese, "1 July 2025" in English. */
export function date(d: string | null | undefined, l: Locale): string {
  if (!d) return l === 'vi' ? 'chưa rõ' : 'unknown';
  const [y, m, day] = d.split('-');
  if (l === 'vi') return `${day}/${m}/${y}`;
  return `${Number(day)} ${months[Number(m) - 1]} ${y}`;
}
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "from 01/07/2025 to 31/12/2025", "from 01/07/2025 (still in force)". */
export function window(from: string | null, to: string | null | undefined, l: Locale): string {
  const f = date(from, l);
  if (to == null) return l === 'vi' ? `từ ${f} đến nay` : `from ${f}, still in force`;
  return l === 'vi' ? `từ ${f} đến ${date(to, l)}` : `from ${f} to ${date(to, l)}`;
}

const severity: Record<string, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Information' },
};
export const severityLabel = (s: string, l: Locale): string =>
  severity[s]?.[l] ?? (l === 'vi' ? 'Mức khác' : 'Other level');

const confidence: Record<string, { vi: string; en: string; meaningVi: string; meaningEn: string }> = {
  verified: {
    vi: 'Đã đối chiếu',
    en: 'Verified',
    meaningVi: 'Đã đối chiếu với bản sao văn bản chính thức.',
    meaningEn: 'Checked against a reproduction of the official text.',
  },
  secondary: {
    vi: 'Nguồn thứ cấp',
    en: 'Secondary',
    meaningVi:
      'Mới thấy qua nguồn thứ cấp (bài viết, tin tức, hỏi đáp), chưa đọc được văn bản gốc; nên đối chiếu trước khi dựa vào.',
    meaningEn:
      'Seen only in a secondary source (an article, news report or Q&A), not in the text itself; check before relying on it.',
  },
  recalled: {
    vi: 'Theo ghi nhớ',
    en: 'Recalled',
    meaningVi: 'Ghi theo hiểu biết chung, chưa thấy trong nguồn lưu trữ nào; dùng thận trọng.',
    meaningEn: 'Written from general knowledge, not yet seen in any stored source; use with care.',
  },
  'carried-over': {
    vi: 'Chuyển tiếp',
    en: 'Carried over',
    meaningVi: 'Giữ từ văn bản trước, chưa thấy nhắc lại trong văn bản mới; chưa được coi là đã đối chiếu.',
    meaningEn: 'Kept from the earlier text and not yet seen in the new one; not treated as verified.',
  },
};
export const confidenceLabel = (c: string, l: Locale): string =>
  confidence[c]?.[l] ?? (l === 'vi' ? 'Mức tin cậy khác' : 'Other confidence');
export const confidenceMeaning = (c: string, l: Locale): string =>
  (l === 'vi' ? confidence[c]?.meaningVi : confidence[c]?.meaningEn) ??
  (l === 'vi' ? 'Chưa có mô tả cho mức tin cậy này.' : 'No description for this confidence level yet.');
/** Every confidence level the site explains (for the legend on the catalogue page). */
export const confidenceLevels = Object.keys(confidence);

const kinds: Record<string, { vi: string; en: string }> = {
  charter: { vi: 'Điều lệ', en: 'Charter' },
  regulation: { vi: 'Quy định', en: 'Regulation' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  law: { vi: 'Luật', en: 'Law' },
  local: { vi: 'Văn bản địa phương', en: 'Local document' },
};
export const kindLabel = (k: string, l: Locale): string => kinds[k]?.[l] ?? (l === 'vi' ? 'Văn bản' : 'Document');

const families: Record<string, { vi: string; en: string }> = {
  lifecycle: { vi: 'Vòng đời đảng viên', en: 'Member lifecycle' },
  ranking: { vi: 'Đánh giá, xếp loại', en: 'Annual evaluation' },
  cadre: { vi: 'Cán bộ', en: 'Cadre work' },
  calendar: { vi: 'Lịch và thời hạn', en: 'Calendar and deadlines' },
  identity: { vi: 'Định danh', en: 'Identity' },
  congress: { vi: 'Đại hội, bầu cử', en: 'Congresses and elections' },
  cards: { vi: 'Thẻ đảng viên', en: 'Party cards' },
  discipline: { vi: 'Kỷ luật', en: 'Discipline' },
  roster: { vi: 'Danh sách', en: 'Rosters' },
  record: { vi: 'Hồ sơ', en: 'Records' },
};
export const familyLabel = (f: string, l: Locale): string => families[f]?.[l] ?? f;

const units: Record<string, { vi: string; en: string }> = {
  months: { vi: 'tháng', en: 'months' },
  years: { vi: 'năm', en: 'years' },
  days: { vi: 'ngày', en: 'days' },
  'working-days': { vi: 'ngày làm việc', en: 'working days' },
  ratio: { vi: 'tỉ lệ', en: 'ratio' },
  percent: { vi: '%', en: '%' },
  count: { vi: 'số lượng', en: 'count' },
};
export const unitLabel = (u: string | undefined, l: Locale): string => (u ? (units[u]?.[l] ?? u) : '');

/** Markdown-safe inline text: no raw HTML, no Vue interpolation, no table breaks. */
export function md(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{\{/g, '&#123;&#123;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** A JSON value shown inline (parameter values). */
export function value(v: unknown, l: Locale): string {
  if (typeof v === 'boolean') return l === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  if (typeof v === 'number') return l === 'vi' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'string') return v;
  return `\`${JSON.stringify(v)}\``;
}

/** Page file name (no extension) of a rule id: plugin ids keep their namespace apart with `--`. */
export const ruleSlug = (id: string): string => id.replace(/\//g, '--');
