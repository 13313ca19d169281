import type { Confirmation } from '../carry-over.js';

const NOTE = {
  vi: 'Con số được các nguồn không chính thức về Quy định 208-QĐ/TW (2026) nêu lại không đổi; chưa thấy văn bản chính thức.',
  en: 'Figure reported unchanged under QĐ 208-QĐ/TW (2026) by unofficial sources; no official text seen.',
};
const QD208: Confirmation = { document: 'qd-208-2026', confidence: 'secondary', note: NOTE };

/**
 * Which rules and parameters the 2026 sources confirm in the text replacing the one they cite (audit of 12/2026, C2:
 * age 18–60 at the cell vote, lower-secondary diploma, ceremony within 30 working days, recognition at the end of 12
 * months, official transfer 60 working days, re-admission after 36 months, 3 months without activity or dues). Every
 * other rule or parameter citing QĐ 294 or HD 06 goes on under QĐ 20 / QĐ 208 / HD 01 (2026) as `carried-over`; so
 * does everything under QĐ 20 (April–July 2026), whose content was not seen at all. Not confirmed: the decision
 * deadline (45 + 15 working days), the admission and recognition authority, the organization levels.
 */
export const confirmations2026: Readonly<Record<string, readonly Confirmation[]>> = {
  'member.admission.age': [QD208],
  'member.admission.maxAgeMonths': [QD208],
  'member.admission.education': [QD208],
  'member.admission.ceremonyDeadline': [QD208],
  'member.admission.ceremonyWorkingDays': [QD208],
  'member.recognition.timing': [QD208],
  'member.transfer.procedureWorkingDays': [QD208],
  'member.readmission.months': [QD208],
};
