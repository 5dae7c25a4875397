/** Helpers for the attendance tests: one employee, a schedule, WIB punches by default. */
import type { Holiday } from '../calendar/working-days.js';
import type { Punch } from './clock.js';
import { attendanceDays, type AttendanceDay } from './daily.js';
import { DEFAULT_LEAVE_TYPES, type ApprovedLeave } from './leave.js';
import { PERPRES_21_2023 } from './presets.js';
import type { AttendanceRules } from './rules.js';
import type { RulesOnDate } from './daily.js';
import { holidayIndex, type WorkSchedule } from './schedule.js';
import { KEMENTAN_RULES } from './tables/kementan.js';

export interface RunOptions {
  from: string;
  to?: string;
  /** 'yyyy-mm-dd HH:MM[:SS]' in WIB, or any Punch. */
  punches?: readonly (string | Punch)[];
  schedule?: WorkSchedule;
  rules?: AttendanceRules | RulesOnDate;
  leaves?: readonly ApprovedLeave[];
  holidays?: readonly Holiday[];
  asOfMs?: number;
}

export function toPunch(p: string | Punch): Punch {
  return typeof p === 'string' ? { local: p, zone: 'WIB' } : p;
}

export function run(o: RunOptions): AttendanceDay[] {
  const schedule = o.schedule ?? PERPRES_21_2023;
  return attendanceDays({
    subject: { employeeId: 'e1', unitPath: ['u1'] },
    assignments: [{ scheduleId: schedule.id, scope: { kind: 'agency' }, from: '2000-01-01' }],
    schedules: new Map([[schedule.id, schedule]]),
    holidays: holidayIndex(o.holidays ?? []),
    leaveTypes: DEFAULT_LEAVE_TYPES,
    leaves: o.leaves ?? [],
    punches: (o.punches ?? []).map(toPunch),
    rules: o.rules ?? KEMENTAN_RULES,
    from: o.from,
    to: o.to ?? o.from,
    ...(o.asOfMs === undefined ? {} : { asOfMs: o.asOfMs }),
  });
}

/** One day. */
export function day(o: RunOptions): AttendanceDay {
  const days = run(o);
  if (days.length !== 1) throw new Error(`expected one day, got ${days.length}`);
  return days[0]!;
}
