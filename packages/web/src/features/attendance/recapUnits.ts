/** The monthly recap's rows (one per employee) added up per unit, for the recap cards. Tested in recapUnits.test.ts. */
import type { AttendanceMonthSummary } from '../../api/attendance';

export interface UnitTotals {
  unitName: string;
  people: number;
  scheduledDays: number;
  present: number;
  /** Days with a lateness band (TL1–TL4), and their minutes. */
  lateDays: number;
  minutesLate: number;
  /** Days with an early-leaving band (PSW1–PSW4). */
  earlyDays: number;
  tk: number;
  leave: number;
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** Units in the order they first appear (the server sorts rows by unit); rows without a unit under `noUnit`. */
export function totalsByUnit(rows: readonly { unitName: string | null; summary: AttendanceMonthSummary }[], noUnit: string): UnitTotals[] {
  const byUnit = new Map<string, UnitTotals>();
  for (const { unitName, summary: s } of rows) {
    const name = unitName ?? noUnit;
    let u = byUnit.get(name);
    if (!u) byUnit.set(name, (u = { unitName: name, people: 0, scheduledDays: 0, present: 0, lateDays: 0, minutesLate: 0, earlyDays: 0, tk: 0, leave: 0 }));
    u.people++;
    u.scheduledDays += s.scheduledDays;
    u.present += s.present;
    u.lateDays += sum(s.late);
    u.minutesLate += s.minutesLate;
    u.earlyDays += sum(s.early);
    u.tk += s.tk;
    u.leave += s.leavePresent + s.leaveExcused + s.leaveNonTpp;
  }
  return [...byUnit.values()];
}
