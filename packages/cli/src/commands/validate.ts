import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CsvRosterWriter,
  maskIds,
  type RosterItem,
  RosterReadError,
  type RosterRun,
  rosterFormat,
  validateRoster,
  XlsxRosterWriter,
} from '@dieule/adapter-xlsx';
import type { CivilDate } from '@dieule/core/date';
import { LIBRARY, parameterAt, type RecordResult, type ReportMeta } from '@dieule/core/kernel';
import { loadEngine } from '../engine.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { asOfOption, collect, formatOption, localeOption } from '../options.js';
import { RosterAggregator } from '../report/aggregate.js';
import { basisLookup } from '../report/basis.js';
import { renderRosterHtml } from '../report/html.js';
import { JsonReportStream } from '../report/json-stream.js';
import { label, type ReportLabel } from '../report/labels.js';
import { createProgress } from '../report/progress.js';
import { MAX_RANKED, RosterRounds } from '../report/rounds.js';
import { renderRosterTable } from '../report/terminal.js';
import { type RegisterCommand, textsOf } from './context.js';

/** The derived facts the terminal and HTML reports (and the ranking rounds) read from a record's result. */
const REPORTED_FACTS = ['status', 'probationEnd', 'recognition', 'nextBadge', 'overdue'] as const;

interface ValidateOptions {
  asOf?: string;
  locale?: string;
  format?: string;
  out?: string;
  export?: string;
  plugin: string[];
  map: string[];
  sheet: string[];
  quiet?: boolean;
  threads?: boolean;
  facts?: boolean;
}

/**
 * `dieule validate <file>`: import a roster (.xlsx, .csv, .json, .ndjson), run the lifecycle and ranking rules and
 * the derived facts on every row, and report: a terminal summary, a JSON report (`dieule.report/1`, streamed) or a
 * self-contained HTML report; optionally export the roster annotated (.xlsx with highlighted cells, or .csv).
 */
