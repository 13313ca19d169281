import { loadEngine } from '../engine.js';
import { collect } from '../options.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

/** `dieule rules [--json] [--plugin m]`: the rule catalogue. */
export const registerRules: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  program
    .command('rules')
    .description(t('rules.description'))
    .option('--json', t('opt.json'))
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .option('--locale <vi|en>', t('rules.locale'), 'vi')
    .action(async (opts: { json?: boolean; plugin: string[]; locale: 'vi' | 'en' }) => {
      const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
      const catalogue = engine.catalogue().map((r) => ({
        id: r.id,
        family: r.family,
        title: r.title,
        severity: r.severity,
        citations: r.citations,
        effective: r.effective,
        confidence: r.confidence,
        appliesTo: r.appliesTo,
        provenance: r.provenance,
        versions: r.versions,
      }));
      if (opts.json) return printJson(ctx, catalogue);
      for (const r of catalogue)
        ctx.io.stdout.write(
          `${r.id.padEnd(44)} ${r.severity.padEnd(7)} ${r.effective.from}→${r.effective.to ?? '…'}  ${r.confidence.padEnd(9)} ${r.title[opts.locale === 'en' ? 'en' : 'vi']}\n`,
        );
    });
};
