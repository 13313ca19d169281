import type { LegalDocument } from '../types.js';

const PB = { vi: 'Bộ Chính trị', en: 'Politburo' };
const CC = { vi: 'Ban Chấp hành Trung ương', en: 'Central Committee' };

/** Discipline of members and organizations; inspection and supervision. */
export const disciplineDocuments: readonly LegalDocument[] = [
  {
    id: 'qd-102-2017',
    number: '102-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: { vi: 'Quy định xử lý kỷ luật đảng viên vi phạm', en: 'Discipline of members in breach' },
    signed: '2017-11-15',
    effective: { from: '2017-11-15', to: '2022-07-05' },
    replacedBy: ['qd-69-2022'],
    confidence: 'verified',
  },
  {
    id: 'qd-69-2022',
    number: '69-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: {
      vi: 'Về kỷ luật tổ chức đảng, đảng viên vi phạm',
      en: 'Discipline of party organizations and members in breach',
    },
    signed: '2022-07-06',
    effective: { from: '2022-07-06', to: null },
    replaces: ['qd-102-2017'],
    confidence: 'verified',
    note: 'Amended by 264-QĐ/TW (2025-02-14).',
  },
  {
    id: 'qd-264-2025',
    number: '264-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: { vi: 'Sửa đổi, bổ sung một số điều của Quy định 69-QĐ/TW', en: 'Amendments to Regulation 69-QĐ/TW' },
    signed: '2025-02-14',
    effective: { from: '2025-02-14', to: null },
    confidence: 'secondary',
  },
  {
    id: 'qd-30-2016',
    number: '30-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: {
      vi: 'Quy định thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng',
      en: 'Implementing Charter chapters VII–VIII on inspection, supervision and discipline',
    },
    signed: '2016-07-26',
    effective: { from: '2016-07-26', to: '2021-07-27' },
    replacedBy: ['qd-22-2021'],
    confidence: 'verified',
    note: 'Lineage verified (QĐ 22 replaced QĐ 30); article-level content of the lifecycle rules citing it is secondary.',
  },
  {
    id: 'qd-22-2021',
    number: '22-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: {
      vi: 'Về công tác kiểm tra, giám sát và kỷ luật của Đảng',
      en: 'Party inspection, supervision and discipline',
    },
    signed: '2021-07-28',
    effective: { from: '2021-07-28', to: '2025-05-29' },
    replacedBy: ['qd-296-2025'],
    confidence: 'recalled',
  },
  {
    id: 'qd-296-2025',
    number: '296-QĐ/TW',
    kind: 'regulation',
    issuer: CC,
    title: {
      vi: 'Về công tác kiểm tra, giám sát và kỷ luật của Đảng',
      en: 'Party inspection, supervision and discipline',
    },
    signed: '2025-05-30',
    effective: { from: '2025-05-30', to: null },
    replaces: ['qd-22-2021'],
    confidence: 'secondary',
  },
];
