import { localDateOf, settingsChangeRefusal, versionInForce } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import type { AgencySettings } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { agencyTimeZone, lockAgencyForSettingsChange, saveSettingsVersion, settingsVersionsOf } from './queries.js';

/** One version of an agency's settings, in force from `effectiveFrom` until the next version's. */
export interface SettingsVersion {
  effectiveFrom: string;
  settings: AgencySettings;
  createdAt: Date;
  createdByAccountId: string | null;
  note: string | null;
}

// An agency has a handful of versions and changes them a few times a year: kept per database for a few
// seconds, forgotten at once when this process changes them; other app processes see a change within
// the TTL (as the journal context does).
const VERSIONS_TTL_MS = 10_000;
const cache = new WeakMap<object, Map<string, { at: number; value: Promise<SettingsVersion[]> }>>();

/** Every settings version of an agency, oldest first; empty for an agency that never had one. */
export function settingsVersions(db: Db, agencyId: string): Promise<readonly SettingsVersion[]> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const now = Date.now();
  const hit = perDb.get(agencyId);
  if (hit && now - hit.at < VERSIONS_TTL_MS) return hit.value;
  const value = readVersions(db, agencyId);
  perDb.set(agencyId, { at: now, value });
  value.catch(() => perDb.get(agencyId)?.value === value && perDb.delete(agencyId));
  return value;
}

async function readVersions(db: Db, agencyId: string): Promise<SettingsVersion[]> {
  return (await settingsVersionsOf(db, agencyId)).map((r) => ({
    effectiveFrom: r.effective_from,
    settings: r.settings,
    createdAt: new Date(r.created_at),
    createdByAccountId: r.created_by_account_id,
    note: r.note,
  }));
}

/** The agency's settings in force on `date` (yyyy-mm-dd); `{}` (every default) before its first version. */
export async function settingsOn(db: Db, agencyId: string, date: string): Promise<AgencySettings> {
  return versionInForce(await settingsVersions(db, agencyId), date)?.settings ?? {};
}

/** Drops the cached versions of one agency (or all) after they change. */
export function forgetSettings(db: object, agencyId?: string): void {
  if (agencyId) cache.get(db)?.delete(agencyId);
  else cache.delete(db);
}

/** The agency's local date now; NOT_FOUND for an unknown agency. */
export async function agencyToday(ctx: AppContext, agencyId: string): Promise<string> {
  const zone = await agencyTimeZone(ctx.db, agencyId);
  if (zone === undefined) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  return localDateOf(ctx.now(), zone);
}

/** One section of the settings blob (e.g. `journal`): how to read it and how a change makes the new value. */
export interface SettingsSectionChange<T> {
  section: string;
  /** The section's value as its rules read it (defaults filled in) from the raw stored value. */
  resolve(raw: unknown): T;
  /** The new value from the one in force on the effective date; throws an AppError to refuse. */
  apply(before: T): T;
}

export interface SettingsChangeResult<T> {
  effectiveFrom: string;
  before: T;
  after: T;
  /** A version from that date already existed and was replaced. */
  replaced: boolean;
}

/**
 * Changes one section of an agency's settings from `effectiveFrom` (default: the agency's today) on:
 * the version from that date is created, or replaced when there is one; the new value is the change
 * applied to the version in force on that date. Versions from later dates stay as they were. A date
 * already past is refused (core `settingsChangeRefusal`). Audited as `<section>.settings_changed`.
 */
export async function changeSettings<T>(
  ctx: AppContext,
  who: { agencyId: string; actorAccountId: string },
  when: { effectiveFrom?: string | undefined; note?: string | null | undefined },
  change: SettingsSectionChange<T>,
): Promise<SettingsChangeResult<T>> {
  const { agencyId } = who;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const agency = await lockAgencyForSettingsChange(trx, agencyId);
    if (!agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
    const today = localDateOf(ctx.now(), agency.time_zone);
    const effectiveFrom = when.effectiveFrom ?? today;
    const refusal = settingsChangeRefusal(effectiveFrom, today);
    if (refusal) throw new AppError('VALIDATION', refusal, [{ field: 'effectiveFrom', message: refusal }]);
    const versions = await readVersions(trx, agencyId);
    const inForce = versionInForce(versions, effectiveFrom);
    const blob = inForce?.settings ?? {};
    const before = change.resolve(blob[change.section]);
    const after = change.apply(before);
    const replaced = inForce?.effectiveFrom === effectiveFrom;
    const note = when.note ?? null;
    await saveSettingsVersion(trx, { agencyId, effectiveFrom, settings: { ...blob, [change.section]: after }, createdAt: ctx.now(), createdByAccountId: who.actorAccountId, note });
    await recordAudit(trx, {
      agencyId,
      actorAccountId: who.actorAccountId,
      action: `${change.section}.settings_changed`,
      entity: 'agency',
      entityId: agencyId,
      data: { effectiveFrom, replaced, note, before, after },
    });
    return { effectiveFrom, before, after, replaced };
  });
  forgetSettings(ctx.db, agencyId);
  return result;
}
