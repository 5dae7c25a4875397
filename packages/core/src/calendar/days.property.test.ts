/**
 * Day arithmetic over the whole supported range (SUPPORTED_DATES) and at the edges of the
 * yyyy-mm-dd format, where `toISOString().slice(0, 10)` once produced '+010000-01' and a
 * "next working day" loop never advanced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportingDeadline } from '../journal/deadline.js';
import { DEFAULT_JOURNAL_SETTINGS } from '../journal/settings.js';
import { arbTargets } from '../journal/test-support.js';
import { monthTarget } from '../validation/month.js';
import { addDays, fromDayNumber, isIsoDate, isSupportedDate, SUPPORTED_DATES, toDayNumber, weekdayOf, WEEKDAY_KEYS } from './days.js';
import { isMonth, monthRange } from './period.js';
import { MAX_WORKING_DAYS_SHIFT, WorkCalendar } from './working-days.js';

const MS_PER_DAY = 86_400_000;
const MIN = toDayNumber(SUPPORTED_DATES.min);
const MAX = toDayNumber(SUPPORTED_DATES.max);
/** Years 0000 and 9999, the ends of the four-digit format. */
const FORMAT_MIN = toDayNumber('0000-01-01');
const FORMAT_MAX = toDayNumber('9999-12-31');
/** An independent oracle, valid for the years 0000-9999 only. */
const viaIso = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const arbSupportedDay = fc.integer({ min: MIN, max: MAX });

