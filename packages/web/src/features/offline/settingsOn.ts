/**
 * The agency's journal settings in force on a date, read from the kept context as the server reads its
 * own (journal/context.ts `rulesOn`): the version with the latest `effectiveFrom` on or before the date,
 * core's defaults before the first version. A past day keeps its own rules after a change, so the phone
 * must not judge it with today's.
 */
import { resolveJournalSettings, versionInForce, type JournalSettings } from '@kinerja/core';
import type { JournalContext } from '../../api/journal';

const DEFAULTS = resolveJournalSettings({});

export function settingsOn(ctx: Pick<JournalContext, 'settings' | 'settingsVersions'>, date: string): JournalSettings {
  // A context kept before the server listed its versions knows only today's settings.
  if (!ctx.settingsVersions) return ctx.settings;
  return versionInForce(ctx.settingsVersions, date)?.settings ?? DEFAULTS;
}
