import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateToExcelSerial, excelSerialToDate, readDate } from '../src/index.js';

const o = { pivotYear: 2026 };

describe('readDate', () => {
  it.each([
    ['05/03/1980', '1980-03-05', 'dmy'],
    ['5/3/1980', '1980-03-05', 'dmy'],
    ['05-03-1980', '1980-03-05', 'dmy'],
    ['05.03.1980', '1980-03-05', 'dmy'],
    ['1980-03-05', '1980-03-05', 'iso'],
    ['ngày 05 tháng 3 năm 2024', '2024-03-05', 'words'],
    ['5/3/45', '1945-03-05', 'two-digit-year'],
    ['5/3/24', '2024-03-05', 'two-digit-year'],
    [45658, '2025-01-01', 'serial1900'],
    ['35981', '1998-07-05', 'serial1900'],
  ])('%s → %s (%s)', (input, value, form) => {
    expect(readDate(input, o)).toMatchObject({ ok: true, value, form });
  });
  it('century rule: the latest year ending in yy not after the pivot year', () => {
    expect(readDate('1/1/26', o)).toMatchObject({ value: '2026-01-01' });
    expect(readDate('1/1/27', o)).toMatchObject({ value: '1927-01-01' });
  });
  it('reads Excel date cells in UTC', () => {
    expect(readDate(new Date(Date.UTC(1998, 6, 5)), o)).toMatchObject({
      ok: true,
      value: '1998-07-05',
      form: 'date-cell',
    });
  });
  it.each([
    ['1950', 'partial'],
    ['3/1950', 'partial'],
    ['00/00/1950', 'partial'],
    ['--/--/1950', 'partial'],
    ['12/25/1980', 'month-first'],
    ['31/02/2020', 'range'],
    ['abc', 'format'],
    [60, 'serial'],
  ])('%s is a problem (%s), never a guess', (input, problem) => {
    expect(readDate(input, o)).toMatchObject({ ok: false, problem });
  });
  it('a day-first reading is ambiguous in a month-first column', () => {
    expect(readDate('05/03/1980', { ...o, columnMonthFirst: true })).toMatchObject({ ok: false, problem: 'ambiguous' });
    expect(readDate('25/03/1980', { ...o, columnMonthFirst: true })).toMatchObject({ ok: true });
  });
});

describe('Excel serials', () => {
  it('check values of both date systems', () => {
    expect(excelSerialToDate(35981)).toBe('1998-07-05');
    expect(excelSerialToDate(34519, true)).toBe('1998-07-05');
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeUndefined(); // the fictitious 29/02/1900
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(45658.75)).toBe('2025-01-01');
  });
  it('serial ↔ date round trip (property, both systems)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80000 }), fc.boolean(), (s, d1904) => {
        if (!d1904 && s === 60) return true;
        const d = excelSerialToDate(s, d1904)!;
        return dateToExcelSerial(d, d1904) === s;
      }),
    );
  });
});
