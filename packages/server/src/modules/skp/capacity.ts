import { SKP_ACTION_ACTORS, type Principal, type SkpActionType, type SkpActor, type SkpActorCapacity } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { may, refusalOf } from '../access/index.js';
import type { SkpRow } from './queries.js';

/** The capacities in which the principal may act on this SKP, decided by the access point. */
export async function capacitiesOn(ctx: AppContext, p: Principal, skp: SkpRow): Promise<SkpActorCapacity[]> {
  const out: SkpActorCapacity[] = [];
  const own = p.agencyId === skp.agency_id && p.employeeId === skp.employee_id;
  if (own) out.push('pegawai');
  else if (await may(ctx, p, 'skp.draft', { agencyId: skp.agency_id, ids: [skp.employee_id] })) out.push('pengelola_kinerja');
  if (await may(ctx, p, 'skp.decide', { agencyId: skp.agency_id, ids: [skp.id] })) out.push('pejabat_penilai');
  return out;
}

/** The capacity the principal acts in for `action`, or the refusal of the permission it lacks. */
export function actorFor(p: Principal, capacities: readonly SkpActorCapacity[], action: SkpActionType): SkpActor {
  const capacity = SKP_ACTION_ACTORS[action].find((c) => capacities.includes(c));
  if (capacity) return { accountId: p.accountId, capacity };
  const decides = action === 'return' || action === 'approve' || action === 'edit_and_approve';
  const { code, message } = refusalOf(decides ? 'skp.decide' : 'skp.draft');
  throw new AppError(code, message);
}
