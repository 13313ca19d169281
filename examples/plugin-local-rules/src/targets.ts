import type { Targets } from './sdk.js';

/**
 * Admission targets set by the provincial committee's resolution for 2023 (chỉ tiêu kết nạp đảng viên). Reports show
 * admissions against each target with the attainment percentage, and losses (strike-off, exit, expulsion) beside them.
 */
export const admissionTargets: Targets = {
  id: 'tinh-x/targets.admission',
  title: { vi: 'Chỉ tiêu kết nạp đảng viên', en: 'Admission target' },
  measure: 'admissions',
  basis: [{ document: 'tinh-x/nq-05-2023', article: '2' }],
  entries: [
    { organization: 'TX', year: 2023, target: 1500 },
    { organization: 'TX.01', year: 2023, target: 120 },
    { organization: 'TX.02', year: 2023, target: 95 },
  ],
};
