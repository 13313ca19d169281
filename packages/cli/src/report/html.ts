import { type BarRow, barChart, columnChart, donut, esc, legend } from '@dieule/adapter-xlsx/charts';
import type { RosterDigest } from './aggregate.js';
import { type RuleBasis, rulesByTitle } from './basis.js';
import { label, type ReportLabel } from './labels.js';
import { noticeText, STATUS_ORDER, statusLabel } from './notices.js';

const C = {
  valid: '#2e9d6a',
  withErrors: '#d64545',
  skipped: '#a9b1bd',
  error: '#d64545',
  warning: '#e3a21a',
  info: '#4a89dc',
  excellent: '#1b7f4b',
  good: '#52b788',
  completed: '#f0c04a',
  notCompleted: '#d64545',
  probationEnd: '#4a89dc',
  recognitionReview: '#7b61ff',
  recognitionDecision: '#b07cf0',
  badge: '#e3a21a',
} as const;

const STATUS_COLORS: Record<string, string> = {
  official: '#2e9d6a',
  probationary: '#4a89dc',
  exempted: '#8e9aaf',
  admitted: '#7b61ff',
  candidate: '#b07cf0',
  transferredOut: '#5bc0be',
  deceased: '#495057',
  left: '#e3a21a',
  exited: '#e3a21a',
  struckOff: '#f08c00',
  expelled: '#d64545',
  unknown: '#ced4da',
};

const n = (x: number) => x.toLocaleString('vi-VN');
function basisCell(b: RuleBasis): string {
  return `<b>${esc(b.title)}</b><br><span class="cite">${esc(b.citations.join('; '))}</span>${b.confidence ? `<br><span class="conf">${esc(b.confidence)}</span>` : ''}`;
}

const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * The roster report as one self-contained HTML file: inline CSS and SVG charts, no script, no external resource.
 * Vietnamese by default. Sections: summary cards, row accounting, members by status, issues by rule and by cell,
 * ranking against the quota, upcoming deadlines, worst issues with cell references, file notes.
 */
