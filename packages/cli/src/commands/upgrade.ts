import { writeFile } from 'node:fs/promises';
import { upgrade } from '@dieule/core/records';
import { ExitCode, UsageError } from '../exit-codes.js';
import { cliText, ioReason } from '../i18n/index.js';
import { readInput } from '../io.js';
import { localeOption } from '../options.js';
import { parseRecords } from '../records.js';
import { type RegisterCommand, textsOf } from './context.js';

/**
 * `dieule upgrade <file|->`: rewrites format-1 records (JSON or NDJSON) in format 2 (`dieule.records/2`) and lists,
 * on standard error, what could not be carried over as it was.
 */
export const registerUpgrade: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  program
    .command('upgrade')
    .description(t('upgrade.description'))
    .argument('<file>', t('arg.records'))
    .option('--out <file>', t('upgrade.out'))
    .option('--locale <vi|en>', t('upgrade.locale'), 'vi')
    .action(async (file: string, opts: { out?: string; locale?: string }) => {
      const locale = localeOption(opts.locale);
      const input = await readInput(ctx.io, file, locale);
      const sources = parseRecords(input, file, locale);
      const single = sources.length === 1 && !input.trim().startsWith('[');
      const { records, notes } = upgrade(sources.map((s) => s.value));
      const text = `${JSON.stringify(single ? records[0] : records, null, 2)}\n`;
      if (opts.out)
        try {
          await writeFile(opts.out, text, 'utf8');
        } catch (e) {
          throw new UsageError(t('err.cannotWrite', { file: opts.out, reason: ioReason(locale, e) }));
        }
      else ctx.io.stdout.write(text);
      for (const n of notes) {
        const row = sources[n.record]?.location?.row;
        const where = row ? t('upgrade.row', { row }) : t('upgrade.record', { n: n.record + 1 });
        ctx.io.stderr.write(`${where}${n.path.length ? ` ${n.path.join('.')}` : ''}: ${n.message[locale]}\n`);
      }
      ctx.io.stderr.write(`${cliText(locale, 'upgrade.done', { records: records.length, notes: notes.length })}\n`);
      ctx.setExit(ExitCode.OK);
    });
};
