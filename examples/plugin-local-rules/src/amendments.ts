import type { Amendment } from './sdk.js';

/**
 * The one stricter local time limit: in the province, the competent committee decides an admission within 30
 * working days of the cell's resolution, inside the central 45 (QĐ 294 point 4.3.1). Modelled on the step deadlines
 * the Hà Nội organization board set in 2025.
 */
export const admissionDecisionDeadline: Amendment<number> = {
  parameter: 'member.admission.decisionWorkingDays',
  rules: ['member.admission.decisionDeadline'],
  basis: [{ document: 'tinh-x/hd-01-2025', section: 'mục 2.3' }],
  stricter: 'lower',
  values: [{ from: '2025-08-01', value: 30, confidence: 'secondary' }],
};

type Occasion = { readonly occasion: string; readonly from?: string; readonly to?: string };

/**
 * Milestone windows of the four badge occasions, a per-province setting (HD 06 point 18.4 lists the occasions only).
 * The figures are Hà Nội's (guidance of the city organization board, 8/2025, applied from the 2/9/2025 round; the only
 * published windows found): a milestone reached from 1/12 of the previous year to the end of February is awarded on
 * 3/2; 1/3 – end of May on 19/5; 1/6 – end of September on 2/9; 1/10 – end of November on 7/11.
 */
export const badgeOccasionWindows: Amendment<readonly Occasion[]> = {
  parameter: 'member.badge.occasions',
  rules: ['member.badge.eligibility'],
  basis: [{ document: 'tinh-x/hd-huy-hieu-2025', section: 'mục I' }],
  // The windows only place milestones on occasions; the occasions themselves stay the central ones.
  stricter: (amended, core) => {
    const value = amended as readonly Occasion[];
    const base = core as readonly Occasion[];
    return value.length === base.length && value.every((o) => base.some((b) => b.occasion === o.occasion));
  },
  values: [
    {
      from: '2025-09-02',
      value: [
        { occasion: '02-03', from: '12-01', to: '02-29' },
        { occasion: '05-19', from: '03-01', to: '05-31' },
        { occasion: '09-02', from: '06-01', to: '09-30' },
        { occasion: '11-07', from: '10-01', to: '11-30' },
      ],
      confidence: 'verified',
    },
  ],
};
