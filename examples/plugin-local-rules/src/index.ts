import { admissionDecisionDeadline, badgeOccasionWindows } from './amendments.js';
import { documents } from './documents.js';
import { t } from './locales.js';
import { meetingGrade } from './meetings/grade.js';
import { cellMeetingYearKind } from './meetings/kind.js';
import { attendanceRatio, gradeThresholds, meetingMinutes } from './meetings/parameters.js';
import { meetingQuality } from './meetings/rules/quality.js';
import { meetingRegularity } from './meetings/rules/regularity.js';
import { thematicEveryQuarter } from './meetings/rules/thematic.js';
import { residenceComment } from './residence.js';
import { definePlugin, type Plugin } from './sdk.js';
import { admissionTargets } from './targets.js';

/**
 * The local rules of (fictional) Tỉnh X: grading of cell meetings, the 2023 admission targets, a stricter recognition
 * deadline, the badge occasion windows (Hà Nội's), the residence-comment field, and the province's anniversaries.
 *
 *   dieule check records.ndjson --plugin examples/plugin-local-rules
 */
export const plugin: Plugin = definePlugin({
  name: '@dieule/example-plugin-local-rules',
  version: '1.0.0',
  namespace: 'tinh-x',
  title: { vi: 'Quy định của Tỉnh ủy X (ví dụ)', en: 'Province X local rules (example)' },
  description: {
    vi: 'Xếp loại chất lượng sinh hoạt chi bộ, chỉ tiêu kết nạp đảng viên, thời hạn quyết định kết nạp đảng viên.',
    en: 'Cell-meeting quality grading, admission targets, a stricter admission-decision deadline.',
  },
  scope: {
    description: { vi: 'Tổ chức đảng thuộc Đảng bộ tỉnh X (mã TX)', en: 'Party organizations of Province X (code TX)' },
    organizations: ['TX'],
  },
  documents,
  recordKinds: [cellMeetingYearKind],
  rules: [meetingRegularity, meetingQuality, thematicEveryQuarter],
  parameters: [meetingMinutes, attendanceRatio, gradeThresholds],
  derive: [meetingGrade],
  targets: [admissionTargets],
  amendments: [admissionDecisionDeadline, badgeOccasionWindows],
  extensions: { member: { residenceComment } },
  calendar: {
    anniversaries: [
      {
        monthDay: '03-24',
        title: { vi: 'Ngày giải phóng tỉnh X', en: 'Province X liberation day' },
        since: 1975,
      },
      {
        monthDay: '09-15',
        title: { vi: 'Ngày thành lập Đảng bộ tỉnh X', en: 'Founding of the Province X party organization' },
        since: 1930,
      },
    ],
  },
  locales: t,
});

export default plugin;
