import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// exceljs is the adapter's dependency, not the CLI's: load it from there to read the exported workbook back
interface Wb {
  xlsx: { readFile(f: string): Promise<unknown> };
  eachSheet(cb: (ws: Ws) => void): void;
}
interface Ws {
  getRow(n: number): { cellCount: number };
  eachRow(cb: (r: { getCell(c: number): { value: unknown } }) => void): void;
}
const ExcelJS = createRequire(new URL('../../adapter-xlsx/package.json', import.meta.url))('exceljs') as {
  Workbook: new () => Wb;
};
const dir = mkdtempSync(join(tmpdir(), 'dieule-roster-files-'));
// the files are made by the adapter's generator script (the same bytes as the committed examples/rosters/damaged)
execFileSync(
  process.execPath,
  ['--conditions=@dieule/source', '--import', 'tsx', 'test/fixtures/generate.ts', dir, '--bomb'],
  { cwd: new URL('../../adapter-xlsx/', import.meta.url).pathname, stdio: 'ignore' },
);
const f = (name: string) => join(dir, name);
const sample = new URL('../../../examples/rosters/dang-bo-xa-an-binh.xlsx', import.meta.url).pathname;
const asOf = ['--as-of', '2026-11-23'];

/** Every full ID planted in the fixtures (12-digit CCCD, grouped or not, and a 9-digit CMND). */
const FULL_ID =
  /(?<!\d)(087084000999|079190001234|001179004321|036088007777|036 088 007 777|123456789|079203001234)(?!\d)/;

