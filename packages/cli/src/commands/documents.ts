import { dmy } from '@dieule/core/congress';
import { defaultRegistry } from '@dieule/core/legal';
import { loadEngine } from '../engine.js';
import { collect, localeOption } from '../options.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

/** `dieule documents [--json]`: the legal-source registry. */
export const registerDocuments: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  program
    .command('documents')
    .description(t('documents.description'))
    .option('--json', t('opt.json'))
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .option('--locale <vi|en>', t('opt.locale'), 'vi')
    .action(async (opts: { json?: boolean; plugin: string[]; locale?: string }) => {
      const locale = localeOption(opts.locale);
      const registry = opts.plugin.length
        ? (await loadEngine(ctx.io, opts.plugin, ctx.locale)).documents
        : defaultRegistry();
      const docs = registry.list();
      if (opts.json) return printJson(ctx, docs);
      for (const d of docs)
        ctx.io.stdout.write(
          `${d.id.padEnd(22)} ${d.number.padEnd(18)} ${(d.signed ? dmy(d.signed) : '?').padEnd(10)}  ${d.effective.from ? dmy(d.effective.from) : '?'} → ${d.effective.to ? dmy(d.effective.to) : '…'}  ${d.title[locale] || d.title.vi}\n`,
        );
    });
};
