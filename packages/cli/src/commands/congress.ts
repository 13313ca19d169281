import { congressEvents } from '@dieule/adapter-ical';
import { type CalendarEvent, vietnameseCalendar } from '@dieule/core/calendar';
import { congressSchema, dmy } from '@dieule/core/congress';
import type { DerivedFact, Report } from '@dieule/core/kernel';
import { UsageError } from '../exit-codes.js';
import { cliText } from '../i18n/index.js';
import type { Io } from '../io.js';
import { readInput } from '../io.js';
import { parseRecords } from '../records.js';
import { type CheckOptions, checkOptions, runCheck } from './check-shell.js';
import { type RegisterCommand, textsOf } from './context.js';

const KINDS = new Set(['congress', 'personnelPlan']);

/**
 * `dieule congress check <file>`: validates congresses and personnel plans with the same report contract as
 * `dieule check` (JSON: the report, with derived facts), and in table mode adds each congress's timeline: its
 * level, the total its elections are judged against, the deadlines after it and the window of the next congress.
 */
export const registerCongress: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  const congress = program.command('congress').description(t('congress.description'));
  checkOptions(
    congress.command('check').description(t('congress.check.description')).argument('<file>', t('congress.check.file')),
    ctx,
  ).action((file: string, opts: CheckOptions) =>
    runCheck(ctx, file, opts, {
      facts: 'always',
      // every record is validated (none is dropped): other kinds get their own rules, as with `dieule check`
      guard: (records) => {
        if (!records.some((r) => KINDS.has((r.value as { kind?: unknown } | null)?.kind as string)))
          throw new UsageError(t('congress.noRecords', { file }));
      },
      after: renderTimelines,
    }),
  );
};

/** The timeline of every congress in a report (from its derived facts). */
export function renderTimelines(report: Report, locale: 'vi' | 'en'): string {
  const byRecord = new Map<string | number, Map<string, DerivedFact>>();
  for (const f of report.facts ?? []) {
    if (!f.name.startsWith('congress.')) continue;
    const m = byRecord.get(f.record) ?? new Map<string, DerivedFact>();
    m.set(f.name, f);
    byRecord.set(f.record, m);
  }
  const vi = locale === 'vi';
  const lines: string[] = [];
  for (const [record, facts] of byRecord) {
    const level = facts.get('congress.level');
    if (!level) continue;
    const base = facts.get('congress.electionBase');
    lines.push('', `${vi ? 'Đại hội' : 'Congress'} ${record} — ${level.label}`);
    if (base) lines.push(`  ${base.label}: ${String(base.value)}`);
    const next = facts.get('congress.nextWindow')?.value as
      | { nominal: string; earliest: string; latest: string }
      | undefined;
    if (next)
      lines.push(
        vi
          ? `  Đại hội nhiệm kỳ sau: ${dmy(next.nominal)} (sớm nhất ${dmy(next.earliest)}, muộn nhất ${dmy(next.latest)})`
          : `  Next congress: ${dmy(next.nominal)} (earliest ${dmy(next.earliest)}, latest ${dmy(next.latest)})`,
      );
    const deadlines = (facts.get('congress.deadlines')?.value ?? []) as {
      id: 'report' | 'approval' | 'handover';
      due: string;
      doneOn: string | null;
    }[];
    for (const d of deadlines) {
      const name = DEADLINE_NAMES[d.id][vi ? 0 : 1];
      const done = d.doneOn ? (vi ? ` (đã thực hiện ${dmy(d.doneOn)})` : ` (done ${dmy(d.doneOn)})`) : '';
      lines.push(`  ${name}: ${dmy(d.due)}${done}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const DEADLINE_NAMES = {
  report: ['Hạn báo cáo kết quả đại hội', 'Results report due'],
  approval: ['Hạn chuẩn y kết quả bầu cử', 'Approval due'],
  handover: ['Hạn bàn giao cấp ủy', 'Handover due'],
} as const;

/**
 * The events of every congress in `files` for `dieule calendar ics --congress`. Every record must be a valid
 * congress: a bad one is a usage error naming the record and the field, never skipped.
 */
export async function congressCalendarEvents(
  io: Io,
  files: readonly string[],
  locale: 'vi' | 'en' = 'vi',
): Promise<CalendarEvent[]> {
  const events: CalendarEvent[] = [];
  for (const file of files) {
    const records = parseRecords(await readInput(io, file, locale), file, locale);
    records.forEach((r, i) => {
      const parsed = congressSchema.safeParse(r.value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'kind';
        throw new UsageError(
          cliText(locale, 'congress.invalid', { file, n: i + 1, where, detail: issue?.message ?? '—' }),
        );
      }
      events.push(...congressEvents(parsed.data, vietnameseCalendar));
    });
  }
  return events;
}
