import { describe, expectTypeOf, it } from 'vitest';
import type { CivilDate } from '../date/civil-date.js';
import type { WorkingDayCalendar } from '../kernel/calendar-port.js';
import {
  type AnnouncedYearSchedule,
  createVietnameseCalendar,
  fromLunar,
  type RetirementAge,
  retirementAge,
  vietnameseCalendar,
} from './index.js';

describe('calendar types', () => {
  it('the Vietnamese calendar fits the kernel port', () => {
    expectTypeOf(vietnameseCalendar).toMatchTypeOf<WorkingDayCalendar>();
    expectTypeOf(createVietnameseCalendar)
      .parameter(0)
      .toEqualTypeOf<{ readonly schedules?: readonly AnnouncedYearSchedule[] } | undefined>();
  });
  it('fromLunar narrows on ok', () => {
    const r = fromLunar(2025, 1, 1);
    if (r.ok) expectTypeOf(r.date).toEqualTypeOf<CivilDate>();
    else expectTypeOf(r.reason).toEqualTypeOf<'range' | 'month' | 'leap-month' | 'day'>();
  });
  it('retirementAge takes a sex literal and returns the contract shape', () => {
    expectTypeOf(retirementAge).parameter(1).toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<RetirementAge['age']>().toEqualTypeOf<{ readonly years: number; readonly months: number }>();
    // @ts-expect-error a free string is not a sex
    retirementAge('1970-01-01', 'x');
  });
});
