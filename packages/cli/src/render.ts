import { maskIds } from '@dieule/adapter-xlsx';
import type { Issue, Report } from '@dieule/core/kernel';
import { cliText } from './i18n/index.js';

const SEV_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Issues sorted worst first, then by record. */
export function worstFirst(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || String(a.record).localeCompare(String(b.record)),
  );
}

/**
 * Where an issue is, in the officer's words: the record's id (or its number in the file when it has none), the row
 * of the file and the field — `hồ sơ m-3, dòng 3, trường person.birthDate`, never a bare `2 @ row 3`.
 */
export function issuePlace(i: Issue, locale: 'vi' | 'en'): string {
  const parts: string[] = [];
  parts.push(
    typeof i.record === 'number'
      ? cliText(locale, 'table.recordNumber', { n: i.record + 1 })
      : cliText(locale, 'table.record', { id: i.record }),
  );
  const row = /^(?:.*:)?row (\d+)$/.exec(i.location ?? '');
  if (row) parts.push(cliText(locale, 'table.row', { row: row[1]! }));
  else if (i.location?.includes('!')) parts.push(i.location);
  else if (i.location) parts.push(cliText(locale, 'table.file', { file: i.location }));
  if (i.path.length) parts.push(cliText(locale, 'table.field', { path: i.path.join('.') }));
  return maskIds(parts.join(', '));
}

/** A plain terminal table of a report (no colours when not a TTY). */
export function renderReportTable(report: Report, locale: 'vi' | 'en', max = 200): string {
  const s = report.summary;
  const T = (k: Parameters<typeof cliText>[1]) => cliText(locale, k);
  const lines: string[] = [];
  lines.push(
    `${T('table.records')}: ${s.records} (${T('table.valid')} ${s.valid}, ${T('table.withErrors')} ${s.withErrors}) · ${T('table.errors')}: ${s.errors} · ${T('table.warnings')}: ${s.warnings} · ${T('table.infos')}: ${s.infos}`,
  );
  const byRule = Object.entries(s.byRule).sort((a, b) => b[1] - a[1]);
  if (byRule.length) {
    lines.push('', `${T('table.byRule')}:`);
    for (const [rule, n] of byRule) lines.push(`  ${String(n).padStart(6)}  ${rule}`);
  }
  const issues = worstFirst(report.issues);
  if (issues.length) lines.push('');
  const sev = { error: T('table.error'), warning: T('table.warning'), info: T('table.info') };
  const width = Math.max(...Object.values(sev).map((x) => x.length));
  for (const i of issues.slice(0, max))
    lines.push(`${sev[i.severity].padEnd(width)} ${issuePlace(i, locale)} — ${i.ruleId}: ${maskIds(i.message)}`);
  if (issues.length > max) lines.push(`… ${issues.length - max} ${T('table.more')}`);
  return `${lines.join('\n')}\n`;
}