describe('day numbers over the whole supported range', () => {
  it('every supported day formats, parses back, orders as text and walks by one', () => {
    const JS_WEEKDAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    let previous = '';
    for (let day = MIN; day <= MAX; day++) {
      const date = fromDayNumber(day);
      if (date !== viaIso(day) || toDayNumber(date) !== day || !(date > previous) || !isSupportedDate(date)) {
        expect.fail(`day ${day}: ${date} (oracle ${viaIso(day)}, back ${toDayNumber(date)}, previous ${previous})`);
      }
      if (previous && addDays(previous, 1) !== date) expect.fail(`${previous} + 1 = ${addDays(previous, 1)}, not ${date}`);
      if (weekdayOf(date) !== JS_WEEKDAY[new Date(day * MS_PER_DAY).getUTCDay()]) expect.fail(`weekday of ${date}`);
      previous = date;
    }
    expect(previous).toBe(SUPPORTED_DATES.max);
    expect(fromDayNumber(MIN)).toBe(SUPPORTED_DATES.min);
  });

  it('the range is named in one place and bounds isSupportedDate on both sides', () => {
    expect(isSupportedDate(addDays(SUPPORTED_DATES.min, -1))).toBe(false);
    expect(isSupportedDate(addDays(SUPPORTED_DATES.max, 1))).toBe(false);
    for (const bad of ['0000-01-01', '0001-01-01', '9999-12-31', '2026-02-30', '275760-09-13', '+010000-01-01']) expect(isSupportedDate(bad)).toBe(false);
  });

  it('shifting by k and back is the identity, and moves the day number by exactly k', () => {
    fc.assert(
      fc.property(arbSupportedDay, fc.integer({ min: -800_000, max: 800_000 }), (day, k) => {
        fc.pre(day + k >= FORMAT_MIN && day + k <= FORMAT_MAX);
        const date = fromDayNumber(day);
        const moved = addDays(date, k);
        expect(moved).toBe(viaIso(day + k));
        expect(toDayNumber(moved) - day).toBe(k);
        expect(addDays(moved, -k)).toBe(date);
        expect(addDays(date, k)).toBe(moved);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses to leave the yyyy-mm-dd format instead of producing "+010000-01"', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
    expect(() => addDays('2026-11-23', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30x', 1)).toThrow(RangeError);
    expect(() => fromDayNumber(Number.NaN)).toThrow(RangeError);
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0000-01-02', -1)).toBe('0000-01-01');
    expect(isIsoDate('0000-02-29')).toBe(true); // year 0 is a leap year in the proleptic calendar
    expect(isIsoDate('0099-01-01')).toBe(true); // not read as 1999
    expect(toDayNumber('+010000-01')).toBeNaN();
  });
});

describe('working days over the whole supported range', () => {
  it('addWorkingDays and workingDaysBetween stay inverse from any supported date, any week, with holidays', () => {
    fc.assert(
      fc.property(
        arbSupportedDay,
        fc.integer({ min: -400, max: 400 }),
        arbTargets,
        fc.array(fc.integer({ min: -30, max: 600 }), { maxLength: 40 }),
        (day, n, targets, holidayOffsets) => {
          const start = fromDayNumber(day);
          const holidays = holidayOffsets.map((o) => ({ date: fromDayNumber(day + (n < 0 ? -o : o)), name: 'Libur uji', kind: 'national' as const }));
          const cal = new WorkCalendar(holidays, { dailyTargetMinutes: targets });
          const end = cal.addWorkingDays(start, n);
          expect(cal.workingDaysBetween(start, end)).toBe(n);
          if (n !== 0) expect(cal.isWorkingDay(end)).toBe(true);
          if (n > 0) expect(end > start).toBe(true);
          if (n < 0) expect(end < start).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a week of one working day behind a wall of holidays still ends', () => {
    const onlySunday = Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, d === 'sun' ? 60 : 0])) as Record<(typeof WEEKDAY_KEYS)[number], number>;
    const sundays = Array.from({ length: 500 }, (_, i) => ({ date: addDays('2026-11-29', 7 * i), name: 'Libur uji', kind: 'national' as const }));
    const cal = new WorkCalendar(sundays, { dailyTargetMinutes: onlySunday });
    expect(cal.addWorkingDays('2026-11-23', 1)).toBe(addDays('2026-11-29', 7 * 500));
  });

  it('past year 9999 and beyond the shift limit it throws at once instead of looping', () => {
    const cal = new WorkCalendar([], DEFAULT_JOURNAL_SETTINGS);
    expect(() => cal.addWorkingDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => cal.nextWorkingDay('9999-12-31')).toThrow(RangeError);
    expect(() => cal.previousWorkingDay('0000-01-01')).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-11-23', MAX_WORKING_DAYS_SHIFT + 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-11-23', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => reportingDeadline('9999-12-31', DEFAULT_JOURNAL_SETTINGS, cal, [], 'Asia/Jakarta')).toThrow(RangeError);
  });

  it('the last supported date still has a deadline, a month and a month target', () => {
    const cal = new WorkCalendar([], DEFAULT_JOURNAL_SETTINGS);
    const deadline = reportingDeadline(SUPPORTED_DATES.max, DEFAULT_JOURNAL_SETTINGS, cal, [], 'Asia/Jayapura');
    expect(deadline.closesOn > SUPPORTED_DATES.max).toBe(true);
    const lastMonth = SUPPORTED_DATES.max.slice(0, 7);
    expect(monthRange(lastMonth)).toEqual({ from: `${lastMonth}-01`, to: SUPPORTED_DATES.max });
    expect(monthTarget(lastMonth, DEFAULT_JOURNAL_SETTINGS, cal).workingDays).toBeGreaterThan(0);
  });
});

describe('months over the whole format', () => {
  it('every month from 0000-01 to 9999-12 ends on its last real day', () => {
    for (let year = 0; year <= 9999; year += year < 1890 || year > 2210 ? 37 : 1) {
      for (let m = 1; m <= 12; m++) {
        const month = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
        expect(isMonth(month)).toBe(true);
        const { from, to } = monthRange(month);
        const next = m === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
        if (!isIsoDate(to) || to.slice(0, 7) !== month || (year < 9999 || m < 12 ? addDays(to, 1) !== next : to !== '9999-12-31') || from !== `${month}-01`) {
          expect.fail(`${month}: ${from}..${to}`);
        }
      }
    }
    expect(monthRange('9999-12').to).toBe('9999-12-31');
  });
});
