import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar, type Holiday } from './working-days.js';
import { addDays, weekdayOf } from './days.js';
import { HOLIDAYS_ID } from './holidays-id.js';
import { DEFAULT_JOURNAL_SETTINGS } from '../journal/settings.js';
import { arbDate, arbHolidays, arbTargets } from '../journal/test-support.js';

const FIVE_DAY = DEFAULT_JOURNAL_SETTINGS;
const id = new WorkCalendar(HOLIDAYS_ID, FIVE_DAY);
const plain = new WorkCalendar([], FIVE_DAY);

describe('WorkCalendar: working days', () => {
  it('Monday to Friday are working days, Saturday and Sunday are not (default targets)', () => {
    // 2026-11-16 is a Monday.
    const week = Array.from({ length: 7 }, (_, i) => addDays('2026-11-16', i));
    expect(week.map((d) => weekdayOf(d))).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(week.map((d) => plain.isWorkingDay(d))).toEqual([true, true, true, true, true, false, false]);
  });

  it('a weekday is a working day exactly when its target is above 0', () => {
    const sixDay = new WorkCalendar([], { dailyTargetMinutes: { ...FIVE_DAY.dailyTargetMinutes, sat: 300 } });
    expect(sixDay.isWorkingDay('2026-11-21')).toBe(true); // Saturday
    expect(sixDay.isWorkingDay('2026-11-22')).toBe(false); // Sunday
    const noFriday = new WorkCalendar([], { dailyTargetMinutes: { ...FIVE_DAY.dailyTargetMinutes, fri: 0 } });
    expect(noFriday.isWorkingDay('2026-11-20')).toBe(false);
  });

  it('national holidays and cuti bersama are not working days', () => {
    expect(id.isWorkingDay('2026-08-17')).toBe(false); // Proklamasi, a Monday
    expect(id.isWorkingDay('2026-03-20')).toBe(false); // cuti bersama Idulfitri, a Friday
    expect(id.isWorkingDay('2026-08-18')).toBe(true);
  });

  it('a holiday on a weekend changes nothing', () => {
    expect(id.isWorkingDay('2026-03-21')).toBe(false); // Idulfitri on a Saturday
    expect(id.nextWorkingDay('2026-03-21')).toBe('2026-03-25');
  });

  it('refuses a calendar without any working weekday', () => {
    const none = { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 };
    expect(() => new WorkCalendar([], { dailyTargetMinutes: none })).toThrow(RangeError);
  });

  it('refuses malformed holiday dates and malformed query dates', () => {
    expect(() => new WorkCalendar([{ date: '2026-02-30', name: 'x', kind: 'national' }], FIVE_DAY)).toThrow(/Tanggal libur "x"/);
    expect(() => plain.isWorkingDay('2026-1-5')).toThrow(RangeError);
    expect(() => plain.addWorkingDays('19-11-2026', 1)).toThrow(RangeError);
    expect(() => plain.workingDaysBetween('2026-11-19', 'kemarin')).toThrow(RangeError);
    expect(() => plain.holidayOn('')).toThrow(RangeError);
  });
});

describe('WorkCalendar.holidayOn', () => {
  it('returns the holiday with its name and kind', () => {
    expect(id.holidayOn('2026-03-19')).toEqual({ date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'national' });
    expect(id.holidayOn('2026-03-23')?.kind).toBe('cuti_bersama');
    expect(id.holidayOn('2026-11-19')).toBeUndefined();
  });

  it('prefers the national holiday when two share a date, whatever the input order', () => {
    const national: Holiday = { date: '2027-03-10', name: 'Idulfitri', kind: 'national' };
    const cuti: Holiday = { date: '2027-03-10', name: 'Cuti bersama', kind: 'cuti_bersama' };
    expect(new WorkCalendar([cuti, national], FIVE_DAY).holidayOn('2027-03-10')).toBe(national);
    expect(new WorkCalendar([national, cuti], FIVE_DAY).holidayOn('2027-03-10')).toBe(national);
  });
});

