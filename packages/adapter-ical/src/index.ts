/**
 * Export dieule deadlines, schedules, holidays and terms as iCalendar (`.ics`) through ical-generator. Every event
 * is all-day (civil dates; no time zone enters) and its description cites its legal basis and the rule version.
 * @packageDocumentation
 */

export { congressEvents } from './congress.js';
export {
  type DeadlineInput,
  deadlineEvent,
  holidayEvents,
  termEvents,
} from './events.js';
export { eventsToIcs, type IcsOptions } from './ics.js';
