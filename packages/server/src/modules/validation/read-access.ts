import { canReadAgency, type Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { supervisionLink, todayChart } from './supervision.js';

/** The agency a read targets: `requested` (province-wide readers need it), else the caller's own. */
export function targetAgency(p: Principal, requested: string | undefined): string {
  const agencyId = requested ?? p.agencyId;
  if (!agencyId) throw new AppError('VALIDATION', 'Sebutkan instansi (agencyId).', [{ field: 'agencyId', message: 'Wajib untuk akun tingkat provinsi.' }]);
  return agencyId;
}

/**
 * Who may look at a subordinate's day in the validation view: their current supervisor (own post,
 * Plt/Plh within its dates, or the next level up over a vacancy), who may also decide; and the
 * agency's admins and auditors (and the BKD), read-only. Refused before any row is read.
 */
export async function assertCanReview(ctx: AppContext, p: Principal, agencyId: string, employeeId: string): Promise<{ canDecide: boolean }> {
  const asSupervisor = async () => {
    if (p.agencyId !== agencyId || !p.employeeId) return false;
    const { chart } = await todayChart(ctx, agencyId);
    return supervisionLink(chart, p.employeeId, employeeId) !== null;
  };
  const supervises = await asSupervisor();
  if (supervises) return { canDecide: true };
  if (canReadAgency(p, agencyId)) return { canDecide: false };
  throw new AppError('FORBIDDEN', 'Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) dan admin instansinya yang dapat melihat kegiatan ini.');
}
