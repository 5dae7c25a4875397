import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../calendar/days.js';
import { newDisciplineAlerts, PP94_CONSECUTIVE_THRESHOLD, PP94_TK_THRESHOLDS, tallyYear, type DisciplineAlert } from './accumulation.js';
import type { AttendanceDay, AttendanceKind } from './daily.js';
import { KEMENTAN_RULES } from './tables/kementan.js';
import { run } from './test-support.js';

const RULES = { minutesPerTkDay: 450 };

function mk(date: string, kind: AttendanceKind, accumulatedMinutes = 0): AttendanceDay {
  return {
    date, kind, scheduleId: 's', shiftCode: kind === 'off' || kind === 'holiday' ? null : 'K', arrival: null, departure: null,
    minutesLate: accumulatedMinutes, minutesEarly: 0, late: null, early: null, noArrivalRecord: false, noDepartureRecord: false,
    missingCheckPoints: [], scannedCheckPoints: [], leave: null, excusedArrival: null, excusedDeparture: null, holiday: null,
    accumulatedMinutes, deductionPercent: 0,
  };
}

/** Working days (Mon–Fri) of 2026 from `from`, each given a kind by `f`; weekends off. */
function year(f: (i: number, date: string) => [AttendanceKind, number?], from = '2026-01-01', to = '2026-12-31'): AttendanceDay[] {
  const out: AttendanceDay[] = [];
  let i = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const wd = weekdayOf(d);
    if (wd === 'sat' || wd === 'sun') out.push(mk(d, 'off'));
    else {
      const [kind, minutes] = f(i++, d);
      out.push(mk(d, kind, minutes ?? 0));
    }
  }
  return out;
}

const alerts = (days: readonly AttendanceDay[], alreadyRaised: readonly string[] = []) => newDisciplineAlerts({ employeeId: 'e1', year: 2026, days, alreadyRaised, rules: RULES });
const codes = (a: readonly DisciplineAlert[]) => a.map((x) => x.code);

