import { addDays, flagEntries, REPEATED_DESCRIPTION_DAYS, type Absence, type FlagResult } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { type JournalContext, targetFor } from '../journal/index.js';
import { absenceSource } from './absences.js';
import { descriptionsBetween, entriesUsingFiles } from './queries/flags.js';
import type { ReviewEntry } from './review-entries.js';

const CHUNK = 500;

/**
 * Flags for entries under review. `entries` must hold every counted entry (submitted, approved)
 * of the person-days concerned, so day totals and overlaps see the whole day. Reads what the pure
 * rules need beyond those entries: other uses of the same files in the agency (kept within the
 * agency, so it stays on one Citus shard group), the people's descriptions around those dates, and
 * absences. `absences`, when the caller has them already: at least those of these entries' people
 * and days (more do no harm; the inbox reads its whole team's once and hands them to the page).
 */
export async function flagsFor(ctx: AppContext, jc: JournalContext, entries: readonly ReviewEntry[], absences?: Promise<readonly Absence[]>): Promise<FlagResult> {
  if (entries.length === 0) return { entries: new Map(), days: new Map() };
  const people = [...new Set(entries.map((e) => e.employeeId))];
  const dates = entries.map((e) => e.workDate).sort();
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  const db = ctx.db;
  const span = REPEATED_DESCRIPTION_DAYS - 1;
  const [evidenceUses, descriptionHistory, absent] = await Promise.all([
    usesOf(db, jc.agencyId, [...new Set(entries.flatMap((e) => e.evidence.map((f) => f.sha256)))]),
    descriptionsBetween(db, jc.agencyId, people, addDays(from, -span), addDays(to, span)),
    absences ?? absenceSource(ctx).absencesBetween(jc.agencyId, people, from, to),
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
      maxMinutesOn: (date) => jc.rulesOn(date).settings.maxMinutesPerDay,
      timeZone: jc.timeZone,
      photoTimeToleranceHoursOn: (date) => jc.rulesOn(date).settings.photoTimeToleranceHours,
      maxClockSkewMinutesOn: (date) => jc.rulesOn(date).settings.maxClockSkewMinutes,
      evidenceUses,
      descriptionHistory,
      absences: absent,
    },
  );
}

async function usesOf(db: Db, agencyId: string, shas: string[]) {
  const out: { sha256: string; entryId: string; employeeId: string; workDate: string }[] = [];
  for (let i = 0; i < shas.length; i += CHUNK) out.push(...(await entriesUsingFiles(db, agencyId, shas.slice(i, i + CHUNK))));
  return out;
}
