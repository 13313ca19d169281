import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deadlineEvent, eventsToIcs, holidayEvents, termEvents } from '@dieule/adapter-ical';
import {
  type CalendarEvent,
  formatLunarDate,
  fromLunar,
  LUNAR_RANGE,
  lunarYearName,
  recurringSchedule,
  retirementAge,
  type TermBody,
  termAt,
  toLunar,
  vietnameseCalendar,
} from '@dieule/core/calendar';
import { type CivilDate, isCivilDate } from '@dieule/core/date';
import { UsageError } from '../exit-codes.js';
import { collect, localeOption } from '../options.js';
import { congressCalendarEvents } from './congress.js';
import { printJson, type RegisterCommand } from './context.js';

const date = (value: string, what: string): CivilDate => {
  if (!isCivilDate(value)) throw new UsageError(`${what} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
};

const integer = (value: string, what: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${what} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${what} must be between ${min} and ${max}, got ${n}`);
  return n;
};

const supportedYear = (value: string, what: string) => integer(value, what, LUNAR_RANGE.from, LUNAR_RANGE.to);

const inLunarRange = (d: CivilDate) => {
  const y = Number(d.slice(0, 4));
  if (y < LUNAR_RANGE.from || y > LUNAR_RANGE.to) {
    throw new UsageError(`dates must be in ${LUNAR_RANGE.from}–${LUNAR_RANGE.to}, got ${d}`);
  }
  return d;
};

const TERM_BODIES: readonly TermBody[] = [
  'national-congress',
  'provincial-committee',
  'commune-committee',
  'grassroots-committee',
  'cell',
  'national-assembly',
  'peoples-council',
];

/**
 * `dieule calendar …`: Vietnamese working days, lunar dates, holidays, retirement age and `.ics` export. The output
 * formats are a contract that scripts rely on (see docs/guides/calendar.md).
 */