export function renderRosterHtml(d: RosterDigest, locale: 'vi' | 'en'): string {
  const L = (k: ReportLabel, a?: Record<string, string | number>) => label(locale, k, a);
  const a = d.accounting;
  const s = d.summary;
  const sections: string[] = [];

  // cards
  const card = (key: string, value: number, cls: string, caption: string) =>
    `<div class="card ${cls}" data-metric="${key}"><div class="num">${n(value)}</div><div class="cap">${esc(caption)}</div></div>`;
  sections.push(
    `<section class="cards">${[
      card('rowsRead', a.rowsRead, '', L('rowsRead')),
      card('valid', a.valid, 'ok', L('valid')),
      card('withErrors', a.withErrors, 'bad', L('withErrors')),
      card('skipped', a.skipped, 'muted', L('skipped')),
      card('errors', s.errors, 'bad', L('errors')),
      card('warnings', s.warnings, 'warn', L('warnings')),
    ].join('')}</section>`,
  );

  // accounting + status
  const reasons = Object.entries(a.skippedByReason)
    .map(([r, c]) => `${L(`reason_${r}` as ReportLabel)}: ${n(c ?? 0)}`)
    .join(' · ');
  const statuses = Object.entries(d.byStatus).sort((x, y) => STATUS_ORDER.indexOf(x[0]) - STATUS_ORDER.indexOf(y[0]));
  const statusRows: BarRow[] = statuses.map(([st, c]) => ({
    label: statusLabel(st, locale),
    segments: [{ value: c, color: STATUS_COLORS[st] ?? '#8e9aaf', label: statusLabel(st, locale) }],
  }));
  sections.push(`<section class="grid2">
<div class="panel"><h2>${esc(L('accounting'))}</h2>
${donut(
  'accounting',
  [
    { value: a.valid, color: C.valid, label: L('valid') },
    { value: a.withErrors, color: C.withErrors, label: L('withErrors') },
    { value: a.skipped, color: C.skipped, label: L('skipped') },
  ],
  n(a.rowsRead),
  L('rowsRead').toLowerCase(),
)}
${legend([
  { color: C.valid, label: `${L('valid')} ${n(a.valid)}` },
  { color: C.withErrors, label: `${L('withErrors')} ${n(a.withErrors)}` },
  { color: C.skipped, label: `${L('skipped')} ${n(a.skipped)}` },
])}
<p class="eq">${n(a.rowsRead)} = ${n(a.valid)} + ${n(a.withErrors)} + ${n(a.skipped)}</p>
${reasons ? `<p class="small">${esc(L('skippedReasons'))}: ${esc(reasons)}</p>` : ''}
</div>
<div class="panel"><h2>${esc(L('byStatus'))}</h2>${statusRows.length ? barChart('status', statusRows, { labelWidth: 170 }) : `<p>${esc(L('none'))}</p>`}
<p class="small">${esc(L('statusSource'))}</p></div>
</section>`);

  // issues by rule
  const basis = d.basis ?? ((id: string): RuleBasis => ({ title: id, citations: [] }));
  // every rule with issues is drawn (no silent cut); the table under the chart gives each one's basis
  const byTitle = rulesByTitle(d.byRule, basis);
  const ruleRows: BarRow[] = byTitle.map((r) => ({
    label: r.basis.title,
    segments: [
      { value: r.error, color: C.error, label: L('legend_error') },
      { value: r.warning, color: C.warning, label: L('legend_warning') },
      { value: r.info, color: C.info, label: L('legend_info') },
    ],
  }));
  const ruleBasisTable = `<table class="basis" data-table="rule-basis"><thead><tr><th>${esc(L('rule'))}</th><th>${esc(locale === 'vi' ? 'Căn cứ' : 'Basis')}</th><th>${esc(L('count'))}</th></tr></thead><tbody>${byTitle
    .map((r) => {
      const b = r.basis;
      return `<tr><td>${esc(b.title)}</td><td class="cite">${esc(b.citations.join('; '))}${b.confidence ? ` <span class="conf">(${esc(b.confidence)})</span>` : ''}</td><td class="num">${n(r.error + r.warning + r.info)}</td></tr>`;
    })
    .join('')}</tbody></table>`;
  const sevLegend = legend([
    { color: C.error, label: L('legend_error') },
    { color: C.warning, label: L('legend_warning') },
    { color: C.info, label: L('legend_info') },
  ]);
  sections.push(
    `<section class="panel"><h2>${esc(L('byRule'))}</h2>${ruleRows.length ? `${sevLegend}${barChart('rules', ruleRows, { labelWidth: 320 })}${ruleBasisTable}` : `<p>${esc(L('none'))}</p>`}</section>`,
  );

  // a list that is cut says so (no chart silently shows part of its data)
  const cut = (shown: number, total: number) =>
    shown < total ? `<p class="small" data-cut>${esc(L('shownOf', { shown: n(shown), total: n(total) }))}</p>` : '';

  // by organization
  const orgRows: BarRow[] = d.byOrganization.slice(0, 40).map((o) => ({
    label: o.organization,
    segments: [
      { value: o.errors, color: C.error, label: L('legend_error') },
      { value: o.warnings, color: C.warning, label: L('legend_warning') },
    ],
    note: `${n(o.errors + o.warnings)} · ${n(o.withErrors)}/${n(o.members)} ${L('members')}`,
  }));
  sections.push(
    `<section class="panel"><h2>${esc(L('byOrganization'))}</h2>${orgRows.length ? `${sevLegend}${barChart('organizations', orgRows)}${cut(orgRows.length, d.byOrganization.length)}` : `<p>${esc(L('none'))}</p>`}</section>`,
  );

  // ranking vs quota
  const levels = ['excellent', 'good', 'completed', 'notCompleted'] as const;
  const levelLegend = legend(levels.map((l) => ({ color: C[l], label: L(`level_${l}`) })));
  if (d.ranking.length) {
    const blocks = d.ranking.slice(0, 2).map((y) => {
      const rows: BarRow[] = [...y.byOrganization, { organization: '∑', counts: y.total }].map((o) => {
        const allowed = Math.floor((o.counts.good * y.quotaPercent) / 100);
        const over = o.counts.excellent > allowed;
        return {
          label: o.organization === '∑' ? (locale === 'vi' ? 'Toàn đảng bộ' : 'Whole committee') : o.organization,
          segments: levels.map((l) => ({ value: o.counts[l], color: C[l], label: L(`level_${l}`) })),
          marker: { value: allowed, title: `${L('allowed')}: ${allowed}` },
          note: `HTXS ${o.counts.excellent}/${allowed} ${over ? '▲' : '✓'}`,
        };
      });
      const overCount = rows.filter((r) => r.note?.includes('▲')).length;
      return `<h3>${esc(L('year'))} ${y.year} <span class="pill ${overCount ? 'bad' : 'ok'}">${overCount ? `${overCount} ${esc(L('quotaOver'))}` : esc(L('quotaOk'))}</span></h3>
<p class="small">${esc(L('quota', { percent: y.quotaPercent }))} — │ = ${esc(L('allowed'))}</p>${barChart(`ranking-${y.year}`, rows)}`;
    });
    sections.push(`<section class="panel"><h2>${esc(L('ranking'))}</h2>${levelLegend}${blocks.join('')}</section>`);
  } else sections.push(`<section class="panel"><h2>${esc(L('ranking'))}</h2><p>${esc(L('noRanking'))}</p></section>`);

  // deadlines
  const kinds = ['probationEnd', 'recognitionReview', 'recognitionDecision', 'badge'] as const;
  const months: { label: string; key: string }[] = [];
  const [y0, m0] = [Number(d.meta.asOf.slice(0, 4)), Number(d.meta.asOf.slice(5, 7))];
  for (let i = 0; i < 12; i++) {
    const m = ((m0 - 1 + i) % 12) + 1;
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    months.push({
      label: `${String(m).padStart(2, '0')}/${String(y).slice(2)}`,
      key: `${y}-${String(m).padStart(2, '0')}`,
    });
  }
  const kindLabel = (k: (typeof kinds)[number], years?: number) =>
    k === 'badge' ? L('badge', { years: years ?? '' }) : L(k);
  const overdue = Object.entries(d.overdue);
  const overdueHtml = overdue.length
    ? `<p class="alert">${esc(L('overdue'))}: ${overdue.map(([k, c]) => `${esc(L(k as ReportLabel))} <b>${n(c)}</b>`).join(' · ')}</p>`
    : '';
  if (d.upcoming.length) {
    const buckets = months.map((m) => ({
      label: m.label,
      segments: kinds.map((k) => ({
        value: d.upcoming.filter((u) => u.kind === k && u.date.startsWith(m.key)).length,
        color: C[k],
        label: k === 'badge' ? (locale === 'vi' ? 'Huy hiệu Đảng' : 'Party badge') : L(k),
      })),
    }));
    const rows = d.upcoming
      .slice(0, 30)
      .map(
        (u) =>
          `<tr><td class="nowrap">${vnDate(u.date)}</td><td>${esc(kindLabel(u.kind, u.years))}</td><td>${esc(u.name)}</td><td>${esc(u.organization ?? '')}</td><td class="mono">${esc(u.location ?? '')}</td></tr>`,
      )
      .join('');
    sections.push(`<section class="panel"><h2>${esc(L('deadlines'))}</h2>${overdueHtml}${legend(
      kinds.map((k) => ({
        color: C[k],
        label: k === 'badge' ? (locale === 'vi' ? 'Huy hiệu Đảng' : 'Party badge') : L(k),
      })),
    )}${columnChart('deadlines', buckets)}
<table><thead><tr><th>${esc(L('date'))}</th><th>${esc(L('what'))}</th><th>${esc(L('member'))}</th><th>${esc(L('organization'))}</th><th>${esc(L('cell'))}</th></tr></thead><tbody>${rows}</tbody></table>${cut(Math.min(30, d.upcoming.length), d.upcoming.length)}</section>`);
  } else
    sections.push(
      `<section class="panel"><h2>${esc(L('deadlines'))}</h2>${overdueHtml}<p>${esc(L('noDeadlines'))}</p></section>`,
    );

  // worst issues
  const worstRows = d.worst
    .slice(0, 100)
    .map(
      (w) =>
        `<tr class="sev-${w.issue.severity}"><td><span class="sev">${esc(L(`legend_${w.issue.severity}`))}</span></td><td class="mono nowrap">${esc(w.issue.location ?? '')}</td><td>${esc(w.name ?? '')}</td><td>${esc(w.issue.message)}</td><td class="basis-cell" data-basis>${basisCell(basis(w.issue.ruleId, w.issue))}</td></tr>`,
    )
    .join('');
  const more = d.moreIssues + Math.max(0, d.worst.length - 100);
  sections.push(
    `<section class="panel"><h2>${esc(L('worst'))}</h2>${worstRows ? `<table class="issues"><thead><tr><th>${esc(L('severity'))}</th><th>${esc(L('cell'))}</th><th>${esc(L('member'))}</th><th>${esc(L('message'))}</th><th>${esc(locale === 'vi' ? 'Quy tắc và căn cứ' : 'Rule and basis')}</th></tr></thead><tbody>${worstRows}</tbody></table>${more > 0 ? `<p class="small">… ${n(more)} ${esc(L('more'))}</p>` : ''}` : `<p>${esc(L('none'))}</p>`}</section>`,
  );

  if (d.notices.length)
    sections.push(
      `<section class="panel"><h2>${esc(L('notices'))}</h2><ul>${d.notices
        .slice(0, 60)
        .map((x) => `<li>${esc(noticeText(x, locale, (id) => basis(id).title))}</li>`)
        .join('')}</ul>${cut(Math.min(60, d.notices.length), d.notices.length)}</section>`,
    );

  const meta = d.meta;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L('title'))} — ${esc(baseName(d.file))}</title>
