import { localDateOf, resolveJournalSettings, versionInForce, WorkCalendar, type Holiday, type JournalSettings, type Outage } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { settingsVersions } from '../settings/index.js';
import { allHolidays, journalAgency, outagesOf } from './queries/calendar.js';

/** The journal settings in force on one date, and the working-day calendar they make. */
export interface JournalRules {
  settings: JournalSettings;
  calendar: WorkCalendar;
}

/** Everything the journal rules need about one agency: its settings, calendar, outages and clock zone. */
export interface JournalContext extends JournalRules {
  agencyId: string;
  agencyCode: string;
  timeZone: string;
  /**
   * `settings` and `calendar` are the ones in force on the agency's today (when the context was read):
   * for rules about now. A rule about a work date (its target, its reporting deadline) uses the ones in
   * force on that date, so a March day keeps March's rules after a July change.
   */
  rulesOn(date: string): JournalRules;
  /** Every settings version, oldest first, read as `rulesOn` reads it: for a client that judges dates itself. */
  settingsVersions: readonly { effectiveFrom: string; settings: JournalSettings }[];
  outages: Outage[];
}

// Holidays change a few times a year (an SKB, an isbat); reading them once a minute is plenty.
const HOLIDAY_TTL_MS = 60_000;
let holidayCache: { at: number; list: Holiday[] } | undefined;

export async function loadHolidays(db: Kysely<Database>, now = Date.now()): Promise<Holiday[]> {
  if (holidayCache && now - holidayCache.at < HOLIDAY_TTL_MS) return holidayCache.list;
  const rows = await allHolidays(db);
  const list = rows.filter((r) => r.kind !== 'regional').map((r) => ({ date: r.date, name: r.name, kind: r.kind as Holiday['kind'] }));
  holidayCache = { at: now, list };
  return list;
}

export function forgetHolidays(): void {
  holidayCache = undefined;
}

export function settingsOf(raw: unknown): JournalSettings {
  const journal = raw && typeof raw === 'object' ? (raw as { journal?: unknown }).journal : undefined;
  try {
    return resolveJournalSettings(journal ?? {});
  } catch {
    // A bad stored value must not stop anyone from logging; the admin screen shows the problem.
    return resolveJournalSettings({});
  }
}

// Every journal request needs its agency's settings, calendar and outages; they change a few times a
// year. Kept per database for a few seconds, and forgotten at once when this process changes them; other
// app processes see a change within the TTL.
const CONTEXT_TTL_MS = 10_000;
const contexts = new WeakMap<object, Map<string, { at: number; value: Promise<JournalContext> }>>();

export async function loadJournalContext(ctx: AppContext, agencyId: string): Promise<JournalContext> {
  let perDb = contexts.get(ctx.db);
  if (!perDb) contexts.set(ctx.db, (perDb = new Map()));
  const now = Date.now();
  const hit = perDb.get(agencyId);
  if (hit && now - hit.at < CONTEXT_TTL_MS) return hit.value;
  const value = readJournalContext(ctx, agencyId);
  perDb.set(agencyId, { at: now, value });
  value.catch(() => perDb.get(agencyId)?.value === value && perDb.delete(agencyId));
  return value;
}

/** Drops the cached context of one agency (or all) after its settings, outages or holidays change. */
export function forgetJournalContext(db: object, agencyId?: string): void {
  if (agencyId) contexts.get(db)?.delete(agencyId);
  else contexts.delete(db);
}

async function readJournalContext(ctx: AppContext, agencyId: string): Promise<JournalContext> {
  const agency = await journalAgency(ctx.db, agencyId);
  if (!agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const [holidays, outages, versions] = await Promise.all([
    loadHolidays(ctx.db),
    outagesOf(ctx.db, agencyId),
    settingsVersions(ctx.db, agencyId),
  ]);
  // A calendar per version, made when a date first needs it: an agency has a handful of versions.
  const rulesByVersion = new Map<string, JournalRules>();
  const rulesOn = (date: string): JournalRules => {
    const version = versionInForce(versions, date);
    const key = version?.effectiveFrom ?? '';
    let rules = rulesByVersion.get(key);
    if (!rules) {
      const settings = settingsOf(version?.settings ?? {});
      rules = { settings, calendar: new WorkCalendar(holidays, settings) };
      rulesByVersion.set(key, rules);
    }
    return rules;
  };
  const current = rulesOn(localDateOf(ctx.now(), agency.time_zone));
  return {
    agencyId,
    agencyCode: agency.code,
    timeZone: agency.time_zone,
    settings: current.settings,
    calendar: current.calendar,
    rulesOn,
    settingsVersions: versions.map((v) => ({ effectiveFrom: v.effectiveFrom, settings: rulesOn(v.effectiveFrom).settings })),
    outages: outages.map((o) => ({ id: o.id, startsAt: new Date(o.starts_at), endsAt: new Date(o.ends_at), reason: o.reason })),
  };
}
