/**
 * The validation deadline: a submitted entry should be decided by the end (agency-local) of the
 * N-th working day after the day it was submitted, N = validationWindowWorkingDays. The day of
 * submission never counts, as with the reporting window, so N = 5 from a Monday is the next Monday.
 * Counted from the latest submission: an entry returned and sent again starts a new window.
 */
import { addDays, endOfLocalDay, localDateOf, type WorkCalendar } from '../calendar/index.js';
import type { JournalSettings } from '../journal/settings.js';

export interface ValidationDeadline {
  /** The last local day on which the decision is on time. */
  dueOn: string;
  /** 23:59:59.999 agency-local on dueOn. */
  dueAt: Date;
}

export function validationDeadline(
  submittedAt: Date,
  settings: Pick<JournalSettings, 'validationWindowWorkingDays'>,
  calendar: WorkCalendar,
  timeZone: string,
): ValidationDeadline {
  const dueOn = calendar.addWorkingDays(localDateOf(submittedAt, timeZone), settings.validationWindowWorkingDays);
  return { dueOn, dueAt: endOfLocalDay(dueOn, timeZone) };
}

/**
 * Working days left before the deadline, seen from `today`: 0 means "today is the last day",
 * a negative number counts the working days overdue.
 */
export function workingDaysLeft(dueOn: string, today: string, calendar: WorkCalendar): number {
  return calendar.workingDaysBetween(today, dueOn);
}

/** True once the whole due day has passed. */
export function isOverdue(dueOn: string, today: string): boolean {
  return today > dueOn;
}

/** Far beyond any real backlog; stops the walk on a calendar that could never close a window. */
const MAX_LOOKBACK_DAYS = 400;

/**
 * The earliest local submission date whose deadline has not yet passed on `today`: an entry
 * submitted (agency-local) on an earlier date is overdue. Due dates never decrease as the
 * submission date grows, so walking back from today finds the boundary.
 */
export function firstOpenSubmissionDate(
  today: string,
  settings: Pick<JournalSettings, 'validationWindowWorkingDays'>,
  calendar: WorkCalendar,
): string {
  let d = today;
  for (let i = 0; i < MAX_LOOKBACK_DAYS; i++) {
    const previous = addDays(d, -1);
    if (calendar.addWorkingDays(previous, settings.validationWindowWorkingDays) < today) return d;
    d = previous;
  }
  return d;
}
