import { FILE_ENCODING_NAMES, type FileEncoding, type RosterNotice } from '@dieule/adapter-xlsx';
import { label, type ReportLabel } from './labels.js';

/** One line of text for a file notice. */
export function noticeText(n: RosterNotice, locale: 'vi' | 'en', title?: (ruleId: string) => string): string {
  const detail =
    n.code === 'fileEncoding'
      ? (FILE_ENCODING_NAMES[n.detail as FileEncoding] ?? n.detail ?? '')
      : n.detail === 'tcvn3'
        ? 'TCVN3'
        : n.detail === 'vni'
          ? 'VNI'
          : (n.detail ?? '');
  const code =
    n.code === 'noHeader' && n.row ? 'noHeaderBest' : n.code === 'unjudged' ? `unjudged_${n.header}` : n.code;
  return label(locale, `notice_${code}` as ReportLabel, {
    row: n.row ?? '',
    rule: n.code === 'unjudged' && n.detail ? (title?.(n.detail) ?? n.detail) : '',
    sheet: n.sheet,
    column: n.code === 'unjudged' ? (MISSING_COLUMN[locale][n.column ?? ''] ?? n.column ?? '') : (n.column ?? ''),
    header: n.header ?? '',
    detail,
  });
}

const MISSING_COLUMN: Readonly<Record<'vi' | 'en', Readonly<Record<string, string>>>> = {
  vi: { course: 'lớp bồi dưỡng lý luận chính trị cho đảng viên mới', points: 'tổng điểm đánh giá (thang 100 điểm)' },
  en: { course: 'political course for new members', points: 'evaluation points (out of 100)' },
};

/** Status label: the lifecycle's names, then the roster's own, else as is. */
export function statusLabel(status: string, locale: 'vi' | 'en'): string {
  const vi: Record<string, string> = {
    candidate: 'Người vào Đảng',
    admitted: 'Đã có QĐ kết nạp',
    probationary: 'Dự bị',
    official: 'Chính thức',
    exempted: 'Miễn sinh hoạt',
    struckOff: 'Xóa tên',
    left: 'Ra khỏi Đảng',
    exited: 'Ra khỏi Đảng',
    expelled: 'Khai trừ',
    deceased: 'Từ trần',
    transferredOut: 'Đã chuyển đi',
    unknown: 'Không rõ',
  };
  const en: Record<string, string> = {
    candidate: 'Candidate',
    admitted: 'Admitted (no ceremony)',
    probationary: 'Probationary',
    official: 'Official',
    exempted: 'Exempted',
    struckOff: 'Struck off',
    left: 'Left',
    exited: 'Left',
    expelled: 'Expelled',
    deceased: 'Deceased',
    transferredOut: 'Transferred out',
    unknown: 'Unknown',
  };
  return (locale === 'vi' ? vi : en)[status] ?? status;
}

/** Display order of statuses. */
export const STATUS_ORDER = [
  'official',
  'probationary',
  'exempted',
  'admitted',
  'candidate',
  'transferredOut',
  'deceased',
  'left',
  'exited',
  'struckOff',
  'expelled',
  'unknown',
];
