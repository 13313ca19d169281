import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliLocales } from '../src/i18n/index.js';
import { run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dieule-locale-'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Every command path, found from the help itself (so a command added later is covered without editing this). */
async function commandPaths(): Promise<string[][]> {
  const out: string[][] = [];
  const walk = async (path: string[]) => {
    const { stdout } = await run([...path, '--help', '--locale', 'en']);
    const section = stdout.split(/^Commands:$/m)[1] ?? '';
    for (const m of section.matchAll(/^ {2}([a-z][\w-]*)/gm)) {
      if (m[1] === 'help') continue;
      out.push([...path, m[1]!]);
      await walk([...path, m[1]!]);
    }
  };
  await walk([]);
  return out;
}

/** Words that give away an English text left in a Vietnamese help page. */
const ENGLISH = /\b(the|of|and|print|prints|default|output|language|load|display|records?|when|with|for)\b/i;

describe('CLI help and error lines follow the locale (issue 16)', () => {
  it('every locale has every key, with the same placeholders', () => {
    const vi = cliLocales.vi as Record<string, string>;
    for (const [name, messages] of Object.entries(cliLocales)) {
      const m = messages as Record<string, string>;
      expect(Object.keys(m).sort(), name).toEqual(Object.keys(vi).sort());
      for (const k of Object.keys(vi)) expect(placeholders(m[k]!), `${name} ${k}`).toEqual(placeholders(vi[k]!));
    }
  });

  it('help of every command is in Vietnamese by default and in English with --locale en', async () => {
    const paths = await commandPaths();
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining([
        'check',
        'rules',
        'upgrade',
        'dues',
        'congress check',
        'ranking check',
        'serve',
        'db import',
      ]),
    );
    const english = Object.entries(cliLocales.en).filter(
      ([k, v]) => v !== (cliLocales.vi as Record<string, string>)[k] && v.length > 12 && !v.includes('{'),
    );
    for (const path of [[], ...paths]) {
      const vi = await run([...path, '--help']);
      const en = await run([...path, '--help', '--locale', 'en']);
      expect(vi.code, path.join(' ')).toBe(0);
      expect(vi.stdout, path.join(' ')).toContain('Cách dùng:');
      expect(en.stdout, path.join(' ')).toContain('Usage:');
      // the help's own text, without the command and option names typed on the command line
      const words = flat(vi.stdout)
        .replace(/--?[\w-]+|<[^>]*>|\[[^\]]*\]|\/v1\/\S*|\$\w+|"[^"]*"|`[^`]*`/g, '')
        .replace(/dieule\.[\w./]+|\w+(-\w+)+/g, '');
      expect(words, `${path.join(' ')}: ${words.match(ENGLISH)?.[0]}`).not.toMatch(ENGLISH);
      for (const [k, v] of english) expect(flat(vi.stdout), `${path.join(' ')} ${k}`).not.toContain(v);
      expect(flat(en.stdout), path.join(' ')).not.toMatch(/Cách dùng|Tùy chọn|mặc định/);
    }
  });

  it('error lines of every command are in Vietnamese by default and in English with --locale en', async () => {
    const member = join(dir, 'member.ndjson');
    writeFileSync(member, '{"kind":"member","id":"m-1"}\n');
    const cases: [string[], RegExp, RegExp][] = [
      [['check', join(dir, 'missing.json')], /không đọc được .*tệp không tồn tại/, /cannot read .*no such file/],
      [['check', member, '--as-of', '2026-13-01'], /--as-of phải là một ngày/, /--as-of must be a date/],
      [['check', member, '--format', 'pdf'], /--format phải là một trong/, /--format must be one of/],
      [['schema', 'nope'], /không có loại hồ sơ “nope”/, /unknown record kind “nope”/],
      [['ranking', 'check', member], /không có hồ sơ loại “rankingRound”/, /no record of kind “rankingRound”/],
      [['congress', 'check', member], /không có hồ sơ loại “congress”/, /no record of kind “congress”/],
      [['dues', '--month', '2026-03'], /cần đúng một trong/, /give exactly one of/],
      [['dues', '--month', '2026-03', '--insured', 'abc'], /phải là một số tiền/, /must be an amount/],
      [['dues'], /thiếu tùy chọn bắt buộc '--month/, /required option '--month/],
      [['calendar', 'lunar', '2026-02-30'], /ngày phải là một ngày dạng/, /date must be a date/],
      [['calendar', 'retirement', '1980-01-01', 'x'], /giới tính phải là/, /sex must be male or female/],
      [['calendar', 'ics', '--year', '2026'], /không có gì để xuất/, /nothing to export/],
      [['calendar', 'solar', '2026', '13x', '1'], /tháng phải là một số nguyên/, /month must be a whole number/],
      [['serve', '--port', '99999'], /--port phải từ 0 đến 65535/, /--port must be 0–65535/],
      [['db', 'worklist', '--within', 'soon', '--data', join(dir, 'db')], /--within cần/, /--within expects/],
      [['upgrade', member, '--out', join(dir, 'no', 'such', 'x.json')], /không ghi được/, /cannot write/],
      [['check', member, '--plugin', './nope.mjs'], /không có tệp hay thư mục này/, /no such file or directory/],
      [['check', member, '--bogus'], /lỗi: không có tùy chọn '--bogus'/, /error: unknown option '--bogus'/],
      [['check'], /lỗi: thiếu tham số bắt buộc 'file'/, /error: missing required argument 'file'/],
      [['check', member, member], /lỗi: thừa tham số cho lệnh 'check': cần 1, nhận được 2/, /too many arguments/],
      [
        ['chekc'],
        /lỗi: không có lệnh 'chekc'\n\(Có phải là check\?\)/,
        /unknown command 'chekc'\n\(Did you mean check\?\)/,
      ],
    ];
    for (const [argv, vi, en] of cases) {
      const a = await run(argv);
      const b = await run([...argv, '--locale', 'en']);
      expect(a.code, argv.join(' ')).toBe(2);
      expect(b.code, argv.join(' ')).toBe(2);
      expect(a.stderr, argv.join(' ')).toMatch(vi);
      expect(a.stderr, argv.join(' ')).not.toMatch(/\b(must|cannot|unknown|error|expected|got)\b/);
      expect(b.stderr, argv.join(' ')).toMatch(en);
    }
  });

  it('a JSON syntax error names the line and column and echoes none of the input', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[\n  {"kind":"member","id":"m-1"},\n  {"kind":"member","note": 079203001234}\n]\n');
    const a = await run(['check', bad]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/không phải JSON hợp lệ \(dòng 3, cột \d+\)/);
    expect(a.stderr).not.toMatch(/\d{4}/);
    const b = await run(['check', bad, '--locale', 'en']);
    expect(b.stderr).toMatch(/not valid JSON \(line 3, column \d+\)/);
  });
});

