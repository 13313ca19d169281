import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The calendar must stay importable alone: only civil dates, legal types and the kernel's calendar port (types). */
describe('calendar import boundaries', () => {
  it('imports only ../date, ../legal/types (types) and ../kernel/calendar-port (types); no JS Date', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/^import (type )?.*? from '([^']+)';$/gms)) {
        const [, isType, spec] = m as unknown as [string, string | undefined, string];
        const ok =
          spec.startsWith('./') ||
          spec.startsWith('../date/') ||
          (isType && (spec === '../legal/types.js' || spec === '../kernel/calendar-port.js'));
        expect([file, spec, ok]).toEqual([file, spec, true]);
      }
      expect([file, /new Date\(|Date\.now\(/.test(text)]).toEqual([file, false]);
    }
  });
});

describe('announced schedules from a data file', () => {
  it('a new year is loaded without a release of core; bad entries are reported, not half-used', async () => {
    const { readAnnouncedSchedules, createVietnameseCalendar } = await import('./index.js');
    const file = JSON.parse(
      JSON.stringify([
        {
          year: 2027,
          version: '2027.1',
          holidays: ['tet'],
          days: [
            { date: '2027-02-04', kind: 'compensatory', holiday: 'tet' },
            { date: '2027-02-05', kind: 'statutory', holiday: 'tet' },
            { date: '2027-02-08', kind: 'statutory', holiday: 'tet' },
            { date: '2027-02-09', kind: 'statutory', holiday: 'tet' },
            { date: '2027-02-10', kind: 'compensatory', holiday: 'tet' },
          ],
          sources: [{ title: 'test announcement' }],
          confidence: 'secondary',
        },
        {
          year: 2028,
          version: '1',
          holidays: ['tet'],
          days: [{ date: '2028-01-29', kind: 'make-up', holiday: 'tet' }],
        },
      ]),
    );
    const read = readAnnouncedSchedules(file);
    expect(read.schedules.map((s) => s.year)).toEqual([2027]);
    expect(read.problems).toEqual([
      '[1].sources: cite at least one announcement',
      '[1].confidence: unknown mark undefined',
    ]);
    const cal = createVietnameseCalendar({ schedules: read.schedules });
    expect(cal.holidays(2027).estimatedHolidays).not.toContain('tet');
    expect(cal.isWorkingDay('2027-02-04')).toBe(false);
  });
  it('2027 stays estimated until announced (Tết Đinh Mùi: mùng 1 = Saturday 6/2/2027)', async () => {
    const { vietnameseCalendar } = await import('./index.js');
    expect(vietnameseCalendar.holidays(2027).estimated).toBe(true);
    expect(vietnameseCalendar.holidays(2027).schedule).toBeNull();
  });
});
