import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from './days.js';

describe('isIsoDate', () => {
  it.each(['2024-01-01', '2024-02-29', '2000-02-29', '2023-12-31', '1999-04-30', '1940-01-01'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });

  it.each([
    ['non-leap 29 February', '2023-02-29'],
    ['1900 is not a leap year', '1900-02-29'],
    ['30 February', '2024-02-30'],
    ['31 April', '2024-04-31'],
    ['day 00', '2024-01-00'],
    ['day 32', '2024-01-32'],
    ['month 00', '2024-00-10'],
    ['month 13', '2024-13-01'],
  ])('rejects an invalid day: %s', (_label, s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it.each([
    ['no zero padding', '2024-1-01'],
    ['no zero padding in day', '2024-01-1'],
    ['slashes', '2024/01/01'],
    ['compact', '20240101'],
    ['day first', '01-01-2024'],
    ['with time', '2024-01-01T00:00:00Z'],
    ['trailing space', '2024-01-01 '],
    ['leading space', ' 2024-01-01'],
    ['five-digit year', '12024-01-01'],
    ['empty', ''],
    ['letters', 'yyyy-mm-dd'],
  ])('rejects a wrong format: %s', (_label, s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2024-04-30', 1, '2024-05-01'],
    ['2024-06-15', 0, '2024-06-15'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-12-31', -366, '2023-12-31'],
    ['2024-01-15', 45, '2024-02-29'],
  ])('%s %+d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('property: adding n then -n returns the date, and adding is additive', () => {
    const isoDate = fc
      .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const n = fc.integer({ min: -2000, max: 2000 });
    fc.assert(
      fc.property(isoDate, n, n, (d, a, b) => {
        expect(isIsoDate(addDays(d, a))).toBe(true);
        expect(addDays(addDays(d, a), -a)).toBe(d);
        expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
        const diffDays = (Date.parse(`${addDays(d, a)}T00:00:00Z`) - Date.parse(`${d}T00:00:00Z`)) / 86_400_000;
        expect(diffDays).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });
});
