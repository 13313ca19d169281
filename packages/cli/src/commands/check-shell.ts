import type { Report, SourceRecord } from '@dieule/core/kernel';
import type { Command } from 'commander';
import { loadEngine } from '../engine.js';
import { ExitCode } from '../exit-codes.js';
import { readInput } from '../io.js';
import { asOfOption, collect, formatOption, localeOption } from '../options.js';
import { parseRecords } from '../records.js';
import { renderReportTable } from '../render.js';
import { type CommandContext, printJson, textsOf } from './context.js';

/** The options every `… check <file>` command takes. */
export interface CheckOptions {
  asOf?: string;
  locale?: string;
  format?: string;
  facts?: boolean;
  plugin: string[];
}

/** What differs between the `… check <file>` commands. */
export interface CheckShell {
  /** Derived facts in the report: always, or only when `--facts` asks. */
  readonly facts: 'always' | 'on request';
  /** Throws a usage error when the file holds none of the records the command is for. */
  readonly guard?: (records: readonly SourceRecord[], file: string) => void;
  /** Text printed after the issue table in table mode (the command's own view of the report). */
  readonly after?: (report: Report, locale: 'vi' | 'en') => string;
}

/** Adds `--as-of`, `--locale`, `--format` and `--plugin` (in the order the check commands show them). */
export function checkOptions(cmd: Command, ctx: CommandContext): Command {
  const t = textsOf(ctx);
  return cmd
    .option('--as-of <date>', t('opt.asOf'))
    .option('--locale <vi|en>', t('opt.locale'), 'vi')
    .option('--format <json|table>', t('opt.format'), 'table')
    .option('--plugin <module>', t('opt.plugin'), collect, []);
}

/**
 * The shell shared by `dieule check`, `congress check` and `ranking check`: read the options, load the engine and the
 * records, validate them all (none is dropped), print the report as JSON or a table, and exit 1 when it has errors.
 */
export async function runCheck(ctx: CommandContext, file: string, opts: CheckOptions, shell: CheckShell) {
  const asOf = asOfOption(ctx.io, opts.asOf, ctx.locale);
  const locale = localeOption(opts.locale);
  const format = formatOption(opts.format, ['json', 'table'] as const, 'table', ctx.locale);
  const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
  const records = parseRecords(await readInput(ctx.io, file, ctx.locale), file, ctx.locale);
  shell.guard?.(records, file);
  const facts = shell.facts === 'always' || Boolean(opts.facts);
  const report = engine.validateSources(records, { asOf, locale, facts });
  if (format === 'json') printJson(ctx, report);
  else ctx.io.stdout.write(renderReportTable(report, locale) + (shell.after?.(report, locale) ?? ''));
  ctx.setExit(report.summary.errors > 0 ? ExitCode.ISSUES : ExitCode.OK);
}
