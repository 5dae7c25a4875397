import type { Kysely } from 'kysely';
import type { Database, EntryStatus } from '../../db/schema.js';
import { minuteToTime } from '../journal/dto.js';

/** An entry as a supervisor reviews it: the journal entry plus whose it is, when it was sent, and photo times. */
export interface ReviewEntry {
  id: string;
  employeeId: string;
  workDate: string;
  startTime: string | null;
  endTime: string | null;
  durationMinutes: number | null;
  activityCode: string;
  activityName: string;
  activityUnit: string;
  volume: number;
  description: string;
  creditedMinutes: number;
  status: EntryStatus;
  version: number;
  submittedAt: string | null;
  /** Server − device clock (seconds) of the offline sync that last wrote the entry; null when written online. */
  clockSkewSeconds: number | null;
  evidence: { sha256: string; fileName: string; mediaType: string; capturedAt: string | null }[];
}

export interface PersonDay {
  employeeId: string;
  date: string;
}

// A page is tens of person-days; the approve-all action a few hundred. PGlite 0.5 silently answers
// nothing for a row-value IN list of about 275 pairs or more (found by the validation bench: approve-all
// decided 0 of 2,184), so lists of (employee, date) pairs stay well under that.
const CHUNK = 200;

/** The entries (of the given statuses) on the given person-days, in day and time order. */
export async function entriesOfDays(db: Kysely<Database>, agencyId: string, days: readonly PersonDay[], statuses: readonly EntryStatus[]): Promise<ReviewEntry[]> {
  const out: ReviewEntry[] = [];
  for (let i = 0; i < days.length; i += CHUNK) {
    const chunk = days.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('journal_entries as e')
      .innerJoin('activities as a', (j) => j.onRef('a.code', '=', 'e.activity_code').onRef('a.version', '=', 'e.activity_version'))
      .select([
        'e.id',
        'e.employee_id',
        'e.work_date',
        'e.start_minute',
        'e.end_minute',
        'e.duration_minutes',
        'e.activity_code',
        'a.name as activity_name',
        'a.unit as activity_unit',
        'e.volume',
        'e.description',
        'e.credited_minutes',
        'e.status',
        'e.version',
        'e.submitted_at',
        'e.clock_skew_seconds',
      ])
      .where('e.agency_id', '=', agencyId)
      .where((eb) => eb(eb.refTuple('e.employee_id', 'e.work_date'), 'in', chunk.map((d) => eb.tuple(d.employeeId, d.date))))
      .where('e.deleted_at', 'is', null)
      .where('e.status', 'in', [...statuses])
      .orderBy('e.employee_id')
      .orderBy('e.work_date')
      .orderBy('e.start_minute')
      .orderBy('e.created_at')
      .execute();
    out.push(
      ...rows.map((r) => ({
        id: r.id,
        employeeId: r.employee_id,
        workDate: r.work_date,
        startTime: minuteToTime(r.start_minute),
        endTime: minuteToTime(r.end_minute),
        durationMinutes: r.duration_minutes,
        activityCode: r.activity_code,
        activityName: r.activity_name,
        activityUnit: r.activity_unit,
        volume: Number(r.volume),
        description: r.description,
        creditedMinutes: r.credited_minutes,
        status: r.status,
        version: r.version,
        submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
        clockSkewSeconds: r.clock_skew_seconds,
        evidence: [] as ReviewEntry['evidence'],
      })),
    );
  }
  await attachEvidence(db, agencyId, out);
  return out;
}

async function attachEvidence(db: Kysely<Database>, agencyId: string, entries: ReviewEntry[]): Promise<void> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += CHUNK * 2) {
    const rows = await db
      .selectFrom('journal_entry_evidence as je')
      .innerJoin('evidence_files as f', 'f.sha256', 'je.sha256')
      .select(['je.entry_id', 'je.sha256', 'je.file_name', 'f.media_type', 'f.captured_at'])
      .where('je.agency_id', '=', agencyId)
      .where('je.entry_id', 'in', ids.slice(i, i + CHUNK * 2))
      .orderBy('je.added_at')
      .execute();
    for (const r of rows) {
      byId.get(r.entry_id)!.evidence.push({
        sha256: r.sha256,
        fileName: r.file_name,
        mediaType: r.media_type,
        capturedAt: r.captured_at ? new Date(r.captured_at).toISOString() : null,
      });
    }
  }
}
