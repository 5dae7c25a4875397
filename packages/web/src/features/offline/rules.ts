/**
 * Judging any date on the phone, from the rules it keeps: the agency's settings (each date with the
 * version in force on it, as the server does), the holiday list and the declared outages
 * (GET /journal/context, which lists holidays from last year to next year). With no network, whether a day is open, closed or still to come is computed here with
 * core's deadline rules at the device's clock, never read from a flag kept when the day was
 * fetched: a day kept while it was in the future must open when it arrives, and a day never
 * fetched at all can still be logged when the rules say it is open.
 */
import { canLogEntry, dayStatus, localDateOf, reportingDeadline, WorkCalendar, weekdayOf, type Holiday, type JournalSettings, type Outage } from '@kinerja/core';
import type { Day, JournalContext } from '../../api/journal';
import { recount } from './cache';
import { settingsOn } from './settingsOn';

interface Rules {
  settings: JournalSettings;
  calendar: WorkCalendar;
  outages: Outage[];
}

interface ContextRules {
  outages: Outage[];
  /** A calendar per settings version (its working days), made when a date first needs it. */
  calendars: Map<JournalSettings, WorkCalendar>;
}

const rulesByContext = new WeakMap<JournalContext, ContextRules>();

/** The rules a date is judged by: the settings in force on that date, as the server judges it. */
function rulesOn(ctx: JournalContext, date: string): Rules {
  let r = rulesByContext.get(ctx);
  if (!r) {
    r = {
      outages: ctx.outages.map((o) => ({ id: o.id, startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt), reason: o.reason })),
      calendars: new Map(),
    };
    rulesByContext.set(ctx, r);
  }
  const settings = settingsOn(ctx, date);
  let calendar = r.calendars.get(settings);
  if (!calendar) r.calendars.set(settings, (calendar = new WorkCalendar(ctx.holidays as Holiday[], settings)));
  return { settings, calendar, outages: r.outages };
}

/** The agency-local date at the device's clock. */
export function deviceToday(ctx: Pick<JournalContext, 'timeZone'>, now: Date = new Date()): string {
  return localDateOf(now, ctx.timeZone);
}

export type DayRules = Pick<Day, 'isWorkingDay' | 'holiday' | 'targetMinutes' | 'closesAt' | 'windowOpen' | 'extendedByOutage'>;

/** What the rules say about a date at `now` (the same fields as the server's day summary). */
export function judgeDay(ctx: JournalContext, date: string, now: Date = new Date()): DayRules {
  const { settings, calendar, outages } = rulesOn(ctx, date);
  const deadline = reportingDeadline(date, settings, calendar, outages, ctx.timeZone);
  const holiday = calendar.holidayOn(date);
  const working = calendar.isWorkingDay(date);
  return {
    isWorkingDay: working,
    holiday: holiday ? { name: holiday.name, kind: holiday.kind } : null,
    targetMinutes: working ? settings.dailyTargetMinutes[weekdayOf(date)] : 0,
    closesAt: deadline.closesAt.toISOString(),
    windowOpen: canLogEntry(date, now, settings, calendar, outages, ctx.timeZone).ok,
    extendedByOutage: deadline.extendedBy.length > 0,
  };
}

/** Why an entry for `date` may not be logged at `now` (the day still to come, or its window closed), or null. */
export function logRefusal(ctx: JournalContext, date: string, now: Date = new Date()): { code: 'WINDOW_CLOSED' | 'FUTURE_DATE'; message: string } | null {
  const { settings, calendar, outages } = rulesOn(ctx, date);
  const can = canLogEntry(date, now, settings, calendar, outages, ctx.timeZone);
  return can.ok ? null : { code: can.code, message: can.message };
}

/** A kept day as it stands now: its entries as kept, its window judged again. */
export function withRules(day: Day, ctx: JournalContext, now: Date = new Date()): Day {
  const judged = { ...day, ...judgeDay(ctx, day.date, now) };
  return day.entries ? recount(judged, day.entries) : judged;
}

/** A day the phone has never fetched, with nothing logged on it yet. */
export function emptyDay(ctx: JournalContext, date: string, now: Date = new Date()): Day {
  const rules = judgeDay(ctx, date, now);
  return {
    date,
    ...rules,
    creditedMinutes: 0,
    remainingMinutes: rules.targetMinutes,
    approvedMinutes: 0,
    entryCount: 0,
    status: dayStatus([], rules.targetMinutes, rules.isWorkingDay),
    entries: [],
  };
}
