import type { LegalDocument } from '../types.js';

const PB = { vi: 'Bộ Chính trị', en: 'Politburo' };
const BTC = { vi: 'Ban Tổ chức Trung ương', en: 'Central Organization Commission' };
const EVAL = {
  vi: 'Về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
  en: 'Annual review, evaluation and quality ranking of collectives and individuals in the political system',
};

/** Annual review and quality ranking (kiểm điểm, đánh giá, xếp loại chất lượng). */
export const evaluationDocuments: readonly LegalDocument[] = [
  {
    id: 'qd-132-2018',
    number: '132-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: EVAL,
    signed: '2018-03-08',
    effective: { from: '2018-03-08', to: '2023-10-03' },
    replacedBy: ['qd-124-2023'],
    confidence: 'verified',
  },
  {
    id: 'hd-21-2019',
    number: '21-HD/BTCTW',
    kind: 'guidance',
    issuer: BTC,
    title: {
      vi: 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên',
      en: 'Guidance on reviewing and ranking party organizations and members',
    },
    signed: '2019-10-18',
    effective: { from: '2019-10-18', to: '2023-10-03' },
    replacedBy: ['hd-25-2023'],
    confidence: 'verified',
  },
  {
    id: 'qd-124-2023',
    number: '124-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: EVAL,
    signed: '2023-10-04',
    effective: { from: '2023-10-04', to: '2025-08-29' },
    replaces: ['qd-132-2018'],
    replacedBy: ['qd-366-2025'],
    confidence: 'verified',
  },
  {
    id: 'hd-25-2023',
    number: '25-HD/BTCTW',
    kind: 'guidance',
    issuer: BTC,
    title: {
      vi: 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng (thực hiện Quy định 124-QĐ/TW)',
      en: 'Guidance implementing Regulation 124-QĐ/TW',
    },
    signed: null,
    effective: { from: '2023-10-04', to: '2025-10-30' },
    replaces: ['hd-21-2019'],
    replacedBy: ['hd-43-2025'],
    confidence: 'secondary',
    note: 'Exact signing date not seen.',
  },
  {
    id: 'qd-366-2025',
    number: '366-QĐ/TW',
    kind: 'regulation',
    issuer: PB,
    title: {
      vi: 'Về kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân trong hệ thống chính trị',
      en: 'Review, evaluation and quality ranking of collectives and individuals',
    },
    signed: '2025-08-30',
    effective: { from: '2025-08-30', to: null },
    replaces: ['qd-124-2023'],
    link: 'https://laodong.vn/thoi-su/quy-dinh-moi-cua-bo-chinh-tri-ve-kiem-diem-danh-gia-xep-loai-tap-the-ca-nhan',
    confidence: 'verified',
  },
  {
    id: 'hd-43-2025',
    number: '43-HD/BTCTW',
    kind: 'guidance',
    issuer: BTC,
    title: {
      vi: 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng (thực hiện Quy định 366-QĐ/TW)',
      en: 'Guidance implementing Regulation 366-QĐ/TW',
    },
    signed: '2025-10-31',
    effective: { from: '2025-10-31', to: null },
    replaces: ['hd-25-2023'],
    confidence: 'verified',
  },
  {
    id: 'hd-02-2021',
    number: '02-HD/BTCTW',
    kind: 'guidance',
    issuer: BTC,
    title: {
      vi: 'Hướng dẫn sàng lọc, đưa đảng viên không còn đủ tư cách ra khỏi Đảng',
      en: 'Guidance on screening out members who no longer meet membership standards',
    },
    signed: null,
    effective: { from: null, to: null },
    confidence: 'secondary',
    note: 'Issued in 2021 (day not seen). Mục II khoản 1 lists two consecutive years ranked "not completed" as a screening criterion.',
  },
];
