import { type CivilDate, civilDate, daysInMonth } from '../date/civil-date.js';
import type { WorkingDayCalendar } from '../kernel/calendar-port.js';
import type { Citation, Confidence, LocalizedText } from '../legal/types.js';

/** Kinds of recurring events. */
export type RecurringKind =
  | 'cell-meeting'
  | 'thematic-meeting'
  | 'committee-meeting'
  | 'annual-review'
  | 'badge-occasion'
  | 'anniversary';

/**
 * A computed calendar event (all-day, `start`–`end` inclusive) with its legal basis — the shape the iCalendar
 * adapter exports. Other families' deadlines (probation end, review deadline) can be expressed the same way.
 */
export interface CalendarEvent {
  /** Stable id, unique within a calendar (used as the iCalendar UID). */
  readonly id: string;
  readonly kind: string;
  readonly title: LocalizedText;
  readonly start: CivilDate;
  readonly end: CivilDate;
  readonly description?: LocalizedText;
  readonly citations: readonly Citation[];
  /** The rule (and its version) the event comes from, when it comes from one. */
  readonly rule?: { readonly id: string; readonly version: string };
  readonly confidence: Confidence;
}

/** Bodies for which a schedule is generated. */
export type ScheduleBody = 'cell' | 'grassroots-committee';

/** Options of {@link recurringSchedule}. */
export interface RecurringOptions {
  /**
   * Preferred day of the month for the regular cell meeting (default 1); the meeting is put on the first working
   * day on or after it.
   */
  readonly meetingDay?: number;
  /** Working-day calendar used to move meetings off days off (default: weekends only). */
  readonly calendar?: WorkingDayCalendar;
}

const RULE_VERSION = 'calendar.recurring@2025.1';

const firstWorkingOnOrAfter = (d: CivilDate, cal: WorkingDayCalendar | undefined): CivilDate => {
  if (!cal || cal.isWorkingDay(d)) return d;
  return cal.addWorkingDays(d, 1);
};

/**
 * The recurring events of a year for a cell or a grassroots committee: the monthly cell meeting (Charter Điều 24
 * khoản 2), one thematic meeting per quarter (CT 50-CT/TW mục 2, HD 12-HD/BTCTW 2018), the committee-wide meeting
 * twice a year (Charter Điều 22: mid-year and year-end), the annual review season (December), the four Party
 * badge occasions 3/2, 19/5, 2/9, 7/11 (HD 06-HD/TW điểm 18), the Party's founding day (3/2) and the organization
 * sector's day (14/10).
 * @example
 * recurringSchedule(2026, 'cell').filter((e) => e.kind === 'cell-meeting').length // 12
 */
