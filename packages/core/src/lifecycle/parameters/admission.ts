/** Figures of admission, probation and recognition (dated, cited parameters). */
import { defineParameter } from '../../kernel/parameter.js';
import { overRegimes } from '../../legal/regimes.js';

const C = (article: string, clause?: string) =>
  clause ? { document: 'dieu-le-2011', article, clause } : { document: 'dieu-le-2011', article };

/** Minimum age at the cell's vote on admission, in completed months (đủ 18 tuổi). */
export const admissionMinAgeMonths = defineParameter<number>({
  id: 'member.admission.minAgeMonths',
  title: { vi: 'Tuổi tối thiểu khi chi bộ xét kết nạp (tháng)', en: 'Minimum age at the cell vote (months)' },
  unit: 'months',
  values: [{ from: '2011-01-19', value: 216, citations: [C('1', '2')], confidence: 'verified' }],
});

/** Maximum age at the cell's vote without a provincial-level decision (đủ 60 tuổi). */
export const admissionMaxAgeMonths = defineParameter<number>({
  id: 'member.admission.maxAgeMonths',
  title: { vi: 'Tuổi tối đa khi chi bộ xét kết nạp (tháng)', en: 'Maximum age at the cell vote (months)' },
  unit: 'months',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: 720,
      citations: [{ document: 'qd-29-2016', point: '1.1 a' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: 720,
      citations: [{ document: 'qd-24-2021', point: '1.1.1' }],
      confidence: 'verified',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: 720,
      citations: [{ document: 'qd-232-2025', point: '1.1.1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      value: 720,
      citations: [{ document: 'qd-294-2025', point: '1.1.1' }],
      confidence: 'verified',
    },
  ],
});

/** Validity of the awareness-course certificate (giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng). */
export const awarenessCertificateValidMonths = defineParameter<number>({
  id: 'member.admission.awarenessCertificateMonths',
  title: {
    vi: 'Thời hạn giấy chứng nhận lớp nhận thức về Đảng (tháng)',
    en: 'Awareness-course certificate validity (months)',
  },
  unit: 'months',
  values: [
    {
      from: '2016-09-20',
      to: '2021-09-27',
      value: 60,
      citations: [{ document: 'hd-01-2016', point: '5.4' }],
      confidence: 'recalled',
    },
    {
      from: '2021-09-28',
      to: '2025-06-08',
      value: 60,
      citations: [{ document: 'hd-01-2021', point: '5.4' }],
      confidence: 'recalled',
    },
    { from: '2025-06-09', value: 60, citations: [{ document: 'hd-06-2025', point: '5.4 b' }], confidence: 'verified' },
  ],
});

/** Months an introducer must have worked / studied / lived with the applicant. */
export const introducerSharedMonths = defineParameter<number>({
  id: 'member.admission.introducerSharedMonths',
  title: {
    vi: 'Thời gian người giới thiệu cùng công tác với người vào Đảng (tháng)',
    en: 'Months an introducer shared with the applicant',
  },
  unit: 'months',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: 12,
      citations: [{ document: 'qd-29-2016', point: '3.2' }],
      confidence: 'secondary',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: 12,
      citations: [{ document: 'qd-24-2021', point: '3.2.1' }],
      confidence: 'verified',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: 12,
      citations: [{ document: 'qd-232-2025', point: '3.2.1' }],
      confidence: 'secondary',
    },
    { from: '2025-07-01', value: 12, citations: [{ document: 'qd-294-2025', point: '3.2.1' }], confidence: 'verified' },
  ],
});