describe('WorkCalendar.addWorkingDays and nextWorkingDay', () => {
  it('skips the weekend: Thursday + 3 is the next Tuesday', () => {
    expect(plain.addWorkingDays('2026-11-19', 3)).toBe('2026-11-24');
    expect(plain.addWorkingDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday + 1 = Monday
  });

  it('never counts the start day, even when it is a working day', () => {
    expect(plain.addWorkingDays('2026-11-16', 1)).toBe('2026-11-17');
  });

  it('from a Saturday or Sunday the first working day is Monday', () => {
    expect(plain.addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(plain.addWorkingDays('2026-11-22', 3)).toBe('2026-11-25');
  });

  it('n = 0 returns the date itself, working day or not', () => {
    expect(plain.addWorkingDays('2026-11-19', 0)).toBe('2026-11-19');
    expect(plain.addWorkingDays('2026-11-21', 0)).toBe('2026-11-21');
  });

  it('negative n counts backwards', () => {
    expect(plain.addWorkingDays('2026-11-24', -3)).toBe('2026-11-19');
    expect(plain.addWorkingDays('2026-11-23', -1)).toBe('2026-11-20');
    expect(id.previousWorkingDay('2026-03-25')).toBe('2026-03-17'); // back across Nyepi and Lebaran
  });

  it('refuses fractional n', () => {
    expect(() => plain.addWorkingDays('2026-11-19', 1.5)).toThrow(RangeError);
  });

  it('skips Nyepi, Idulfitri and the cuti bersama around them (March 2026)', () => {
    // Tue 17 Mar; 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21–22 Idulfitri, 23–24 cuti.
    expect(id.nextWorkingDay('2026-03-17')).toBe('2026-03-25');
    expect(id.addWorkingDays('2026-03-17', 3)).toBe('2026-03-27');
  });

  it('crosses the year boundary and its holidays', () => {
    // 2025: Thu 25 Dec Natal, Fri 26 cuti bersama; 2026: Thu 1 Jan.
    expect(id.addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(id.addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
    expect(plain.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(id.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('handles 29 February', () => {
    expect(plain.addWorkingDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(plain.addWorkingDays('2027-02-26', 1)).toBe('2027-03-01');
  });

  it('a six-day week only skips Sunday', () => {
    const sixDay = new WorkCalendar([], { dailyTargetMinutes: { ...FIVE_DAY.dailyTargetMinutes, sat: 300 } });
    expect(sixDay.addWorkingDays('2026-11-19', 3)).toBe('2026-11-23');
  });
});

describe('WorkCalendar.workingDaysBetween', () => {
  it('counts (a, b]: the start excluded, the end included', () => {
    expect(plain.workingDaysBetween('2026-11-19', '2026-11-24')).toBe(3);
    expect(plain.workingDaysBetween('2026-11-19', '2026-11-20')).toBe(1);
    expect(plain.workingDaysBetween('2026-11-20', '2026-11-22')).toBe(0); // Sat and Sun
  });

  it('is 0 for equal dates', () => {
    expect(plain.workingDaysBetween('2026-11-19', '2026-11-19')).toBe(0);
  });

  it('is negative backwards, counting [b, a)', () => {
    expect(plain.workingDaysBetween('2026-11-24', '2026-11-19')).toBe(-3);
    expect(plain.workingDaysBetween('2026-11-23', '2026-11-21')).toBe(0); // stepping onto Sun and Sat
    expect(plain.workingDaysBetween('2026-11-22', '2026-11-20')).toBe(-1); // Sat, then Fri
  });

  it('counts the working days of a month with holidays (March 2026: 22 weekdays − 5 off)', () => {
    expect(id.workingDaysBetween('2026-02-28', '2026-03-31')).toBe(17);
  });

  it('counts a whole year (2026: 261 weekdays, 25 days off of which 21 fall on weekdays)', () => {
    const weekdayHolidays = HOLIDAYS_ID.filter((h) => h.date.startsWith('2026-') && !['sat', 'sun'].includes(weekdayOf(h.date)));
    expect(weekdayHolidays).toHaveLength(21);
    expect(plain.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(261);
    expect(id.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(261 - 21);
  });
});

describe('WorkCalendar properties', () => {
  const arbCalendar = fc.tuple(arbHolidays, arbTargets).map(([h, t]) => new WorkCalendar(h, { dailyTargetMinutes: t }));

  it('addWorkingDays(d, n) is a working day for every n ≠ 0', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate(), fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0), (cal, d, n) => {
        expect(cal.isWorkingDay(cal.addWorkingDays(d, n))).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n for every n', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate(), fc.integer({ min: -40, max: 40 }), (cal, d, n) => {
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it('addWorkingDays moves in the direction of n and skips only non-working days', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate(), fc.integer({ min: 1, max: 30 }), (cal, d, n) => {
        const end = cal.addWorkingDays(d, n);
        expect(end > d).toBe(true);
        let working = 0;
        for (let x = addDays(d, 1); x <= end; x = addDays(x, 1)) if (cal.isWorkingDay(x)) working++;
        expect(working).toBe(n);
      }),
    );
  });

  it('steps compose: addWorkingDays(addWorkingDays(d, a), b) === addWorkingDays(d, a + b) for a ≥ 1, b ≥ 0', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate(), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), (cal, d, a, b) => {
        expect(cal.addWorkingDays(cal.addWorkingDays(d, a), b)).toBe(cal.addWorkingDays(d, a + b));
      }),
    );
  });

  it('workingDaysBetween matches a brute-force count and is additive along a forward chain', () => {
    fc.assert(
      fc.property(arbCalendar, fc.array(arbDate(), { minLength: 3, maxLength: 3 }), (cal, dates) => {
        const [a, b, c] = [...dates].sort() as [string, string, string];
        let brute = 0;
        for (let x = addDays(a, 1); x <= c; x = addDays(x, 1)) if (cal.isWorkingDay(x)) brute++;
        expect(cal.workingDaysBetween(a, c)).toBe(brute);
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(brute);
      }),
      { numRuns: 50 },
    );
  });

  it('nextWorkingDay leaves only non-working days in between', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate(), (cal, d) => {
        const next = cal.nextWorkingDay(d);
        for (let x = addDays(d, 1); x < next; x = addDays(x, 1)) expect(cal.isWorkingDay(x)).toBe(false);
        const prev = cal.previousWorkingDay(next);
        if (cal.isWorkingDay(d)) expect(prev).toBe(d);
        else expect(prev < d).toBe(true);
      }),
    );
  });

  it('adding holidays never makes a working-day step shorter', () => {
    fc.assert(
      fc.property(arbHolidays, arbHolidays, arbTargets, arbDate(), fc.integer({ min: 0, max: 20 }), (h1, h2, t, d, n) => {
        const fewer = new WorkCalendar(h1, { dailyTargetMinutes: t });
        const more = new WorkCalendar([...h1, ...h2], { dailyTargetMinutes: t });
        expect(more.addWorkingDays(d, n) >= fewer.addWorkingDays(d, n)).toBe(true);
      }),
    );
  });
});
