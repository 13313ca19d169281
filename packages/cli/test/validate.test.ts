import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_LABELS } from '../src/report/labels.js';
import { run } from './helpers.js';

const sample = new URL('../../../examples/rosters/dang-bo-xa-an-binh.xlsx', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dieule-validate-'));

describe('dieule validate', () => {
  it('prints a terminal summary with row accounting, counts by status and rule, and cell references; exit 1', async () => {
    const { code, stdout } = await run(['validate', sample, '--as-of', '2026-11-23', '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Dòng đã đọc: 320 = hợp lệ \d+ \+ có lỗi \d+ \+ bỏ qua 20/);
    expect(stdout).toContain('Đảng viên theo trạng thái');
    // titles and legal basis instead of rule ids
    expect(stdout).toContain('Đảng viên ghi trùng');
    expect(stdout).toMatch(/Căn cứ: .*Điều 4 Điều lệ Đảng/);
    expect(stdout).toMatch(/Căn cứ: .*Quy định 294-QĐ\/TW/);
    expect(stdout).not.toMatch(/member\.history\.consistency|roster\.duplicate/);
    expect(stdout).toMatch(/LỖI\s+[^!\n]+![A-Z]+\d+/);
    expect(stdout).toContain('tính đến ngày 23/11/2026');
    expect(stdout).not.toMatch(/\b0\d{11}\b/); // never a full citizen ID
  });

  it('JSON has the check contract (dieule.report/1) plus the row accounting', async () => {
    const { code, stdout } = await run([
      'validate',
      sample,
      '--as-of',
      '2026-11-23',
      '--format',
      'json',
      '--locale',
      'en',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ format: 'dieule.report/1', meta: { asOf: '2026-11-23', locale: 'en' } });
    const a = report.roster.accounting;
    expect(a.rowsRead).toBe(a.valid + a.withErrors + a.skipped);
    expect(report.summary.records).toBe(a.valid + a.withErrors);
    expect(report.issues.length).toBe(report.summary.errors + report.summary.warnings + report.summary.infos);
    const dup = report.issues.find((i: { ruleId: string }) => i.ruleId === 'roster.duplicate.citizenId');
    expect(dup.location).toMatch(/^[^!]+![A-Z]+\d+$/);
    expect(dup.message).toMatch(/\d{3}\*{7}\d{2}/);
    expect(stdout).not.toMatch(/Same personal ID 0\d{11}/);
  });

  it('exit 0 on a clean roster, 2 on a missing file or a bad option', async () => {
    const clean = join(dir, 'clean.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(clean, 'Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn An,02/03/1984,Nam\n');
    expect((await run(['validate', clean, '--as-of', '2026-11-23', '--quiet'])).code).toBe(0);
    expect((await run(['validate', join(dir, 'missing.csv'), '--quiet'])).code).toBe(2);
    expect((await run(['validate', clean, '--format', 'pdf'])).code).toBe(2);
    expect((await run(['validate', join(dir, 'x.pdf')])).code).toBe(2);
  });

  it('writes the HTML report and the annotated export', async () => {
    const html = join(dir, 'report.html');
    const xlsx = join(dir, 'annotated.xlsx');
    const { code } = await run([
      'validate',
      sample,
      '--as-of',
      '2026-11-23',
      '--quiet',
      '--out',
      html,
      '--export',
      xlsx,
    ]);
    expect(code).toBe(1);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('<html lang="vi">');
    expect(text).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    for (const chart of ['accounting', 'status', 'rules', 'organizations', 'ranking-2025', 'deadlines'])
      expect(text).toContain(`data-chart="${chart}"`);
    expect(existsSync(xlsx)).toBe(true);
    const en = await run([
      'validate',
      sample,
      '--as-of',
      '2026-11-23',
      '--quiet',
      '--format',
      'html',
      '--locale',
      'en',
    ]);
    expect(en.stdout).toContain('Membership roster check');
  });

  it('report labels exist in both locales', () => {
    expect(Object.keys(REPORT_LABELS.en).sort()).toEqual(Object.keys(REPORT_LABELS.vi).sort());
  });

  it.runIf(existsSync('/usr/bin/chromium'))(
    'the HTML report renders in headless Chromium with its charts and numbers',
    async () => {
      const { chromium } = await import('playwright-core');
      const html = join(dir, 'browser.html');
      const json = await run(['validate', sample, '--as-of', '2026-11-23', '--format', 'json']);
      const acc = JSON.parse(json.stdout).roster.accounting;
      await run(['validate', sample, '--as-of', '2026-11-23', '--quiet', '--out', html]);
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`file://${html}`);
        expect(await page.locator('svg[data-chart]').count()).toBeGreaterThanOrEqual(6);
        expect(await page.locator('svg[data-chart="status"] rect').count()).toBeGreaterThan(3);
        expect(await page.locator('svg[data-chart="ranking-2025"] line').count()).toBeGreaterThan(0);
        const metric = async (k: string) =>
          ((await page.locator(`[data-metric="${k}"] .num`).textContent()) ?? '').replace(/\D/g, '');
        expect(await metric('rowsRead')).toBe(String(acc.rowsRead));
        expect(await metric('valid')).toBe(String(acc.valid));
        expect(await metric('withErrors')).toBe(String(acc.withErrors));
        expect(await metric('skipped')).toBe(String(acc.skipped));
        const box = await page.locator('svg[data-chart="status"]').boundingBox();
        expect(box!.width).toBeGreaterThan(300);
        await page.screenshot({ path: join(tmpdir(), 'dieule-roster-report.png'), fullPage: true });
      } finally {
        await browser.close();
      }
    },
  );
});
