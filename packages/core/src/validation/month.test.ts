import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../journal/calendar.js';
import { toDayNumber } from '../journal/days.js';
import { HOLIDAYS_ID } from '../journal/holidays-id.js';
import { DEFAULT_JOURNAL_SETTINGS } from '../journal/settings.js';
import { isMonth, monthRange, monthTarget } from './month.js';

const cal = new WorkCalendar(HOLIDAYS_ID, DEFAULT_JOURNAL_SETTINGS);

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

  it('November 2026 has 21 working days of 510 minutes; December loses Christmas and its cuti bersama', () => {
    expect(monthTarget('2026-11', DEFAULT_JOURNAL_SETTINGS, cal)).toEqual({ workingDays: 21, targetMinutes: 21 * 510 });
    expect(monthTarget('2026-12', DEFAULT_JOURNAL_SETTINGS, cal)).toEqual({ workingDays: 21, targetMinutes: 21 * 510 });
  });

  it('property: a month spans 28 to 31 days and its target is at most every day at its weekday target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        const { from, to } = monthRange(month);
        const days = toDayNumber(to) - toDayNumber(from) + 1;
        expect(days).toBeGreaterThanOrEqual(28);
        expect(days).toBeLessThanOrEqual(31);
        const t = monthTarget(month, DEFAULT_JOURNAL_SETTINGS, cal);
        expect(t.targetMinutes).toBe(t.workingDays * 510);
        expect(t.workingDays).toBeLessThanOrEqual(23);
      }),
    );
  });
});
