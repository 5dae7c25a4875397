import type { ReviewEntry as ApiReviewEntry } from '@kinerja/core/api';
import type { Db } from '../../db/query.js';
import type { EntryStatus } from '../../db/schema.js';
import { minuteToTime } from '../journal/index.js';
import { entryRowsOfDays, evidenceOfEntries } from './queries/inbox.js';
import { rhkTexts } from './queries/rhk.js';

/**
 * An entry as a supervisor reviews it, before its flags, deadline and decision are added; with what
 * the flags are computed from but the API does not show: the activity's norma waktu (minutes per
 * unit, for MINUTES_MISMATCH), the server − device clock of the offline sync that last wrote it (null
 * when written online), and whether it was accepted after its reporting window on the device's time.
 */
export type ReviewEntry = Omit<ApiReviewEntry, 'flags' | 'deadline' | 'decision'> & {
  standardMinutes: number;
  clockSkewSeconds: number | null;
  lateOnDeviceTime: { receivedAt: string; windowClosedAt: string; deviceRecordedAt: string | null } | null;
};

export interface PersonDay {
  employeeId: string;
  date: string;
}

/** The entries (of the given statuses) on the given person-days, in day and time order, with their evidence. */
export async function entriesOfDays(db: Db, agencyId: string, days: readonly PersonDay[], statuses: readonly EntryStatus[]): Promise<ReviewEntry[]> {
  if (days.length === 0) return [];
  const rows = await entryRowsOfDays(db, agencyId, days, statuses);
  const out: ReviewEntry[] = rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    workDate: r.work_date,
    startTime: minuteToTime(r.start_minute),
    endTime: minuteToTime(r.end_minute),
    durationMinutes: r.duration_minutes,
    activityCode: r.activity_code,
    activityName: r.activity_name,
    activityUnit: r.activity_unit,
    standardMinutes: r.standard_minutes,
    volume: Number(r.volume),
    description: r.description,
    rhk: r.rhk_id ? { id: r.rhk_id, text: null } : null,
    creditedMinutes: r.credited_minutes,
    status: r.status,
    version: r.version,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    clockSkewSeconds: r.clock_skew_seconds,
    lateOnDeviceTime:
      r.late_received_at && r.late_window_closed_at
        ? {
            receivedAt: new Date(r.late_received_at).toISOString(),
            windowClosedAt: new Date(r.late_window_closed_at).toISOString(),
            deviceRecordedAt: r.device_recorded_at ? new Date(r.device_recorded_at).toISOString() : null,
          }
        : null,
    evidence: [],
  }));
  await attachEvidence(db, agencyId, out);
  await attachRhkTexts(db, agencyId, out);
  return out;
}

/** The text of each entry's RHK (one statement, only when some entry names one). */
async function attachRhkTexts(db: Db, agencyId: string, entries: ReviewEntry[]): Promise<void> {
  const ids = [...new Set(entries.flatMap((e) => (e.rhk ? [e.rhk.id] : [])))];
  if (ids.length === 0) return;
  const texts = new Map((await rhkTexts(db, agencyId, ids)).map((r) => [r.id, r.text]));
  for (const e of entries) if (e.rhk) e.rhk.text = texts.get(e.rhk.id) ?? null;
}

async function attachEvidence(db: Db, agencyId: string, entries: ReviewEntry[]): Promise<void> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  if (byId.size === 0) return;
  const rows = await evidenceOfEntries(db, agencyId, [...byId.keys()]);
  for (const r of rows) {
    byId.get(r.entry_id)!.evidence.push({
      sha256: r.sha256,
      fileName: r.file_name,
      mediaType: r.media_type,
      capturedAt: r.captured_at ? new Date(r.captured_at).toISOString() : null,
    });
  }
}