export const registerCalendar: RegisterCommand = (program, ctx) => {
  const out = (s: string) => ctx.io.stdout.write(`${s}\n`);
  const cal = program
    .command('calendar')
    .description('Vietnamese working days, lunar calendar, holidays, retirement age, .ics export');

  cal
    .command('add-working-days')
    .description('Print the n-th working day strictly after a date (--json adds the days skipped and why)')
    .argument('<date>', 'YYYY-MM-DD')
    .argument('<n>', 'number of working days (negative counts backwards)')
    .option('--json', 'print JSON with the explanation')
    .action((d: string, n: string, opts: { json?: boolean }) => {
      const from = inLunarRange(date(d, 'date'));
      const e = vietnameseCalendar.explainAddWorkingDays(from, integer(n, 'n', -100_000, 100_000));
      if (opts.json) printJson(ctx, e);
      else out(e.date);
    });

  cal
    .command('is-working-day')
    .description('Print true or false')
    .argument('<date>', 'YYYY-MM-DD')
    .option('--json', 'print JSON with the reason')
    .action((d: string, opts: { json?: boolean }) => {
      const day = inLunarRange(date(d, 'date'));
      const working = vietnameseCalendar.isWorkingDay(day);
      if (opts.json) printJson(ctx, { date: day, workingDay: working, reason: vietnameseCalendar.dayOff(day) });
      else out(String(working));
    });

  cal
    .command('lunar')
    .description('Print the Vietnamese lunar date YYYY-MM-DD (lunar year, month, day), " leap" for a leap month')
    .argument('<date>', 'YYYY-MM-DD')
    .option('--json', 'print JSON')
    .action((d: string, opts: { json?: boolean }) => {
      const l = toLunar(inLunarRange(date(d, 'date')));
      if (opts.json) printJson(ctx, { ...l, yearName: lunarYearName(l.year), text: formatLunarDate(l) });
      else out(formatLunarDate(l));
    });

  cal
    .command('solar')
    .description('Convert a Vietnamese lunar date to YYYY-MM-DD')
    .argument('<year>', 'lunar year')
    .argument('<month>', '1–12')
    .argument('<day>', '1–30')
    .option('--leap', 'the leap month (tháng nhuận)')
    .action((y: string, m: string, d: string, opts: { leap?: boolean }) => {
      const r = fromLunar(supportedYear(y, 'year'), integer(m, 'month'), integer(d, 'day'), Boolean(opts.leap));
      if (!r.ok) throw new UsageError(r.detail);
      out(r.date);
    });

  cal
    .command('holidays')
    .description('List the days off of a year (statutory, compensatory, swap) and make-up working days')
    .argument('<year>', 'YYYY')
    .option('--json', 'print JSON')
    .option('--locale <vi|en>', 'language of the names', 'vi')
    .action((y: string, opts: { json?: boolean; locale?: string }) => {
      const h = vietnameseCalendar.holidays(supportedYear(y, 'year'));
      const locale = localeOption(opts.locale);
      if (opts.json) {
        return printJson(ctx, {
          year: h.year,
          regime: h.regime,
          estimated: h.estimated,
          estimatedHolidays: h.estimatedHolidays,
          schedule: h.schedule,
          days: h.days.map((d) => ({
            date: d.date,
            name: d.name[locale],
            holiday: d.holiday,
            kind: d.kind,
            estimated: d.estimated,
            citations: d.citations,
          })),
        });
      }
      for (const d of h.days) out(`${d.date}  ${d.kind.padEnd(12)} ${d.name[locale]}${d.estimated ? ' *' : ''}`);
      if (h.estimated) {
        out(
          locale === 'vi'
            ? '* ước tính theo quy định (chưa có lịch nghỉ được công bố)'
            : '* estimated by the statutory rule (no announced schedule)',
        );
      }
    });

  cal
    .command('retirement')
    .description('Normal retirement age by the NĐ 135/2020 roadmap')
    .argument('<birth>', 'birth date YYYY-MM-DD')
    .argument('<sex>', 'male or female')
    .option('--json', 'print JSON')
    .action((b: string, sex: string, opts: { json?: boolean }) => {
      if (sex !== 'male' && sex !== 'female') throw new UsageError(`sex must be male or female, got "${sex}"`);
      const r = retirementAge(date(b, 'birth date'), sex);
      if (opts.json) printJson(ctx, r);
      else out(`${r.age.years}y${r.age.months}m ${r.reachedOn} → pension from ${r.pensionFrom}`);
    });

  cal
    .command('term')
    .description('The term of a body in progress on a date: label, start, end, mid-term, penultimate year')
    .argument('<body>', TERM_BODIES.join(' | '))
    .argument('[date]', 'YYYY-MM-DD (default: today in Vietnam)')
    .option('--congress <YYYY-MM-DD>', 'a congress the body actually held (repeatable)', collect, [])
    .option('--cell-five-year-pilot', 'cells: the five-year pilot term of QĐ 294')
    .option('--json', 'print JSON')
    .action(
      (
        body: string,
        d: string | undefined,
        opts: { congress: string[]; cellFiveYearPilot?: boolean; json?: boolean },
      ) => {
        if (!TERM_BODIES.includes(body as TermBody)) throw new UsageError(`unknown body "${body}"`);
        const at = date(d ?? ctx.io.today(), 'date');
        const congresses = opts.congress.map((c) => ({ body: body as TermBody, date: date(c, '--congress') }));
        const t = termAt(body as TermBody, at, { congresses, cellFiveYearPilot: Boolean(opts.cellFiveYearPilot) });
        if (opts.json) printJson(ctx, t);
        else
          out(
            `${t.label} ${t.start}..${t.end} (${t.basis}) mid-term ${t.midTerm}, penultimate year ${t.penultimateYear}`,
          );
      },
    );

  cal
    .command('ics')
    .description('Write an .ics file: holidays, recurring schedules, terms and deadlines for a year')
    .requiredOption('--year <year>', 'YYYY')
    .option('--holidays', 'days off and make-up working days')
    .option('--schedule <cell|grassroots-committee>', 'recurring meetings and occasions of a body')
    .option('--term <body>', `term start, mid-term and end (${TERM_BODIES.join(', ')}; repeatable)`, collect, [])
    .option('--deadline <YYYY-MM-DD:title>', 'a deadline event (repeatable)', collect, [])
    .option(
      '--congress <file>',
      'congress records: opening, deadlines after it, next-congress window (repeatable)',
      collect,
      [],
    )
    .option('--meeting-day <day>', 'preferred day of the month for the cell meeting', '1')
    .option('--locale <vi|en>', 'language', 'vi')
    .option('-o, --out <file>', 'output file, or - for standard output', '-')
    .action(
      async (opts: {
        year: string;
        holidays?: boolean;
        schedule?: string;
        term: string[];
        deadline: string[];
        congress: string[];
        meetingDay: string;
        locale?: string;
        out: string;
      }) => {
        const year = supportedYear(opts.year, '--year');
        const locale = localeOption(opts.locale);
        const events: CalendarEvent[] = [];
        if (opts.holidays) events.push(...holidayEvents(vietnameseCalendar.holidays(year)));
        if (opts.schedule) {
          if (opts.schedule !== 'cell' && opts.schedule !== 'grassroots-committee') {
            throw new UsageError(`--schedule must be cell or grassroots-committee, got "${opts.schedule}"`);
          }
          const meetingDay = integer(opts.meetingDay, '--meeting-day', 1, 31);
          events.push(...recurringSchedule(year, opts.schedule, { calendar: vietnameseCalendar, meetingDay }));
        }
        for (const body of opts.term) {
          if (!TERM_BODIES.includes(body as TermBody)) throw new UsageError(`unknown --term body "${body}"`);
          events.push(...termEvents(termAt(body as TermBody, `${year}-07-01` as CivilDate)));
        }
        opts.deadline.forEach((spec, i) => {
          const m = /^(\d{4}-\d{2}-\d{2}):(.+)$/.exec(spec);
          if (!m) throw new UsageError(`--deadline must be YYYY-MM-DD:title, got "${spec}"`);
          const title = m[2] as string;
          events.push(
            deadlineEvent({
              id: `deadline-${i + 1}`,
              title: { vi: title, en: title },
              date: date(m[1] as string, '--deadline'),
              citations: [],
            }),
          );
        });
        events.push(...(await congressCalendarEvents(ctx.io, opts.congress)));
        if (events.length === 0)
          throw new UsageError('nothing to export: add --holidays, --schedule, --term, --deadline or --congress');
        const ics = eventsToIcs(events, { locale, name: `dieule ${year}` });
        if (opts.out === '-') ctx.io.stdout.write(ics);
        else {
          await writeFile(resolve(ctx.io.cwd, opts.out), ics, 'utf8');
          out(`${events.length} events → ${opts.out}`);
        }
      },
    );
};
