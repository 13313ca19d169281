import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const sample = new URL('../../../examples/rosters/dang-bo-xa-an-binh.xlsx', import.meta.url).pathname;
const asOf = ['--as-of', '2026-11-23'];

describe('the HTML report (issue 16)', () => {
  it('regression: the rules chart silently showed 14 of 25 rules — every issue is counted in the chart and its basis table', async () => {
    const html = (await run(['validate', sample, ...asOf, '--quiet', '--format', 'html'])).stdout;
    const report = JSON.parse((await run(['validate', sample, ...asOf, '--format', 'json'])).stdout);
    const chart = /<svg[^>]*data-chart="rules"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    const table = /<table[^>]*data-table="rule-basis"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const rows = [...table.matchAll(/<tr><td>[\s\S]*?<td class="num">([\d.]+)<\/td><\/tr>/g)];
    expect(rows.length).toBeGreaterThan(5);
    expect(chart.match(/class="track"/g)?.length).toBe(rows.length);
    const total = rows.reduce((s, r) => s + Number(r[1]!.replace(/\./g, '')), 0);
    expect(total).toBe(report.summary.errors + report.summary.warnings + report.summary.infos);
  });

  it('regression: dates mixed ISO and dd/mm/yyyy — the Vietnamese report shows dd/mm/yyyy only', async () => {
    const html = (await run(['validate', sample, ...asOf, '--quiet', '--format', 'html'])).stdout;
    const text = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    expect(text).toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
});
