import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attainmentPercent, underOrganization } from '../src/index.js';

describe('attainmentPercent', () => {
  it('is the percentage truncated to two decimals (property)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (achieved, target) => {
        const p = attainmentPercent(achieved, target);
        const exact = (achieved * 100) / target;
        const twoDecimals = Math.abs(p * 100 - Math.round(p * 100)) < 1e-6;
        return twoDecimals && p <= exact + 1e-9 && exact < p + 0.01 + 1e-9;
      }),
    );
  });
  it('matches the seed: Tiền Giang 2023', () => expect(attainmentPercent(1621, 1500)).toBe(108.06));
});

describe('underOrganization', () => {
  it('a code covers itself and what sits under it, not its prefixes or lookalikes', () => {
    expect(underOrganization('TX', 'TX')).toBe(true);
    expect(underOrganization('TX.01.03', 'TX')).toBe(true);
    expect(underOrganization('TX/2', 'TX')).toBe(true);
    expect(underOrganization('TXA', 'TX')).toBe(false);
    expect(underOrganization('T', 'TX')).toBe(false);
    expect(underOrganization(undefined, 'TX')).toBe(false);
  });
});
