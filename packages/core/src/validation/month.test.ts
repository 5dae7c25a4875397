import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, HOLIDAYS_ID, toDayNumber, WorkCalendar } from '../calendar/index.js';
import { DEFAULT_JOURNAL_SETTINGS } from '../journal/settings.js';
import { monthRange } from '../calendar/index.js';
import { monthTarget, monthTargetOn } from './month.js';

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

describe('monthTargetOn', () => {
  const weekdays = (minutes: number) => ({ mon: minutes, tue: minutes, wed: minutes, thu: minutes, fri: minutes, sat: 0, sun: 0 });

  it('counts each day under the rules in force on it: a lower target from 16 November 2026', () => {
    const lower = { ...DEFAULT_JOURNAL_SETTINGS, dailyTargetMinutes: weekdays(300) };
    const rulesOn = (d: string) => ({ settings: d < '2026-11-16' ? DEFAULT_JOURNAL_SETTINGS : lower, calendar: cal });
    expect(monthTargetOn('2026-11', rulesOn)).toEqual({ workingDays: 21, targetMinutes: 10 * 510 + 11 * 300 });
  });

  it('property: one set of rules all month is monthTarget; a change on any day splits the month at that day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 600 }), (y, m, offset, minutes) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        const { from, to } = monthRange(month);
        expect(monthTargetOn(month, () => ({ settings: DEFAULT_JOURNAL_SETTINGS, calendar: cal }))).toEqual(monthTarget(month, DEFAULT_JOURNAL_SETTINGS, cal));
        const changeDay = toDayNumber(from) + offset;
        const after = { ...DEFAULT_JOURNAL_SETTINGS, dailyTargetMinutes: weekdays(minutes) };
        const split = monthTargetOn(month, (d) => ({ settings: toDayNumber(d) < changeDay ? DEFAULT_JOURNAL_SETTINGS : after, calendar: cal }));
        let before = 0;
        let since = 0;
        for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
          const d = fromDayNumber(day);
          if (!cal.isWorkingDay(d)) continue;
          if (day < changeDay) before++;
          else since++;
        }
        expect(split).toEqual({ workingDays: before + since, targetMinutes: before * 510 + since * minutes });
      }),
    );
  });
});

