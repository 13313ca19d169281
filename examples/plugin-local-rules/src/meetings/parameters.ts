import { type Citation, defineParameter } from '../sdk.js';

const district: Citation = { document: 'tinh-x/qd-04-2021', article: '3' };
const province: Citation = { document: 'tinh-x/qd-15-2025', article: '3' };

/** Minimum length of a meeting in minutes: 90, or 120 when a thematic part is held in the same session. */
export const meetingMinutes = defineParameter<{ regular: number; combined: number }>({
  id: 'tinh-x/meeting.minMinutes',
  title: { vi: 'Thời lượng tối thiểu buổi sinh hoạt (phút)', en: 'Minimum meeting length (minutes)' },
  unit: 'minutes',
  values: [
    {
      from: '2021-04-01',
      to: '2025-06-30',
      value: { regular: 90, combined: 120 },
      citations: [district, { document: 'tinh-x/hd-12-2018', section: 'Phần 2 mục 3' }],
      confidence: 'verified',
    },
    {
      from: '2025-07-01',
      value: { regular: 90, combined: 120 },
      citations: [province, { document: 'tinh-x/hd-12-2018', section: 'Phần 2 mục 3' }],
      confidence: 'verified',
    },
  ],
});

/** Attendance a quality meeting must exceed (strictly above 85 % of the members expected). */
export const attendanceRatio = defineParameter<number>({
  id: 'tinh-x/meeting.attendanceRatio',
  title: { vi: 'Tỷ lệ đảng viên dự họp phải vượt', en: 'Attendance to exceed' },
  unit: 'ratio',
  values: [
    {
      from: '2021-04-01',
      to: '2025-06-30',
      value: 0.85,
      citations: [district, { document: 'tinh-x/hd-12-2018', section: 'Phần 2 mục 3 (1)' }],
      confidence: 'verified',
    },
    {
      from: '2025-07-01',
      value: 0.85,
      citations: [province, { document: 'tinh-x/hd-12-2018', section: 'Phần 2 mục 3 (1)' }],
      confidence: 'verified',
    },
  ],
});

/** Months meeting the marks needed for each grade of the year. */
export const gradeThresholds = defineParameter<{ good: number; fair: number }>({
  id: 'tinh-x/meeting.gradeThresholds',
  title: { vi: 'Số tháng đạt yêu cầu để xếp loại', en: 'Months meeting the marks, per grade' },
  unit: 'months',
  values: [
    {
      from: '2021-04-01',
      to: '2025-06-30',
      value: { good: 10, fair: 6 },
      citations: [{ document: 'tinh-x/qd-04-2021', article: '5' }],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      value: { good: 10, fair: 8 },
      citations: [{ document: 'tinh-x/qd-15-2025', article: '5' }],
      confidence: 'secondary',
    },
  ],
});