export const registerValidate: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  program
    .command('validate')
    .description(t('validate.description'))
    .argument('<file>', t('validate.file'))
    .option('--as-of <date>', t('opt.asOf'))
    .option('--locale <vi|en>', t('validate.locale'), 'vi')
    .option('--format <table|json|html>', t('validate.format'), 'table')
    .option('--out <file.html>', t('validate.out'))
    .option('--export <file.xlsx|file.csv>', t('validate.export'))
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .option('--map <header=field>', t('validate.map'), collect, [])
    .option('--sheet <name>', t('validate.sheet'), collect, [])
    .option('--facts', t('validate.facts'))
    .option('--no-threads', t('validate.noThreads'))
    .option('--quiet', t('validate.quiet'))
    .action(async (file: string, opts: ValidateOptions) => {
      const io = ctx.io;
      const asOf = asOfOption(io, opts.asOf, ctx.locale) as CivilDate;
      const locale = localeOption(opts.locale);
      const format = formatOption(opts.format, ['table', 'json', 'html'] as const, 'table', ctx.locale);
      const path = resolve(io.cwd, file);
      const T = (k: ReportLabel, a?: Record<string, string | number>) => label(locale, k, a);
      if (!rosterFormat(path)) throw new UsageError(`${file}: ${new RosterReadError('unsupportedType').text(locale)}`);
      const mapping: Record<string, string> = {};
      for (const m of opts.map) {
        const eq = m.lastIndexOf('=');
        if (eq <= 0) throw new UsageError(T('err_map', { value: m }));
        mapping[m.slice(0, eq).trim()] = m.slice(eq + 1).trim();
      }
      const exportFmt = opts.export ? rosterFormat(opts.export) : undefined;
      if (opts.export && exportFmt !== 'xlsx' && exportFmt !== 'csv')
        throw new UsageError(T('err_export', { value: opts.export }));
      const engine = await loadEngine(io, opts.plugin, ctx.locale);
      const meta: ReportMeta = {
        library: { ...LIBRARY },
        ruleSetHash: engine.ruleSetHash,
        asOf,
        locale,
        plugins: engine.plugins(),
      };
      const agg = new RosterAggregator(asOf, label(locale, 'noOrganization'));
      const json =
        format === 'json'
          ? new JsonReportStream((t) => writeOut(io.stdout, t), meta, { facts: Boolean(opts.facts) })
          : undefined;
      const xlsxOut = exportFmt === 'xlsx' ? new XlsxRosterWriter(resolve(io.cwd, opts.export!), locale) : undefined;
      const csvOut = exportFmt === 'csv' ? new CsvRosterWriter(resolve(io.cwd, opts.export!), locale) : undefined;
      const progress = createProgress(io, Boolean(opts.quiet) || (format === 'json' && !io.stderr.isTTY), locale);
      const rounds = new RosterRounds();
      let rows = 0;
      let run: RosterRun;
      try {
        run = await validateRoster(path, {
          engine,
          asOf,
          locale,
          facts: true,
          mapping: mapping as never,
          ...(opts.sheet.length ? { sheets: opts.sheet } : {}),
          parallel: opts.plugin.length || opts.threads === false ? false : 'auto',
          // reports only (no export): workers send back what the reports read, facts only when JSON lists them
          ...(exportFmt ? {} : { compact: json && opts.facts ? {} : { facts: REPORTED_FACTS } }),
          onProgress: (b, t) => progress.update(b, t, rows),
          onItem: async (item: RosterItem, result: RecordResult | undefined) => {
            rows++;
            agg.add(item, result);
            rounds.add(item, result);
            if (json && result) {
              await json.issues(result.issues);
              json.facts(result.facts);
            }
            xlsxOut?.add(item, result);
            if (csvOut) await csvOut.add(item, result);
          },
        });
      } catch (e) {
        progress.stop();
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'ENOENT') throw new UsageError(T('err_missing', { file }));
        if (e instanceof UsageError) throw e;
        if (e instanceof RosterReadError) throw new UsageError(`${file}: ${e.text(locale)}`);
        throw new UsageError(T('err_read', { file, reason: maskIds(String(err.message ?? e)).slice(0, 120) }));
      }
      progress.stop();
      await xlsxOut?.finish();
      await csvOut?.finish();
      const quota = (year: number) => {
        const p = engine.parameters().find((x) => x.id === 'ranking.quota.excellentPercentOfGood');
        const v = p ? parameterAt(p, `${year}-12-31` as CivilDate) : undefined;
        return typeof v?.value === 'number' ? v.value : 20;
      };
      // the roster's ranking columns, judged as ranking rounds (one per cell and year) by the ranking rules
      const judged = rounds.judge(engine, { asOf, locale }, run.layouts);
      const summary = { ...run.summary, byRule: { ...run.summary.byRule } };
      for (const r of judged) {
        agg.addRoundIssues(r.issues, r.organization);
        if (json) await json.issues(r.issues);
        for (const i of r.issues) {
          if (i.severity === 'error') summary.errors++;
          else if (i.severity === 'warning') summary.warnings++;
          else summary.infos++;
          summary.byRule[i.ruleId] = (summary.byRule[i.ruleId] ?? 0) + 1;
        }
      }
      const notices = [...run.notices];
      if (rounds.overflow) notices.push({ code: 'rankingSkipped', sheet: '', detail: String(MAX_RANKED) });
      if (rounds.pointsUnjudged)
        notices.push({
          code: 'unjudged',
          sheet: '',
          detail: 'ranking.points.band',
          header: 'noColumn',
          column: 'points',
          row: rounds.pointsUnjudged,
        });
      run = { ...run, summary, notices };
      const digest = { ...agg.digest(run, meta, quota), file, basis: basisLookup(engine.catalogue(), locale) };
      const roster = {
        file: file,
        format: run.source.format,
        accounting: run.accounting,
        notices,
        threads: run.threads,
      };
      if (json) await json.finish(run.summary, roster);
      else if (format === 'html') await writeOut(io.stdout, renderRosterHtml(digest, locale));
      else await writeOut(io.stdout, renderRosterTable(digest, locale));
      if (opts.out) await writeFile(resolve(io.cwd, opts.out), renderRosterHtml(digest, locale), 'utf8');
      // never silent: a roster from which no member could be read is an error, not "clean"
      const acc = run.accounting;
      if (acc.records === 0) {
        const noHeader = run.notices.find((x) => x.code === 'noHeader');
        if (acc.rowsRead === 0) throw new UsageError(T('err_empty', { file }));
        const bad = acc.skippedByReason.unreadable ?? 0;
        if (bad > 0) {
          const first = notices.find((x) => x.code === 'rowProblem');
          throw new UsageError(T('err_unreadable', { file, rows: bad, first: first?.detail ?? '' }));
        }
        if (noHeader?.row)
          throw new UsageError(T('err_noHeaderBest', { file, row: noHeader.row, best: noHeader.detail ?? '' }));
        if (noHeader) throw new UsageError(T('err_noHeader', { file }));
        throw new UsageError(T('err_noMembers', { file, rows: acc.rowsRead }));
      }
      const unreadable = acc.skippedByReason.unreadable ?? 0;
      ctx.setExit(run.summary.errors > 0 || unreadable > 0 ? ExitCode.ISSUES : ExitCode.OK);
    });
};

async function writeOut(stream: { write(s: string): unknown }, text: string): Promise<void> {
  const ok = stream.write(text);
  if (ok === false && typeof (stream as NodeJS.WritableStream).once === 'function')
    await new Promise<void>((r) => (stream as NodeJS.WritableStream).once('drain', () => r()));
}
