import type { DerivedFact, Report } from '@dieule/core/kernel';
import { LEVEL_ABBREVIATION, LEVELS, type LevelRow, type RankingSummary } from '@dieule/core/ranking';
import { UsageError } from '../exit-codes.js';
import { type CheckOptions, checkOptions, runCheck } from './check-shell.js';
import { type RegisterCommand, textsOf } from './context.js';

/**
 * `dieule ranking check <round.json>`: validates ranking rounds and prints the issues and the level table (counts and
 * percentages by level, per organization and in total). The JSON output is the usual report with derived facts (the
 * `ranking.summary` fact carries the table).
 */
export const registerRanking: RegisterCommand = (program, ctx) => {
  const t = textsOf(ctx);
  const ranking = program.command('ranking').description(t('ranking.description'));
  checkOptions(
    ranking.command('check').description(t('ranking.check.description')).argument('<file>', t('ranking.check.file')),
    ctx,
  ).action((file: string, opts: CheckOptions) =>
    runCheck(ctx, file, opts, {
      facts: 'always',
      guard: (records) => {
        const notRounds = records.filter(
          (r) =>
            typeof r.value === 'object' && r.value !== null && (r.value as { kind?: unknown }).kind !== 'rankingRound',
        );
        if (notRounds.length === records.length) throw new UsageError(t('ranking.noRounds', { file }));
      },
      after: renderLevelTables,
    }),
  );
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
