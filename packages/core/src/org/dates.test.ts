import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, todayIn } from './dates.js';

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

describe('todayIn', () => {
  const JAKARTA = 'Asia/Jakarta'; // WIB, UTC+7
  const MAKASSAR = 'Asia/Makassar'; // WITA, UTC+8
  const JAYAPURA = 'Asia/Jayapura'; // WIT, UTC+9

  it('WIB turns over at 17:00 UTC', () => {
    expect(todayIn(JAKARTA, new Date('2024-03-10T16:59:59.999Z'))).toBe('2024-03-10');
    expect(todayIn(JAKARTA, new Date('2024-03-10T17:00:00Z'))).toBe('2024-03-11');
  });

  it('WITA turns over at 16:00 UTC', () => {
    expect(todayIn(MAKASSAR, new Date('2024-03-10T15:59:59.999Z'))).toBe('2024-03-10');
    expect(todayIn(MAKASSAR, new Date('2024-03-10T16:00:00Z'))).toBe('2024-03-11');
  });

  it('WIT turns over at 15:00 UTC', () => {
    expect(todayIn(JAYAPURA, new Date('2024-03-10T14:59:59.999Z'))).toBe('2024-03-10');
    expect(todayIn(JAYAPURA, new Date('2024-03-10T15:00:00Z'))).toBe('2024-03-11');
  });

  it('around UTC midnight all three zones are already on the UTC date', () => {
    const justBefore = new Date('2024-03-10T23:59:59Z');
    const justAfter = new Date('2024-03-11T00:00:00Z');
    for (const tz of [JAKARTA, MAKASSAR, JAYAPURA]) {
      expect(todayIn(tz, justBefore)).toBe('2024-03-11');
      expect(todayIn(tz, justAfter)).toBe('2024-03-11');
    }
    expect(todayIn('UTC', justBefore)).toBe('2024-03-10');
    expect(todayIn('UTC', justAfter)).toBe('2024-03-11');
  });

  it('at one instant the three zones can show different dates', () => {
    const at = new Date('2024-03-10T15:30:00Z'); // 22:30 WIB, 23:30 WITA, 00:30 WIT
    expect(todayIn(JAKARTA, at)).toBe('2024-03-10');
    expect(todayIn(MAKASSAR, at)).toBe('2024-03-10');
    expect(todayIn(JAYAPURA, at)).toBe('2024-03-11');
    const later = new Date('2024-03-10T16:30:00Z'); // 23:30 WIB, 00:30 WITA
    expect(todayIn(JAKARTA, later)).toBe('2024-03-10');
    expect(todayIn(MAKASSAR, later)).toBe('2024-03-11');
  });

  it('crosses the year and the leap day in local time', () => {
    expect(todayIn(JAKARTA, new Date('2023-12-31T17:00:00Z'))).toBe('2024-01-01');
    expect(todayIn(JAKARTA, new Date('2023-12-31T16:59:59Z'))).toBe('2023-12-31');
    expect(todayIn(JAYAPURA, new Date('2024-02-28T15:00:00Z'))).toBe('2024-02-29');
    expect(todayIn(JAYAPURA, new Date('2024-02-29T15:00:00Z'))).toBe('2024-03-01');
  });

  it('always returns an ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(JAKARTA, MAKASSAR, JAYAPURA),
        (now, tz) => {
          const offsetHours = { [JAKARTA]: 7, [MAKASSAR]: 8, [JAYAPURA]: 9 }[tz]!;
          const local = new Date(now.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
          expect(todayIn(tz, now)).toBe(local);
          expect(isIsoDate(todayIn(tz, now))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayIn(JAKARTA))).toBe(true);
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
