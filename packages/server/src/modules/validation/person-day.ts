import type { Principal } from '@kinerja/core';
import type { PersonDay } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { allowedIds, requireAccess } from '../access/index.js';
import { loadJournalContext } from '../journal/index.js';
import { recordReads } from '../data-reads/index.js';
import { describePeople, todayChart } from '../org/index.js';
import { reviewDays } from './day-view.js';
import { employeeExists } from './queries/inbox.js';

/**
 * One subordinate's day in the validation view: every sent entry (pending and decided), with flags,
 * deadlines and decisions. canDecide is true for the current supervisor; admins and auditors read only.
 */
export async function personDay(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, date: string): Promise<PersonDay> {
  const canDecide = (await allowedIds(ctx, p, 'journal.decide', { agencyId, ids: [employeeId] })).has(employeeId);
  if (!canDecide) await requireAccess(ctx, p, 'journal.review', { agencyId, ids: [employeeId] });
  if (!(await employeeExists(ctx.db, agencyId, employeeId))) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan.');
  const [{ chart, today }, jc] = await Promise.all([todayChart(ctx, agencyId), loadJournalContext(ctx, agencyId)]);
  const [[day], [person]] = await Promise.all([
    reviewDays(ctx, jc, today, [{ employeeId, date }], ['submitted', 'approved', 'rejected', 'returned']),
    describePeople(ctx.db, agencyId, chart, [{ employeeId, unitId: null, capacity: 'definitive' }]),
    recordReads(ctx, p, agencyId, [employeeId], 'validation', today),
  ]);
  return {
    employee: { employeeId, nip: person?.nip ?? '', name: person?.name ?? '', positionName: person?.positionName ?? null, unitName: person?.unitName ?? null },
    canDecide,
    day: day!,
  };
}
