/** Calendar months ('yyyy-mm') for the monthly recap and the on-time rates. */
import type { WorkCalendar } from '../journal/calendar.js';
import { shiftDays, weekdayOf } from '../journal/days.js';
import type { JournalSettings } from '../journal/settings.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

/** First and last day of the month, inclusive. */
export function monthRange(month: string): { from: string; to: string } {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Bulan harus berformat yyyy-mm: ${month}`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const next = mon === 12 ? `${year + 1}-01-01` : `${year}-${String(mon + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: shiftDays(next, -1) };
}

export interface MonthTarget {
  workingDays: number;
  /** The sum of the daily targets over the month's working days. */
  targetMinutes: number;
}

/** What one full-time employee is expected to log in the month, holidays and weekends excluded. */
export function monthTarget(month: string, settings: Pick<JournalSettings, 'dailyTargetMinutes'>, calendar: WorkCalendar): MonthTarget {
  const { from, to } = monthRange(month);
  let workingDays = 0;
  let targetMinutes = 0;
  for (let d = from; d <= to; d = shiftDays(d, 1)) {
    if (!calendar.isWorkingDay(d)) continue;
    workingDays++;
    targetMinutes += settings.dailyTargetMinutes[weekdayOf(d)];
  }
  return { workingDays, targetMinutes };
}
