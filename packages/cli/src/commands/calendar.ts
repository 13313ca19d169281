import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deadlineEvent, eventsToIcs, holidayEvents, termEvents } from '@dieule/adapter-ical';
import {
  type CalendarEvent,
  formatLunarDate,
  fromLunar,
  LUNAR_RANGE,
  lunarMonthLength,
  lunarYearName,
  recurringSchedule,
  retirementAge,
  type TermBody,
  termAt,
  toLunar,
  vietnameseCalendar,
} from '@dieule/core/calendar';
import { dmy } from '@dieule/core/congress';
import { type CivilDate, isCivilDate } from '@dieule/core/date';
import { UsageError } from '../exit-codes.js';
import { type CliKey, cliText } from '../i18n/index.js';
import { collect, localeOption } from '../options.js';
import { congressCalendarEvents } from './congress.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

/** The language of this command line's error lines, set when the command registers. */
let locale: 'vi' | 'en' = 'vi';
/** What a value is, in words: a key of the locale files, or an option name (`--year`) as typed. */
type What = `calendar.what.${string}` | `--${string}`;
const what = (w: What) => (w.startsWith('--') ? w : cliText(locale, w as CliKey));

const date = (value: string, w: What): CivilDate => {
  if (!isCivilDate(value)) throw new UsageError(cliText(locale, 'calendar.errDate', { what: what(w), value }));
  return value;
};

const integer = (value: string, w: What, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
  if (!/^-?\d+$/.test(value)) throw new UsageError(cliText(locale, 'calendar.errInteger', { what: what(w), value }));
  const n = Number(value);
  if (n < min || n > max)
    throw new UsageError(cliText(locale, 'calendar.errBetween', { what: what(w), min, max, value: n }));
  return n;
};

const supportedYear = (value: string, w: What) => integer(value, w, LUNAR_RANGE.from, LUNAR_RANGE.to);

