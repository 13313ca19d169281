import { t } from '../../locales.js';
import { type CivilDate, defineRule } from '../../sdk.js';
import { type CellMeetingYear, isRegular, type Meeting } from '../kind.js';
import { attendanceRatio, meetingMinutes } from '../parameters.js';

/**
 * `tinh-x/meeting.quality`: each regular meeting lasts at least 90 minutes (120 when combined with a thematic part),
 * more than 85 % of the members attend, and nobody is absent without reason. Each meeting is judged at its own date.
 */
export const meetingQuality = defineRule<
  CellMeetingYear,
  Meeting,
  'tooShort' | 'lowAttendance' | 'unexcused',
  { minutes: typeof meetingMinutes; attendance: typeof attendanceRatio }
>({
  id: 'tinh-x/meeting.quality',
  family: 'tinh-x/meetings',
  title: t.text('quality.title'),
  description: {
    vi: 'Thời lượng tối thiểu 90 phút (120 phút nếu kết hợp chuyên đề); trên 85 % đảng viên dự họp; không có đảng viên vắng mặt không lý do.',
    en: 'At least 90 minutes (120 when combined with a thematic part); more than 85 % attendance; no unexcused absence.',
  },
  severity: 'error',
  appliesTo: ['tinh-x/cellMeetingYear'],
  parameters: { minutes: meetingMinutes, attendance: attendanceRatio },
  messages: {
    tooShort: t.text('quality.tooShort'),
    lowAttendance: t.text('quality.lowAttendance'),
    unexcused: t.text('quality.unexcused'),
  },
  select: (r) =>
    r.meetings.flatMap((m, i) =>
      isRegular(m) ? [{ value: m, actDate: m.date as CivilDate, path: ['meetings', i] }] : [],
    ),
  versions: [
    {
      from: '2021-04-01',
      to: '2025-06-30',
      citations: [{ document: 'tinh-x/qd-04-2021', article: '3', clause: '2' }],
      confidence: 'secondary',
    },
    {
      from: '2025-07-01',
      citations: [{ document: 'tinh-x/qd-15-2025', article: '3', clause: '2' }],
      confidence: 'secondary',
    },
  ],
  check(ctx) {
    const m = ctx.subject;
    const members = ctx.record.members;
    const minMinutes = m.type === 'combined' ? ctx.params.minutes.combined : ctx.params.minutes.regular;
    if (m.minutes < minMinutes)
      ctx.report('tooShort', {
        path: [...ctx.subjectPath, 'minutes'],
        facts: { date: m.date, minutes: m.minutes, minMinutes },
      });
    if (m.present <= ctx.params.attendance * members)
      ctx.report('lowAttendance', {
        path: [...ctx.subjectPath, 'present'],
        severity: 'warning',
        facts: {
          date: m.date,
          present: m.present,
          members,
          percent: Math.floor((m.present * 1000) / members) / 10,
          minPercent: Math.round(ctx.params.attendance * 100),
        },
      });
    if (m.absentWithoutReason > 0)
      ctx.report('unexcused', {
        path: [...ctx.subjectPath, 'absentWithoutReason'],
        severity: 'warning',
        facts: { date: m.date, absentWithoutReason: m.absentWithoutReason },
      });
  },
  examples: [
    {
      title: { vi: 'Đạt', en: 'Meets the marks' },
      record: {
        kind: 'tinh-x/cellMeetingYear',
        organization: 'TX.01.03',
        year: 2025,
        members: 20,
        meetings: [{ date: '2025-09-05', type: 'combined', minutes: 125, present: 18 }],
      },
      expect: [],
    },
    {
      title: { vi: 'Họp 60 phút', en: 'A 60-minute meeting' },
      record: {
        kind: 'tinh-x/cellMeetingYear',
        organization: 'TX.01.03',
        year: 2025,
        members: 20,
        meetings: [{ date: '2025-09-05', type: 'regular', minutes: 60, present: 20 }],
      },
      expect: ['tooShort'],
    },
  ],
});
