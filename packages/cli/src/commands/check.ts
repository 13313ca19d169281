import { loadEngine } from '../engine.js';
import { ExitCode } from '../exit-codes.js';
import { readInput } from '../io.js';
import { asOfOption, collect, formatOption, localeOption } from '../options.js';
import { parseRecords } from '../records.js';
import { renderReportTable } from '../render.js';
import { printJson, type RegisterCommand } from './context.js';

/** `dieule check <file|->`: validate JSON / NDJSON records and print the report. */
export const registerCheck: RegisterCommand = (program, ctx) => {
  program
    .command('check')
    .description('Validate JSON or NDJSON records (members, ranking rounds, ballots, plans, appointments)')
    .argument('<file>', 'a .json or .ndjson file, or - for standard input')
    .option('--as-of <date>', 'reporting date YYYY-MM-DD (default: today in Vietnam)')
    .option('--locale <vi|en>', 'message language', 'vi')
    .option('--format <json|table>', 'output format', 'table')
    .option('--facts', 'include derived facts in the report')
    .option('--plugin <module>', 'load a plugin (repeatable)', collect, [])
    .action(
      async (
        file: string,
        opts: { asOf?: string; locale?: string; format?: string; facts?: boolean; plugin: string[] },
      ) => {
        const asOf = asOfOption(ctx.io, opts.asOf);
        const locale = localeOption(opts.locale);
        const format = formatOption(opts.format, ['json', 'table'] as const, 'table');
        const engine = await loadEngine(ctx.io, opts.plugin);
        const records = parseRecords(await readInput(ctx.io, file), file);
        const report = engine.validateSources(records, { asOf, locale, facts: Boolean(opts.facts) });
        if (format === 'json') printJson(ctx, report);
        else ctx.io.stdout.write(renderReportTable(report, locale));
        ctx.setExit(report.summary.errors > 0 ? ExitCode.ISSUES : ExitCode.OK);
      },
    );
};