/** Youth age for the Youth Union route (độ tuổi thanh niên). */
export const youthAgeMaxYears = defineParameter<number>({
  id: 'member.admission.youthAgeMaxYears',
  title: { vi: 'Độ tuổi thanh niên (năm, tối đa)', en: 'Youth age (maximum years)' },
  unit: 'years',
  values: [
    {
      from: '2011-01-19',
      to: '2020-12-31',
      value: 30,
      citations: [{ document: 'luat-thanh-nien-2005', article: '1' }],
      confidence: 'recalled',
      note: {
        vi: 'Điều lệ Đảng không quy định độ tuổi thanh niên; 16–30 là của Luật Thanh niên.',
        en: 'The Party Charter sets no youth age; 16–30 is the Youth Law’s.',
      },
    },
    {
      from: '2021-01-01',
      value: 30,
      citations: [{ document: 'luat-thanh-nien-2020', article: '1' }],
      confidence: 'recalled',
      note: {
        vi: 'Điều lệ Đảng không quy định độ tuổi thanh niên; 16–30 là của Luật Thanh niên.',
        en: 'The Party Charter sets no youth age; 16–30 is the Youth Law’s.',
      },
    },
  ],
});

/** Share of the cell's official members needed to propose admission or recognition. */
export const cellVoteRatio = defineParameter<number>({
  id: 'member.admission.cellVoteRatio',
  title: {
    vi: 'Tỷ lệ tán thành của chi bộ (trên số đảng viên chính thức)',
    en: 'Share of official members needed at the cell vote',
  },
  unit: 'ratio',
  values: [{ from: '2011-01-19', value: 2 / 3, citations: [C('4', '3'), C('5', '2')], confidence: 'verified' }],
});

