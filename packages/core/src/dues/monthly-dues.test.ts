import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthlyDues } from './monthly-dues.js';

const other = (wage: number, retirementAge = false) => ({
  kind: 'other' as const,
  regionalMinimumWage: wage,
  retirementAge,
});

describe('monthlyDues (QĐ 01-QĐ/TW, 2026)', () => {
  it('1 % of the insured salary, 0.5 % of the pension, 5,000 đồng for students', () => {
    expect(
      monthlyDues({ month: '2026-02', situation: { kind: 'insured', insuredSalaryLastMonth: 9_876_543 } }),
    ).toMatchObject({
      ok: true,
      amount: 98_765,
      confidence: 'secondary',
    });
    expect(monthlyDues({ month: '2026-05', situation: { kind: 'pensioner', pension: 7_000_000 } })).toMatchObject({
      amount: 35_000,
    });
    expect(monthlyDues({ month: '2026-05', situation: { kind: 'student' } })).toMatchObject({ amount: 5_000 });
  });
  it('the regional minimum-wage tiers step up on 1/1/2028', () => {
    expect(monthlyDues({ month: '2027-12', situation: other(4_000_000) })).toMatchObject({ amount: 12_000 });
    expect(monthlyDues({ month: '2027-12', situation: other(4_000_000, true) })).toMatchObject({ amount: 8_000 });
    expect(monthlyDues({ month: '2028-01', situation: other(4_000_000) })).toMatchObject({ amount: 20_000 });
    expect(monthlyDues({ month: '2028-01', situation: other(4_000_000, true) })).toMatchObject({ amount: 12_000 });
  });
  it('exempt from 50 years of party age, on the social pension, or on a hardship application', () => {
    const s = { kind: 'insured' as const, insuredSalaryLastMonth: 10_000_000 };
    expect(monthlyDues({ month: '2026-06', situation: s, partyAgeYears: 50 })).toMatchObject({
      amount: 0,
      exempt: true,
    });
    expect(monthlyDues({ month: '2026-06', situation: s, partyAgeYears: 49 })).toMatchObject({
      amount: 100_000,
      exempt: false,
    });
    expect(monthlyDues({ month: '2026-06', situation: s, socialPension: true })).toMatchObject({ exempt: true });
    expect(monthlyDues({ month: '2026-06', situation: s, hardshipExemption: true })).toMatchObject({ exempt: true });
  });
  it('a reduction of 30, 50 or 70 % lasts at most 12 months', () => {
    const s = { kind: 'pensioner' as const, pension: 6_000_000 };
    expect(monthlyDues({ month: '2026-06', situation: s, reduction: { percent: 50, monthOfGrant: 12 } })).toMatchObject(
      { amount: 15_000 },
    );
    expect(monthlyDues({ month: '2026-06', situation: s, reduction: { percent: 50, monthOfGrant: 13 } })).toMatchObject(
      { amount: 30_000 },
    );
    expect(monthlyDues({ month: '2026-06', situation: s, reduction: { percent: 40, monthOfGrant: 1 } })).toMatchObject({
      ok: false,
      problem: 'badReduction',
    });
  });
  it('months before QĐ 01 and bad input give a problem in Vietnamese, never a throw', () => {
    const r = monthlyDues({ month: '2026-01', situation: { kind: 'student' } });
    expect(r).toMatchObject({ ok: false, problem: 'notCovered' });
    expect(!r.ok && r.message.vi).toContain('01/2026');
    expect(monthlyDues({ month: '2026-13', situation: { kind: 'student' } })).toMatchObject({ problem: 'badMonth' });
    expect(monthlyDues({ month: '2026-03', situation: other(Number.NaN) })).toMatchObject({ problem: 'badAmount' });
  });
  it('property: never negative, never more than the undiscounted amount (seed 2026)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.constantFrom(30, 50, 70),
        fc.integer({ min: 1, max: 24 }),
        (salary, percent, monthOfGrant) => {
          const s = { kind: 'insured' as const, insuredSalaryLastMonth: salary };
          const full = monthlyDues({ month: '2026-09', situation: s });
          const cut = monthlyDues({ month: '2026-09', situation: s, reduction: { percent, monthOfGrant } });
          return full.ok && cut.ok && cut.amount >= 0 && cut.amount <= full.amount;
        },
      ),
      { seed: 2026, numRuns: 200 },
    );
  });
});
