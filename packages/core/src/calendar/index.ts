/**
 * Vietnamese calendars: lunar calendar, holidays, working days, terms, retirement, schedules.
 * Importable alone: `@dieule/core/calendar` does not pull the rules engine.
 * @packageDocumentation
 */
export { announcedSchedules } from './announced.js';
export {
  estimatedHolidayDays,
  HOLIDAY_NAMES,
  type HolidayDay,
  type HolidayRegime,
  holidayRegime,
  isWeeklyRest,
} from './holiday-rules.js';
export {
  type FromLunarResult,
  formatLunarDate,
  fromLunar,
  LUNAR_RANGE,
  type LunarDate,
  lastDayOfLunarYear,
  leapMonthOf,
  lunarFromDayNumber,
  lunarMonthLength,
  lunarYearName,
  tetDate,
  toLunar,
} from './lunar.js';
export { type CalendarPeriod, civilPeriodEnd, type PeriodEnd } from './periods.js';
export {
  type CalendarEvent,
  type RecurringKind,
  type RecurringOptions,
  recurringSchedule,
  type ScheduleBody,
} from './recurring.js';
export {
  monthsOfServiceLeft,
  type RetirementAge,
  type RetirementSex,
  requiredRetirementMonths,
  retirementAge,
} from './retirement.js';
export { checkAnnouncedSchedule, type ReadSchedules, readAnnouncedSchedules } from './schedule-check.js';
export type {
  AnnouncedDay,
  AnnouncedYearSchedule,
  DayKind,
  HolidayId,
  ScheduleSource,
} from './schedule-types.js';
export {
  type ServiceWindow,
  type ServiceWindowInput,
  type ServiceWindowKind,
  serviceWindow,
} from './service-windows.js';
export {
  type HeldCongress,
  type PlanningTerms,
  planningTermsAt,
  type Term,
  type TermBody,
  type TermOptions,
  termAt,
} from './terms.js';
export {
  createVietnameseCalendar,
  type DayOffReason,
  type SkippedDay,
  type VietnameseCalendar,
  type VietnameseCalendarOptions,
  vietnameseCalendar,
  type WorkingDaysExplanation,
  type YearHolidays,
} from './working-days.js';
