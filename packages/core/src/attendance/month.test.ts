import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/days.js';
import type { AttendanceDay } from './daily.js';
import { summariseMonth, tppAttendanceDays, tppLeaveDays } from './month.js';
import { shift, type WorkSchedule } from './schedule.js';
import { KEMENTAN_RULES } from './tables/kementan.js';
import { TTU_RULES } from './tables/ttu.js';
import { computeTppEmployee } from '../tpp/engine.js';
import { employee, shippedRuleSet } from '../tpp/test-support.js';
import { run } from './test-support.js';

const NOV = '2026-11';
const at = (d: string, t: string) => `${d} ${t}:00`;

/** November 2026 under Perpres 21/2023 with one of everything. */
function november(rules = KEMENTAN_RULES): AttendanceDay[] {
  const punches: string[] = [];
  for (let d = '2026-11-01'; d <= '2026-11-30'; d = addDays(d, 1)) punches.push(at(d, '07:20'), at(d, '16:40'));
  const drop = (d: string) => punches.splice(punches.indexOf(at(d, '07:20')), 2);
  drop('2026-11-03'); // TK
  drop('2026-11-04'); // TK
  punches.push(at('2026-11-05', '08:10')); // still 07:20 first: on time
  punches.splice(punches.indexOf(at('2026-11-09', '07:20')), 1, at('2026-11-09', '08:10')); // TL2, 40 min
  punches.splice(punches.indexOf(at('2026-11-10', '16:40')), 1, at('2026-11-10', '15:00')); // PSW2, 60 min
  punches.splice(punches.indexOf(at('2026-11-11', '16:40')), 1); // no departure: PSW4
  return run({
    from: '2026-11-01',
    to: '2026-11-30',
    punches,
    rules,
    holidays: [{ date: '2026-11-20', name: 'Libur fiktif', kind: 'national' }],
    leaves: [
      { typeCode: 'cuti_tahunan', from: '2026-11-23', to: '2026-11-24', part: 'day' },
      { typeCode: 'dinas_luar', from: '2026-11-25', to: '2026-11-25', part: 'day' },
      { typeCode: 'cuti_besar', from: '2026-11-26', to: '2026-11-26', part: 'day' },
    ],
  });
}

