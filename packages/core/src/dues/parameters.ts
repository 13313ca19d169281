/** The figures of party dues (chế độ đảng phí), each a dated, cited parameter. */
import { defineParameter } from '../kernel/parameter.js';

const QD01 = 'qd-01-2026';

/** Dues of members in compulsory social insurance: share of last month's insured salary (1 %). */
export const duesInsuredSalaryRate = defineParameter<number>({
  id: 'dues.insuredSalaryRate',
  title: {
    vi: 'Tỷ lệ đảng phí trên tiền lương đóng BHXH bắt buộc tháng trước liền kề',
    en: 'Dues as a share of last month’s compulsory-insurance salary',
  },
  unit: 'ratio',
  values: [
    {
      from: '2026-02-01',
      value: 0.01,
      citations: [{ document: QD01, article: '3', clause: '2', point: '2.1' }],
      confidence: 'secondary',
    },
  ],
});

/** Dues of pensioners: share of the pension (0.5 %). */
export const duesPensionRate = defineParameter<number>({
  id: 'dues.pensionRate',
  title: { vi: 'Tỷ lệ đảng phí trên lương hưu', en: 'Dues as a share of the pension' },
  unit: 'ratio',
  values: [
    {
      from: '2026-02-01',
      value: 0.005,
      citations: [{ document: QD01, article: '3', clause: '2', point: '2.2' }],
      confidence: 'secondary',
    },
  ],
});

/** Flat monthly dues of students (5,000 VND). */
export const duesStudentAmount = defineParameter<number>({
  id: 'dues.studentAmount',
  title: { vi: 'Mức đảng phí của học sinh, sinh viên (đồng/tháng)', en: 'Monthly dues of students (VND)' },
  unit: 'VND',
  values: [
    {
      from: '2026-02-01',
      value: 5000,
      citations: [{ document: QD01, article: '3', clause: '2', point: '2.2' }],
      confidence: 'secondary',
    },
  ],
});

/**
 * Shares of the regional monthly minimum wage for other members (no compulsory insurance, no pension): below and at
 * or above the normal retirement age; stepped up on 1/1/2028.
 */
export const duesMinimumWageRates = defineParameter<{ belowRetirement: number; retired: number }>({
  id: 'dues.minimumWageRates',
  title: {
    vi: 'Tỷ lệ đảng phí trên lương tối thiểu vùng (chưa đến / đã qua tuổi nghỉ hưu)',
    en: 'Dues as a share of the regional minimum wage (below / at or above retirement age)',
  },
  unit: 'ratio',
  values: [
    {
      from: '2026-02-01',
      to: '2027-12-31',
      value: { belowRetirement: 0.003, retired: 0.002 },
      citations: [{ document: QD01, article: '3', clause: '2', point: '2.2' }],
      confidence: 'secondary',
    },
    {
      from: '2028-01-01',
      value: { belowRetirement: 0.005, retired: 0.003 },
      citations: [{ document: QD01, article: '3', clause: '2', point: '2.2' }],
      confidence: 'secondary',
    },
  ],
});

/** Exemption and reductions: exempt from 50 years of party age; reductions of 30, 50 or 70 % for at most 12 months. */
export const duesRelief = defineParameter<{
  exemptPartyAgeYears: number;
  reductionPercents: readonly number[];
  maxGrantMonths: number;
}>({
  id: 'dues.relief',
  title: { vi: 'Miễn, giảm đảng phí', en: 'Dues exemption and reductions' },
  values: [
    {
      from: '2026-02-01',
      value: { exemptPartyAgeYears: 50, reductionPercents: [30, 50, 70], maxGrantMonths: 12 },
      citations: [{ document: QD01, article: '5' }],
      confidence: 'secondary',
    },
  ],
});

/** Every dues parameter. */
export const duesParameters = [
  duesInsuredSalaryRate,
  duesPensionRate,
  duesStudentAmount,
  duesMinimumWageRates,
  duesRelief,
] as const;
