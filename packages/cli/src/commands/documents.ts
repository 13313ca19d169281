import { defaultRegistry } from '@dieule/core/legal';
import { loadEngine } from '../engine.js';
import { collect } from '../options.js';
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
    .action(async (opts: { json?: boolean; plugin: string[] }) => {
      const registry = opts.plugin.length
        ? (await loadEngine(ctx.io, opts.plugin, ctx.locale)).documents
        : defaultRegistry();
      const docs = registry.list();
      if (opts.json) return printJson(ctx, docs);
      for (const d of docs)
        ctx.io.stdout.write(
          `${d.id.padEnd(22)} ${d.number.padEnd(18)} ${d.signed ?? '?'.padEnd(10)}  ${d.effective.from ?? '?'}→${d.effective.to ?? '…'}  ${d.title.vi}\n`,
        );
    });
};