/** Working days for the competent committee to decide an admission, from the cell's resolution. */
export const admissionDecisionWorkingDays = defineParameter<number>({
  id: 'member.admission.decisionWorkingDays',
  title: { vi: 'Thời hạn cấp ủy quyết định kết nạp (ngày làm việc)', en: 'Working days to decide an admission' },
  unit: 'working-days',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: 60,
      citations: [{ document: 'qd-29-2016', point: '4.3.1' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: 60,
      citations: [{ document: 'qd-24-2021', point: '4.3.1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: 60,
      citations: [{ document: 'qd-232-2025', point: '4.3.1' }],
      confidence: 'verified',
    },
    { from: '2025-07-01', value: 45, citations: [{ document: 'qd-294-2025', point: '4.3.1' }], confidence: 'verified' },
  ],
});

/** Working days for the competent committee to decide a recognition, from the cell's resolution. */
export const recognitionDecisionWorkingDays = defineParameter<number>({
  id: 'member.recognition.decisionWorkingDays',
  title: {
    vi: 'Thời hạn cấp ủy quyết định công nhận chính thức (ngày làm việc)',
    en: 'Working days to decide a recognition',
  },
  unit: 'working-days',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: 30,
      citations: [{ document: 'qd-29-2016', point: '4.3.1' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: 30,
      citations: [{ document: 'qd-24-2021', point: '4.3.1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: 30,
      citations: [{ document: 'qd-232-2025', point: '4.3.1' }],
      confidence: 'verified',
    },
    { from: '2025-07-01', value: 30, citations: [{ document: 'qd-294-2025', point: '4.3.1' }], confidence: 'verified' },
  ],
});

/** Maximum extension, in special cases, of the decision deadlines. */
export const decisionExtensionWorkingDays = defineParameter<number>({
  id: 'member.admission.decisionExtensionWorkingDays',
  title: {
    vi: 'Gia hạn tối đa thời hạn quyết định (ngày làm việc)',
    en: 'Maximum extension of the decision deadline (working days)',
  },
  unit: 'working-days',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: 30,
      citations: [{ document: 'qd-29-2016', point: '4.3.1' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: 30,
      citations: [{ document: 'qd-24-2021', point: '4.3.1' }],
      confidence: 'secondary',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: 30,
      citations: [{ document: 'qd-232-2025', point: '4.3.1' }],
      confidence: 'verified',
    },
    { from: '2025-07-01', value: 15, citations: [{ document: 'qd-294-2025', point: '4.3.1' }], confidence: 'verified' },
  ],
});

/** Working days for the cell to hold the ceremony after receiving the decision. */
export const ceremonyWorkingDays = defineParameter<number>({
  id: 'member.admission.ceremonyWorkingDays',
  title: { vi: 'Thời hạn tổ chức lễ kết nạp (ngày làm việc)', en: 'Working days to hold the admission ceremony' },
  unit: 'working-days',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: 30,
      citations: [{ document: 'qd-29-2016', point: '4.1' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: 30,
      citations: [{ document: 'qd-24-2021', point: '4.1' }],
      confidence: 'verified',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: 30,
      citations: [{ document: 'qd-232-2025', point: '4.1' }],
      // read: QĐ 232 point 4.1 quoted word for word on a legal Q&A mirror (audit 12/2026 §3.2)
      confidence: 'verified',
    },
    { from: '2025-07-01', value: 30, citations: [{ document: 'qd-294-2025', point: '4.1' }], confidence: 'verified' },
  ],
});

/** Probation length from the ceremony (thời kỳ dự bị). */
export const probationMonths = defineParameter<number>({
  id: 'member.probation.months',
  title: { vi: 'Thời kỳ dự bị (tháng, tính từ lễ kết nạp)', en: 'Probation (months from the ceremony)' },
  unit: 'months',
  values: [{ from: '2011-01-19', value: 12, citations: [C('5', '1')], confidence: 'verified' }],
});

/** Working days for the cell to review a probationary member after probation ends. */
export const recognitionReviewWorkingDays = defineParameter<number>({
  id: 'member.recognition.reviewWorkingDays',
  title: {
    vi: 'Thời hạn chi bộ xét công nhận chính thức (ngày làm việc)',
    en: 'Working days for the cell to review recognition',
  },
  unit: 'working-days',
  values: [
    {
      from: '2016-07-25',
      to: '2021-07-29',
      value: 30,
      citations: [{ document: 'qd-29-2016', point: '4.2 a' }],
      confidence: 'verified',
    },
    {
      from: '2021-07-30',
      to: '2025-01-19',
      value: 30,
      citations: [{ document: 'qd-24-2021', point: '4.2' }],
      confidence: 'secondary',
    },
    {
      from: '2025-01-20',
      to: '2025-06-30',
      value: 30,
      citations: [{ document: 'qd-232-2025', point: '4.2' }],
      confidence: 'secondary',
    },
    { from: '2025-07-01', value: 30, citations: [{ document: 'qd-294-2025', point: '4.2.1' }], confidence: 'verified' },
  ],
});

/** Failed recognition votes after which the case goes up a level. */
export const recognitionMaxVotes = defineParameter<number>({
  id: 'member.recognition.maxVotes',
  title: { vi: 'Số lần biểu quyết không đủ 2/3 thì báo cáo cấp trên', en: 'Failed votes before the case goes up' },
  unit: 'count',
  values: [
    // QĐ 29 4.2 c, then 4.2.3 of QĐ 24 (read verbatim) and QĐ 232.
    ...overRegimes({ from: '2016-07-25', to: '2025-06-30', topics: ['charterRegulation'] }, (d) => ({
      value: 3,
      citations: [{ document: d.charterRegulation!, point: d.charterRegulation === 'qd-29-2016' ? '4.2 c' : '4.2.3' }],
      confidence: d.charterRegulation === 'qd-232-2025' ? ('secondary' as const) : ('verified' as const),
    })),
    { from: '2025-07-01', value: 3, citations: [{ document: 'qd-294-2025', point: '4.2.3' }], confidence: 'verified' },
  ],
});

/** Months an admission file's documents stay valid before the cell votes (HD 06 point 5.4 a). */
export const admissionFileValidMonths = defineParameter<number>({
  id: 'member.admission.fileValidMonths',
  title: {
    vi: 'Thời hạn giá trị của giấy giới thiệu, nghị quyết giới thiệu trong hồ sơ kết nạp (tháng)',
    en: 'Months the introduction documents of an admission file stay valid',
  },
  unit: 'months',
  values: [
    {
      from: '2025-06-09',
      value: 12,
      citations: [{ document: 'hd-06-2025', point: '5.4 a' }],
      confidence: 'verified',
    },
  ],
});
