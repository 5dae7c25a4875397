import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_ID, toDayNumber, WorkCalendar } from '../calendar/index.js';
import { DEFAULT_JOURNAL_SETTINGS } from '../journal/settings.js';
import { monthRange } from '../calendar/index.js';
import { monthTarget } from './month.js';

const cal = new WorkCalendar(HOLIDAYS_ID, DEFAULT_JOURNAL_SETTINGS);

describe('monthTarget', () => {
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
