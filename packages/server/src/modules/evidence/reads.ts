import type { Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import type { EvidenceReadThrough } from '../access/index.js';
import { recordReads } from '../data-reads/index.js';

/**
 * An evidence file read through other people's journals is a read of their data: recorded once per
 * reader, person and day like every other kind (`recordReads` leaves out the reader's own). A file
 * the reader uploaded themselves reaches here with nobody named.
 */
export async function recordEvidenceReads(ctx: AppContext, p: Principal, through: readonly EvidenceReadThrough[]): Promise<void> {
  const byAgency = new Map<string, string[]>();
  for (const t of through) byAgency.set(t.agencyId, [...(byAgency.get(t.agencyId) ?? []), t.employeeId]);
  for (const [agencyId, employeeIds] of byAgency) await recordReads(ctx, p, agencyId, employeeIds, 'evidence');
}