const inLunarRange = (d: CivilDate) => {
  const y = Number(d.slice(0, 4));
  if (y < LUNAR_RANGE.from || y > LUNAR_RANGE.to) {
    throw new UsageError(
      cliText(locale, 'calendar.errLunarRange', { from: LUNAR_RANGE.from, to: LUNAR_RANGE.to, value: d }),
    );
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
  const t = textsOf(ctx);
  locale = ctx.locale ?? 'vi';
  const bodies = TERM_BODIES.join(', ');
  const cal = program.command('calendar').description(t('calendar.description'));

  cal
    .command('add-working-days')
    .description(t('calendar.addWorkingDays'))
    .argument('<date>', t('calendar.date'))
    .argument('<n>', t('calendar.n'))
    .option('--json', t('calendar.explainJson'))
    .action((d: string, n: string, opts: { json?: boolean }) => {
      const from = inLunarRange(date(d, 'calendar.what.date'));
      const e = vietnameseCalendar.explainAddWorkingDays(from, integer(n, 'calendar.what.n', -100_000, 100_000));
      if (opts.json) printJson(ctx, e);
      else out(dmy(e.date));
    });

  cal
    .command('is-working-day')
    .description(t('calendar.isWorkingDay'))
    .argument('<date>', t('calendar.date'))
    .option('--json', t('calendar.reasonJson'))
    .action((d: string, opts: { json?: boolean }) => {
      const day = inLunarRange(date(d, 'calendar.what.date'));
      const working = vietnameseCalendar.isWorkingDay(day);
      if (opts.json) printJson(ctx, { date: day, workingDay: working, reason: vietnameseCalendar.dayOff(day) });
      else out(t(working ? 'calendar.out.workingDay' : 'calendar.out.dayOff', { date: dmy(day) }));
    });

  cal
    .command('lunar')
    .description(t('calendar.lunar'))
    .argument('<date>', t('calendar.date'))
    .option('--json', t('opt.json'))
    .action((d: string, opts: { json?: boolean }) => {
      const l = toLunar(inLunarRange(date(d, 'calendar.what.date')));
      if (opts.json) printJson(ctx, { ...l, yearName: lunarYearName(l.year), text: formatLunarDate(l) });
      else {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const date = `${p2(l.day)}/${p2(l.month)}/${String(l.year).padStart(4, '0')}`;
        out(t(l.leap ? 'calendar.out.lunarLeap' : 'calendar.out.lunar', { date, yearName: lunarYearName(l.year) }));
      }
    });

  cal
    .command('solar')
    .description(t('calendar.solar'))
    .argument('<year>', t('calendar.lunarYear'))
    .argument('<month>', t('calendar.month'))
    .argument('<day>', t('calendar.day'))
    .option('--leap', t('calendar.leap'))
    .action((y: string, m: string, d: string, opts: { leap?: boolean }) => {
      const year = supportedYear(y, 'calendar.what.year');
      const month = integer(m, 'calendar.what.month');
      const leap = Boolean(opts.leap);
      const r = fromLunar(year, month, integer(d, 'calendar.what.day'), leap);
      if (!r.ok) {
        const length = r.reason === 'day' ? (lunarMonthLength(year, month, leap) ?? '?') : '?';
        throw new UsageError(
          t(`calendar.errLunar.${r.reason}`, {
            year,
            month,
            from: LUNAR_RANGE.from,
            to: LUNAR_RANGE.to,
            length,
            leap: leap ? t('calendar.errLunar.leapWord') : '',
          }),
        );
      }
      out(dmy(r.date));
    });

  cal
    .command('holidays')
    .description(t('calendar.holidays'))
    .argument('<year>', t('calendar.year'))
    .option('--json', t('opt.json'))
    .option('--locale <vi|en>', t('calendar.namesLocale'), 'vi')
    .action((y: string, opts: { json?: boolean; locale?: string }) => {
      const h = vietnameseCalendar.holidays(supportedYear(y, 'calendar.what.year'));
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
      const say = (key: CliKey) => cliText(locale, key);
      for (const d of h.days)
        out(
          `${dmy(d.date)}  ${say(`calendar.out.kind.${d.kind}`).padEnd(12)} ${d.name[locale]}${d.estimated ? ' *' : ''}`,
        );
      if (h.estimated) out(say('calendar.out.estimated'));
    });

  cal
    .command('retirement')
    .description(t('calendar.retirement'))
    .argument('<birth>', t('calendar.birth'))
    .argument('<sex>', t('calendar.sex'))
    .option('--json', t('opt.json'))
    .action((b: string, sex: string, opts: { json?: boolean }) => {
      if (sex !== 'male' && sex !== 'female') throw new UsageError(t('calendar.errSex', { value: sex }));
      const r = retirementAge(date(b, 'calendar.what.birth'), sex);
      if (opts.json) printJson(ctx, r);
      else
        out(
          t('calendar.out.retirement', {
            years: r.age.years,
            months: r.age.months,
            reachedOn: dmy(r.reachedOn),
            pensionFrom: dmy(r.pensionFrom),
          }),
        );
    });

  cal
    .command('term')
    .description(t('calendar.term'))
    .argument('<body>', TERM_BODIES.join(' | '))
    .argument('[date]', t('calendar.termDate'))
    .option('--congress <YYYY-MM-DD>', t('calendar.congressHeld'), collect, [])
    .option('--cell-five-year-pilot', t('calendar.cellPilot'))
    .option('--json', t('opt.json'))
    .action(
      (
        body: string,
        d: string | undefined,
        opts: { congress: string[]; cellFiveYearPilot?: boolean; json?: boolean },
      ) => {
        if (!TERM_BODIES.includes(body as TermBody))
          throw new UsageError(t('calendar.errBody', { value: body, bodies }));
        const at = date(d ?? ctx.io.today(), 'calendar.what.date');
        const congresses = opts.congress.map((c) => ({ body: body as TermBody, date: date(c, '--congress') }));
        const term = termAt(body as TermBody, at, {
          congresses,
          cellFiveYearPilot: Boolean(opts.cellFiveYearPilot),
        });
        if (opts.json) printJson(ctx, term);
        else
          out(
            t('calendar.out.term', {
              label: term.label,
              start: dmy(term.start),
              end: dmy(term.end),
              basis: t(`calendar.out.basis.${term.basis}`),
              midTerm: dmy(term.midTerm),
              penultimateYear: term.penultimateYear,
            }),
          );
      },
    );

  cal
    .command('ics')
    .description(t('calendar.ics'))
    .requiredOption('--year <year>', t('calendar.year'))
    .option('--holidays', t('calendar.icsHolidays'))
    .option('--schedule <cell|grassroots-committee>', t('calendar.icsSchedule'))
    .option('--term <body>', t('calendar.icsTerm', { bodies }), collect, [])
    .option('--deadline <YYYY-MM-DD:title>', t('calendar.icsDeadline'), collect, [])
    .option('--congress <file>', t('calendar.icsCongress'), collect, [])
    .option('--meeting-day <day>', t('calendar.icsMeetingDay'), '1')
    .option('--locale <vi|en>', t('calendar.icsLocale'), 'vi')
    .option('-o, --out <file>', t('calendar.icsOut'), '-')
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
            throw new UsageError(t('calendar.errSchedule', { value: opts.schedule }));
          }
          const meetingDay = integer(opts.meetingDay, '--meeting-day', 1, 31);
          events.push(...recurringSchedule(year, opts.schedule, { calendar: vietnameseCalendar, meetingDay }));
        }
        for (const body of opts.term) {
          if (!TERM_BODIES.includes(body as TermBody))
            throw new UsageError(`--term: ${t('calendar.errBody', { value: body, bodies })}`);
          events.push(...termEvents(termAt(body as TermBody, `${year}-07-01` as CivilDate)));
        }
        opts.deadline.forEach((spec, i) => {
          const m = /^(\d{4}-\d{2}-\d{2}):(.+)$/.exec(spec);
          if (!m) throw new UsageError(t('calendar.errDeadline', { value: spec }));
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
        events.push(...(await congressCalendarEvents(ctx.io, opts.congress, ctx.locale)));
        if (events.length === 0) throw new UsageError(t('calendar.errNothing'));
        const ics = eventsToIcs(events, { locale, name: `dieule ${year}` });
        if (opts.out === '-') ctx.io.stdout.write(ics);
        else {
          await writeFile(resolve(ctx.io.cwd, opts.out), ics, 'utf8');
          out(t('calendar.out.written', { n: events.length, file: opts.out }));
        }
      },
    );
};
