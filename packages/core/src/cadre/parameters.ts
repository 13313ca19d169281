import { defineParameter } from '../kernel/parameter.js';

/**
 * Months after a discipline decision before a cadre may be planned or appointed to a higher post, by form.
 * QĐ 105 (2017): a flat year from reprimand up; QĐ 80 (18/8/2022): 12 / 30 / 60; QĐ 377 (8/10/2025): 24 / 36 / 60.
 */
export const disciplineBarMonths = defineParameter<{ reprimand: number; warning: number; removalFromPost: number }>({
  id: 'cadre.discipline.barMonths',
  title: {
    vi: 'Thời gian sau kỷ luật mới được quy hoạch, bổ nhiệm chức vụ cao hơn (tháng)',
    en: 'Months after discipline before planning or appointment to a higher post',
  },
  unit: 'months',
  values: [
    {
      from: '2017-12-19',
      to: '2022-08-17',
      value: { reprimand: 12, warning: 12, removalFromPost: 12 },
      citations: [{ document: 'qd-105-2017' }],
      confidence: 'secondary',
      note: { vi: 'QĐ 105: ít nhất 1 năm từ khiển trách trở lên.', en: 'QĐ 105: at least one year from reprimand up.' },
    },
    {
      from: '2022-08-18',
      to: '2025-10-07',
      value: { reprimand: 12, warning: 30, removalFromPost: 60 },
      citations: [{ document: 'qd-80-2022' }],
      confidence: 'verified',
    },
    {
      from: '2025-10-08',
      value: { reprimand: 24, warning: 36, removalFromPost: 60 },
      citations: [{ document: 'qd-377-2025' }],
      confidence: 'secondary',
    },
  ],
});

/** Months of service a first appointment to a (higher) leadership post needs left: one full term. */
export const minServiceMonths = defineParameter<{ normal: number; special: number | null }>({
  id: 'cadre.appointment.minServiceMonths',
  title: {
    vi: 'Thời gian công tác còn lại tối thiểu khi bổ nhiệm lần đầu (tháng)',
    en: 'Service left needed for a first appointment (months)',
  },
  unit: 'months',
  values: [
    {
      from: '2021-08-01',
      to: '2022-08-17',
      value: { normal: 60, special: null },
      citations: [{ document: 'kl-08-2021' }, { document: 'hd-06-btctw-2021' }],
      confidence: 'verified',
    },
    {
      from: '2022-08-18',
      to: '2025-10-07',
      value: { normal: 60, special: null },
      citations: [{ document: 'qd-80-2022' }, { document: 'kl-08-2021' }],
      confidence: 'verified',
    },
    {
      from: '2025-10-08',
      to: '2025-11-20',
      value: { normal: 60, special: 48 },
      citations: [{ document: 'qd-377-2025', article: '34', clause: '5' }],
      confidence: 'verified',
    },
    {
      from: '2025-11-21',
      value: { normal: 60, special: 48 },
      citations: [
        { document: 'qd-377-2025', article: '34', clause: '5' },
        { document: 'hd-45-2025', section: 'Mục III.1.2' },
      ],
      confidence: 'verified',
    },
  ],
});
