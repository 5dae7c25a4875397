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

/**
 * The settings and calendar in force on a date (the server's `rulesOn`). A validation window is
 * counted under the rules in force on the day the entry was submitted (agency-local): the
 * supervisor's duty starts then, and a window already running keeps its length when the agency
 * changes it later.
 */
export type WindowRulesOn = (date: string) => { settings: Pick<JournalSettings, 'validationWindowWorkingDays'>; calendar: WorkCalendar };

/** validationDeadline under the rules in force on the submission's local date. */
export function validationDeadlineOn(submittedAt: Date, rulesOn: WindowRulesOn, timeZone: string): ValidationDeadline {
  const { settings, calendar } = rulesOn(localDateOf(submittedAt, timeZone));
  return validationDeadline(submittedAt, settings, calendar, timeZone);
}

/** Local dates from `from` (null: no lower bound) up to, not including, `to`. */
export interface DateSpan {
  from: string | null;
  to: string;
}

/**
 * The local submission dates whose deadline has passed on `today`, when the window may have changed:
 * each date is judged under the rules in force on it (see WindowRulesOn). `changes` are the dates
 * from which a new version is in force (any order); between two of them the rules are one, so due
 * dates never decrease there and each stretch has one cut-off, found by walking back as
 * firstOpenSubmissionDate does. A few spans (one per version at most, adjacent ones merged), for a
 * query to test submission instants against.
 */
export function overdueSubmissionSpans(today: string, rulesOn: WindowRulesOn, changes: readonly string[]): DateSpan[] {
  const bounds = [...new Set(changes)].filter((c) => c <= today).sort();
  const stretches: DateSpan[] = [];
  let from: string | null = null;
  for (const b of bounds) {
    stretches.push({ from, to: b });
    from = b;
  }
  stretches.push({ from, to: addDays(today, 1) });
  const spans: DateSpan[] = [];
  for (const s of stretches) {
    if (s.from !== null && s.from >= s.to) continue;
    const last = addDays(s.to, -1);
    const { settings, calendar } = rulesOn(last);
    const overdue = (d: string) => calendar.addWorkingDays(d, settings.validationWindowWorkingDays) < today;
    let open = s.to; // the first date of the stretch that is not overdue (s.to: none is open)
    for (let d = last, i = 0; (s.from === null || d >= s.from) && i < MAX_LOOKBACK_DAYS && !overdue(d); i++) {
      open = d;
      d = addDays(d, -1);
    }
    if (s.from !== null && open <= s.from) continue;
    const prev = spans[spans.length - 1];
    if (prev && prev.to === s.from) prev.to = open;
    else spans.push({ from: s.from, to: open });
  }
  return spans;
}
