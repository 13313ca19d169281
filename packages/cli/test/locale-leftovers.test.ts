import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('the rules table prints severity and confidence as raw values (issue 16)', () => {
  it('translates them, with dd/mm/yyyy windows, in Vietnamese by default and in English with --locale en', async () => {
    const vi = await run(['rules']);
    expect(vi.code).toBe(0);
    const line = vi.stdout.split('\n').find((l) => l.startsWith('cadre.appointment.discipline '))!;
    expect(line).toMatch(/ lỗi +từ 19\/12\/2017 +thứ cấp +Thời gian sau kỷ luật/);
    expect(vi.stdout).toMatch(/ (cảnh báo|thông tin) /);
    expect(vi.stdout).toMatch(/ đã đối chiếu /);
    expect(vi.stdout).not.toMatch(/ (error|warning|info|verified|secondary|recalled|carried-over) /);
    expect(vi.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const en = await run(['rules', '--locale', 'en']);
    expect(en.stdout.split('\n').find((l) => l.startsWith('cadre.appointment.discipline '))).toMatch(
      / error +from 19\/12\/2017 +secondary /,
    );
    expect(en.stdout).not.toMatch(/ (lỗi|cảnh báo|đã đối chiếu|thứ cấp) /);
  });
});

describe('document titles are English in English mode (issue 16)', () => {
  it('`dieule documents --locale en` prints the English titles and dd/mm/yyyy dates', async () => {
    const vi = await run(['documents']);
    expect(vi.stdout).toMatch(/^dieu-le-2011 .* 19\/01\/2011 .*Điều lệ Đảng Cộng sản Việt Nam$/m);
    const en = await run(['documents', '--locale', 'en']);
    expect(en.stdout).toMatch(/^dieu-le-2011 .*Charter of the Communist Party of Vietnam$/m);
    expect(en.stdout).not.toMatch(/Điều lệ Đảng Cộng sản Việt Nam/);
    expect(en.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // the option before the command name works the same
    expect((await run(['--locale', 'en', 'documents'])).stdout).toBe(en.stdout);
  });
});

describe('`{"kind":"079203001234"}` echoes the citizen ID (issue 16)', () => {
  it('masks it in the table and JSON reports, in both languages', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dieule-kind-')), 'kind.json');
    writeFileSync(file, '{"kind":"079203001234"}\n');
    for (const extra of [[], ['--locale', 'en'], ['--format', 'json'], ['--format', 'json', '--locale', 'en']]) {
      const r = await run(['check', file, ...extra]);
      expect(r.code, extra.join(' ')).toBe(1);
      expect(r.stdout + r.stderr, extra.join(' ')).not.toContain('079203001234');
      expect(r.stdout, extra.join(' ')).toContain('079*******34');
    }
  });
});
