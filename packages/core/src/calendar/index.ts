/**
 * Vietnamese calendars: lunar calendar, holidays, working days, terms, retirement, schedules.
 * Importable alone: `@dieule/core/calendar` does not pull the rules engine.
 * @packageDocumentation
 */
export {
  monthsOfServiceLeft,
  type RetirementAge,
  type RetirementSex,
  requiredRetirementMonths,
  retirementAge,
} from './retirement.js';
export type {
  AnnouncedDay,
  AnnouncedYearSchedule,
  DayKind,
  HolidayId,
  ScheduleSource,
} from './schedule-types.js';
export {
  createVietnameseCalendar,
  type VietnameseCalendar,
  type VietnameseCalendarOptions,
  vietnameseCalendar,
} from './working-days.js';
