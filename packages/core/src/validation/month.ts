/** The monthly target: what a month's working days ask of one employee. */
import { fromDayNumber, monthRange, toDayNumber, weekdayOf, type WorkCalendar } from '../calendar/index.js';
import type { JournalSettings } from '../journal/settings.js';

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
