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
