import type { DerivedFact, FactValue } from '@dieule/core/kernel';
import { loadEngine } from '../engine.js';
import { ExitCode } from '../exit-codes.js';
import { readInput } from '../io.js';
import { asOfOption, collect, localeOption } from '../options.js';
import { parseRecords } from '../records.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

/** One member's derived facts as printed by `dieule member facts --json`. */
interface MemberFactsOutput {
  readonly record: string | number;
  readonly valid: boolean;
  readonly errors: number;
  readonly facts: readonly DerivedFact[];
}

const text = (v: FactValue | undefined): string => {
  if (v === undefined || v === null) return '—';
  if (typeof v !== 'object') return String(v);
  return JSON.stringify(v);
};

function renderTable(out: readonly MemberFactsOutput[], locale: 'vi' | 'en'): string {
  const lines: string[] = [];
  for (const m of out) {
    lines.push(
      `${m.record}${m.valid ? '' : locale === 'vi' ? '  (hồ sơ có lỗi — chạy dieule check)' : '  (record has errors — run dieule check)'}`,
    );
    for (const f of m.facts) {
      let value: string;
      if (f.name === 'partyAge') value = text((f.value as { text?: FactValue }).text);
      else if (f.name === 'nextBadge') {
        const b = f.value as { years: number; date: string; occasionDate: string | null };
        value = `${b.years} — ${b.date}${b.occasionDate ? ` → ${b.occasionDate}` : ''}`;
      } else if (Array.isArray(f.value)) value = f.value.length ? f.value.map(text).join('; ') : '—';
      else value = text(f.value);
      lines.push(`  ${f.label.padEnd(36)} ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `dieule member facts <file|->`: derived facts of member records (status, party age, deadlines, badge). */
export const registerMember: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  const member = program.command('member').description(t('member.description'));
  member
    .command('facts')
    .description(t('member.facts.description'))
    .argument('<file>', t('member.facts.file'))
    .option('--as-of <date>', t('opt.asOf'))
    .option('--locale <vi|en>', t('member.facts.locale'), 'vi')
    .option('--json', t('opt.json'))
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .action(async (file: string, opts: { asOf?: string; locale?: string; json?: boolean; plugin: string[] }) => {
      const asOf = asOfOption(ctx.io, opts.asOf, ctx.locale);
      const locale = localeOption(opts.locale);
      const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
      const records = parseRecords(await readInput(ctx.io, file, ctx.locale), file, ctx.locale);
      const out: MemberFactsOutput[] = [];
      let unusable = 0;
      records.forEach((source, i) => {
        const r = engine.evaluate(source, i, { asOf, locale, facts: true });
        if (r.kind !== undefined && r.kind !== 'member' && r.value !== undefined) return; // other record kinds
        if (r.value === undefined) unusable++;
        out.push({
          record: r.record,
          valid: r.valid,
          errors: r.issues.filter((x) => x.severity === 'error').length,
          facts: r.facts,
        });
      });
      if (opts.json) printJson(ctx, { format: 'dieule.memberFacts/1', asOf, locale, members: out });
      else ctx.io.stdout.write(renderTable(out, locale));
      ctx.setExit(unusable > 0 ? ExitCode.ISSUES : ExitCode.OK);
    });
};
