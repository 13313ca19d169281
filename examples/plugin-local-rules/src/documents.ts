import type { LegalDocument } from './sdk.js';

const TU = { vi: 'Tỉnh ủy X', en: 'Province X Party Committee' };

/**
 * The local documents the example cites, and the central guidance its criteria rest on (not yet in the core
 * registry, so the plugin brings them under its namespace).
 *
 * Tỉnh X is fictional: its documents model real local practice (the Duy Xuyên district's 04-QĐi/HU on grading cell
 * meetings, whose text is not public; Hà Nội's 2025 step deadlines; Tiền Giang's 2023 admission target) without
 * claiming to be those texts.
 */
export const documents: readonly LegalDocument[] = [
  {
    id: 'tinh-x/hd-huy-hieu-2025',
    number: 'HD/BTCTU (8/2025)',
    kind: 'local',
    issuer: { vi: 'Ban Tổ chức Tỉnh ủy X', en: 'Province X Organization Board' },
    title: {
      vi: 'Hướng dẫn xét tặng Huy hiệu Đảng theo các đợt trong năm',
      en: 'Guidance on awarding party badges by occasion',
    },
    signed: null,
    effective: { from: '2025-09-02', to: null },
    confidence: 'verified',
    note: "Windows copied from Hà Nội's guidance of the city organization board (8/2025), the only published ones found.",
  },
  {
    id: 'tinh-x/qd-04-2021',
    number: '04-QĐi/HU',
    kind: 'local',
    issuer: { vi: 'Huyện ủy Y (Tỉnh X)', en: 'District Y Party Committee (Province X)' },
    title: {
      vi: 'Quy định đánh giá chất lượng sinh hoạt chi bộ',
      en: 'Regulation on grading the quality of cell meetings',
    },
    signed: '2021-03-15',
    // district-level party committees ended on 1/7/2025; the province took the regulation over
    effective: { from: '2021-04-01', to: '2025-06-30' },
    replacedBy: ['tinh-x/qd-15-2025'],
    confidence: 'secondary',
    note: 'Fictional example modelled on a district regulation (04-QĐi/HU, Duy Xuyên) whose text is not public.',
  },
  {
    id: 'tinh-x/qd-15-2025',
    number: '15-QĐ/TU',
    kind: 'local',
    issuer: TU,
    title: {
      vi: 'Quy định đánh giá chất lượng sinh hoạt chi bộ trong Đảng bộ tỉnh',
      en: 'Regulation on grading the quality of cell meetings in the province',
    },
    signed: '2025-06-20',
    effective: { from: '2025-07-01', to: null },
    replaces: ['tinh-x/qd-04-2021'],
    confidence: 'secondary',
    note: 'Fictional example.',
  },
  {
    id: 'tinh-x/nq-05-2023',
    number: '05-NQ/TU',
    kind: 'resolution',
    issuer: TU,
    title: {
      vi: 'Nghị quyết về chỉ tiêu kết nạp đảng viên năm 2023',
      en: 'Resolution on the 2023 admission targets',
    },
    signed: '2023-01-10',
    effective: { from: '2023-01-10', to: '2023-12-31' },
    confidence: 'secondary',
    note: 'Fictional example; the figures follow Tiền Giang 2023 (1,621 admitted, 108.06 % of the target).',
  },
  {
    id: 'tinh-x/hd-01-2025',
    number: '01-HD/BTCTU',
    kind: 'guidance',
    issuer: { vi: 'Ban Tổ chức Tỉnh ủy X', en: 'Province X Organization Board' },
    title: {
      vi: 'Hướng dẫn thời hạn các bước kết nạp đảng viên và công nhận đảng viên chính thức',
      en: 'Guidance on step deadlines for admission and recognition',
    },
    signed: '2025-07-15',
    effective: { from: '2025-08-01', to: null },
    confidence: 'secondary',
    note: 'Fictional example modelled on the Hà Nội organization board guidance of 2025 (15 working days).',
  },
  {
    id: 'tinh-x/hd-12-2018',
    number: '12-HD/BTCTW',
    kind: 'guidance',
    issuer: { vi: 'Ban Tổ chức Trung ương', en: 'Central Organization Commission' },
    title: {
      vi: 'Hướng dẫn một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ',
      en: 'Guidance on improving the quality of cell meetings',
    },
    signed: null,
    effective: { from: '2018-01-01', to: null },
    confidence: 'verified',
    note: 'Central guidance (2018; day and month not seen). Carried by the plugin until the core registry has it.',
  },
  {
    id: 'tinh-x/ct-50-2025',
    number: '50-CT/TW',
    kind: 'directive',
    issuer: { vi: 'Ban Bí thư', en: 'Secretariat' },
    title: {
      vi: 'Về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới',
      en: 'On further renewing and improving the quality of cell meetings',
    },
    signed: '2025-07-23',
    effective: { from: '2025-07-23', to: null },
    confidence: 'verified',
    note: 'Central directive. Carried by the plugin until the core registry has it.',
  },
];
