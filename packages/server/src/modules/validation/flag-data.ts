import { addDays, flagEntries, REPEATED_DESCRIPTION_DAYS, type FlagResult } from '@kinerja/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type JournalContext, targetFor } from '../journal/index.js';
import { absenceSource } from './absences.js';
import type { ReviewEntry } from './review-entries.js';

const CHUNK = 500;

/**
 * Flags for entries under review. `entries` must hold every counted entry (submitted, approved)
 * of the person-days concerned, so day totals and overlaps see the whole day. Reads what the pure
 * rules need beyond those entries: other uses of the same files in the agency (kept within the
 * agency, so it stays on one Citus shard group), the people's descriptions around those dates, and
 * absences.
 */
export async function flagsFor(db: Kysely<Database>, jc: JournalContext, entries: readonly ReviewEntry[]): Promise<FlagResult> {
  if (entries.length === 0) return { entries: new Map(), days: new Map() };
  const people = [...new Set(entries.map((e) => e.employeeId))];
  const dates = entries.map((e) => e.workDate).sort();
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  const span = REPEATED_DESCRIPTION_DAYS - 1;
  const [evidenceUses, descriptionHistory, absences] = await Promise.all([
    usesOf(db, jc.agencyId, [...new Set(entries.flatMap((e) => e.evidence.map((f) => f.sha256)))]),
    descriptionsOf(db, jc.agencyId, people, addDays(from, -span), addDays(to, span)),
    absenceSource.absencesBetween(jc.agencyId, people, from, to),
  ]);
  return flagEntries(
    entries.map((e) => ({
      id: e.id,
      employeeId: e.employeeId,
      workDate: e.workDate,
      title: e.activityName,
      startTime: e.startTime,
      endTime: e.endTime,
      creditedMinutes: e.creditedMinutes,
      volume: e.volume,
      standardMinutes: e.standardMinutes,
      status: e.status,
      description: e.description,
      evidence: e.evidence.map((f) => ({ sha256: f.sha256, mediaType: f.mediaType, capturedAt: f.capturedAt ? new Date(f.capturedAt) : null })),
      clockSkewSeconds: e.clockSkewSeconds,
      lateOnDeviceTime: e.lateOnDeviceTime && {
        receivedAt: new Date(e.lateOnDeviceTime.receivedAt),
        windowClosedAt: new Date(e.lateOnDeviceTime.windowClosedAt),
        deviceRecordedAt: e.lateOnDeviceTime.deviceRecordedAt ? new Date(e.lateOnDeviceTime.deviceRecordedAt) : null,
      },
    })),
    {
      targetMinutesOn: (date) => targetFor(jc, date),
      maxMinutesPerDay: jc.settings.maxMinutesPerDay,
      timeZone: jc.timeZone,
      photoTimeToleranceHours: jc.settings.photoTimeToleranceHours,
      maxClockSkewMinutes: jc.settings.maxClockSkewMinutes,
      evidenceUses,
      descriptionHistory,
      absences,
    },
  );
}

async function usesOf(db: Kysely<Database>, agencyId: string, shas: string[]) {
  const out: { sha256: string; entryId: string; employeeId: string; workDate: string }[] = [];
  for (let i = 0; i < shas.length; i += CHUNK) {
    const rows = await db
      .selectFrom('journal_entry_evidence as je')
      .innerJoin('journal_entries as e', (j) => j.onRef('e.agency_id', '=', 'je.agency_id').onRef('e.id', '=', 'je.entry_id'))
      .select(['je.sha256', 'je.entry_id', 'e.employee_id', 'e.work_date'])
      .where('je.agency_id', '=', agencyId)
      .where('je.sha256', 'in', shas.slice(i, i + CHUNK))
      .where('e.deleted_at', 'is', null)
      .execute();
    out.push(...rows.map((r) => ({ sha256: r.sha256, entryId: r.entry_id, employeeId: r.employee_id, workDate: r.work_date })));
  }
  return out;
}

async function descriptionsOf(db: Kysely<Database>, agencyId: string, people: string[], from: string, to: string) {
  // Person by person in the (agency, employee, date) index: asked for a list of people and a date
  // range at once, PGlite without statistics took the agency's date index and read everyone's days.
  const rows = await db
    .selectFrom(sql<{ employee_id: string }>`(select * from unnest(${people}::uuid[]) as x(employee_id))`.as('p'))
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('journal_entries as e')
          .select(['e.id', 'e.employee_id', 'e.work_date', 'e.description'])
          .where('e.agency_id', '=', agencyId)
          .whereRef('e.employee_id', '=', 'p.employee_id')
          .where('e.work_date', '>=', from)
          .where('e.work_date', '<=', to)
          .where('e.deleted_at', 'is', null)
          .where('e.description', '<>', '')
          // Not pulled up into a plain join: each person stays one index lookup.
          .offset(0)
          .as('d'),
      (j) => j.onTrue(),
    )
    .select(['d.id', 'd.employee_id', 'd.work_date', 'd.description'])
    .execute();
  return rows.map((r) => ({ id: r.id, employeeId: r.employee_id, workDate: r.work_date, description: r.description }));
}
