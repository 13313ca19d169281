/** Figures of transfers, strike-off, re-admission, discipline and the party badge (dated, cited parameters). */
import { defineParameter } from '../../kernel/parameter.js';
import { overRegimes } from '../../legal/regimes.js';

const C = (article: string, clause?: string) =>
  clause ? { document: 'dieu-le-2011', article, clause } : { document: 'dieu-le-2011', article };

/** Working days to do the official-transfer procedure after the move (chuyển sinh hoạt đảng chính thức). */
export const transferProcedureWorkingDays = defineParameter<number>({
  id: 'member.transfer.procedureWorkingDays',
  title: {
    vi: 'Thời hạn làm thủ tục chuyển sinh hoạt đảng chính thức (ngày làm việc)',
    en: 'Working days to do the official transfer',
  },
  unit: 'working-days',
  values: [
    // QĐ 29 6.3 a, then QĐ 24 / QĐ 232 6.3.1 a.
    ...overRegimes({ from: '2016-07-25', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      value: 60,
      citations: [
        { document: d.charterRegulation!, point: d.charterRegulation === 'qd-29-2016' ? '6.3 a' : '6.3.1 a' },
      ],
      confidence: d.charterRegulation === 'qd-29-2016' ? ('verified' as const) : ('secondary' as const),
    })),
    {
      from: '2025-07-01',
      value: 60,
      citations: [{ document: 'qd-294-2025', point: '6.3.1 a' }],
      confidence: 'verified',
    },
  ],
});

/** Working days to present the transfer letter at the receiving organization. */
export const transferLetterWorkingDays = defineParameter<number>({
  id: 'member.transfer.letterWorkingDays',
  title: {
    vi: 'Thời hạn xuất trình giấy giới thiệu sinh hoạt đảng (ngày làm việc)',
    en: 'Working days to present the transfer letter',
  },
  unit: 'working-days',
  values: [
    {
      from: '2016-09-20',
      to: '2021-07-29',
      value: 30,
      citations: [{ document: 'hd-01-2016' }],
      confidence: 'secondary',
    },
    // From QĐ 24 the 30 working days are in the regulation itself (6.3.1 c), then QĐ 232.
    ...overRegimes({ from: '2021-07-30', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      value: 30,
      citations: [{ document: d.charterRegulation!, point: '6.3.1 c' }],
      confidence: 'secondary' as const,
    })),
    { from: '2025-07-01', value: 30, citations: [{ document: 'qd-294-2025', point: '6.3.1' }], confidence: 'verified' },
  ],
});

/** Months late with the transfer file after which the destination strikes the member off (HD 38). */
export const lateTransferStrikeOffMonths = defineParameter<number>({
  id: 'member.transfer.lateStrikeOffMonths',
  title: {
    vi: 'Quá hạn nộp hồ sơ chuyển sinh hoạt thì xóa tên (tháng)',
    en: 'Months late with the transfer file before strike-off',
  },
  unit: 'months',
  values: [
    {
      from: '2025-09-29',
      value: 3,
      citations: [{ document: 'hd-38-2025', section: 'mục II 4.3.1' }],
      confidence: 'verified',
    },
  ],
});

/** Temporary-transfer windows: absence of 3 months to under 12 (work, residence), up to 24 for study. */
export const temporaryTransferMonths = defineParameter<{ min: number; maxExclusive: number; studyMax: number }>({
  id: 'member.transfer.temporaryMonths',
  title: { vi: 'Khoảng thời gian sinh hoạt đảng tạm thời (tháng)', en: 'Temporary-transfer windows (months)' },
  unit: 'months',
  values: [
    ...overRegimes({ from: '2016-07-25', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      value: { min: 3, maxExclusive: 12, studyMax: 24 },
      citations: [{ document: d.charterRegulation!, point: d.charterRegulation === 'qd-29-2016' ? '6.3' : '6.3.2 a' }],
      confidence: d.charterRegulation === 'qd-29-2016' ? ('verified' as const) : ('secondary' as const),
    })),
    {
      from: '2025-07-01',
      value: { min: 3, maxExclusive: 12, studyMax: 24 },
      citations: [{ document: 'qd-294-2025', point: '6.3.2 a' }],
      confidence: 'verified',
    },
  ],
});

/** Strike-off grounds: months in a year without activity or dues; months of education without progress; years. */
export const strikeOffThresholds = defineParameter<{
  missedMonths: number;
  noProgressMonths: number;
  violationYears: number;
}>({
  id: 'member.strikeOff.thresholds',
  title: { vi: 'Ngưỡng xóa tên', en: 'Strike-off thresholds' },
  values: [
    {
      from: '2011-01-19',
      to: '2011-10-31',
      value: { missedMonths: 3, noProgressMonths: 12, violationYears: 2 },
      citations: [C('8', '1')],
      confidence: 'secondary',
      note: {
        vi: 'Điều lệ chỉ nêu 3 tháng; 12 tháng và 2 năm là của các quy định thi hành.',
        en: 'The Charter sets only the 3 months; the 12 months and 2 years come from the implementing regulations.',
      },
    },
    ...overRegimes({ from: '2011-11-01', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      value: { missedMonths: 3, noProgressMonths: 12, violationYears: 2 },
      citations: [C('8', '1'), { document: d.charterRegulation!, point: '8.1' }],
      confidence: d.charterRegulation === 'qd-24-2021' ? ('verified' as const) : ('secondary' as const),
    })),
    {
      from: '2025-07-01',
      value: { missedMonths: 3, noProgressMonths: 12, violationYears: 2 },
      citations: [C('8', '1'), { document: 'qd-294-2025', point: '8.1' }],
      confidence: 'verified',
    },
  ],
});

