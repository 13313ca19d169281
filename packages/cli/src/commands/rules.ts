import { dmy } from '@dieule/core/congress';
import { loadEngine } from '../engine.js';
import { type CliKey, cliText } from '../i18n/index.js';
import { collect, localeOption } from '../options.js';
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
    .action(async (opts: { json?: boolean; plugin: string[]; locale?: string }) => {
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
      const locale = localeOption(opts.locale);
      const say = (key: CliKey, args?: Readonly<Record<string, string>>) => cliText(locale, key, args);
      for (const r of catalogue) {
        const window = r.effective.to
          ? say('rules.window', { from: dmy(r.effective.from), to: dmy(r.effective.to) })
          : say('rules.since', { from: dmy(r.effective.from) });
        ctx.io.stdout.write(
          `${r.id.padEnd(44)} ${say(`rules.severity.${r.severity}`).padEnd(9)} ${window.padEnd(23)} ${say(`rules.confidence.${r.confidence}`).padEnd(12)} ${r.title[locale]}\n`,
        );
      }
    });
};
