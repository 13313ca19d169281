/**
 * Civil dates (`YYYY-MM-DD`) with integer day arithmetic and a stated end-of-month policy.
 * @packageDocumentation
 */
export { addDays } from './add-days.js';
export { addMonths, type EndOfMonthPolicy } from './add-months.js';
export { addYears } from './add-years.js';
export {
  type CivilDate,
  civilDate,
  type DateParts,
  daysInMonth,
  fromDayNumber,
  isCivilDate,
  isLeapYear,
  toDayNumber,
  toParts,
} from './civil-date.js';
export { compareDates, isAfter, isBefore, isWithin, maxDate, minDate } from './compare.js';
export { completedMonths, completedPeriod, formatPeriod, type Period } from './completed-period.js';
export { dayOfWeek } from './day-of-week.js';
export { differenceInDays } from './difference-in-days.js';
export { type DateParseErrorCode, type DateParseResult, formatVietnamese, parseCivilDate } from './parse.js';
