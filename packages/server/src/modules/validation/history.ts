import { canReadAgency, type Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { canReadEmployeeJournal } from '../evidence/access.js';
import { displayName } from '../org/people.js';
import { decisionsOf, type EntryDecisionDto } from './decision-queries.js';

export interface EntryHistory {
  entry: { id: string; employeeId: string; workDate: string; status: string; version: number };
  /** Every step, oldest first: created, updated, submitted, decided, resubmitted … */
  events: { seq: number; at: string; action: string; actor: { accountId: string; name: string } | null; data: Record<string, unknown> }[];
  decisions: EntryDecisionDto[];
}

/**
 * An entry's history, for whoever may read the employee's journal: the employee, their supervisor
 * and atasan (or acting ones), and the agency's admins and auditors. Another agency is refused
 * before any of its rows is read; an unknown entry is 404.
 */
export async function entryHistory(ctx: AppContext, p: Principal, agencyId: string, entryId: string): Promise<EntryHistory> {
  if (!canReadAgency(p, agencyId) && p.agencyId !== agencyId) throw new AppError('FORBIDDEN');
  const entry = await ctx.db
    .selectFrom('journal_entries')
    .select(['id', 'employee_id', 'work_date', 'status', 'version'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', entryId)
    .executeTakeFirst();
  if (!entry) throw new AppError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
  if (!(await canReadEmployeeJournal(ctx, p, agencyId, entry.employee_id))) throw new AppError('FORBIDDEN');
  const [events, decisions] = await Promise.all([
    ctx.db
      .selectFrom('journal_entry_events as ev')
      .leftJoin('accounts as a', 'a.id', 'ev.actor_account_id')
      .leftJoin('employees as emp', (j) => j.onRef('emp.agency_id', '=', 'a.agency_id').onRef('emp.id', '=', 'a.employee_id'))
      .select(['ev.seq', 'ev.at', 'ev.action', 'ev.actor_account_id', 'ev.data', 'emp.name', 'emp.front_title', 'emp.back_title'])
      .where('ev.agency_id', '=', agencyId)
      .where('ev.entry_id', '=', entryId)
      .orderBy('ev.seq')
      .execute(),
    decisionsOf(ctx.db, agencyId, entryId),
  ]);
  return {
    entry: { id: entry.id, employeeId: entry.employee_id, workDate: entry.work_date, status: entry.status, version: entry.version },
    events: events.map((e) => ({
      seq: e.seq,
      at: new Date(e.at).toISOString(),
      action: e.action,
      actor: e.actor_account_id ? { accountId: e.actor_account_id, name: e.name !== null ? displayName({ name: e.name, front_title: e.front_title, back_title: e.back_title }) : '' } : null,
      data: e.data,
    })),
    decisions,
  };
}
