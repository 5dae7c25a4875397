import type { SiasnReferenceCodesTable } from '../../../db/schema.js';
import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const S = '0190b7a0-0000-7000-8000-0000000000b1';
const ACCOUNT = '0190b7a0-0000-7000-8000-0000000000c1';

/** SIASN's reference codes (migration 0043), list by list in the order of their data file. */
export const siasnReferenceCodes = defineQuery('evaluation', 'siasnReferenceCodes', [[]], (db) =>
  db.selectFrom('siasn_reference_codes').select(['list', 'key', 'label', 'code', 'position', 'updated_at', 'updated_by_account_id']).orderBy('list').orderBy('position').execute(),
);

/** Sets one code and its label; answers the row as it was (undefined: no such list and key). */
export const updateSiasnReferenceCode = defineQuery(
  'evaluation',
  'updateSiasnReferenceCode',
  [['kuadranNilai', 'baik', '2', 'Baik', ACCOUNT, new Date('2026-01-01T00:00:00Z')]],
  async (db, list: SiasnReferenceCodesTable['list'], key: string, code: string, label: string, accountId: string, at: Date) =>
    db
      .updateTable('siasn_reference_codes as c')
      .from('siasn_reference_codes as old')
      .set({ code, label, updated_at: at, updated_by_account_id: accountId })
      .whereRef('old.list', '=', 'c.list')
      .whereRef('old.key', '=', 'c.key')
      .where('c.list', '=', list)
      .where('c.key', '=', key)
      .returning(['old.code as old_code', 'old.label as old_label'])
      .executeTakeFirst(),
);

/** The post of each SKP (kind and jenjang of jabatan fungsional): the koefisien of a periodic record. */
export const siasnPostsOfSkps = defineQuery('evaluation', 'siasnPostsOfSkps', [[A, [S]]], (db, agencyId: string, skpIds: readonly string[]) =>
  skpIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('skp as s')
        .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 's.agency_id').onRef('p.id', '=', 's.position_id'))
        .select(['s.id', 'p.kind as position_kind', 'p.jf_level'])
        .where('s.agency_id', '=', agencyId)
        .where('s.id', 'in', skpIds)
        .execute(),
);

/**
 * The audit row of an agency's last push to SIASN for one year (evaluation.siasn_push, with the records
 * that failed): what a retry sends again. Looked for from now back to the year's first day, newest first
 * (audit_log_by_agency), so a retry right after a push reads one row.
 */
export const lastSiasnPush = defineQuery('evaluation', 'lastSiasnPush', [[A, 2026]], (db, agencyId: string, year: number) =>
  db
    .selectFrom('audit_log')
    .select(['at', 'data'])
    .where('agency_id', '=', agencyId)
    .where('at', '>=', new Date(Date.UTC(year, 0, 1)))
    .where('action', '=', 'evaluation.siasn_push')
    .where('entity', '=', 'agency')
    .where('entity_id', '=', agencyId)
    .where(sql<boolean>`data->>'year' = ${String(year)}`)
    .orderBy('at', 'desc')
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst(),
);