describe('the month summary', () => {
  it('counts each status, minutes and the deduction (Kementan)', () => {
    const m = summariseMonth('e1', NOV, november(), KEMENTAN_RULES);
    expect(m).toMatchObject({
      employeeId: 'e1', month: NOV, rulesId: 'kementan', base: 'tpp',
      days: 30, scheduledDays: 20, holiday: 1, off: 9, pending: 0,
      present: 14, onTime: 11, tk: 2,
      late: { TL1: 0, TL2: 1, TL3: 0, TL4: 0 },
      early: { PSW1: 0, PSW2: 1, PSW3: 0, PSW4: 1 },
      missingCheckPointDays: 0, missingCheckPoints: 0,
      leavePresent: 1, leaveExcused: 2, leaveNonTpp: 1,
      leaveByType: { cuti_tahunan: 2, dinas_luar: 1, cuti_besar: 1 },
      minutesLate: 40, minutesEarly: 60, accumulatedMinutes: 100,
      // TL2 1 % + PSW2 1 % + PSW4 (no record) 2 %; TK has no amount in the Kementan source.
      uncappedDeductionPercent: 4, deductionPercent: 4,
    });
  });

  it('TTU: TK 8 % a day, capped at 100 % a month', () => {
    const m = summariseMonth('e1', NOV, november(TTU_RULES), TTU_RULES);
    // 2 TK × 8 + TL2 (40 min ≥ 31: 2.5) + PSW3 (60 min: 2.5) + PSW4 4.
    expect([m.late.TL3, m.early.PSW3, m.early.PSW4, m.uncappedDeductionPercent, m.deductionPercent]).toEqual([1, 1, 1, 25, 25]);
    const absent = run({ from: '2026-11-01', to: '2026-11-30', rules: TTU_RULES });
    const all = summariseMonth('e1', NOV, absent, TTU_RULES);
    expect([all.tk, all.uncappedDeductionPercent, all.deductionPercent]).toEqual([21, 168, 100]);
  });

  it('a month still running says so', () => {
    const days = run({ from: '2026-11-01', to: '2026-11-30', asOfMs: Date.parse('2026-11-16T10:00:00+07:00'), punches: [at('2026-11-16', '07:45')] });
    const m = summariseMonth('e1', NOV, days, KEMENTAN_RULES);
    expect([m.pending, m.tk]).toEqual([11, 10]);
  });

  it('refuses days of another month and duplicates', () => {
    const days = november();
    expect(() => summariseMonth('e1', '2026-12', days, KEMENTAN_RULES)).toThrow(/bukan bagian/);
    expect(() => summariseMonth('e1', NOV, [...days, days[3]!], KEMENTAN_RULES)).toThrow(/ganda/);
    expect(() => summariseMonth('e1', '2026-13', [], KEMENTAN_RULES)).toThrow(RangeError);
  });

  it('every day is counted once, and the minutes are the days\' minutes', () => {
    const arbMonth = fc.array(fc.record({ d: fc.integer({ min: 0, max: 29 }), m: fc.integer({ min: 300, max: 1200 }) }), { maxLength: 60 }).map((ps) =>
      ps.map(({ d, m }) => `2026-11-${String(d + 1).padStart(2, '0')} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`),
    );
    fc.assert(
      fc.property(arbMonth, fc.constantFrom(KEMENTAN_RULES, TTU_RULES), (punches, rules) => {
        const days = run({ from: '2026-11-01', to: '2026-11-30', punches, rules });
        const m = summariseMonth('e1', NOV, days, rules);
        const kinds = m.present + m.tk + m.leavePresent + m.leaveExcused + m.leaveNonTpp + m.holiday + m.off + m.pending;
        expect(kinds).toBe(30);
        expect(m.scheduledDays).toBe(30 - m.holiday - m.off);
        expect(Object.values(m.late).reduce((a, b) => a + b, 0) + m.onTime).toBeLessThanOrEqual(m.present);
        expect(m.minutesLate).toBe(days.reduce((s, d) => s + d.minutesLate, 0));
        expect(m.deductionPercent).toBeLessThanOrEqual(rules.monthlyCapPercent ?? Infinity);
        expect(m.uncappedDeductionPercent).toBeCloseTo(days.reduce((s, d) => s + d.deductionPercent, 0), 6);
      }),
      { numRuns: 60 },
    );
  });
});