describe('a record that fails its schema is shown as `2 @ row 3` although its id is present (issue 16)', () => {
  it('names the record by its id, with the row and the field, in the officer’s words', async () => {
    const file = join(dir, 'schema.ndjson');
    writeFileSync(
      file,
      [
        '{"kind":"member","id":"m-1"}',
        '{"kind":"member","id":"m-2"}',
        '{"kind":"member","id":"DV-0003","person":{"fullName":"Lê Văn C"}}',
        '{"kind":"member"}',
      ].join('\n'),
    );
    const vi = await run(['check', file, '--as-of', '2026-11-23']);
    expect(vi.code).toBe(1);
    expect(vi.stdout).not.toMatch(/\b2 @ row 3\b|@ row/);
    expect(vi.stdout).toMatch(/^LỖI +hồ sơ DV-0003, dòng 3(, trường [\w.]+)? — /m);
    // a record without an id is counted from 1, as an officer counts
    expect(vi.stdout).toMatch(/hồ sơ thứ 4, dòng 4/);
    const en = await run(['check', file, '--as-of', '2026-11-23', '--locale', 'en']);
    expect(en.stdout).toMatch(/^ERROR +record DV-0003, row 3/m);
    const json = JSON.parse((await run(['check', file, '--as-of', '2026-11-23', '--format', 'json'])).stdout);
    expect(json.issues.filter((i: { record: unknown }) => i.record === 'DV-0003').length).toBeGreaterThan(0);
  });
});
