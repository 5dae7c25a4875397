/**
 * The attendance module hands the engine its days (tppAttendanceDays) and leave (tppLeaveDays),
 * typed with this module's TppAttendanceDay and LeaveType: this runs the two together on a month.
 */
import { describe, expect, it } from 'vitest';
import { tppAttendanceDays, tppLeaveDays, type AttendanceDay, type AttendanceMonth } from '../attendance/index.js';
import { computeTppEmployee } from './engine.js';
import { employee, shippedRuleSet } from './test-support.js';

const day = (over: Partial<AttendanceDay> & Pick<AttendanceDay, 'date' | 'kind'>): AttendanceDay => ({
  scheduleId: 's',
  shiftCode: null,
  arrival: null,
  departure: null,
  minutesLate: 0,
  minutesEarly: 0,
  late: null,
  early: null,
  noArrivalRecord: false,
  noDepartureRecord: false,
  missingCheckPoints: [],
  scannedCheckPoints: [],
  leave: null,
  excusedArrival: null,
  excusedDeparture: null,
  holiday: null,
  accumulatedMinutes: 0,
  deductionPercent: 0,
  ...over,
});

describe('attendance → TPP', () => {
  it('a late day, a missing rest scan, a TK day and a day of leave become the engine’s lines (TTU)', () => {
    const days = tppAttendanceDays([
      day({ date: '2026-11-12', kind: 'present', minutesLate: 45, late: 'TL2' }),
      day({ date: '2026-11-13', kind: 'tk' }),
      day({ date: '2026-11-16', kind: 'present', missingCheckPoints: ['istirahat_masuk'] }),
      day({ date: '2026-11-17', kind: 'leave', leave: { code: 'cuti_sakit', name: 'Cuti sakit', counts: 'absent_excused' } }),
    ]);
    const month = { leaveByType: { cuti_sakit: 1, izin: 2 } } as unknown as AttendanceMonth;
    const leave = tppLeaveDays(month);
    expect(leave).toEqual([{ type: 'cuti_sakit', days: 1 }]);
    const r = computeTppEmployee(shippedRuleSet('timor-tengah-utara'), '2026-11', employee({ employeeId: 'k', kelas: 14, golongan: 'III/a', attendance: days, leave }));
    // discipline 10 % of 9.000.000 = 900.000: P3 (45 min) 2,5 %, TK 8 %, no rest scan 4 %
    expect(r.lines.filter((l) => l.kind === 'discipline').map((l) => [l.key, l.amount])).toEqual([
      ['discipline.jam_kerja.2026-11-12.masuk', -22_500],
      ['discipline.tk.2026-11-13', -72_000],
      ['discipline.jam_kerja.2026-11-16.istirahat_masuk', -36_000],
    ]);
  });
});
