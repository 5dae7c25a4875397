import type { Principal } from '@kinerja/core';
import { AppError } from '../../http/errors.js';

/** The agency a read targets: `requested` (province-wide readers must name one), else the caller's own. */
export function targetAgency(p: Principal, requested: string | undefined): string {
  const agencyId = requested ?? p.agencyId;
  if (!agencyId) throw new AppError('VALIDATION', 'Sebutkan instansi (agencyId).', [{ field: 'agencyId', message: 'Wajib untuk akun tingkat provinsi.' }]);
  return agencyId;
}
