/** Calendar months ('yyyy-mm') for the monthly recap and the on-time rates. */
import type { WorkCalendar } from '../journal/calendar.js';
import { fromDayNumber, toDayNumber, weekdayOf } from '../journal/days.js';
import type { JournalSettings } from '../journal/settings.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

/** First and last day of the month, inclusive. */
export function monthRange(month: string): { from: string; to: string } {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Bulan harus berformat yyyy-mm: ${month}`);
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(Number(m[1]), Number(m[2])))}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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
  for (let day = toDayNumber(from), last = toDayNumber(to); day <= last; day++) {
    const d = fromDayNumber(day);
    if (!calendar.isWorkingDay(d)) continue;
    workingDays++;
    targetMinutes += settings.dailyTargetMinutes[weekdayOf(d)];
  }
  return { workingDays, targetMinutes };
}