describe('PP 94/2021 thresholds', () => {
  it('the brackets of Pasal 11–13: 3, 4–6, 7–10, 11–13, 14–16, 17–20, 21–24, 25–27, ≥ 28, contiguous', () => {
    expect(PP94_TK_THRESHOLDS.map((t) => [t.minDays, t.maxDays])).toEqual([[3, 3], [4, 6], [7, 10], [11, 13], [14, 16], [17, 20], [21, 24], [25, 27], [28, null]]);
    PP94_TK_THRESHOLDS.forEach((t, i) => {
      const next = PP94_TK_THRESHOLDS[i + 1];
      if (next) expect(next.minDays).toBe(t.maxDays! + 1);
    });
    expect(PP94_TK_THRESHOLDS.map((t) => t.level)).toEqual(['ringan', 'ringan', 'ringan', 'sedang', 'sedang', 'sedang', 'berat', 'berat', 'berat']);
    expect(PP94_TK_THRESHOLDS[3]!.sanction).toMatch(/25% selama 6 bulan/);
    expect(PP94_TK_THRESHOLDS[8]!.sanction).toMatch(/Pemberhentian/);
    expect(PP94_CONSECUTIVE_THRESHOLD.days).toBe(10);
  });

  it('2 days: nothing; the 3rd: teguran lisan, on the day it was reached', () => {
    const days = year((i) => [i < 2 ? 'tk' : 'present']);
    expect(alerts(days)).toEqual([]);
    const three = year((i) => [i === 0 || i === 5 || i === 40 ? 'tk' : 'present']);
    const a = alerts(three);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ code: 'TK_3', level: 'ringan', sanction: 'Teguran lisan', days: 3, current: true, employeeId: 'e1', year: 2026 });
    expect(a[0]!.reachedOn).toBe(three.filter((d) => d.kind === 'tk')[2]!.date);
    expect(a[0]!.recipients).toEqual(['employee', 'supervisor', 'bkd']);
  });

  it('a month with 8 TK days raises the 7–10 alert (with 3 and 4–6 as history)', () => {
    // November 2026 under Perpres 21/2023: 21 working days; 8 without any punch.
    const tkDates = new Set(['2026-11-02', '2026-11-03', '2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16', '2026-11-19', '2026-11-24']);
    const punches = [];
    for (let d = '2026-11-01'; d <= '2026-11-30'; d = addDays(d, 1)) {
      if (!tkDates.has(d)) punches.push(`${d} 07:25:00`, `${d} 16:05:00`);
    }
    const days = run({ from: '2026-11-01', to: '2026-11-30', punches, rules: KEMENTAN_RULES });
    expect(days.filter((d) => d.kind === 'tk').map((d) => d.date)).toEqual([...tkDates]);
    const a = alerts(days);
    expect(a.map((x) => [x.code, x.reachedOn, x.current])).toEqual([
      ['TK_3', '2026-11-05', false],
      ['TK_4', '2026-11-09', false],
      ['TK_7', '2026-11-19', true],
    ]);
    // Raised before (the daily job saw 3 and 4): only 7–10 is new.
    expect(codes(alerts(days, ['TK_3', 'TK_4']))).toEqual(['TK_7']);
    expect(alerts(days, ['TK_3', 'TK_4', 'TK_7'])).toEqual([]);
  });

  it('lateness and early departure accumulate: every 450 minutes is a day', () => {
    // 2 TK days and 449 minutes: 2 days; one more minute: 3.
    const base = year((i) => (i < 2 ? ['tk'] : i < 11 ? ['present', 49] : i === 11 ? ['present', 8] : ['present']));
    expect(tallyYear(base, 2026, RULES)).toMatchObject({ tkDays: 2, accumulatedMinutes: 449, daysFromMinutes: 0, totalDays: 2 });
    expect(alerts(base)).toEqual([]);
    const more = year((i) => (i < 2 ? ['tk'] : i < 2 + 225 ? ['present', 2] : ['present']));
    const t = tallyYear(more, 2026, RULES);
    expect([t.accumulatedMinutes, t.daysFromMinutes, t.totalDays]).toEqual([450, 1, 3]);
    expect(alerts(more)[0]).toMatchObject({ code: 'TK_3', days: 3, reachedOn: more.filter((d) => d.accumulatedMinutes > 0).at(-1)!.date });
    // Minutes alone: 28 × 450 minutes reach dismissal.
    const minutesOnly = year((i) => (i < 28 ? ['present', 450] : ['present']));
    expect(codes(alerts(minutesOnly)).at(-1)).toBe('TK_28');
  });

  it('the rules say how many minutes make a day', () => {
    const days = year((i) => (i < 3 ? ['present', 300] : ['present']));
    expect(tallyYear(days, 2026, { minutesPerTkDay: 300 }).daysFromMinutes).toBe(3);
    expect(tallyYear(days, 2026, { minutesPerTkDay: 450 }).daysFromMinutes).toBe(2);
  });

  it('ten working days in a row: dismissal, across weekends and holidays; leave or presence breaks the run', () => {
    // 10 working days from Monday 5 Jan 2026 cross one weekend.
    const ten = year((i) => [i >= 2 && i < 12 ? 'tk' : 'present']);
    const a = alerts(ten);
    expect(codes(a)).toEqual(['TK_3', 'TK_4', 'TK_7', 'TK_10_BERTURUT']);
    expect(a.find((x) => x.code === 'TK_10_BERTURUT')).toMatchObject({ level: 'berat', days: 10, reachedOn: '2026-01-16', current: true });
    expect(tallyYear(ten, 2026, RULES).longestRun).toBe(10);
    // A holiday inside the run neither counts nor breaks it.
    const withHoliday = ten.map((d) => (d.date === '2026-01-08' ? mk(d.date, 'holiday') : d));
    expect(tallyYear(withHoliday, 2026, RULES).longestRun).toBe(9);
    // A day of leave breaks it: 9 + ... no run of 10.
    const broken = year((i) => [i >= 2 && i < 13 ? (i === 7 ? 'leave' : 'tk') : 'present']);
    expect(codes(alerts(broken))).not.toContain('TK_10_BERTURUT');
    expect(tallyYear(broken, 2026, RULES).tkDays).toBe(10);
    expect(codes(alerts(broken))).toContain('TK_7');
  });

  it('only the year asked for counts; duplicated dates are refused', () => {
    const days = [mk('2025-12-30', 'tk'), mk('2025-12-31', 'tk'), mk('2026-01-02', 'tk'), mk('2027-01-01', 'tk')];
    expect(tallyYear(days, 2026, RULES).tkDays).toBe(1);
    expect(() => tallyYear([mk('2026-01-02', 'tk'), mk('2026-01-02', 'present')], 2026, RULES)).toThrow(/ganda/);
  });

  it('the order days are given in does not matter', () => {
    const days = year((i) => [i % 7 === 0 ? 'tk' : 'present', i % 5]);
    expect(alerts([...days].reverse())).toEqual(alerts(days));
  });
});

