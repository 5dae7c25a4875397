import type { PenilaiRhkAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { rhkInForceOf, type SkpRow } from './queries.js';
import { peopleOf } from './read.js';

/**
 * What the "Mengintervensi RHK atasan" picker offers: the RHK of the approved SKP of the pejabat
 * penilai on this SKP's snapshot (the one the cascade rule checks against), for overlapping periods.
 * Whoever may read the SKP may read these, though not the rest of the penilai's SKP.
 */
export async function penilaiRhkOf(ctx: AppContext, skp: SkpRow): Promise<PenilaiRhkAnswer> {
  const penilai = (await peopleOf(ctx.db, skp.agency_id, skp.id)).find((x) => x.role === 'pejabat_penilai');
  if (!penilai?.employeeId || !penilai.personAgencyId) return { items: [] };
  const rows = await rhkInForceOf(ctx.db, penilai.personAgencyId, penilai.employeeId, skp.period_from, skp.period_to);
  return {
    items: rows.map((r) => ({ id: r.id, text: r.text, jenis: r.jenis as 'utama' | 'tambahan', skpId: r.skp_id, periodFrom: r.period_from, periodTo: r.period_to })),
  };
}
