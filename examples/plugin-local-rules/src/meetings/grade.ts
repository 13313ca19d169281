import { t } from '../locales.js';
import { type FactDeriver, parameterAt } from '../sdk.js';
import { type CellMeetingYear, isRegular, isThematic, yearEnd } from './kind.js';
import { attendanceRatio, gradeThresholds, meetingMinutes } from './parameters.js';

/** The year's grade: `good`, `fair` (đạt) or `poor` (chưa đạt); null while the year has not ended. */
export type MeetingGrade = 'good' | 'fair' | 'poor';

/**
 * Grades a cell's year of meetings (xếp loại chất lượng sinh hoạt chi bộ): a month meets the marks when a regular
 * meeting in it is long enough, more than 85 % attend and nobody is absent without reason. `good` needs the months
 * of the `good` threshold and a thematic meeting in every quarter; `fair` needs the `fair` threshold.
 * The grade feeds the cell's annual ranking.
 */
export function gradeYear(r: CellMeetingYear): { grade: MeetingGrade; monthsMeetingMarks: number; quarters: number } {
  const at = yearEnd(r.year);
  const minutes = parameterAt(meetingMinutes, at)?.value ?? { regular: 90, combined: 120 };
  const ratio = parameterAt(attendanceRatio, at)?.value ?? 0.85;
  const thresholds = parameterAt(gradeThresholds, at)?.value ?? { good: 10, fair: 6 };
  const good = new Set<string>();
  for (const m of r.meetings.filter(isRegular)) {
    const min = m.type === 'combined' ? minutes.combined : minutes.regular;
    if (m.minutes >= min && m.present > ratio * r.members && m.absentWithoutReason === 0) good.add(m.date.slice(0, 7));
  }
  const quarters = new Set(r.meetings.filter(isThematic).map((m) => Math.ceil(Number(m.date.slice(5, 7)) / 3))).size;
  const n = good.size;
  const grade: MeetingGrade = n >= thresholds.good && quarters === 4 ? 'good' : n >= thresholds.fair ? 'fair' : 'poor';
  return { grade, monthsMeetingMarks: n, quarters };
}

const render = (template: string, args: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (w, k: string) => String(args[k] ?? w));

/** Derives `tinh-x/meeting.grade` for a cell's year (with its basis). */
export const meetingGrade: FactDeriver = {
  appliesTo: ['tinh-x/cellMeetingYear'],
  derive(record: CellMeetingYear, ctx) {
    const at = yearEnd(record.year);
    const citations = parameterAt(gradeThresholds, at)?.citations ?? [];
    if (at >= ctx.asOf)
      return [
        {
          name: 'tinh-x/meeting.grade',
          value: null,
          label: render(t[ctx.locale]['grade.pending'], { year: record.year }),
          citations,
        },
      ];
    const g = gradeYear(record);
    return [
      {
        name: 'tinh-x/meeting.grade',
        value: g.grade,
        label: render(t[ctx.locale]['grade.label'], {
          year: record.year,
          grade: t[ctx.locale][`grade.${g.grade}`],
          monthsMeetingMarks: g.monthsMeetingMarks,
        }),
        citations,
      },
      {
        name: 'tinh-x/meeting.monthsMeetingMarks',
        value: g.monthsMeetingMarks,
        label: `${g.monthsMeetingMarks}/12`,
        citations,
      },
    ];
  },
};