describe('what the TPP engine reads', () => {
  it('one check per required point with minutes outside the window, null for no scan', () => {
    const days = november();
    const byDate = new Map(tppAttendanceDays(days).map((d) => [d.date, d]));
    expect(byDate.get('2026-11-02')).toEqual({ date: '2026-11-02', status: 'present', checks: [{ point: 'masuk', minutesOff: 0 }, { point: 'pulang', minutesOff: 0 }] });
    expect(byDate.get('2026-11-03')).toEqual({ date: '2026-11-03', status: 'tk' });
    expect(byDate.get('2026-11-09')!.checks).toEqual([{ point: 'masuk', minutesOff: 40 }, { point: 'pulang', minutesOff: 0 }]);
    expect(byDate.get('2026-11-11')!.checks).toEqual([{ point: 'masuk', minutesOff: 0 }, { point: 'pulang', minutesOff: null }]);
    expect(byDate.get('2026-11-20')!.status).toBe('holiday');
    expect(byDate.get('2026-11-21')!.status).toBe('off');
    expect(['2026-11-23', '2026-11-25', '2026-11-26'].map((d) => byDate.get(d)!.status)).toEqual(['excused', 'excused', 'excused']);
  });

  it('intermediate check points scanned (0) or missed (null); an excused end is left out', () => {
    const t = shift({ code: 'K', name: 'TTU', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']], scanAfterBreak: true });
    const s: WorkSchedule = { id: 't', name: 't', timeZone: 'WIB', observesHolidays: true, pattern: { kind: 'weekly', days: { mon: t } } };
    const mon = '2026-11-02';
    const [a] = tppAttendanceDays(run({ from: mon, schedule: s, punches: [at(mon, '07:30'), at(mon, '12:59'), at(mon, '16:00')] }));
    expect(a!.checks).toEqual([{ point: 'masuk', minutesOff: 0 }, { point: 'istirahat_masuk', minutesOff: 0 }, { point: 'pulang', minutesOff: 0 }]);
    const [b] = tppAttendanceDays(run({ from: mon, schedule: s, punches: [at(mon, '09:00')], leaves: [{ typeCode: 'izin', from: mon, to: mon, part: 'departure' }] }));
    expect(b!.checks).toEqual([{ point: 'masuk', minutesOff: 90 }, { point: 'istirahat_masuk', minutesOff: null }]);
  });

  it('a month with an open day is not paid', () => {
    const days = run({ from: '2026-11-02', asOfMs: Date.parse('2026-11-02T08:00:00+07:00') });
    expect(() => tppAttendanceDays(days)).toThrow(/belum selesai/);
  });

  it('leave days by type, only the types the engine knows (izin is not one)', () => {
    const days = november().map((d) => (d.date === '2026-11-27' ? { ...d, kind: 'leave' as const, leave: { code: 'izin', name: 'Izin', counts: 'absent_excused' as const } } : d));
    const m = summariseMonth('e1', NOV, days, KEMENTAN_RULES);
    expect(m.leaveByType.izin).toBe(1);
    expect(tppLeaveDays(m)).toEqual([{ type: 'cuti_tahunan', days: 2 }, { type: 'dinas_luar', days: 1 }, { type: 'cuti_besar', days: 1 }]);
  });

  it('the TPP engine with the TTU rule set cuts what the TTU table here says, day by day', () => {
    const t = shift({ code: 'K', name: 'TTU', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']], scanAfterBreak: true });
    const s: WorkSchedule = { id: 'ttu', name: 'TTU', timeZone: 'WITA', observesHolidays: true, pattern: { kind: 'weekly', days: { mon: t, tue: t, wed: t, thu: t, fri: t } } };
    const punches: string[] = [];
    for (let d = '2026-11-01'; d <= '2026-11-30'; d = addDays(d, 1)) {
      if (d === '2026-11-03' || d === '2026-11-17') continue; // TK
      const arrive = d === '2026-11-09' ? '07:50' : d === '2026-11-10' ? '08:20' : '07:25';
      const leave = d === '2026-11-12' ? '15:50' : '16:05';
      punches.push(at(d, arrive), at(d, leave));
      if (d !== '2026-11-13') punches.push(at(d, '12:58')); // the break scan, forgotten once
    }
    const days = run({ from: '2026-11-01', to: '2026-11-30', schedule: s, rules: TTU_RULES, punches: punches.map((p) => ({ local: p, zone: 'WITA' as const })) });
    const mine = summariseMonth('e1', NOV, days, TTU_RULES);
    // 2 TK × 8 + TL2 (20 min) 2 + TL3 (50 min) 2.5 + PSW1 (10 min) 1 + a missed break scan 4.
    expect(mine.uncappedDeductionPercent).toBe(25.5);
    const rs = shippedRuleSet('timor-tengah-utara');
    const result = computeTppEmployee(rs, NOV, employee({ employeeId: 'e1', kelas: 9, golongan: 'III/a', attendance: tppAttendanceDays(days), leave: tppLeaveDays(mine) }));
    const discipline = result.lines.filter((l) => l.kind === 'discipline');
    const byDate = (date: string) => discipline.filter((l) => l.ref?.date === date).reduce((sum, l) => sum + Number(l.input.percent), 0);
    for (const d of days) expect(byDate(d.date), d.date).toBeCloseTo(d.deductionPercent, 6);
    expect(discipline.reduce((sum, l) => sum + Number(l.input.percent ?? 0), 0)).toBeCloseTo(25.5, 6);
  });
});
