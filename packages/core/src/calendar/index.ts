/**
 * Vietnamese calendars: lunar calendar, holidays, working days, terms, retirement, schedules.
 * Importable alone: `@dieule/core/calendar` does not pull the rules engine.
 * @packageDocumentation
 */
export { weekendOnlyCalendar as vietnameseCalendar } from '../kernel/calendar-port.js';
