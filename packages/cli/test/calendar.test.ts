import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('dieule calendar add-working-days', () => {
  it('prints the n-th working day strictly after the date', async () => {
    expect(await run(['calendar', 'add-working-days', '2024-02-07', '1'])).toMatchObject({
      code: 0,
      stdout: '15/02/2024\n',
    });
  });
  it('--json adds the explanation', async () => {
    const { code, stdout } = await run(['calendar', 'add-working-days', '2024-04-26', '2', '--json']);
    expect(code).toBe(0);
    const e = JSON.parse(stdout);
    expect(e.date).toBe('2024-05-03');
    expect(e.skipped.map((s: { date: string; reason: { kind: string } }) => `${s.date}:${s.reason.kind}`)).toEqual([
      '2024-04-27:weekend',
      '2024-04-28:weekend',
      '2024-04-29:swap',
      '2024-04-30:statutory',
      '2024-05-01:statutory',
    ]);
  });
  it('bad input is a usage error (exit 2)', async () => {
    const r = await run(['calendar', 'add-working-days', '2024-02-30', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('YYYY-MM-DD');
    expect((await run(['calendar', 'add-working-days', '2024-02-01', 'x'])).code).toBe(2);
  });
});

describe('dieule calendar is-working-day', () => {
  it.each([
    ['2024-05-04', '04/05/2024: ngày làm việc'], // make-up Saturday
    ['2024-04-29', '29/04/2024: ngày nghỉ'], // swapped Monday
    ['2026-02-17', '17/02/2026: ngày nghỉ'], // Tết Bính Ngọ
    ['2026-11-23', '23/11/2026: ngày làm việc'],
  ])('%s → %s', async (d, expected) => {
    expect(await run(['calendar', 'is-working-day', d])).toMatchObject({ code: 0, stdout: `${expected}\n` });
  });
});

describe('dieule calendar lunar / solar', () => {
  it('prints the lunar date, with " leap" for a leap month', async () => {
    expect((await run(['calendar', 'lunar', '2025-01-29'])).stdout).toBe('01/01/2025 âm lịch, năm Ất Tỵ\n');
    expect((await run(['calendar', 'lunar', '2023-03-22'])).stdout).toBe(
      '01/02/2023 âm lịch (tháng nhuận), năm Quý Mão\n',
    );
    expect((await run(['calendar', 'lunar', '1985-01-21'])).stdout).toBe('01/01/1985 âm lịch, năm Ất Sửu\n');
    expect((await run(['calendar', 'lunar', '2023-03-22', '--locale', 'en'])).stdout).toBe(
      '01/02/2023 lunar (leap month), year Quý Mão\n',
    );
  });
  it('converts back', async () => {
    expect((await run(['calendar', 'solar', '2025', '3', '10'])).stdout).toBe('07/04/2025\n');
    expect((await run(['calendar', 'solar', '2023', '2', '1', '--leap'])).stdout).toBe('22/03/2023\n');
  });
  it('refuses dates that do not exist', async () => {
    const r = await run(['calendar', 'solar', '2024', '12', '30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tháng 12 âm lịch năm 2024 chỉ có 29 ngày');
    // regression (issue 16): the reason was English whatever the locale
    expect((await run(['calendar', 'solar', '2024', '12', '30', '--locale', 'en'])).stderr).toContain('has 29 days');
    expect((await run(['calendar', 'solar', '2024', '5', '1', '--leap'])).stderr).toContain(
      'năm âm lịch 2024 không có tháng 5 nhuận',
    );
    expect((await run(['calendar', 'solar', '2024', '5', '1', '--leap'])).code).toBe(2);
  });
});

describe('dieule calendar holidays', () => {
  it('--json lists name, kind and whether the year is estimated', async () => {
    const { code, stdout } = await run(['calendar', 'holidays', '2024', '--json']);
    expect(code).toBe(0);
    const h = JSON.parse(stdout);
    expect(h.estimated).toBe(false);
    expect(h.days).toContainEqual(expect.objectContaining({ date: '2024-05-04', kind: 'make-up' }));
    expect(h.days).toContainEqual(
      expect.objectContaining({ date: '2024-04-29', kind: 'swap', name: expect.any(String) }),
    );
    const later = JSON.parse((await run(['calendar', 'holidays', '2027', '--json'])).stdout);
    expect(later.estimated).toBe(true);
  });
  it('prints a table', async () => {
    const { stdout } = await run(['calendar', 'holidays', '2026', '--locale', 'en']);
    expect(stdout).toContain('17/02/2026  statutory    Lunar New Year (Tết)');
    expect(stdout).toContain('* estimated');
  });
});

describe('the calendar command speaks Vietnamese by default, with dd/mm/yyyy dates (issue 16)', () => {
  it('every plain output is in Vietnamese, English with --locale en, and never shows an ISO date', async () => {
    const cases: [string[], string, string][] = [
      [['calendar', 'add-working-days', '2024-04-26', '2'], '03/05/2024', '03/05/2024'],
      [['calendar', 'is-working-day', '2024-05-04'], '04/05/2024: ngày làm việc', '04/05/2024: working day'],
      [
        ['calendar', 'retirement', '1961-10-05', 'male'],
        '60 năm 6 tháng: đủ tuổi nghỉ hưu ngày 05/04/2022, hưởng lương hưu từ 01/05/2022',
        '60 years 6 months: retirement age reached on 05/04/2022, pension from 01/05/2022',
      ],
      [['calendar', 'holidays', '2024'], '29/04/2024  hoán đổi', '29/04/2024  swap'],
      [['calendar', 'term', 'cell', '2026-03-01'], 'Nhiệm kỳ 2025–2027: 01/04/2025', 'Term 2025–2027: 01/04/2025'],
    ];
    for (const [argv, vi, en] of cases) {
      const a = await run(argv);
      const b = await run([...argv, '--locale', 'en']);
      expect(a.code, argv.join(' ')).toBe(0);
      expect(a.stdout, argv.join(' ')).toContain(vi);
      expect(b.stdout, argv.join(' ')).toContain(en);
      expect(a.stdout, argv.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}|\b(pension|mid-term|statutory|true|false)\b/);
    }
    const dir = await mkdtemp(join(tmpdir(), 'dieule-ics-'));
    const written = await run(['calendar', 'ics', '--year', '2026', '--holidays', '-o', join(dir, 'a.ics')]);
    expect(written.stdout).toMatch(/^đã ghi \d+ sự kiện vào /);
  });
});

describe('dieule calendar retirement', () => {
  it('--json prints { age, reachedOn, pensionFrom }', async () => {
    const { code, stdout } = await run(['calendar', 'retirement', '1961-10-05', 'male', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      age: { years: 60, months: 6 },
      reachedOn: '2022-04-05',
      pensionFrom: '2022-05-01',
    });
  });
  it('refuses an unknown sex', async () => {
    expect((await run(['calendar', 'retirement', '1961-10-05', 'x'])).code).toBe(2);
  });
});

describe('dieule calendar ics', () => {
  it('writes an .ics file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dieule-ics-'));
    const file = join(dir, 'cal.ics');
    const r = await run([
      'calendar',
      'ics',
      '--year',
      '2026',
      '--holidays',
      '--schedule',
      'cell',
      '--term',
      'cell',
      '-o',
      file,
    ]);
    expect(r.code).toBe(0);
    const ics = await readFile(file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260216');
    expect(ics).toContain('UID:cell-meeting-2026-01');
  });
  it('prints to standard output and refuses an empty export', async () => {
    const r = await run(['calendar', 'ics', '--year', '2026', '--deadline', '2026-05-19:Hết dự bị']);
    expect(r.stdout).toContain('SUMMARY:Hết dự bị');
    expect((await run(['calendar', 'ics', '--year', '2026'])).code).toBe(2);
  });
});

describe('dieule calendar term', () => {
  it('prints the term in progress', async () => {
    const { code, stdout } = await run(['calendar', 'term', 'national-congress', '2026-03-01', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ label: '2026–2031', ordinal: 14, start: '2026-01-19' });
    expect((await run(['calendar', 'term', 'cell', '2026-03-01'])).stdout).toMatch(
      /^Nhiệm kỳ 2025–2027: 01\/04\/2025 – /,
    );
  });
  it('supplied congress dates override the nominal boundaries', async () => {
    const { stdout } = await run([
      'calendar',
      'term',
      'grassroots-committee',
      '2025-06-01',
      '--congress',
      '2025-05-20',
      '--json',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ label: '2025–2030', start: '2025-05-20', basis: 'congress' });
  });
  it('refuses an unknown body', async () => {
    expect((await run(['calendar', 'term', 'politburo', '2026-01-01'])).code).toBe(2);
  });
});
