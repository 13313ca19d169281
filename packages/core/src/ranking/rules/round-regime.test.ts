import { describe, expect, it } from 'vitest';
import { rankingActDate, regimeAt, regimeForYear } from '../regime.js';
import { roundRegimeRule } from './round-regime.js';
import { rankingTester, round } from './test-kit.js';

rankingTester().run(roundRegimeRule, {
  valid: [
    { name: '2022 without regime', record: round(2022) },
    { name: '2023 named qd124', record: round(2023, [], { regime: 'qd124' }) },
    { name: '2025 named qd366', record: round(2025, [], { regime: 'qd366' }) },
  ],
  invalid: [
    {
      name: '2024 named qd366',
      record: round(2024, [], { regime: 'qd366' }),
      errors: [{ messageId: 'mismatch', facts: { expected: 'qd124', given: 'qd366' } }],
    },
    { name: '2018 is not covered', record: round(2018), errors: [{ messageId: 'uncovered', path: ['year'] }] },
    {
      name: 'English',
      record: round(2022, [], { regime: 'qd124' }),
      errors: [{ messageId: 'mismatch', locale: 'en', message: 'ranked under QĐ 132 + HD 21' }],
    },
  ],
});

describe('regime switch dates', () => {
  it('chooses the regime in force on the day', () => {
    expect(regimeAt('2019-10-17')).toBeUndefined();
    expect(regimeAt('2019-10-18')).toBe('hd21');
    expect(regimeAt('2023-10-03')).toBe('hd21');
    expect(regimeAt('2023-10-04')).toBe('qd124');
    expect(regimeAt('2025-08-29')).toBe('qd124');
    expect(regimeAt('2025-08-30')).toBe('qd366');
  });
  it('ranks a year under the regime in force at its end', () => {
    expect([2018, 2019, 2022, 2023, 2024, 2025, 2026].map(regimeForYear)).toEqual([
      undefined,
      'hd21',
      'hd21',
      'qd124',
      'qd124',
      'qd366',
      'qd366',
    ]);
  });
  it('moves the act date into an explicit regime', () => {
    expect(rankingActDate({ year: 2024 })).toBe('2024-12-31');
    expect(rankingActDate({ year: 2024, regime: 'qd366' })).toBe('2025-08-30');
    expect(rankingActDate({ year: 2025, regime: 'hd21' })).toBe('2023-10-03');
    expect(rankingActDate({ year: 2024, regime: 'qd124' })).toBe('2024-12-31');
  });
});
