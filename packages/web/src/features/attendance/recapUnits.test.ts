import { describe, expect, it } from 'vitest';
import type { AttendanceMonthSummary } from '../../api/attendance';
import { totalsByUnit } from './recapUnits';

function summary(patch: Partial<AttendanceMonthSummary>): AttendanceMonthSummary {
  return {
    days: 30, scheduledDays: 21, present: 21, onTime: 21,
    late: { TL1: 0, TL2: 0, TL3: 0, TL4: 0 }, early: { PSW1: 0, PSW2: 0, PSW3: 0, PSW4: 0 },
    missingCheckPointDays: 0, tk: 0, leavePresent: 0, leaveExcused: 0, leaveNonTpp: 0,
    holiday: 1, off: 8, pending: 0, minutesLate: 0, minutesEarly: 0, accumulatedMinutes: 0, deductionPercent: 0,
    ...patch,
  };
}

describe('the recap per unit', () => {
  it('adds each unit’s people up, in the order the units come', () => {
    const units = totalsByUnit(
      [
        { unitName: 'Seksi A', summary: summary({ present: 19, late: { TL1: 1, TL2: 1, TL3: 0, TL4: 0 }, minutesLate: 75, tk: 2 }) },
        { unitName: 'Seksi B', summary: summary({ present: 18, leaveExcused: 3, early: { PSW1: 2, PSW2: 0, PSW3: 0, PSW4: 1 } }) },
        { unitName: 'Seksi A', summary: summary({ present: 20, leavePresent: 1 }) },
        { unitName: null, summary: summary({}) },
      ],
      'Dinas',
    );
    expect(units.map((u) => u.unitName)).toEqual(['Seksi A', 'Seksi B', 'Dinas']);
    expect(units[0]).toEqual({ unitName: 'Seksi A', people: 2, scheduledDays: 42, present: 39, lateDays: 2, minutesLate: 75, earlyDays: 0, tk: 2, leave: 1 });
    expect(units[1]).toMatchObject({ people: 1, earlyDays: 3, leave: 3 });
  });
});
