/** The monthly target: what a month's working days ask of one employee. */
import { fromDayNumber, monthRange, toDayNumber, weekdayOf, type WorkCalendar } from '../calendar/index.js';
import type { JournalSettings } from '../journal/settings.js';

export interface MonthTarget {
  workingDays: number;
  /** The sum of the daily targets over the month's working days. */
  targetMinutes: number;
}

/** The settings and calendar that judge one date: those in force on it (the server's `rulesOn`). */
export type RulesOn = (date: string) => { settings: Pick<JournalSettings, 'dailyTargetMinutes'>; calendar: WorkCalendar };

/** What one full-time employee is expected to log in the month, holidays and weekends excluded. */
export function monthTarget(month: string, settings: Pick<JournalSettings, 'dailyTargetMinutes'>, calendar: WorkCalendar): MonthTarget {
  return monthTargetOn(month, () => ({ settings, calendar }));
}

/**
 * The month's target when its rules may change inside it: each day counts as a working day, and with
 * its daily target, under the settings in force on that day.
 */
export function monthTargetOn(month: string, rulesOn: RulesOn): MonthTarget {
  const { from, to } = monthRange(month);
  let workingDays = 0;
  let targetMinutes = 0;
  for (let day = toDayNumber(from), last = toDayNumber(to); day <= last; day++) {
    const d = fromDayNumber(day);
    const { settings, calendar } = rulesOn(d);
    if (!calendar.isWorkingDay(d)) continue;
    workingDays++;
    targetMinutes += settings.dailyTargetMinutes[weekdayOf(d)];
  }
  return { workingDays, targetMinutes };
}
