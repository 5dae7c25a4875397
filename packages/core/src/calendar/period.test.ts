import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDayNumber } from './days.js';
import { calendarYear, isMonth, monthRange, periodContains } from './period.js';

describe('months', () => {
  it('knows the length of each month, leap years included', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-02').to).toBe('2026-02-28');
  });

  it('refuses anything but yyyy-mm', () => {
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('2026-00')).toBe(false);
    expect(() => monthRange('2026-13')).toThrow(RangeError);
  });

});

describe('calendar years', () => {
  it('run from 1 January to 31 December, leap years included', () => {
    expect(calendarYear(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(calendarYear(2028)).toEqual({ from: '2028-01-01', to: '2028-12-31' });
    expect(calendarYear(0)).toEqual({ from: '0000-01-01', to: '0000-12-31' });
  });

  it('refuses a year with no four-digit form or no whole number', () => {
    for (const y of [-1, 10_000, 2026.5, Number.NaN]) expect(() => calendarYear(y), String(y)).toThrow(RangeError);
  });

  it('property: a year is its twelve months end to end, 365 or 366 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (y) => {
        const year = calendarYear(y);
        const months = Array.from({ length: 12 }, (_, i) => monthRange(`${String(y).padStart(4, '0')}-${String(i + 1).padStart(2, '0')}`));
        expect(months[0]!.from).toBe(year.from);
        expect(months[11]!.to).toBe(year.to);
        for (let i = 1; i < 12; i++) expect(addDays(months[i - 1]!.to, 1)).toBe(months[i]!.from);
        const days = toDayNumber(year.to) - toDayNumber(year.from) + 1;
        expect(days === 365 || days === 366).toBe(true);
      }),
    );
  });
});

describe('periodContains', () => {
  const november = monthRange('2026-11');

  it('counts both ends and nothing outside them', () => {
    expect(periodContains(november, '2026-11-01')).toBe(true);
    expect(periodContains(november, '2026-11-30')).toBe(true);
    expect(periodContains(november, '2026-10-31')).toBe(false);
    expect(periodContains(november, '2026-12-01')).toBe(false);
  });

  it('holds no string that is not a real date, even one that sorts inside', () => {
    expect(periodContains(november, '2026-11-31')).toBe(false);
    expect(periodContains(november, '2026-11-1')).toBe(false);
  });
});
