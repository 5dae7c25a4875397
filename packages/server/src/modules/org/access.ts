import { canManageAgency, canReadAgency, localDateOf, type Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';

/**
 * The one place that answers "may this principal touch this?" for the organisation area.
 * Cross-agency access is refused with 403 before any row of the other agency is read.
 */
export function assertCanReadAgency(p: Principal, agencyId: string): void {
  if (!canReadAgency(p, agencyId)) throw new AppError('FORBIDDEN');
}

export function assertCanManageAgency(p: Principal, agencyId: string): void {
  if (!canManageAgency(p, agencyId)) throw new AppError('FORBIDDEN');
}

/** May see the agency's summary card: its admins and auditors, and its own employees. */
export function assertCanSeeAgency(p: Principal, agencyId: string): void {
  if (canReadAgency(p, agencyId) || p.agencyId === agencyId) return;
  throw new AppError('FORBIDDEN');
}

/** An employee's record: the employee, their supervisor and atasan (or acting ones), and the agency's admins/auditors. */
export async function assertCanReadEmployee(ctx: AppContext, p: Principal, agencyId: string, employeeId: string): Promise<void> {
  if (canReadAgency(p, agencyId)) return;
  if (p.agencyId !== agencyId || !p.employeeId) throw new AppError('FORBIDDEN');
  if (p.employeeId === employeeId) return;
  const agency = await ctx.db.selectFrom('agencies').select(['time_zone', 'org_version']).where('id', '=', agencyId).executeTakeFirst();
  if (!agency) throw new AppError('NOT_FOUND');
  const chart = await ctx.charts.get(agencyId, localDateOf(ctx.now(), agency.time_zone), agency.org_version);
  const sup = chart.supervisorOf(employeeId);
  const appraiser = chart.atasanPejabatPenilaiOf(employeeId);
  if (sup?.employeeId === p.employeeId || appraiser?.employeeId === p.employeeId) return;
  throw new AppError('FORBIDDEN');
}
