/**
 * Core's entry rules, run on the phone before a change is queued, so a refusal shows at once (offline
 * too) with the same code, field and words the server would answer: the fields (validateEntry), the
 * reporting window (canLogEntry), the RHK (rhkLinkRefusal: one of the user's approved SKP covering the
 * date, or none unless the agency requires one), the activity code (the kept dictionary holds only the activities
 * this agency may use), overlaps with the day's live entries, and whether the entry may still change.
 * The server judges again when the item arrives; this only spares the user a late surprise.
 */
import { canEdit, overlapMessage, rhkLinkRefusal, validateEntry, type EntryStatus } from '@kinerja/core';
import type { Entry, JournalContext } from '../../api/journal';
import { logRefusal } from './rules';
import { settingsOn } from './settingsOn';

export interface EntryRefusal {
  code: 'VALIDATION' | 'UNKNOWN_ACTIVITY' | 'ENTRY_NOT_EDITABLE' | 'WINDOW_CLOSED' | 'FUTURE_DATE' | 'OVERLAP' | 'RHK_REQUIRED' | 'RHK_NOT_IN_SKP';
  message: string;
  details: { field: string; message: string }[];
}

export interface EntryToCheck {
  id: string;
  workDate: string;
  startTime: string | null;
  endTime: string | null;
  durationMinutes?: number | null;
  activityCode: string;
  volume: number;
  /** The RHK chosen (null: none). Undefined: not judged (a copy that keeps its source's). */
  rhkId?: string | null;
}

export interface EntryRulesInput {
  ctx: JournalContext;
  /** Codes of the kept dictionary (already only those the agency may use); undefined while it loads (the server judges). */
  knownCodes: ReadonlySet<string> | undefined;
  /** The work date's entries as the phone shows them (kept copy and pending changes). */
  dayEntries: readonly Entry[];
  /** The entry's current status when it exists already. */
  status?: EntryStatus;
  now?: Date;
}

/** The first rule the entry breaks, in the server's order, or null. */
export function entryRefusal(entry: EntryToCheck, { ctx, knownCodes, dayEntries, status, now = new Date() }: EntryRulesInput): EntryRefusal | null {
  // The server judges the RHK first (journal/entry-writes.ts), under the setting in force on the date;
  // a context kept before the server listed the RHK cannot judge it.
  if (entry.rhkId !== undefined && ctx.rhk) {
    const refusal = rhkLinkRefusal(entry.rhkId, entry.workDate, settingsOn(ctx, entry.workDate).rhkLink, ctx.rhk);
    if (refusal) return refusal;
  }
  const issues = validateEntry(
    {
      ...(entry.startTime ? { startTime: entry.startTime } : {}),
      ...(entry.endTime ? { endTime: entry.endTime } : {}),
      ...(entry.durationMinutes !== undefined && entry.durationMinutes !== null ? { durationMinutes: entry.durationMinutes } : {}),
      volume: entry.volume,
    },
    // As the server does (save-entry): the limits in force on the work date, not today's.
    settingsOn(ctx, entry.workDate),
  );
  if (issues.length) return { code: 'VALIDATION', message: issues[0]!.message, details: issues.map((i) => ({ field: i.field, message: i.message })) };
  if (knownCodes && !knownCodes.has(entry.activityCode)) {
    return {
      code: 'UNKNOWN_ACTIVITY',
      message: `Kode kegiatan '${entry.activityCode}' tidak ada dalam kamus aktivitas yang berlaku.`,
      details: [{ field: 'activityCode', message: 'Kode tidak dikenal.' }],
    };
  }
  if (status !== undefined && !canEdit(status)) return { code: 'ENTRY_NOT_EDITABLE', message: '', details: [] };
  const closed = logRefusal(ctx, entry.workDate, now);
  if (closed) return { ...closed, details: [{ field: 'workDate', message: closed.message }] };
  if (entry.startTime && entry.endTime) {
    const live = dayEntries
      .filter((e) => e.status !== 'rejected')
      .map((e) => ({ id: e.id, title: e.activityName, ...(e.startTime ? { startTime: e.startTime } : {}), ...(e.endTime ? { endTime: e.endTime } : {}) }));
    const message = overlapMessage({ id: entry.id, startTime: entry.startTime, endTime: entry.endTime }, live);
    if (message) return { code: 'OVERLAP', message, details: [{ field: 'startTime', message }] };
  }
  return null;
}
