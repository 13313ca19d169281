import type { DerivedFact, Report } from '@dieule/core/kernel';
import { LEVEL_ABBREVIATION, LEVELS, type LevelRow, type RankingSummary } from '@dieule/core/ranking';
import { loadEngine } from '../engine.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { readInput } from '../io.js';
import { asOfOption, collect, formatOption, localeOption } from '../options.js';
import { parseRecords } from '../records.js';
import { renderReportTable } from '../render.js';
import { printJson, type RegisterCommand, textsOf } from './context.js';

/**
 * `dieule ranking check <round.json>`: validates ranking rounds and prints the issues and the level table (counts and
 * percentages by level, per organization and in total). The JSON output is the usual report with derived facts (the
 * `ranking.summary` fact carries the table).
 */
export const registerRanking: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  const ranking = program.command('ranking').description(t('ranking.description'));
  ranking
    .command('check')
    .description(t('ranking.check.description'))
    .argument('<file>', t('ranking.check.file'))
    .option('--as-of <date>', t('opt.asOf'))
    .option('--locale <vi|en>', t('opt.locale'), 'vi')
    .option('--format <json|table>', t('opt.format'), 'table')
    .option('--plugin <module>', t('opt.plugin'), collect, [])
    .action(async (file: string, opts: { asOf?: string; locale?: string; format?: string; plugin: string[] }) => {
      const asOf = asOfOption(ctx.io, opts.asOf, ctx.locale);
      const locale = localeOption(opts.locale);
      const format = formatOption(opts.format, ['json', 'table'] as const, 'table', ctx.locale);
      const engine = await loadEngine(ctx.io, opts.plugin, ctx.locale);
      const records = parseRecords(await readInput(ctx.io, file, ctx.locale), file, ctx.locale);
      const notRounds = records.filter(
        (r) =>
          typeof r.value === 'object' && r.value !== null && (r.value as { kind?: unknown }).kind !== 'rankingRound',
      );
      if (notRounds.length === records.length) throw new UsageError(t('ranking.noRounds', { file }));
      const report = engine.validateSources(records, { asOf, locale, facts: true });
      if (format === 'json') printJson(ctx, report);
      else ctx.io.stdout.write(renderReportTable(report, locale) + renderLevelTables(report, locale));
      ctx.setExit(report.summary.errors > 0 ? ExitCode.ISSUES : ExitCode.OK);
    });
};

/** The level tables of every round in a report (from the `ranking.summary` facts). */
export function renderLevelTables(report: Report, locale: 'vi' | 'en'): string {
  const summaries = (report.facts ?? []).filter((f: DerivedFact) => f.name === 'ranking.summary');
  return summaries.map((f) => renderLevelTable(f.value as unknown as RankingSummary, locale)).join('');
}

/** One round's table: a row per organization, a total row, and the collectives. */
export function renderLevelTable(s: RankingSummary, locale: 'vi' | 'en'): string {
  const L =
    locale === 'vi'
      ? {
          title: 'Kết quả xếp loại',
          org: 'Tổ chức',
          total: 'Tổng số',
          listed: 'Danh sách',
          notRanked: 'Chưa/không XL',
          collectives: 'Tập thể',
          regime: 'chế độ',
        }
      : {
          title: 'Ranking results',
          org: 'Organization',
          total: 'Total',
          listed: 'Listed',
          notRanked: 'Not ranked',
          collectives: 'Collectives',
          regime: 'regime',
        };
  const head = [L.org, L.listed, ...LEVELS.map((l) => LEVEL_ABBREVIATION[l]), L.notRanked];
  const row = (name: string, r: LevelRow) => [
    name,
    String(r.listed),
    ...LEVELS.map((l) => `${r.counts[l]} (${r.percent[l].toFixed(2)}%)`),
    String(r.unranked + r.notRankable),
  ];
  const rows = [
    ...Object.entries(s.members.byOrganization)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, r]) => row(name, r)),
    row(L.total, s.members.total),
  ];
  if (s.organizations.listed > 0) rows.push(row(L.collectives, s.organizations));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [
    '',
    `${L.title} ${s.organization} ${s.year} (${L.regime}: ${s.regime ?? '—'})`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  return `${out.join('\n')}\n`;
}