describe('dieule validate on the files offices keep', () => {
  it.each(['windows-1258.csv', 'tcvn3.csv', 'vni.csv', 'tcvn3-in-utf8.csv', 'utf-16le.txt'])(
    'regression: %s is read whole (4 members, every column recognised), never silently clean',
    async (name) => {
      const { code, stdout } = await run(['validate', f(name), ...asOf, '--format', 'json']);
      const report = JSON.parse(stdout);
      expect(report.roster.accounting.records).toBe(4);
      expect(report.roster.notices.filter((n: { code: string }) => n.code === 'unmappedColumn')).toEqual([]);
      expect(report.issues.map((i: { ruleId: string }) => i.ruleId)).not.toContain('roster.value.sex');
      expect(code).toBe(report.summary.errors > 0 ? 1 : 0);
    },
  );

  it('regression: a roster with no recognised header exits 2 with the reason and the best candidate row', async () => {
    const { code, stderr } = await run(['validate', f('no-header.csv'), ...asOf, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/không tìm thấy dòng tiêu đề cột.*dòng gần giống nhất là dòng 1 \(Tên \| Năm \| Ghi chú\)/);
    const en = await run(['validate', f('no-header.csv'), ...asOf, '--quiet', '--locale', 'en']);
    expect(en.stderr).toMatch(/no roster header row was found.*the closest is row 1/);
  });

  it('regression: an unclosed quote is a located error (exit 1) and the other members are still checked', async () => {
    const { code, stdout } = await run(['validate', f('unclosed-quote.csv'), ...asOf, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.roster.accounting.records).toBe(4);
    const q = report.issues.filter((i: { ruleId: string }) => i.ruleId === 'roster.row.unclosedQuote');
    expect(q.map((i: { location: string }) => i.location)).toEqual(['unclosed-quote!A3']);
  });

  it('regression: unreadable NDJSON lines make the run fail (exit 1), with their line numbers', async () => {
    const { code, stdout } = await run(['validate', f('oddities.ndjson'), ...asOf, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/dòng 4: Dòng 4 không phải JSON hợp lệ/);
  });

  it('regression: a JSON file that is not JSON exits 2 naming the line, never echoing it; interchange JSON has no "no header" note', async () => {
    writeFileSync(f('bad.json'), '{"a": 079203001234');
    const bad = await run(['validate', f('bad.json'), ...asOf, '--quiet']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/1 dòng không đọc được\. Dòng 1 không phải JSON hợp lệ/);
    expect(bad.stderr + bad.stdout).not.toMatch(/079203/);
    writeFileSync(
      f('inter.json'),
      JSON.stringify([{ kind: 'member', person: { fullName: 'Nguyễn Văn An', birthDate: '1984-03-02' }, events: [] }]),
    );
    const ok = await run(['validate', f('inter.json'), ...asOf, '--format', 'json']);
    expect(JSON.parse(ok.stdout).roster.notices.map((n: { code: string }) => n.code)).not.toContain('noHeader');
  });

  it('regression: a shared-strings bomb exits 2 with a clear reason, not a native crash', async () => {
    const { code, stderr } = await run(['validate', f('bomb.xlsx'), ...asOf, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bảng chuỗi dùng chung .* vượt giới hạn 48 MB/);
  });

  it('regression: a damaged .xlsx says so in Vietnamese (no "invalid signature" or "FILE_ENDED" alone)', async () => {
    writeFileSync(f('broken.xlsx'), Buffer.concat([readFileSync(sample).subarray(0, 5000)]));
    const { code, stderr } = await run(['validate', f('broken.xlsx'), ...asOf, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/không phải là sổ tính Excel .xlsx hợp lệ|bị hỏng hoặc không đầy đủ/);
  });

  it('regression: --sheet Nope names the sheets the file has', async () => {
    const { code, stderr } = await run(['validate', sample, ...asOf, '--quiet', '--sheet', 'Nope']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/không có trang tính “Nope”; các trang tính có trong tệp: “Thôn Đông”/);
  });

  it('regression: bare `dieule` prints help and exits 2; help and errors are Vietnamese unless --locale en', async () => {
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Cách dùng:');
    const help = await run(['validate', '--help']);
    expect(help.stdout).toContain('Kiểm tra danh sách đảng viên');
    expect((await run(['validate', '--bogus'])).stderr).toContain("lỗi: không có tùy chọn '--bogus'");
    expect((await run(['validate', '--locale', 'en', '--bogus'])).stderr).toContain("error: unknown option '--bogus'");
  });

  it('regression: noise — a rule a roster cannot judge is one notice, not one issue per member', async () => {
    const { stdout } = await run(['validate', sample, ...asOf, '--format', 'json']);
    const report = JSON.parse(stdout);
    const ids = report.issues.map((i: { ruleId: string; messageId: string }) => `${i.ruleId}.${i.messageId}`);
    expect(ids).not.toContain('member.probation.review.noCourse');
    expect(ids).not.toContain('member.transfer.deadlines.letterOverdue');
    const unjudged = report.roster.notices.filter((n: { code: string }) => n.code === 'unjudged');
    expect(unjudged.map((n: { detail: string; row: number }) => [n.detail, Math.max(n.row, 0)])).toEqual([
      ['member.probation.review', 75], // 75 since the short-probation fix (c4630b6) changed the inferred ceremony of Thôn Đông row 30, whose recognition date precedes its admission
      ['member.transfer.deadlines', 19],
      ['ranking.points.band', expect.any(Number)],
    ]);
    // a legacy sheet is one notice naming its text columns, never its date or ID columns
    const legacy = report.roster.notices.filter((n: { code: string }) => n.code === 'legacyColumn');
    expect(legacy).toHaveLength(1);
    expect(legacy[0].header).not.toMatch(/Ngày|CCCD/);
    // one root cause once: dates out of order are not also reported as an inconsistent history
    const order = report.issues.filter((i: { ruleId: string }) => i.ruleId === 'roster.order');
    for (const o of order)
      expect(
        report.issues.filter(
          (i: { ruleId: string; record: string }) => i.record === o.record && i.ruleId === 'member.history.consistency',
        ),
      ).toEqual([]);
  });

  it('regression: ranking columns become ranking rounds (per cell and year) judged by the ranking rules', async () => {
    const { stdout } = await run(['validate', sample, ...asOf, '--format', 'json']);
    const report = JSON.parse(stdout);
    const quota = report.issues.filter((i: { ruleId: string }) => i.ruleId === 'ranking.quota.members');
    expect(quota.length).toBeGreaterThan(0);
    // located at the blamed member's ranking cell ("Xếp loại 2025" is column Q in the sample)
    for (const q of quota) expect(q.location).toMatch(/^[^!]+![PQ]\d+$/);
    expect(report.issues.some((i: { ruleId: string }) => i.ruleId === 'ranking.member.notCompletedTwice')).toBe(true);
    // the counts agree with the issue list; no per-member "no points" noise (rosters have no points column)
    expect(report.issues.length).toBe(report.summary.errors + report.summary.warnings + report.summary.infos);
    expect(report.issues.some((i: { ruleId: string }) => i.ruleId === 'ranking.points.band')).toBe(false);
    expect(report.roster.notices.some((n: { detail?: string }) => n.detail === 'ranking.points.band')).toBe(true);
  });

  it('regression: the quota chart and the quota rule agree, cell by cell', async () => {
    const { stdout } = await run(['validate', sample, ...asOf, '--format', 'json']);
    const report = JSON.parse(stdout);
    const ruled = report.issues
      .filter(
        (i: { ruleId: string; record: string }) => i.ruleId === 'ranking.quota.members' && i.record.endsWith('/2025'),
      )
      .map((i: { record: string }) => i.record.replace(/\/2025$/, ''))
      .sort();
    const table = (await run(['validate', sample, ...asOf, '--quiet'])).stdout;
    const line = table.split('\n').find((l) => l.includes('vượt tỷ lệ:')) ?? '';
    const charted = [...line.matchAll(/(Chi bộ [^(,]+?) \(HTXS/g)].map((m) => m[1]!).sort();
    expect(charted).toEqual(ruled);
    expect(ruled.length).toBeGreaterThan(0);
  });

  it('--facts adds the derived facts to the JSON report', async () => {
    const { stdout } = await run(['validate', f('utf-8-bom.csv'), ...asOf, '--format', 'json', '--facts']);
    const report = JSON.parse(stdout);
    expect(report.facts.length).toBeGreaterThan(4);
    expect(report.facts.some((x: { name: string }) => x.name === 'status')).toBe(true);
  });

  it('regression: IDs typed in any column never appear in full in terminal, JSON, HTML, export issues or errors', async () => {
    const outs: string[] = [];
    for (const name of ['misplaced-ids.csv', 'oddities.ndjson']) {
      for (const locale of ['vi', 'en']) {
        const html = f(`${name}.${locale}.html`);
        const csv = f(`${name}.${locale}.csv`);
        const xlsx = f(`${name}.${locale}.xlsx`);
        const table = await run(['validate', f(name), ...asOf, '--quiet', '--locale', locale, '--out', html]);
        const json = await run(['validate', f(name), ...asOf, '--format', 'json', '--facts', '--locale', locale]);
        await run(['validate', f(name), ...asOf, '--quiet', '--locale', locale, '--export', csv]);
        await run(['validate', f(name), ...asOf, '--quiet', '--locale', locale, '--export', xlsx]);
        outs.push(table.stdout, table.stderr, json.stdout, json.stderr, readFileSync(html, 'utf8'));
        // the export's data cells are the officer's own; its issues column is ours and must be masked
        const lines = readFileSync(csv, 'utf8').split('\r\n');
        outs.push(lines.map((l) => l.slice(l.lastIndexOf('!'))).join('\n'));
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(xlsx);
        wb.eachSheet((ws) => {
          const last = ws.getRow(1).cellCount;
          ws.eachRow((r) => outs.push(String(r.getCell(Math.max(last, 1)).value ?? '')));
        });
      }
    }
    const all = outs.join('\n');
    expect(all).not.toMatch(FULL_ID);
    expect(all).toMatch(/087\*{7}99/); // masked, not dropped
  });

  it.runIf(existsSync('/usr/bin/chromium'))(
    'screenshot: in Chromium every shown issue has its rule title and legal basis visible',
    async () => {
      const { chromium } = await import('playwright-core');
      const html = f('basis.html');
      await run(['validate', sample, ...asOf, '--quiet', '--out', html]);
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`file://${html}`);
        const cells = page.locator('table.issues tbody tr td[data-basis]');
        const count = await cells.count();
        expect(count).toBeGreaterThan(10);
        for (let i = 0; i < count; i++) {
          const cell = cells.nth(i);
          await cell.scrollIntoViewIfNeeded();
          const box = await cell.boundingBox();
          expect(box && box.width > 100 && box.height > 10).toBe(true);
          expect(box!.x + box!.width).toBeLessThanOrEqual(1280 + 1);
          // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
          const text = (await cell.innerText()).trim();
          expect(text.split('\n')[0]!.length).toBeGreaterThan(5); // the title
          expect(text).toMatch(/Điều lệ Đảng|Quy định \d|Hướng dẫn \d|Thông tư|Luật|kiểm tra dữ liệu khi đọc tệp/);
        }
        expect(await page.locator('table[data-table="rule-basis"] tbody tr').count()).toBeGreaterThan(5);
        // no raw rule ids where officers read
        // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
        expect(await page.locator('table.issues').innerText()).not.toMatch(/member\.history|roster\.\w+\./);
        const png = await page.screenshot({ path: join(tmpdir(), 'dieule-roster-basis.png'), fullPage: true });
        expect(png.length).toBeGreaterThan(10_000);
      } finally {
        await browser.close();
      }
    },
  );
});
