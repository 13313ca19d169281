import { defineLocales } from './sdk.js';

/** Every message of the plugin, once, in both locales (a missing key fails at compile time and at load time). */
export const t = defineLocales({
  vi: {
    'regularity.title': 'Chi bộ sinh hoạt thường kỳ hằng tháng',
    'regularity.missingMonth': 'Chi bộ {organization} không sinh hoạt thường kỳ trong tháng {month}.',
    'quality.title': 'Buổi sinh hoạt chi bộ đạt yêu cầu chất lượng',
    'quality.tooShort': 'Buổi sinh hoạt ngày {date} kéo dài {minutes} phút, ít hơn {minMinutes} phút.',
    'quality.lowAttendance':
      'Buổi sinh hoạt ngày {date}: {present}/{members} đảng viên dự ({percent} %), chưa đạt trên {minPercent} %.',
    'quality.unexcused': 'Buổi sinh hoạt ngày {date} có {absentWithoutReason} đảng viên vắng mặt không có lý do.',
    'thematic.title': 'Sinh hoạt chuyên đề ít nhất mỗi quý một lần',
    'thematic.missingQuarter': 'Chi bộ {organization} không sinh hoạt chuyên đề trong quý {quarter}.',
    'grade.label': 'Chất lượng sinh hoạt chi bộ năm {year}: {grade} ({monthsMeetingMarks}/12 tháng đạt yêu cầu)',
    'grade.pending': 'Chất lượng sinh hoạt chi bộ năm {year}: chưa xếp loại (năm chưa kết thúc)',
    'grade.good': 'Tốt',
    'grade.fair': 'Đạt',
    'grade.poor': 'Chưa đạt',
  },
  en: {
    'regularity.title': 'The cell holds a regular meeting every month',
    'regularity.missingMonth': 'Cell {organization} held no regular meeting in {month}.',
    'quality.title': 'A cell meeting meets the quality marks',
    'quality.tooShort': 'The meeting of {date} lasted {minutes} minutes, less than {minMinutes}.',
    'quality.lowAttendance':
      'The meeting of {date}: {present}/{members} members attended ({percent} %), not above {minPercent} %.',
    'quality.unexcused': 'The meeting of {date}: {absentWithoutReason} member(s) absent without reason.',
    'thematic.title': 'A thematic meeting at least once a quarter',
    'thematic.missingQuarter': 'Cell {organization} held no thematic meeting in quarter {quarter}.',
    'grade.label': 'Cell meeting quality {year}: {grade} ({monthsMeetingMarks}/12 months meeting the marks)',
    'grade.pending': 'Cell meeting quality {year}: not graded yet (the year has not ended)',
    'grade.good': 'Good',
    'grade.fair': 'Satisfactory',
    'grade.poor': 'Unsatisfactory',
  },
});
