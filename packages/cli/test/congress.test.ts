import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const grassroots = readFileSync(new URL('../../../examples/congress/grassroots-2025.json', import.meta.url), 'utf8');
const cell = readFileSync(new URL('../../../examples/congress/cell-pilot-2025.json', import.meta.url), 'utf8');

describe('dieule congress check', () => {
  it('the grassroots congress of 2025: majority, age and deadline errors, and the timeline', async () => {
    const { code, stdout } = await run(['congress', 'check', '-', '--as-of', '2025-12-01'], grassroots);
    expect(code).toBe(1);
    expect(stdout).toContain('Bản ghi: 2 (hợp lệ 0, có lỗi 2) · Lỗi: 4');
    expect(stdout).toContain(
      'Ngô Thị Lan được công bố trúng cử với 56 phiếu, chưa quá một nửa của 114 (cần ít nhất 58)',
    );
    expect(stdout).toContain('Lê Văn Cường được giới thiệu tái cử nhưng tại thời điểm tính tuổi (01/04/2025)');
    expect(stdout).toContain('Tổng số tính kết quả bầu cử: 114');
    expect(stdout).toContain('Đại hội nhiệm kỳ sau: 08/07/2030 (sớm nhất 08/07/2029, muộn nhất 08/07/2031)');
    expect(stdout).toContain('Hạn báo cáo kết quả đại hội: 18/07/2025 (đã thực hiện 21/07/2025)');
    expect(stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('the pilot cell: clean but for the approval not yet recorded (exit 0), English on request', async () => {
    const { code, stdout } = await run(['congress', 'check', '-', '--as-of', '2025-12-01', '--locale', 'en'], cell);
    expect(code).toBe(0);
    expect(stdout).toContain('Errors: 0 · Warnings: 1');
    expect(stdout).toContain('No approval recorded; it was due on 29/10/2025.');
    expect(stdout).toContain('Next congress: 02/10/2030');
  });

  it('JSON is the usual report with the congress facts', async () => {
    const { code, stdout } = await run(['congress', 'check', '-', '--format', 'json', '--as-of', '2025-12-01'], cell);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary.records).toBe(1);
    const level = report.facts.find((f: { name: string }) => f.name === 'congress.level');
    expect(level.value).toBe('cell');
  });

  it('a file without congresses or plans is a usage error, not "clean"', async () => {
    const { code, stderr } = await run(['congress', 'check', '-'], JSON.stringify({ kind: 'member', id: 'M1' }));
    expect(code).toBe(2);
    expect(stderr).toContain('không có hồ sơ loại “congress”');
  });

  it('a congress with a bad date is reported, not dropped', async () => {
    const bad = JSON.stringify([JSON.parse(cell), { ...JSON.parse(cell), id: 'X', openedOn: '02/10/2025' }]);
    const { code, stdout } = await run(['congress', 'check', '-', '--as-of', '2025-12-01'], bad);
    expect(code).toBe(1);
    expect(stdout).toContain('Bản ghi: 2');
  });
});

describe('dieule calendar ics --congress', () => {
  it('writes the congress timeline', async () => {
    const { code, stdout } = await run(
      ['calendar', 'ics', '--year', '2025', '--congress', 'examples/congress/cell-pilot-2025.json'],
      '',
    );
    expect(code).toBe(0);
    const ics = stdout.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('UID:congress-CB-KT-2025-10-02-opening');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251013');
    expect(ics).toContain('DTSTART;VALUE=DATE:20301002');
  });
  it('a record that is not a congress is a usage error naming it', async () => {
    const { code, stderr } = await run(
      ['calendar', 'ics', '--year', '2025', '--congress', 'examples/congress/grassroots-2025.json'],
      '',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('hồ sơ thứ 2 không phải một đại hội hợp lệ');
  });
});
