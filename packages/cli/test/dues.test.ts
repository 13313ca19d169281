import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('dieule dues', () => {
  it('computes a month’s dues with its basis, in Vietnamese by default', async () => {
    const { code, stdout } = await run(['dues', '--month', '2026-03', '--insured', '12.000.000']);
    expect(code).toBe(0);
    expect(stdout).toContain('Đảng phí tháng 03/2026: 120.000 đồng');
    expect(stdout).toContain('Quy định 01-QĐ/TW');
  });
  it('JSON output with the 2028 step-up', async () => {
    const { stdout } = await run(['dues', '--month', '2028-01', '--minimum-wage', '4000000', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, amount: 20000, confidence: 'secondary' });
  });
  it('exempt at 50 years of party age', async () => {
    const { stdout } = await run([
      'dues',
      '--month',
      '2026-03',
      '--pension',
      '8000000',
      '--party-age',
      '52',
      '--locale',
      'en',
    ]);
    expect(stdout).toContain('Party dues for 03/2026: 0 VND (exempt: 50 years of party age)');
    // regression (issue 16): the confidence was printed as its raw value (`carried-over`), now from the locale file
    expect(stdout).toMatch(/ — confidence: (verified|secondary|carried over|recalled)\.\n$/);
  });
  it('a month before QĐ 01 is a usage error with a reason, exit code 2', async () => {
    const { code, stderr } = await run(['dues', '--month', '2025-12', '--student']);
    expect(code).toBe(2);
    expect(stderr).toContain('Quyết định 342-QĐ/TW');
  });
});
