import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { insertRegionalLeadership, sekdaOfProvince } from './queries.js';

/**
 * The regional chain above the OPD heads (PermenPANRB 6/2022, SKP): the demo Sekretaris Daerah (the
 * head of SETDA) rates every Kepala Dinas, and the Gubernur is their atasan pejabat penilai and the
 * Sekda's penilai. The Gubernur is a named official, not an ASN, and has no account in the demo.
 * Fixed ids: the same seed gives the same province.
 */
export const DEMO_GUBERNUR = { id: '00000000-0000-4000-8000-0000000a0001', title: 'Gubernur', name: 'H. Rahmat Hidayat, S.H., M.H.' } as const;
const SEKDA_TERM_ID = '00000000-0000-4000-8000-0000000a0002';
const GUBERNUR_TERM_ID = '00000000-0000-4000-8000-0000000a0003';

export async function writeRegionalLeadership(db: Kysely<Database>): Promise<void> {
  const sekda = await sekdaOfProvince(db, 'SETDA');
  await insertRegionalLeadership(db, DEMO_GUBERNUR, [
    { id: GUBERNUR_TERM_ID, post: 'kepala_daerah', capacity: 'definitive', official_id: DEMO_GUBERNUR.id, starts_on: '2025-02-20' },
    ...(sekda ? [{ id: SEKDA_TERM_ID, post: 'sekda' as const, capacity: 'definitive' as const, employee_agency_id: sekda.agency_id, employee_id: sekda.employee_id, starts_on: sekda.starts_on }] : []),
  ]);
}
