import type { RosterDigest } from './aggregate.js';
import { basisLine, type RuleBasis, rulesByTitle } from './basis.js';
import { label } from './labels.js';
import { noticeText, STATUS_ORDER, statusLabel } from './notices.js';

const n = (x: number) => x.toLocaleString('vi-VN');

/**
 * The terminal summary of a roster check: row accounting, counts by status and by rule, then the worst issues with
 * their cell references and members, then file notes.
 */
export function renderRosterTable(d: RosterDigest, locale: 'vi' | 'en', max = 40): string {
  const L = (k: Parameters<typeof label>[1], a?: Record<string, string | number>) => label(locale, k, a);
  const a = d.accounting;
  const s = d.summary;
  const out: string[] = [];
  const date = (x: string) => (locale === 'vi' ? `${x.slice(8, 10)}/${x.slice(5, 7)}/${x.slice(0, 4)}` : x);
  const basis = d.basis ?? ((id: string): RuleBasis => ({ title: id, citations: [] }));
  out.push(`${L('title')} — ${d.file} (${L('asOf').toLowerCase()} ${date(d.meta.asOf)})`);
  out.push(
    `${L('rowsRead')}: ${n(a.rowsRead)} = ${L('valid').toLowerCase()} ${n(a.valid)} + ${L('withErrors').toLowerCase()} ${n(a.withErrors)} + ${L('skipped').toLowerCase()} ${n(a.skipped)}` +
      (a.skipped
        ? ` (${Object.entries(a.skippedByReason)
            .map(([r, c]) => `${L(`reason_${r}` as never)} ${c}`)
            .join(', ')})`
        : ''),
  );
  out.push(`${L('errors')}: ${n(s.errors)} · ${L('warnings')}: ${n(s.warnings)} · ${L('infos')}: ${n(s.infos)}`);
  const statuses = Object.entries(d.byStatus).sort((x, y) => STATUS_ORDER.indexOf(x[0]) - STATUS_ORDER.indexOf(y[0]));
  if (statuses.length) {
    out.push('', `${L('byStatus')}:`);
    for (const [st, c] of statuses) out.push(`  ${String(c).padStart(7)}  ${statusLabel(st, locale)}`);
  }
  if (d.byRule.length) {
    out.push('', `${L('byRule')}:`);
    for (const r of rulesByTitle(d.byRule, basis)) {
      const parts = [
        r.error ? `${r.error} ${L('legend_error')}` : '',
        r.warning ? `${r.warning} ${L('legend_warning')}` : '',
        r.info ? `${r.info} ${L('legend_info')}` : '',
      ].filter(Boolean);
      const b = r.basis;
      out.push(`  ${String(r.error + r.warning + r.info).padStart(7)}  ${b.title} — ${parts.join(', ')}`);
      out.push(`           ${basisLine(b, locale)}`);
    }
  }
  const over = d.ranking[0];
  if (over) {
    // the quota is judged per cell, as the ranking rounds are: list the cells over it
    const cells = over.byOrganization.filter(
      (o) => o.counts.excellent > Math.floor((o.counts.good * over.quotaPercent) / 100),
    );
    out.push(
      '',
      `${L('ranking')} ${over.year}: HTXS ${over.total.excellent} · HTT ${over.total.good} · HT ${over.total.completed} · KHT ${over.total.notCompleted} (${L('quota', { percent: over.quotaPercent })})`,
      `  ${cells.length ? `${L('quotaOver')}: ${cells.map((o) => `${o.organization} (HTXS ${o.counts.excellent}/${Math.floor((o.counts.good * over.quotaPercent) / 100)})`).join(', ')}` : L('quotaOk')}`,
    );
  }
  const overdue = Object.entries(d.overdue);
  if (overdue.length) out.push('', `${L('overdue')}: ${overdue.map(([k, c]) => `${L(k as never)} ${c}`).join(' · ')}`);
  if (d.worst.length) {
    out.push('', `${L('worst')}:`);
    for (const w of d.worst.slice(0, max)) {
      const i = w.issue;
      const where = (i.location ?? '').padEnd(16);
      const b = basis(i.ruleId, i);
      out.push(
        `  ${L(`legend_${i.severity}`).toUpperCase().padEnd(9)} ${where} ${(w.name ?? '').padEnd(22)} ${i.message}`,
      );
      out.push(`  ${' '.repeat(9)} ${''.padEnd(16)} ${b.title}. ${basisLine(b, locale)}`);
    }
    const more = d.moreIssues + Math.max(0, d.worst.length - max);
    if (more > 0) out.push(`  … ${n(more)} ${L('more')}`);
  }
  if (d.notices.length) {
    out.push('', `${L('notices')}:`);
    for (const x of d.notices.slice(0, 30)) out.push(`  - ${noticeText(x, locale, (id) => basis(id).title)}`);
    if (d.notices.length > 30) out.push(`  ${L('shownOf', { shown: 30, total: n(d.notices.length) })}`);
  }
  return `${out.join('\n')}\n`;
}
