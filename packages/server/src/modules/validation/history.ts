import type { Principal } from '@kinerja/core';
import type { EntryHistory } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { decisionsOf, minuteToTime } from '../journal/index.js';
import { recordReads } from '../data-reads/index.js';
import { displayName, employeesOfAccounts } from '../org/index.js';
import { entryEvents, entryWithActivity } from './queries/history.js';

/**
 * An entry's history, for whoever may read the employee's journal: the employee, their supervisor
 * and atasan (or acting ones), and the agency's admins and auditors. Another agency is refused
 * before any of its rows is read; an unknown entry is 404.
 */
export async function entryHistory(ctx: AppContext, p: Principal, agencyId: string, entryId: string): Promise<EntryHistory> {
  await requireAccess(ctx, p, 'agency.see', { agencyId });
  const entry = await entryWithActivity(ctx.db, agencyId, entryId);
  if (!entry) throw new AppError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
  await requireAccess(ctx, p, 'journal.read', { agencyId, ids: [entry.employee_id] });
  const [events, decisions] = await Promise.all([
    entryEvents(ctx.db, agencyId, entryId),
    decisionsOf(ctx.db, agencyId, entryId),
    recordReads(ctx, p, agencyId, [entry.employee_id], 'journal'),
  ]);
  const actorOf = await employeesOfAccounts(ctx.db, events);
  return {
    entry: {
      id: entry.id,
      employeeId: entry.employee_id,
      workDate: entry.work_date,
      status: entry.status,
      version: entry.version,
      activityCode: entry.activity_code,
      activityName: entry.activity_name,
      startTime: minuteToTime(entry.start_minute),
      endTime: minuteToTime(entry.end_minute),
      creditedMinutes: entry.credited_minutes,
      description: entry.description,
    },
    events: events.map((e) => {
      const actor = actorOf(e);
      return {
        seq: e.seq,
        at: new Date(e.at).toISOString(),
        action: e.action,
        actor: e.actor_account_id ? { accountId: e.actor_account_id, name: actor ? displayName(actor) : '' } : null,
        data: e.data,
      };
    }),
    decisions,
  };
}
