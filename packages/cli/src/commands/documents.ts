import { defaultRegistry } from '@dieule/core/legal';
import { loadEngine } from '../engine.js';
import { collect } from '../options.js';
import { printJson, type RegisterCommand } from './context.js';

/** `dieule documents [--json]`: the legal-source registry. */
export const registerDocuments: RegisterCommand = (program, ctx) => {
  program
    .command('documents')
    .description('List the legal documents the rules cite (number, issuer, dates, lineage)')
    .option('--json', 'print JSON')
    .option('--plugin <module>', 'load a plugin (repeatable)', collect, [])
    .action(async (opts: { json?: boolean; plugin: string[] }) => {
      const registry = opts.plugin.length ? (await loadEngine(ctx.io, opts.plugin)).documents : defaultRegistry();
      const docs = registry.list();
      if (opts.json) return printJson(ctx, docs);
      for (const d of docs)
        ctx.io.stdout.write(
          `${d.id.padEnd(22)} ${d.number.padEnd(18)} ${d.signed ?? '?'.padEnd(10)}  ${d.effective.from ?? '?'}→${d.effective.to ?? '…'}  ${d.title.vi}\n`,
        );
    });
};