<style>${CSS}</style></head>
<body><header><div><h1>${esc(L('title'))}</h1>
<p class="sub">${esc(L('file'))}: <b>${esc(baseName(d.file))}</b> · ${esc(L('asOf'))}: <b>${vnDate(meta.asOf)}</b></p></div>
<div class="meta">${esc(L('generated'))} ${esc(meta.library.name)} ${esc(meta.library.version)}<br>${esc(L('ruleSet'))} <span class="mono">${esc(meta.ruleSetHash)}</span>${meta.plugins.length ? `<br>plugins: ${esc(meta.plugins.map((p) => `${p.name}@${p.version}`).join(', '))}` : ''}</div></header>
<main>${sections.join('\n')}</main>
<footer>${esc(L('footer'))}</footer></body></html>
`;
}

function baseName(f: string): string {
  return f.split(/[\\/]/).pop() ?? f;
}

const CSS = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e4e8ee;--bg:#f6f8fb;--red:#c0392b}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:flex-end;gap:24px;padding:28px 40px 20px;background:linear-gradient(120deg,#8b1a1a,#c0392b);color:#fff}
header h1{margin:0 0 6px;font-size:26px;font-weight:650}.sub{margin:0;opacity:.92}.meta{font-size:12px;opacity:.85;text-align:right}
main{max-width:1180px;margin:0 auto;padding:24px 28px 8px}
.cards{display:grid;grid-template-columns:repeat(6,1fr);gap:14px;margin-bottom:18px}
.card{background:#fff;border-radius:12px;padding:14px 16px;border:1px solid var(--line);box-shadow:0 1px 2px rgba(0,0,0,.04)}
.card .num{font-size:28px;font-weight:700;letter-spacing:-.5px}.card .cap{color:var(--muted);font-size:13px}
.card.ok .num{color:#2e9d6a}.card.bad .num{color:#d64545}.card.warn .num{color:#c98a00}.card.muted .num{color:#7a8594}
.grid2{display:grid;grid-template-columns:minmax(280px,1fr) 2fr;gap:18px;margin-bottom:18px}
.panel{background:#fff;border-radius:12px;padding:18px 22px;border:1px solid var(--line);margin-bottom:18px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.grid2 .panel{margin-bottom:0}
h2{margin:0 0 12px;font-size:17px}h3{font-size:15px;margin:16px 0 2px}
.donut{display:block;margin:4px auto}.donut .big{font-size:26px;font-weight:700;fill:var(--ink)}.donut .cap{font-size:12px;fill:var(--muted)}
.chart .lbl{font-size:12.5px;fill:#334}.chart .val{font-size:12px;fill:var(--muted)}.chart .track{fill:#f1f3f6}.chart .axis{stroke:#cfd6df}
.basis{width:100%;border-collapse:collapse;margin-top:10px;font-size:13px}.basis td,.basis th{border-top:1px solid #e3e7ec;padding:4px 6px;text-align:left;vertical-align:top}.cite{color:#1d3a5f}.conf{color:#8a5a00;font-size:12px}.basis-cell{font-size:13px;min-width:220px}
.chart .marker{stroke:#111;stroke-width:2.5;stroke-dasharray:3 2}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:12.5px;color:var(--muted);margin:2px 0 8px}.legend i{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:6px;vertical-align:-1px}
.eq{text-align:center;font-weight:600;margin:6px 0 2px}.small{font-size:12.5px;color:var(--muted)}
.pill{font-size:12px;padding:2px 9px;border-radius:20px;margin-left:8px;font-weight:600}.pill.ok{background:#e3f4ea;color:#1b7f4b}.pill.bad{background:#fde8e8;color:#b42318}
.alert{background:#fff4e5;border-left:4px solid #e3a21a;padding:8px 12px;border-radius:6px}
table{width:100%;border-collapse:collapse;font-size:13.5px;margin-top:8px}th{text-align:left;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}.nowrap{white-space:nowrap}
.sev{font-size:11.5px;font-weight:700;text-transform:uppercase;padding:2px 7px;border-radius:5px}
.sev-error .sev{background:#fde8e8;color:#b42318}.sev-warning .sev{background:#fff4e0;color:#a15c00}.sev-info .sev{background:#e6f0fc;color:#1f5fae}
ul{margin:0;padding-left:20px}li{margin:3px 0}
footer{max-width:1180px;margin:0 auto;padding:4px 28px 30px;color:var(--muted);font-size:12.5px}
@media (max-width:900px){.cards{grid-template-columns:repeat(3,1fr)}.grid2{grid-template-columns:1fr}}
@media print{body{background:#fff}.panel,.card{box-shadow:none}}
`;
