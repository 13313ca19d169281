import type { Confirmation } from '../carry-over.js';

const NOTE = {
  vi: 'Con số được các nguồn không chính thức về Quy định 208-QĐ/TW (2026) nêu lại không đổi; chưa thấy văn bản chính thức.',
  en: 'Figure reported unchanged under QĐ 208-QĐ/TW (2026) by unofficial sources; no official text seen.',
};
const DEADLINE = {
  vi: 'Thời hạn 45 + 15 ngày làm việc chưa thấy trong các nguồn về QĐ 208.',
  en: 'The 45 + 15 working-day deadline was not seen in the sources about QĐ 208.',
};
const LEVELS = {
  vi: 'QĐ 208 được cho là chuyển đảng bộ xã, phường thành tổ chức cơ sở đảng trực thuộc tỉnh và giao ban thường vụ đảng ủy cơ sở quyết định kết nạp; thay đổi này được kiểm tra ở quy tắc về cấp ra quyết định và quy tắc đảng bộ xã là tổ chức cơ sở.',
  en: 'QĐ 208 reportedly makes commune and ward party organizations grassroots organizations under the province, with admission decided by the standing committee of the grassroots committee; the rules on the deciding level and on commune committees as grassroots check it.',
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
  // Not seen, and reported to change: said so in every issue these rules produce under QĐ 208.
  'member.admission.decisionDeadline': [{ document: 'qd-208-2026', confidence: 'carried-over', note: DEADLINE }],
  'member.recognition.decisionDeadline': [{ document: 'qd-208-2026', confidence: 'carried-over', note: DEADLINE }],
  // member.decision.authorityLevel has a QĐ 208 version of its own (lifecycle/rules/authority.ts).
  'organization.districtLevelEnded': [{ document: 'qd-208-2026', confidence: 'carried-over', note: LEVELS }],
};
