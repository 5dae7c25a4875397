import { defineQuery } from '../../../db/query.js';
import { ACCOUNT, AGENCY, AT } from './examples.js';

// The signers of an agency's daftar nominatif (PA/KPA and bendahara).

export const signersOf = defineQuery('tpp', 'signersOf', [[AGENCY]], (db, agencyId: string) =>
  db.selectFrom('tpp_signers').select(['role', 'name', 'nip', 'title', 'updated_at']).where('agency_id', '=', agencyId).execute(),
);

/** Replaces the agency's signers with these rows (a role not listed has none). */
export const removeSigners = defineQuery('tpp', 'removeSigners', [[AGENCY]], (db, agencyId: string) => db.deleteFrom('tpp_signers').where('agency_id', '=', agencyId).execute());

export const insertSigners = defineQuery(
  'tpp',
  'insertSigners',
  [[[{ agency_id: AGENCY, role: 'pa' as const, name: 'dr. Hendra Wijaya', nip: '197001011995031001', title: 'Kepala Dinas Kesehatan', updated_at: AT, updated_by_account_id: ACCOUNT }]]],
  async (db, rows: readonly { agency_id: string; role: 'pa' | 'bendahara'; name: string; nip: string | null; title: string | null; updated_at: Date; updated_by_account_id: string | null }[]) => {
    if (rows.length > 0) await db.insertInto('tpp_signers').values([...rows]).execute();
  },
);
