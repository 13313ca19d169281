import type { LegalDocument } from '../types.js';

const PB = { vi: 'Bộ Chính trị', en: 'Politburo' };

/** Congresses and elections: the directives of each congress cycle (QĐ 208-QĐ/TW of 2026 is registered with the 2026 texts). */
export const congressDocuments: readonly LegalDocument[] = [
  {
    id: 'ct-35-2019',
    number: '35-CT/TW',
    kind: 'directive',
    issuer: PB,
    title: {
      vi: 'Chỉ thị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
      en: 'Directive on party congresses at all levels towards the 13th National Congress',
    },
    signed: '2019-05-30',
    effective: { from: '2019-05-30', to: '2024-06-13' },
    replacedBy: ['ct-35-2024'],
    confidence: 'recalled',
    note: 'Date recalled. Its age figures are known only from provincial Q&A pages (birth-month cut-offs for the 2020–2025 cycle).',
  },
  {
    id: 'kl-60-2019',
    number: '60-KL/TW',
    kind: 'conclusion',
    issuer: PB,
    title: {
      vi: 'Kết luận về độ tuổi tái cử và trình độ của nhân sự tham gia cấp ủy các cấp nhiệm kỳ 2020–2025',
      en: 'Conclusion on re-election ages and qualifications of committee members for the 2020–2025 term',
    },
    signed: null,
    effective: { from: '2019-10-25', to: '2024-06-13' },
    confidence: 'secondary',
    note: 'Seen only in press reports of 25/10/2019 (signing day not given); ages of Central Committee members left to the Politburo.',
  },
  {
    id: 'ct-35-2024',
    number: '35-CT/TW',
    kind: 'directive',
    issuer: PB,
    title: {
      vi: 'Chỉ thị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
      en: 'Directive on party congresses at all levels towards the 14th National Congress',
    },
    signed: '2024-06-14',
    effective: { from: '2024-06-14', to: '2025-04-13' },
    replaces: ['ct-35-2019'],
    replacedBy: ['ct-45-2025'],
    confidence: 'verified',
    note: 'Adjusted by KL 118-KL/TW (18/01/2025); replaced by CT 45-CT/TW (14/4/2025).',
  },
];