/** Re-admission gaps: months since leaving; months after expungement of a less-serious conviction. */
export const readmissionMonths = defineParameter<{ sinceExit: number; afterExpungement: number }>({
  id: 'member.readmission.months',
  title: { vi: 'Thời gian tối thiểu trước khi kết nạp lại (tháng)', en: 'Minimum months before re-admission' },
  unit: 'months',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: { sinceExit: 36, afterExpungement: 60 },
      citations: [{ document: 'qd-29-2016', point: '3.5' }],
      confidence: 'secondary',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: { sinceExit: 36, afterExpungement: 60 },
      citations: [{ document: 'qd-24-2021', point: '3.5.1' }],
      confidence: 'verified',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: { sinceExit: 36, afterExpungement: 60 },
      citations: [{ document: 'qd-232-2025', point: '3.5.1 b' }],
      confidence: 'verified',
    },
    {
      from: '2025-07-01',
      value: { sinceExit: 36, afterExpungement: 60 },
      citations: [{ document: 'qd-294-2025', point: '3.5.1' }],
      confidence: 'verified',
    },
  ],
});

/** Months after announcement after which a discipline (not expulsion) ceases automatically. */
export const disciplineExpiryMonths = defineParameter<number>({
  id: 'member.discipline.expiryMonths',
  title: {
    vi: 'Quyết định kỷ luật đương nhiên chấm dứt hiệu lực sau (tháng)',
    en: 'Discipline ceases automatically after (months)',
  },
  unit: 'months',
  values: [
    {
      from: '2016-07-26',
      to: '2021-07-27',
      value: 12,
      citations: [{ document: 'qd-30-2016', article: '40' }],
      confidence: 'secondary',
    },
    {
      from: '2021-07-28',
      to: '2022-07-05',
      value: 12,
      citations: [{ document: 'qd-22-2021' }],
      confidence: 'recalled',
      note: {
        vi: 'QĐ 30 hết hiệu lực 27/7/2021; điều khoản tương ứng của QĐ 22-QĐ/TW chưa được đối chiếu.',
        en: 'QĐ 30 ended on 27/7/2021; the matching provision of QĐ 22-QĐ/TW is not seen.',
      },
    },
    {
      from: '2022-07-06',
      value: 12,
      citations: [{ document: 'qd-69-2022', article: '2', clause: '5' }],
      confidence: 'verified',
    },
  ],
});

/** Limitation periods in years by form (thời hiệu xử lý kỷ luật). Expulsion has none. */
export const disciplineLimitationYears = defineParameter<{
  reprimand: number;
  warning: number;
  removalFromPost: number;
}>({
  id: 'member.discipline.limitationYears',
  title: { vi: 'Thời hiệu xử lý kỷ luật đảng viên (năm)', en: 'Limitation periods for member discipline (years)' },
  unit: 'years',
  values: [
    {
      from: '2017-11-15',
      to: '2022-07-05',
      value: { reprimand: 5, warning: 10, removalFromPost: 10 },
      citations: [{ document: 'qd-102-2017', article: '3' }],
      confidence: 'verified',
    },
    {
      from: '2022-07-06',
      value: { reprimand: 5, warning: 10, removalFromPost: 10 },
      citations: [{ document: 'qd-69-2022', article: '4', clause: '2', point: 'b' }],
      confidence: 'verified',
    },
  ],
});

/** Party-badge milestones in years of party age. */
export const badgeMilestones = defineParameter<readonly number[]>({
  id: 'member.badge.milestones',
  title: { vi: 'Các mốc Huy hiệu Đảng (năm tuổi đảng)', en: 'Party-badge milestones (years of party age)' },
  unit: 'years',
  values: [
    {
      from: '2016-09-20',
      to: '2021-09-27',
      value: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
      citations: [{ document: 'hd-01-2016', point: '18.1' }],
      confidence: 'recalled',
    },
    {
      from: '2021-09-28',
      to: '2025-06-08',
      value: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
      citations: [{ document: 'hd-01-2021', point: '18.1' }],
      confidence: 'verified',
    },
    {
      from: '2025-06-09',
      value: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
      citations: [{ document: 'hd-06-2025', point: '18.1' }],
      confidence: 'verified',
    },
  ],
});

