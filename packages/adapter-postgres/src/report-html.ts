/**
 * The annual report as one self-contained HTML file, in the style of the roster report (`dieule validate --format
 * html`): inline CSS and SVG charts, no script, no external resource. Every figure drills down to the members
 * behind it: each number links to a `<details>` block listing the member keys (`data-count` = the figure).
 */
import { barChart, donut, esc } from '@dieule/adapter-xlsx/charts';
import type { AnnualReport, Figure, FigureKey, OrganizationFigures } from './report.js';
import type { LevelDistribution } from './report-ranking.js';

/** Labels of the page (Vietnamese and English). */
export const REPORT_HTML_LABELS = {
  title: { vi: 'Báo cáo thống kê đảng viên năm', en: 'Annual membership statistics' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  scope: { vi: 'Phạm vi', en: 'Scope' },
  wholeStore: { vi: 'Toàn bộ dữ liệu', en: 'The whole store' },
  flows: { vi: 'Biến động trong kỳ', en: 'Changes during the period' },
  structure: { vi: 'Cơ cấu đảng viên cuối kỳ', en: 'Members at the end of the period' },
  byOrganization: { vi: 'Theo tổ chức', en: 'By organization' },
  organization: { vi: 'Tổ chức', en: 'Organization' },
  drill: { vi: 'Danh sách đảng viên theo từng số liệu', en: 'The members behind each figure' },
  more: { vi: 'đảng viên khác (xem bản JSON)', en: 'more members (see the JSON report)' },
  exits: { vi: 'Ra khỏi danh sách (xóa tên, cho ra, khai trừ, từ trần)', en: 'Left the rolls (all grounds)' },
  footer: {
    vi: 'Số liệu tính từ lịch sử sự kiện lưu trong cơ sở dữ liệu; mỗi đảng viên được tính ở tổ chức ghi trong hồ sơ hiện tại. Bấm vào một số liệu để xem danh sách đảng viên.',
    en: 'Figures are computed from the event histories kept in the store; each member counts in the organization their current record names. Click a figure to see its members.',
  },
  none: { vi: 'Không có đảng viên nào trong phạm vi này.', en: 'No member in this scope.' },
  ranking: { vi: 'Đánh giá, xếp loại chất lượng', en: 'Quality ranking' },
  rankingMembers: { vi: 'Đảng viên', en: 'Members' },
  rankingOrganizations: { vi: 'Tổ chức đảng', en: 'Party organizations' },
  rankingNone: {
    vi: 'Chưa lưu đợt xếp loại nào của năm này trong phạm vi báo cáo.',
    en: 'No ranking round of this year is stored in this scope.',
  },
  rounds: { vi: 'Đợt xếp loại', en: 'Ranking rounds' },
  quota: {
    vi: 'Kiểm tra tỷ lệ HTXS (không quá tỷ lệ so với số HTT)',
    en: '"Excellent" quota checks (share of "good")',
  },
  group: { vi: 'Nhóm', en: 'Group' },
  allowed: { vi: 'Tối đa', en: 'Allowed' },
  surplus: { vi: 'Vượt', en: 'Over' },
  within: { vi: 'Trong tỷ lệ', en: 'Within quota' },
  breach: { vi: 'Vượt tỷ lệ', en: 'Over quota' },
  notRankable: { vi: 'Không xếp loại (miễn, đình chỉ)', en: 'Not ranked (exempted, suspended)' },
  unranked: { vi: 'Chưa có kết quả xếp loại', en: 'No level decided yet' },
  listed: { vi: 'Số được đánh giá', en: 'Evaluated' },
} as const;

/** Options of {@link annualReportHtml}. */
export interface AnnualReportHtmlOptions {
  /** Members listed per drill-down block (default 500); the count always shows the whole figure. */
  readonly drillLimit?: number;
}

const FLOW_KEYS: readonly FigureKey[] = [
  'admissions',
  'recognitions',
  'awarenessCourse',
  'newMemberCourse',
  'transfersIn',
  'transfersOut',
  'exemptions',
  'badges',
  'strikeOffs',
  'voluntaryExits',
  'expulsions',
  'deaths',
];
const AGE_KEYS: readonly FigureKey[] = ['age30', 'age31to40', 'age41to50', 'age51to60', 'age61plus'];
const TABLE_KEYS: readonly FigureKey[] = [
  'membersAtStart',
  'admissions',
  'recognitions',
  'transfersIn',
  'transfersOut',
  'strikeOffs',
  'voluntaryExits',
  'expulsions',
  'deaths',
  'membersAtEnd',
];
const COLORS: Partial<Record<FigureKey, string>> = {
  admissions: '#2e9d6a',
  recognitions: '#1b7f4b',
  awarenessCourse: '#4a89dc',
  newMemberCourse: '#7b61ff',
  transfersIn: '#5bc0be',
  transfersOut: '#3d8b8a',
  exemptions: '#8e9aaf',
  badges: '#e3a21a',
  strikeOffs: '#f08c00',
  voluntaryExits: '#e3a21a',
  expulsions: '#d64545',
  deaths: '#495057',
  female: '#c2185b',
  male: '#1f5fae',
};

const num = (x: number) => x.toLocaleString('vi-VN');
const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
/** The anchor of one drill-down block. */
export function drillId(org: string, key: FigureKey): string {
  return `d-${org.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}-${key}`;
}

/** A bar chart of one value per row, each bar linking to its drill-down block (the shared chart code). */
function bars(name: string, rows: readonly { label: string; value: number; color: string; href?: string }[]): string {
  return barChart(
    name,
    rows.map((r) => ({
      label: r.label,
      segments: [{ value: r.value, color: r.color, label: r.label }],
      ...(r.href ? { href: r.href } : {}),
    })),
    { labelWidth: 300, noteWidth: 90, maxLabel: 46 },
  );
}

/** Renders the annual report as HTML (Vietnamese or English, as the report was computed). */
export function annualReportHtml(report: AnnualReport, options: AnnualReportHtmlOptions = {}): string {
  const locale = report.locale;
  const L = (k: keyof typeof REPORT_HTML_LABELS) => REPORT_HTML_LABELS[k][locale];
  const limit = options.drillLimit ?? 500;
  const orgs = report.organizations;
  const top = orgs.filter((o) => o.parent === null);
  // the whole scope: the root, or the sum of the top-level nodes when the report covers the whole store
  const fig = (o: OrganizationFigures, key: FigureKey): Figure => o.figures.find((f) => f.key === key)!;
  const total = (key: FigureKey) => top.reduce((s, o) => s + fig(o, key).value, 0);
  const head = top.length === 1 ? top[0] : undefined;
  const link = (o: OrganizationFigures, key: FigureKey) => {
    const v = fig(o, key).value;
    return v > 0 ? `<a href="#${drillId(o.id, key)}" data-figure="${esc(`${o.id}/${key}`)}">${num(v)}</a>` : '0';
  };
  const label = (key: FigureKey) => fig(orgs[0]!, key).label;
  const sections: string[] = [];
  if (!orgs.length) sections.push(`<section class="panel"><p>${esc(L('none'))}</p></section>`);
  else {
    const exits = (['strikeOffs', 'voluntaryExits', 'expulsions', 'deaths'] as const).reduce((s, k) => s + total(k), 0);
    const card = (key: string, value: number, caption: string, href?: string) =>
      `<div class="card" data-metric="${key}"><div class="num">${href && value ? `<a href="#${href}">${num(value)}</a>` : num(value)}</div><div class="cap">${esc(caption)}</div></div>`;
    const hrefOf = (key: FigureKey) => (head ? drillId(head.id, key) : undefined);
    sections.push(
      `<div class="cards">${card('membersAtStart', total('membersAtStart'), label('membersAtStart'), hrefOf('membersAtStart'))}${card('admissions', total('admissions'), label('admissions'), hrefOf('admissions'))}${card('recognitions', total('recognitions'), label('recognitions'), hrefOf('recognitions'))}${card('exits', exits, L('exits'))}${card('membersAtEnd', total('membersAtEnd'), label('membersAtEnd'), hrefOf('membersAtEnd'))}</div>`,
    );
    sections.push(
      `<section class="panel"><h2>${esc(L('flows'))}</h2>${bars(
        'flows',
        FLOW_KEYS.map((k) => ({
          label: label(k),
          value: total(k),
          color: COLORS[k] ?? '#4a89dc',
          ...(head ? { href: drillId(head.id, k) } : {}),
        })),
      )}</section>`,
    );
    const end = total('membersAtEnd');
    sections.push(
      `<div class="grid2"><section class="panel"><h2>${esc(L('structure'))}</h2>${donut(
        'sex',
        (['female', 'male'] as const).map((k) => ({ label: label(k), value: total(k), color: COLORS[k]! })),
        num(end),
      )}<div class="legend">${(['female', 'male'] as const).map((k) => `<span><i style="background:${COLORS[k]}"></i>${esc(label(k))}: ${num(total(k))}</span>`).join('')}</div></section><section class="panel"><h2>${esc(label('membersAtEnd'))}</h2>${bars(
        'age',
        AGE_KEYS.map((k) => ({
          label: label(k),
          value: total(k),
          color: '#4a89dc',
          ...(head ? { href: drillId(head.id, k) } : {}),
        })),
      )}</section></div>`,
    );
    const units = head ? orgs.filter((o) => o.parent === head.id) : top;
    if (units.length)
      sections.push(
        `<section class="panel"><h2>${esc(L('byOrganization'))}</h2>${bars(
          'organizations',
          units.map((o) => ({
            label: o.name,
            value: fig(o, 'membersAtEnd').value,
            color: '#c0392b',
            href: drillId(o.id, 'membersAtEnd'),
          })),
        )}</section>`,
      );
    const depth = new Map<string, number>();
    for (const o of orgs) depth.set(o.id, o.parent ? (depth.get(o.parent) ?? 0) + 1 : 0);
    sections.push(
      `<section class="panel"><h2>${esc(L('organization'))}</h2><table class="figures"><thead><tr><th>${esc(L('organization'))}</th>${TABLE_KEYS.map((k) => `<th class="num">${esc(label(k))}</th>`).join('')}</tr></thead><tbody>${orgs
        .map(
          (o) =>
            `<tr data-org="${esc(o.id)}"><td style="padding-left:${8 + 16 * (depth.get(o.id) ?? 0)}px">${esc(o.name)}${o.name !== o.id ? ` <span class="mono small">${esc(o.id)}</span>` : ''}</td>${TABLE_KEYS.map((k) => `<td class="num">${link(o, k)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table></section>`,
    );
    sections.push(rankingSection(report, L, limit));
    const blocks: string[] = [];
    for (const o of orgs)
      for (const f of o.figures) {
        if (!f.value) continue;
        const shown = f.members.slice(0, limit);
        blocks.push(
          `<details id="${drillId(o.id, f.key)}" data-drill="${esc(`${o.id}/${f.key}`)}" data-count="${f.value}"><summary>${esc(o.name)} — ${esc(f.label)}: <b>${num(f.value)}</b></summary><ol>${shown.map((m) => `<li data-member="${esc(m)}">${esc(m)}</li>`).join('')}</ol>${f.value > shown.length ? `<p class="small">… ${num(f.value - shown.length)} ${esc(L('more'))}</p>` : ''}</details>`,
        );
      }
    sections.push(`<section class="panel"><h2>${esc(L('drill'))}</h2>${blocks.join('\n')}</section>`);
  }
  const scope = report.root ? (orgs.find((o) => o.id === report.root)?.name ?? report.root) : L('wholeStore');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${L('title')} ${report.year}`)} — ${esc(scope)}</title>
<style>${CSS}</style></head>
<body><header><div><h1>${esc(`${L('title')} ${report.year}`)}</h1>
<p class="sub">${esc(L('scope'))}: <b>${esc(scope)}</b> · ${esc(L('period'))}: <b>${vnDate(report.from)} – ${vnDate(report.to)}</b></p></div></header>
<main>${sections.join('\n')}</main>
<footer>${esc(L('footer'))}</footer></body></html>
`;
}

const LEVEL_COLORS = { excellent: '#1b7f4b', good: '#4a89dc', completed: '#e3a21a', notCompleted: '#d64545' } as const;

/** The anchor of a ranking drill-down block: `r-members-excellent`, `r-quota-3`. */
export function rankingDrillId(list: string, key: string | number): string {
  return `r-${list}-${key}`;
}

/** The ranking panel: levels of members and organizations, the quota checks, and the evaluations behind each. */
function rankingSection(
  report: AnnualReport,
  L: (k: keyof typeof REPORT_HTML_LABELS) => string,
  limit: number,
): string {
  const r = report.ranking;
  if (!r.rounds.length)
    return `<section class="panel" data-ranking="none"><h2>${esc(L('ranking'))}</h2><p>${esc(L('rankingNone'))}</p></section>`;
  const lists = [
    ['members', L('rankingMembers'), r.members],
    ['organizations', L('rankingOrganizations'), r.organizations],
  ] as const;
  const chart = barChart(
    'ranking',
    lists.map(([list, label, d]) => ({
      label: `${label} (${num(d.ranked)})`,
      segments: d.levels.map((l) => ({ value: l.value, color: LEVEL_COLORS[l.level], label: l.label })),
      note: d.levels.map((l) => `${l.abbreviation} ${num(l.value)}`).join(' · '),
      ...(d.ranked ? { href: rankingDrillId(list, 'excellent') } : {}),
    })),
    { labelWidth: 200, noteWidth: 230, maxLabel: 30 },
  );
  const legend = `<div class="legend">${r.members.levels.map((l) => `<span><i style="background:${LEVEL_COLORS[l.level]}"></i>${esc(`${l.abbreviation} — ${l.label}`)}</span>`).join('')}</div>`;
  const cell = (list: string, key: string, value: number) =>
    value ? `<a href="#${rankingDrillId(list, key)}" data-figure="ranking/${list}/${key}">${num(value)}</a>` : '0';
  const levelTable = `<table class="figures" data-table="ranking"><thead><tr><th></th><th class="num">${esc(L('listed'))}</th>${r.members.levels.map((l) => `<th class="num" title="${esc(l.label)}">${esc(l.abbreviation)}</th>`).join('')}<th class="num">${esc(L('notRankable'))}</th><th class="num">${esc(L('unranked'))}</th></tr></thead><tbody>${lists
    .map(
      ([list, label, d]) =>
        `<tr data-list="${list}"><td>${esc(label)}</td><td class="num">${num(d.listed)}</td>${d.levels.map((l) => `<td class="num">${cell(list, l.level, l.value)} <span class="small">${l.value ? `${l.percent.toLocaleString('vi-VN')}%` : ''}</span></td>`).join('')}<td class="num">${cell(list, 'notRankable', d.notRankable.length)}</td><td class="num">${cell(list, 'unranked', d.unranked.length)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const rounds = `<p class="small">${esc(L('rounds'))}: ${r.rounds.map((x) => `${esc(x.name ?? x.organization)} <span class="mono">${esc(x.id)}</span>${x.decidedOn ? ` (${vnDate(x.decidedOn)})` : ''}`).join('; ')}</p>`;
  const quota = `<h2>${esc(L('quota'))}</h2><table class="figures" data-table="quota"><thead><tr><th>${esc(L('rounds'))}</th><th>${esc(L('group'))}</th><th class="num">HTXS</th><th class="num">HTT</th><th class="num">%</th><th class="num">${esc(L('allowed'))}</th><th class="num">${esc(L('surplus'))}</th><th></th></tr></thead><tbody>${r.quota
    .map(
      (q, i) =>
        `<tr data-quota="${q.breached ? 'breach' : 'ok'}"${q.breached ? ' class="breach"' : ''}><td><span class="mono">${esc(q.round)}</span> — ${esc(q.list === 'members' ? L('rankingMembers') : L('rankingOrganizations'))}</td><td>${esc(q.group)}</td><td class="num">${num(q.excellent)}</td><td class="num">${num(q.good)}</td><td class="num">${q.percent.toLocaleString('vi-VN')}</td><td class="num">${num(q.allowed)}</td><td class="num">${q.surplus ? `<a href="#${rankingDrillId('quota', i)}">${num(q.surplus)}</a>` : '0'}</td><td>${esc(q.breached ? L('breach') : L('within'))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const block = (id: string, drill: string, title: string, ids: readonly string[]) => {
    const shown = ids.slice(0, limit);
    return `<details id="${id}" data-drill="${esc(drill)}" data-count="${ids.length}"><summary>${esc(title)}: <b>${num(ids.length)}</b></summary><ol>${shown.map((m) => `<li data-member="${esc(m)}">${esc(m)}</li>`).join('')}</ol>${ids.length > shown.length ? `<p class="small">… ${num(ids.length - shown.length)} ${esc(L('more'))}</p>` : ''}</details>`;
  };
  const blocks: string[] = [];
  const each = (list: 'members' | 'organizations', label: string, d: LevelDistribution) => {
    for (const l of d.levels)
      if (l.value)
        blocks.push(block(rankingDrillId(list, l.level), `ranking/${list}/${l.level}`, `${label} — ${l.label}`, l.ids));
    if (d.notRankable.length)
      blocks.push(
        block(
          rankingDrillId(list, 'notRankable'),
          `ranking/${list}/notRankable`,
          `${label} — ${L('notRankable')}`,
          d.notRankable,
        ),
      );
    if (d.unranked.length)
      blocks.push(
        block(rankingDrillId(list, 'unranked'), `ranking/${list}/unranked`, `${label} — ${L('unranked')}`, d.unranked),
      );
  };
  for (const [list, label, d] of lists) each(list, label, d);
  r.quota.forEach((q, i) => {
    if (q.surplus)
      blocks.push(
        block(
          rankingDrillId('quota', i),
          `ranking/quota/${i}`,
          `${q.round} — ${L('group')} ${q.group} — ${L('breach')}`,
          q.blamed,
        ),
      );
  });
  return `<section class="panel" data-ranking="${r.breaches ? 'breach' : 'ok'}"><h2>${esc(`${L('ranking')} ${r.year}`)}</h2>${chart}${legend}${levelTable}${rounds}${quota}${blocks.join('\n')}</section>`;
}

const CSS = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e4e8ee;--bg:#f6f8fb}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:flex-end;gap:24px;padding:28px 40px 20px;background:linear-gradient(120deg,#8b1a1a,#c0392b);color:#fff}
header h1{margin:0 0 6px;font-size:26px;font-weight:650}.sub{margin:0;opacity:.92}
main{max-width:1180px;margin:0 auto;padding:24px 28px 8px}
.cards{display:grid;grid-template-columns:repeat(5,1fr);gap:14px;margin-bottom:18px}
.card{background:#fff;border-radius:12px;padding:14px 16px;border:1px solid var(--line);box-shadow:0 1px 2px rgba(0,0,0,.04)}
.card .num{font-size:28px;font-weight:700;letter-spacing:-.5px}.card .cap{color:var(--muted);font-size:13px}
a{color:inherit}.card a,td a{text-decoration:none;border-bottom:1px dotted #8b1a1a}
.grid2{display:grid;grid-template-columns:minmax(280px,1fr) 2fr;gap:18px;margin-bottom:18px}
.panel{background:#fff;border-radius:12px;padding:18px 22px;border:1px solid var(--line);margin-bottom:18px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.grid2 .panel{margin-bottom:0}h2{margin:0 0 12px;font-size:17px}
.donut{display:block;margin:4px auto}.donut .big{font-size:26px;font-weight:700;fill:var(--ink)}
.chart .lbl{font-size:12.5px;fill:#334}.chart .val{font-size:12px;fill:var(--muted)}.chart .track{fill:#f1f3f6}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:12.5px;color:var(--muted);margin:2px 0 8px;justify-content:center}.legend i{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:6px;vertical-align:-1px}
table{width:100%;border-collapse:collapse;font-size:13.5px;margin-top:8px}th{text-align:left;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);padding:6px 8px;font-size:12.5px}
td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}th.num,td.num{text-align:right}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}.small{font-size:12.5px;color:var(--muted)}
details{border-top:1px solid var(--line);padding:6px 0}details:target{background:#fff8e1}summary{cursor:pointer}
details ol{columns:3;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;margin:6px 0}
footer{max-width:1180px;margin:0 auto;padding:4px 28px 30px;color:var(--muted);font-size:12.5px}
tr.breach td{background:#fdecea;color:#8b1a1a;font-weight:600}
@media (max-width:900px){.cards{grid-template-columns:repeat(2,1fr)}.grid2{grid-template-columns:1fr}}
@media print{body{background:#fff}.panel,.card{box-shadow:none}details{display:block}}
`;
