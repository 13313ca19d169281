import { describe, expect, it } from 'vitest';
import { monthsOfServiceLeft, requiredRetirementMonths, retirementAge } from './retirement.js';

describe('requiredRetirementMonths (NĐ 135/2020 roadmap by year reached)', () => {
  it.each([
    [2020, 720, 660],
    [2021, 723, 664],
    [2022, 726, 668],
    [2023, 729, 672],
    [2024, 732, 676],
    [2027, 741, 688],
    [2028, 744, 692],
    [2029, 744, 696],
    [2034, 744, 716],
    [2035, 744, 720],
    [2050, 744, 720],
  ])('%i: men %i, women %i months', (year, men, women) => {
    expect(requiredRetirementMonths('male', year)).toBe(men);
    expect(requiredRetirementMonths('female', year)).toBe(women);
  });
});

describe('retirementAge (vn-data §5.3 worked examples)', () => {
  it.each([
    ['1960-09-10', 'male', 60, 0, '2020-09', '2020-10-01'],
    ['1961-01-05', 'male', 60, 3, '2021-04', '2021-05-01'],
    ['1961-09-05', 'male', 60, 3, '2021-12', '2022-01-01'],
    // 60y3m would fall in 01/2022, but 2022 requires 60y6m.
    ['1961-10-05', 'male', 60, 6, '2022-04', '2022-05-01'],
    ['1966-01-05', 'male', 61, 9, '2027-10', '2027-11-01'],
    ['1970-05-05', 'male', 62, 0, '2032-05', '2032-06-01'],
    ['1966-01-05', 'female', 55, 4, '2021-05', '2021-06-01'],
    ['1966-09-05', 'female', 55, 8, '2022-05', '2022-06-01'],
    ['1970-01-05', 'female', 57, 4, '2027-05', '2027-06-01'],
    ['1975-01-05', 'female', 59, 8, '2034-09', '2034-10-01'],
    ['1975-12-05', 'female', 60, 0, '2035-12', '2036-01-01'],
  ] as const)('%s %s → %i y %i m, reached %s, pension from %s', (birth, sex, y, m, month, pension) => {
    const r = retirementAge(birth, sex);
    expect(r.age).toEqual({ years: y, months: m });
    expect(r.reachedOn.slice(0, 7)).toBe(month);
    expect(r.pensionFrom).toBe(pension);
    expect(r.retiresOn.slice(0, 7)).toBe(month);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('clamps the day of reaching at the end of a short month', () => {
    // 31/12/1961: 60y3m would fall in 03/2022, but 2022 requires 60y6m → June, which has 30 days.
    expect(retirementAge('1961-12-31', 'male').reachedOn).toBe('2022-06-30');
    expect(retirementAge('1961-11-30', 'male').reachedOn).toBe('2022-05-30');
  });

  it('cites the 2019 code and the decree from 2021, the 2012 code before', () => {
    expect(retirementAge('1961-01-05', 'male').citations.map((c) => c.document)).toContain('nd-135-2020');
    expect(retirementAge('1960-01-05', 'male').citations.map((c) => c.document)).toEqual(['blld-2012']);
  });
});

describe('monthsOfServiceLeft', () => {
  it('counts required age minus completed age in months', () => {
    expect(monthsOfServiceLeft('1970-05-20', 'male', '2027-05-20')).toBe(60);
    expect(monthsOfServiceLeft('1970-05-20', 'male', '2027-05-19')).toBe(61);
    expect(monthsOfServiceLeft('1970-05-20', 'male', '2040-01-01')).toBe(0);
  });
});