export function recurringSchedule(year: number, body: ScheduleBody, options: RecurringOptions = {}): CalendarEvent[] {
  const cal = options.calendar;
  const meetingDay = options.meetingDay ?? 1;
  const events: CalendarEvent[] = [];
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (body === 'cell') {
    for (let m = 1; m <= 12; m++) {
      const d = firstWorkingOnOrAfter(civilDate(year, m, Math.min(meetingDay, daysInMonth(year, m))), cal);
      events.push({
        id: `cell-meeting-${year}-${p2(m)}`,
        kind: 'cell-meeting',
        title: { vi: `Sinh hoạt chi bộ định kỳ tháng ${m}/${year}`, en: `Regular cell meeting, ${year}-${p2(m)}` },
        start: d,
        end: d,
        description: {
          vi: 'Chi bộ họp thường lệ mỗi tháng một lần; thời lượng tối thiểu 90 phút.',
          en: 'The cell meets once a month; at least 90 minutes.',
        },
        citations: [{ document: 'dieu-le-2011', article: '24', clause: '2' }],
        rule: { id: 'calendar.cell-meeting', version: RULE_VERSION },
        confidence: 'verified',
      });
    }
    for (let q = 1; q <= 4; q++) {
      const first = civilDate(year, q * 3 - 2, 1);
      const last = civilDate(year, q * 3, daysInMonth(year, q * 3));
      events.push({
        id: `thematic-meeting-${year}-q${q}`,
        kind: 'thematic-meeting',
        title: { vi: `Sinh hoạt chuyên đề quý ${q}/${year}`, en: `Thematic meeting, Q${q} ${year}` },
        start: first,
        end: last,
        description: {
          vi: 'Ít nhất mỗi quý một lần, không thay thế sinh hoạt định kỳ.',
          en: 'At least once a quarter; does not replace the monthly meeting.',
        },
        citations: [{ document: 'ct-50-2025', section: 'mục 2' }],
        rule: { id: 'calendar.thematic-meeting', version: RULE_VERSION },
        confidence: 'verified',
      });
    }
  } else {
    for (const [half, month, vi, en] of [
      [1, 7, 'Hội nghị đảng bộ sơ kết 6 tháng đầu năm', 'Committee-wide mid-year meeting'],
      [2, 12, 'Hội nghị đảng bộ tổng kết công tác năm', 'Committee-wide year-end meeting'],
    ] as const) {
      events.push({
        id: `committee-meeting-${year}-h${half}`,
        kind: 'committee-meeting',
        title: { vi: `${vi} ${year}`, en: `${en} ${year}` },
        start: civilDate(year, month, 1),
        end: civilDate(year, month, daysInMonth(year, month)),
        citations: [{ document: 'dieu-le-2011', article: '22' }],
        rule: { id: 'calendar.committee-meeting', version: RULE_VERSION },
        confidence: 'verified',
      });
    }
  }
  events.push({
    id: `annual-review-${year}`,
    kind: 'annual-review',
    title: {
      vi: `Kiểm điểm, đánh giá, xếp loại chất lượng năm ${year}`,
      en: `Annual review and quality ranking ${year}`,
    },
    start: civilDate(year, 12, 1),
    end: civilDate(year, 12, 31),
    citations: [{ document: year >= 2025 ? 'qd-366-2025' : year >= 2023 ? 'qd-124-2023' : 'hd-21-2019' }],
    rule: { id: 'calendar.annual-review', version: RULE_VERSION },
    confidence: 'recalled',
  });
  for (const [m, d, vi, en] of [
    [2, 3, 'Ngày thành lập Đảng (3/2)', 'Founding of the Party (3 February)'],
    [5, 19, 'Ngày sinh Chủ tịch Hồ Chí Minh (19/5)', "President Hồ Chí Minh's birthday (19 May)"],
    [9, 2, 'Quốc khánh (2/9)', 'National Day (2 September)'],
    [11, 7, 'Cách mạng Tháng Mười Nga (7/11)', 'October Revolution (7 November)'],
  ] as const) {
    events.push({
      id: `badge-occasion-${year}-${p2(m)}-${p2(d)}`,
      kind: 'badge-occasion',
      title: { vi: `Dịp trao Huy hiệu Đảng: ${vi}`, en: `Party badge occasion: ${en}` },
      start: civilDate(year, m, d),
      end: civilDate(year, m, d),
      citations: [{ document: year >= 2025 ? 'hd-06-2025' : 'hd-01-2021', point: '18' }],
      rule: { id: 'calendar.badge-occasion', version: RULE_VERSION },
      confidence: 'verified',
    });
  }
  events.push(
    {
      id: `anniversary-${year}-02-03`,
      kind: 'anniversary',
      title: {
        vi: `Kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930)`,
        en: 'Anniversary of the founding of the Communist Party of Vietnam (3 February 1930)',
      },
      start: civilDate(year, 2, 3),
      end: civilDate(year, 2, 3),
      citations: [{ document: 'dieu-le-2011' }],
      confidence: 'verified',
    },
    {
      id: `anniversary-${year}-10-14`,
      kind: 'anniversary',
      title: {
        vi: 'Ngày truyền thống ngành Tổ chức xây dựng Đảng (14/10/1930)',
        en: 'Day of the Party organization sector (14 October 1930)',
      },
      start: civilDate(year, 10, 14),
      end: civilDate(year, 10, 14),
      citations: [],
      confidence: 'recalled',
    },
  );
  return events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}
