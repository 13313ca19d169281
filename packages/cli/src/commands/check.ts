import { collect } from '../options.js';
import { type CheckOptions, runCheck } from './check-shell.js';
import { type RegisterCommand, textsOf } from './context.js';

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
    .action((file: string, opts: CheckOptions) => runCheck(ctx, file, opts, { facts: 'on request' }));
};
