import { writeFile } from 'node:fs/promises';
import { upgrade } from '@dieule/core/records';
import { ExitCode, UsageError } from '../exit-codes.js';
import { readInput } from '../io.js';
import { localeOption } from '../options.js';
import { parseRecords } from '../records.js';
import type { RegisterCommand } from './context.js';

/**
 * `dieule upgrade <file|->`: rewrites format-1 records (JSON or NDJSON) in format 2 (`dieule.records/2`) and lists,
 * on standard error, what could not be carried over as it was.
 */
export const registerUpgrade: RegisterCommand = (program, ctx) => {
  program
    .command('upgrade')
    .description('Rewrite format-1 records in format 2 (dieule.records/2); report what could not be carried over')
    .argument('<file>', 'a .json or .ndjson file, or - for standard input')
    .option('--out <file>', 'write the format-2 JSON here instead of standard output')
    .option('--locale <vi|en>', 'language of the notes', 'vi')
    .action(async (file: string, opts: { out?: string; locale?: string }) => {
      const locale = localeOption(opts.locale);
      const input = await readInput(ctx.io, file);
      const sources = parseRecords(input, file);
      const single = sources.length === 1 && !input.trim().startsWith('[');
      const { records, notes } = upgrade(sources.map((s) => s.value));
      const text = `${JSON.stringify(single ? records[0] : records, null, 2)}\n`;
      if (opts.out)
        try {
          await writeFile(opts.out, text, 'utf8');
        } catch (e) {
          throw new UsageError(`cannot write ${opts.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        }
      else ctx.io.stdout.write(text);
      for (const n of notes) {
        const where = `${sources[n.record]?.location?.row ? `row ${sources[n.record]!.location!.row}` : `#${n.record}`}`;
        ctx.io.stderr.write(`${where}${n.path.length ? ` ${n.path.join('.')}` : ''}: ${n.message[locale]}\n`);
      }
      ctx.io.stderr.write(
        locale === 'vi'
          ? `Đã chuyển ${records.length} hồ sơ sang định dạng 2; ${notes.length} ghi chú.\n`
          : `Upgraded ${records.length} record(s) to format 2; ${notes.length} note(s).\n`,
      );
      ctx.setExit(ExitCode.OK);
    });
};
