import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const V = '0190b7a0-0000-7000-8000-000000000007';
const X = '0190b7a0-0000-7000-8000-000000000003';
const R = '0190b7a0-0000-7000-8000-000000000002';
const C = '0190b7a0-0000-7000-8000-000000000004';

/** The realisasi of rencana aksi written in one evaluation. */
export const realisasiAksiOf = defineQuery('evaluation', 'realisasiAksiOf', [[A, V]], (db, agencyId: string, evaluationId: string) =>
  db
    .selectFrom('evaluation_realisasi_aksi')
    .select(['rencana_aksi_id', 'rhk_id', 'text', 'updated_at'])
    .where('agency_id', '=', agencyId)
    .where('evaluation_id', '=', evaluationId)
    .execute(),
);

export const upsertRealisasiAksi = defineQuery(
  'evaluation',
  'upsertRealisasiAksi',
  [[{ agencyId: A, evaluationId: V, rencanaAksiId: X, rhkId: R, text: 'Draf selesai', accountId: C, at: new Date('2026-02-01T02:00:00Z') }]],
  (db, w: { agencyId: string; evaluationId: string; rencanaAksiId: string; rhkId: string; text: string; accountId: string; at: Date }) =>
    db
      .insertInto('evaluation_realisasi_aksi')
      .values({ agency_id: w.agencyId, evaluation_id: w.evaluationId, rencana_aksi_id: w.rencanaAksiId, rhk_id: w.rhkId, text: w.text, updated_by_account_id: w.accountId, updated_at: w.at })
      .onConflict((oc) => oc.columns(['agency_id', 'evaluation_id', 'rencana_aksi_id']).doUpdateSet({ rhk_id: w.rhkId, text: w.text, updated_by_account_id: w.accountId, updated_at: w.at }))
      .execute(),
);
