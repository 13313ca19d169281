/**
 * Small inline-SVG charts for the HTML reports (`@dieule/adapter-xlsx/charts`): the roster report of the CLI and the
 * annual report of the store draw with the same code. No library, no script, no external resource; each chart has a
 * `data-chart` name for tests. Browser-safe (no I/O), and not in the package's main entry.
 * @packageDocumentation
 */

/** Escapes text for HTML and SVG. */
export function esc(s: unknown): string {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** One segment of a bar. */
export interface Segment {
  readonly value: number;
  readonly color: string;
  readonly label?: string;
}

/** One bar (row) of a horizontal bar chart. */
export interface BarRow {
  readonly label: string;
  readonly segments: readonly Segment[];
  /** Text at the end of the bar (defaults to the total). */
  readonly note?: string;
  /** A vertical marker drawn at this value (e.g. the quota limit). */
  readonly marker?: { readonly value: number; readonly title: string };
  /** An in-page anchor (without `#`) the bar links to, when its total is not 0 (e.g. a drill-down block). */
  readonly href?: string;
}

/** Layout of a {@link barChart}. */
export interface BarChartOptions {
  /** Width of the label column (default 220). */
  readonly labelWidth?: number;
  /** Width kept right of the plot for the note (default 170). */
  readonly noteWidth?: number;
  /** Labels longer than this are cut with "…" (the whole label stays in the tooltip; default 34). */
  readonly maxLabel?: number;
}

const fmt = (n: number) => n.toLocaleString('vi-VN');

/**
 * A horizontal (stacked) bar chart: one row per item, label on the left, value on the right.
 * `data-chart` names the chart for tests.
 */
export function barChart(name: string, rows: readonly BarRow[], options: BarChartOptions = {}): string {
  const width = 760;
  const labelW = options.labelWidth ?? 220;
  const noteW = options.noteWidth ?? 170;
  const maxLabel = options.maxLabel ?? 34;
  const rowH = 28;
  const barH = 18;
  const plotW = width - labelW - noteW;
  const max = Math.max(
    1,
    ...rows.map((r) =>
      Math.max(
        r.segments.reduce((s, x) => s + x.value, 0),
        r.marker?.value ?? 0,
      ),
    ),
  );
  const height = rows.length * rowH + 8;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = 4 + i * rowH;
    parts.push(
      `<text x="${labelW - 10}" y="${y + barH - 4}" text-anchor="end" class="lbl">${esc(truncate(r.label, maxLabel))}<title>${esc(r.label)}</title></text>`,
    );
    parts.push(`<rect x="${labelW}" y="${y}" width="${plotW}" height="${barH}" rx="3" class="track"/>`);
    let x = labelW;
    const bar: string[] = [];
    for (const s of r.segments) {
      if (s.value <= 0) continue;
      const w = Math.max(1.5, (s.value / max) * plotW);
      bar.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${s.color}" rx="2"><title>${esc(s.label ? `${s.label}: ${fmt(s.value)}` : fmt(s.value))}</title></rect>`,
      );
      x += w;
    }
    parts.push(r.href && bar.length ? `<a href="#${esc(r.href)}">${bar.join('')}</a>` : bar.join(''));
    if (r.marker) {
      const mx = labelW + (r.marker.value / max) * plotW;
      parts.push(
        `<line x1="${mx.toFixed(1)}" x2="${mx.toFixed(1)}" y1="${y - 3}" y2="${y + barH + 3}" class="marker"><title>${esc(r.marker.title)}</title></line>`,
      );
    }
    const total = r.segments.reduce((s, x) => s + x.value, 0);
    parts.push(`<text x="${x + 8}" y="${y + barH - 4}" class="val">${esc(r.note ?? fmt(total))}</text>`);
  });
  return `<svg class="chart" data-chart="${esc(name)}" viewBox="0 0 ${width} ${height}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** A donut of parts with a big number in the middle (and a caption under it, when given). */
export function donut(name: string, parts: readonly Segment[], center: string, caption?: string): string {
  const total = parts.reduce((s, p) => s + p.value, 0) || 1;
  const r = 70;
  const c = 2 * Math.PI * r;
  let offset = 0;
  const arcs = parts
    .filter((p) => p.value > 0)
    .map((p) => {
      const len = (p.value / total) * c;
      const arc = `<circle r="${r}" cx="90" cy="90" fill="none" stroke="${p.color}" stroke-width="26" stroke-dasharray="${len.toFixed(2)} ${(c - len).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" transform="rotate(-90 90 90)"><title>${esc(`${p.label ?? ''}: ${fmt(p.value)}`)}</title></circle>`;
      offset += len;
      return arc;
    })
    .join('');
  return `<svg class="donut" data-chart="${esc(name)}" viewBox="0 0 180 180" width="180" height="180" role="img" xmlns="http://www.w3.org/2000/svg"><circle r="${r}" cx="90" cy="90" fill="none" stroke="#eef1f5" stroke-width="26"/>${arcs}${
    caption === undefined
      ? `<text x="90" y="96" text-anchor="middle" class="big">${esc(center)}</text>`
      : `<text x="90" y="90" text-anchor="middle" class="big">${esc(center)}</text><text x="90" y="112" text-anchor="middle" class="cap">${esc(caption)}</text>`
  }</svg>`;
}

/** A column chart of stacked counts per bucket (e.g. deadlines per month). */
export function columnChart(
  name: string,
  buckets: readonly { readonly label: string; readonly segments: readonly Segment[] }[],
): string {
  const width = 760;
  const height = 200;
  const left = 30;
  const bottom = 28;
  const plotH = height - bottom - 26;
  const bw = (width - left) / Math.max(1, buckets.length);
  const max = Math.max(1, ...buckets.map((b) => b.segments.reduce((s, x) => s + x.value, 0)));
  const parts: string[] = [
    `<line x1="${left}" x2="${width}" y1="${height - bottom}" y2="${height - bottom}" class="axis"/>`,
  ];
  buckets.forEach((b, i) => {
    const x = left + i * bw + bw * 0.18;
    const w = bw * 0.64;
    let y = height - bottom;
    for (const s of b.segments) {
      if (s.value <= 0) continue;
      const h = (s.value / max) * plotH;
      y -= h;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${s.color}" rx="2"><title>${esc(`${b.label} — ${s.label ?? ''}: ${fmt(s.value)}`)}</title></rect>`,
      );
    }
    const total = b.segments.reduce((s, x) => s + x.value, 0);
    if (total)
      parts.push(
        `<text x="${(x + w / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" class="val">${fmt(total)}</text>`,
      );
    parts.push(
      `<text x="${(x + w / 2).toFixed(1)}" y="${height - 10}" text-anchor="middle" class="lbl">${esc(b.label)}</text>`,
    );
  });
  return `<svg class="chart" data-chart="${esc(name)}" viewBox="0 0 ${width} ${height}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** A legend line. */
export function legend(items: readonly { readonly color: string; readonly label: string }[]): string {
  return `<div class="legend">${items.map((i) => `<span><i style="background:${i.color}"></i>${esc(i.label)}</span>`).join('')}</div>`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
