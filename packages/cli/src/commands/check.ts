import { loadEngine } from '../engine.js';
import { ExitCode } from '../exit-codes.js';
import { readInput } from '../io.js';
import { asOfOption, collect, formatOption, localeOption } from '../options.js';
import { parseRecords } from '../records.js';
import { renderReportTable } from '../render.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

/** `dieule check <file|->`: validate JSON / NDJSON records and print the report. */
export const registerCheck: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  program
    .command('check')
    .description(t('check.description'))
    .argument('<file>', t('arg.records'))
    .option('--as-of <date>', t('opt.asOf'))
    .option('--locale <vi|en>', t('opt.locale'), 'vi')
    .option('--format <json|table>', t('opt.format'), 'table')
    .option('--facts', t('check.facts'))
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .action(
      async (
        file: string,
        opts: { asOf?: string; locale?: string; format?: string; facts?: boolean; plugin: string[] },
      ) => {
        const asOf = asOfOption(ctx.io, opts.asOf, ctx.locale);
        const locale = localeOption(opts.locale);
        const format = formatOption(opts.format, ['json', 'table'] as const, 'table', ctx.locale);
        const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
        const records = parseRecords(await readInput(ctx.io, file, ctx.locale), file, ctx.locale);
        const report = engine.validateSources(records, { asOf, locale, facts: Boolean(opts.facts) });
        if (format === 'json') printJson(ctx, report);
        else ctx.io.stdout.write(renderReportTable(report, locale));
        ctx.setExit(report.summary.errors > 0 ? ExitCode.ISSUES : ExitCode.OK);
      },
    );
};