describe('properties of the alerts', () => {
  const arbYear = fc.array(
    fc.record({ kind: fc.constantFrom<AttendanceKind>('present', 'present', 'present', 'tk', 'leave', 'holiday', 'pending'), minutes: fc.constantFrom(0, 0, 0, 15, 45, 120, 450) }),
    { minLength: 0, maxLength: 200 },
  ).map((rows) => year((i) => {
    const r = rows[i % Math.max(1, rows.length)];
    return r ? [r.kind, r.kind === 'present' ? r.minutes : 0] : ['present'];
  }, '2026-01-01', '2026-10-31'));

  it('raising what was returned and asking again returns nothing; nothing is raised twice', () => {
    fc.assert(
      fc.property(arbYear, fc.subarray(PP94_TK_THRESHOLDS.map((t) => t.code)), (days, raised) => {
        const first = alerts(days, raised);
        for (const a of first) expect(raised).not.toContain(a.code);
        expect(new Set(codes(first)).size).toBe(first.length);
        expect(alerts(days, [...raised, ...codes(first)])).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('day by day or all at once: the same alerts on the same dates', () => {
    fc.assert(
      fc.property(arbYear, (days) => {
        const raised: DisciplineAlert[] = [];
        // A daily job: after each week, raise what is new.
        for (let n = 7; n < days.length + 7; n += 7) {
          const got = alerts(days.slice(0, n), codes(raised));
          raised.push(...got);
        }
        const atOnce = alerts(days);
        const strip = (a: DisciplineAlert) => [a.code, a.reachedOn, a.days];
        expect(raised.map(strip)).toEqual(atOnce.map(strip));
      }),
      { numRuns: 40 },
    );
  });

  it('the thresholds reached are exactly those at or below the year\'s total, and the run alert follows the longest run', () => {
    fc.assert(
      fc.property(arbYear, (days) => {
        const t = tallyYear(days, 2026, RULES);
        expect(t.totalDays).toBe(t.tkDays + Math.floor(t.accumulatedMinutes / 450));
        const expected = PP94_TK_THRESHOLDS.filter((x) => x.minDays <= t.totalDays).map((x) => x.code);
        const got = codes(alerts(days));
        expect(got.filter((c) => c !== 'TK_10_BERTURUT')).toEqual(expected);
        expect(got.includes('TK_10_BERTURUT')).toBe(t.longestRun >= 10);
        const current = alerts(days).filter((a) => a.current && a.code !== 'TK_10_BERTURUT');
        expect(current.map((a) => a.code)).toEqual(expected.slice(-1));
      }),
      { numRuns: 60 },
    );
  });
});