/** Early award limits (months): seriously ill (≤ 65-year badges / ≥ 70-year badges) and posthumous. */
export const badgeEarlyMonths = defineParameter<{ illUpTo65: number; illFrom70: number; posthumous: number }>({
  id: 'member.badge.earlyMonths',
  title: { vi: 'Xét tặng Huy hiệu Đảng sớm tối đa (tháng)', en: 'Maximum early award of the badge (months)' },
  unit: 'months',
  values: [
    {
      from: '2016-09-20',
      to: '2021-09-27',
      value: { illUpTo65: 12, illFrom70: 24, posthumous: 12 },
      citations: [{ document: 'hd-01-2016', point: '18.1, 18.2' }],
      confidence: 'recalled',
    },
    {
      from: '2021-09-28',
      to: '2025-06-08',
      value: { illUpTo65: 12, illFrom70: 24, posthumous: 12 },
      citations: [{ document: 'hd-01-2021', point: '18.1, 18.2' }],
      confidence: 'verified',
    },
    {
      from: '2025-06-09',
      value: { illUpTo65: 12, illFrom70: 24, posthumous: 12 },
      citations: [{ document: 'hd-06-2025', point: '18.1, 18.2' }],
      confidence: 'verified',
    },
  ],
});

/** Months after a discipline before a badge can be awarded (khiển trách 6, cảnh cáo 9, cách chức 12). */
export const badgeDisciplineWaitMonths = defineParameter<{
  reprimand: number;
  warning: number;
  removalFromPost: number;
}>({
  id: 'member.badge.disciplineWaitMonths',
  title: {
    vi: 'Thời gian chờ xét tặng Huy hiệu sau kỷ luật (tháng)',
    en: 'Wait after a discipline before a badge (months)',
  },
  unit: 'months',
  values: [
    {
      from: '2025-07-01',
      value: { reprimand: 6, warning: 9, removalFromPost: 12 },
      citations: [{ document: 'qd-294-2025', point: '28.3.1 c' }],
      confidence: 'verified',
    },
  ],
});

/**
 * One award occasion and, when a province sets it, the window of milestone dates (month-day, inclusive) it covers.
 * A window that wraps the year end (`from > to`) starts in the previous year.
 */
export interface BadgeOccasion {
  /** The occasion, `MM-DD` (`02-03` = 3/2). */
  readonly occasion: string;
  /** First month-day of the milestone window (a provincial setting; absent centrally). */
  readonly from?: string;
  /** Last month-day of the milestone window. */
  readonly to?: string;
}

const OCCASIONS: readonly BadgeOccasion[] = [
  { occasion: '02-03' },
  { occasion: '05-19' },
  { occasion: '09-02' },
  { occasion: '11-07' },
];

/**
 * Award occasions 3/2, 19/5, 2/9, 7/11 and other important anniversaries (HD 06 point 18.4). No central text assigns
 * milestone dates to occasions: the windows are a per-province setting that a plugin supplies by amending this
 * parameter (the example plugin carries Hà Nội's: 1/12 – end of February → 3/2, 1/3 – 31/5 → 19/5, 1/6 – 30/9 →
 * 2/9, 1/10 – 30/11 → 7/11). Default: no windows, so no occasion is predicted for a milestone.
 */
export const badgeOccasions = defineParameter<readonly BadgeOccasion[]>({
  id: 'member.badge.occasions',
  title: { vi: 'Các đợt trao tặng Huy hiệu Đảng', en: 'Party-badge award occasions' },
  values: [
    ...overRegimes({ from: '2016-09-20', to: '2025-06-08', topics: ['charterGuidance'] }, (d) => ({
      value: OCCASIONS,
      citations: [{ document: d.charterGuidance!, section: 'mục 18' }],
      confidence: 'recalled' as const,
    })),
    {
      from: '2025-06-09',
      value: OCCASIONS,
      citations: [{ document: 'hd-06-2025', point: '18.4' }],
      confidence: 'verified',
      note: {
        vi: 'HD 06 điểm 18.4 chỉ nêu các dịp trao; khoảng thời gian đạt mốc của từng đợt do từng tỉnh quy định (plugin).',
        en: 'HD 06 point 18.4 lists the occasions only; the milestone window of each occasion is set by each province (plugin).',
      },
    },
  ],
});

/**
 * Length of a suspension of party activity (thời hạn đình chỉ sinh hoạt đảng) in calendar days: `initial` for the
 * period a decision sets, `total` for the period including every extension. Suspensions of a member indicted or in
 * custody follow the criminal-procedure time limits instead (same article, clause 2), so they have no figure here.
 */
export const suspensionMaxDays = defineParameter<{ initial: number; total: number }>({
  id: 'member.suspension.maxDays',
  title: {
    vi: 'Thời hạn đình chỉ sinh hoạt đảng và thời hạn tối đa kể cả gia hạn (ngày)',
    en: 'Length of a suspension of party activity, and at most with extensions (days)',
  },
  unit: 'days',
  values: [
    {
      from: '2021-07-28',
      to: '2025-05-29',
      value: { initial: 90, total: 180 },
      citations: [{ document: 'qd-22-2021', article: '31', clause: '1' }],
      confidence: 'secondary',
    },
  ],
});
