/**
 * The days other modules treat as "not at work" (issue 18 item 7): a whole day of approved leave
 * that does not count as present (not dinas luar, diklat: those work elsewhere and log it), and TK (absent without excuse), as judgeRange decides them — no rule of its own. Validation
 * flags journal entries on these days (ABSENT_DAY). Days before the agency's first punch are not
 * judged, so they are never absences; a day whose scan windows are still open (as of ctx.now())
 * is pending, not TK.
 */
import type { Absence } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { judgeRange } from './judge.js';
import { firstPunchAt } from './queries/month.js';

/** The label read in "Pegawai tercatat … pada tanggal ini". */
const TK_LABEL = 'tidak hadir tanpa keterangan (TK)';

/** Approved whole-day leave (kind = the leave type's code) and TK days (kind 'tk') of these employees between two dates, inclusive. `known.timeZone`: the agency's zone when the caller holds it (not read again). */
export async function attendanceAbsences(ctx: AppContext, agencyId: string, employeeIds: readonly string[], from: string, to: string, known: { timeZone?: string } = {}): Promise<Absence[]> {
  if (employeeIds.length === 0 || to < from) return [];
  // Most agencies have no machine yet: one statement instead of judging nobody (this runs on every inbox page).
  const first = (await firstPunchAt(ctx.db, agencyId))?.first;
  if (!first) return [];
  // judgeRange would read the first punch again: it is handed over (one statement less a page).
  const judged = await judgeRange(ctx, agencyId, from, to, { employeeIds, asOfMs: ctx.now().getTime(), firstPunch: first, ...known });
  const out: Absence[] = [];
  for (const [employeeId, days] of judged.days) {
    for (const d of days) {
      if (d.kind === 'leave' && d.leave && d.leave.counts !== 'present') out.push({ employeeId, date: d.date, kind: d.leave.code, label: d.leave.name.toLowerCase() });
      else if (d.kind === 'tk') out.push({ employeeId, date: d.date, kind: 'tk', label: TK_LABEL });
    }
  }
  return out;
}
