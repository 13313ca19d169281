import { addMonths } from '../date/add-months.js';
import type { CivilDate } from '../date/civil-date.js';
import type { WorkingDayCalendar } from '../kernel/calendar-port.js';
import { parameterAt } from '../kernel/parameter.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';
import type { Congress } from './model/congress.js';
import { congressLevelOn } from './model/organization.js';
import { afterCongressWorkingDays, congressCycle } from './parameters.js';

/** One deadline after a congress, for worklists and calendars. */
export interface CongressDeadline {
  readonly id: 'report' | 'approval' | 'handover';
  readonly title: LocalizedText;
  /** The day the period runs from (closing day, or the day of the report). */
  readonly from: CivilDate;
  readonly due: CivilDate;
  readonly workingDays: number;
  /** The day it was done, when the record says so. */
  readonly doneOn?: CivilDate;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

/** The day a congress closed (its opening day when no closing day is given). */
export const closingDay = (c: Pick<Congress, 'openedOn' | 'closedOn'>): CivilDate => c.closedOn ?? c.openedOn;

/**
 * The deadlines after a congress (QĐ 294 points 15.2 and 16.1): results reported to the superior committee within
 * 7 working days of the closing; the superior approves within 15 working days of the report (when there is no
 * complaint); the old and new committees hand over within 15 working days of the closing. Empty for congresses
 * that closed before 1/7/2025 (no earlier figure is encoded).
 * @example
 * congressDeadlines({ openedOn: '2025-09-10', closedOn: '2025-09-11', reportedOn: '2025-09-15' }, vietnameseCalendar).map((d) => d.due) // ['2025-09-22', '2025-10-06', '2025-10-02']
 */
export function congressDeadlines(
  c: Pick<Congress, 'openedOn' | 'closedOn' | 'reportedOn' | 'approvedOn' | 'handedOverOn' | 'complaints'>,
  calendar: WorkingDayCalendar,
): CongressDeadline[] {
  const closed = closingDay(c);
  const p = parameterAt(afterCongressWorkingDays, closed);
  if (!p) return [];
  const base = { citations: p.citations, confidence: p.confidence };
  const out: CongressDeadline[] = [
    {
      ...base,
      id: 'report',
      title: { vi: 'Báo cáo kết quả đại hội lên cấp ủy cấp trên', en: 'Report the results to the superior committee' },
      from: closed,
      due: calendar.addWorkingDays(closed, p.value.report),
      workingDays: p.value.report,
      ...(c.reportedOn ? { doneOn: c.reportedOn } : {}),
    },
  ];
  if (c.reportedOn && !c.complaints)
    out.push({
      ...base,
      id: 'approval',
      title: { vi: 'Cấp trên chuẩn y kết quả bầu cử', en: 'Superior approves the election results' },
      from: c.reportedOn,
      due: calendar.addWorkingDays(c.reportedOn, p.value.approval),
      workingDays: p.value.approval,
      ...(c.approvedOn ? { doneOn: c.approvedOn } : {}),
    });
  out.push({
    ...base,
    id: 'handover',
    title: { vi: 'Bàn giao giữa cấp ủy khóa cũ và khóa mới', en: 'Handover from the old committee to the new one' },
    from: closed,
    due: calendar.addWorkingDays(closed, p.value.handover),
    workingDays: p.value.handover,
    ...(c.handedOverOn ? { doneOn: c.handedOverOn } : {}),
  });
  return out;
}

/** When the next congress falls due: the nominal day and the earliest and latest days allowed. */
export interface NextCongressWindow {
  readonly nominal: CivilDate;
  readonly earliest: CivilDate;
  readonly latest: CivilDate;
  readonly termMonths: number;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
}

/**
 * The window of the next congress of the same organization, by the cycle of its level on the opening day (the
 * five-year pilot when the congress opened a pilot term). Null when no cycle is known.
 * @example
 * nextCongressWindow({ organization: { id: 'C', type: 'cell' }, openedOn: '2025-03-10' })?.nominal // '2027-09-10'
 */
export function nextCongressWindow(
  c: Pick<Congress, 'organization' | 'openedOn' | 'pilotFiveYearTerm'>,
): NextCongressWindow | null {
  const p = parameterAt(congressCycle, c.openedOn);
  if (!p) return null;
  const lvl = congressLevelOn(c.organization, c.openedOn);
  const cycle = lvl.level === 'cell' && c.pilotFiveYearTerm ? p.value.cellPilot : p.value[lvl.level];
  if (!cycle) return null;
  return {
    nominal: addMonths(c.openedOn, cycle.termMonths),
    earliest: addMonths(c.openedOn, cycle.termMonths - cycle.toleranceMonths),
    latest: addMonths(c.openedOn, cycle.termMonths + cycle.toleranceMonths),
    termMonths: cycle.termMonths,
    citations: [...lvl.citations, ...p.citations],
    confidence: lvl.confidence === 'verified' ? p.confidence : lvl.confidence,
  };
}
