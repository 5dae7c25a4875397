import { daySummary, dayStatus, fromDayNumber, localDateOf, reportingDeadline, toDayNumber, weekdayOf, type DayStatus } from '@kinerja/core';
import type { Day } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { attendanceAbsences } from '../attendance/index.js';
import { loadJournalContext, type JournalContext } from './context.js';
import type { EntryDto } from './dto.js';
import { entriesBetween } from './queries.js';
import type { Journalist } from './who.js';

/** A day as the API answers it (JournalDay in @kinerja/core/api). */
export type DayDto = Day;

/** The day's target under the settings in force on that day (a March day keeps March's target). */
export function targetFor(jc: JournalContext, date: string): number {
  const { settings, calendar } = jc.rulesOn(date);
  return calendar.isWorkingDay(date) ? settings.dailyTargetMinutes[weekdayOf(date)] : 0;
}

/**
 * A day of the journal. `onLeave`: a whole day of approved leave that does not count as present
 * (cuti, izin; not dinas luar or diklat, who work elsewhere and log it), as attendance judges it
 * (attendanceAbsences, the source the recap's targets and validation's ABSENT_DAY use): it needs no
 * minutes, so its target is 0, with nothing logged it reads like a day off ('non_working'), and its
 * entries, if any, are overtime.
 */
export function summariseDay(jc: JournalContext, date: string, entries: EntryDto[], now: Date, onLeave = false): DayDto {
  const { settings, calendar } = jc.rulesOn(date);
  const working = calendar.isWorkingDay(date);
  const target = onLeave ? 0 : targetFor(jc, date);
  const counted = entries.filter((e) => e.status !== 'rejected');
  const sum = daySummary(counted, target, settings.maxMinutesPerDay);
  const deadline = reportingDeadline(date, settings, calendar, jc.outages, jc.timeZone);
  const holiday = calendar.holidayOn(date);
  const today = localDateOf(now, jc.timeZone);
  return {
    date,
    isWorkingDay: working,
    holiday: holiday ? { name: holiday.name, kind: holiday.kind } : null,
    targetMinutes: target,
    creditedMinutes: sum.creditedMinutes,
    remainingMinutes: sum.remainingMinutes,
    approvedMinutes: entries.filter((e) => e.status === 'approved').reduce((s, e) => s + e.creditedMinutes, 0),
    entryCount: counted.length,
    // A leave day with nothing logged is not an empty working day.
    status: dayStatus(entries, target, working && !onLeave),
    closesAt: deadline.closesAt.toISOString(),
    windowOpen: date <= today && now.getTime() <= deadline.closesAt.getTime(),
    extendedByOutage: deadline.extendedBy.length > 0,
  };
}

export async function daysBetween(ctx: AppContext, who: Journalist, from: string, to: string, withEntries: boolean): Promise<DayDto[]> {
  const jc = await loadJournalContext(ctx, who.agencyId);
  const [entries, absences] = await Promise.all([entriesBetween(ctx.db, who.agencyId, who.employeeId, from, to), attendanceAbsences(ctx, who.agencyId, [who.employeeId], from, to)]);
  const onLeave = new Set(absences.filter((a) => a.kind !== 'tk').map((a) => a.date));
  const byDate = new Map<string, EntryDto[]>();
  for (const e of entries) {
    const list = byDate.get(e.workDate) ?? [];
    list.push(e);
    byDate.set(e.workDate, list);
  }
  const now = ctx.now();
  const out: DayDto[] = [];
  // Integer day numbers: the loop runs exactly to − from + 1 times (the route caps the range).
  for (let n = toDayNumber(from), last = toDayNumber(to); n <= last; n++) {
    const d = fromDayNumber(n);
    const list = byDate.get(d) ?? [];
    const day = summariseDay(jc, d, list, now, onLeave.has(d));
    out.push(withEntries ? { ...day, entries: list } : day);
  }
  return out;
}
