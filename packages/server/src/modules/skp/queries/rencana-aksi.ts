import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const S = '0190b7a0-0000-7000-8000-000000000005';
const R = '0190b7a0-0000-7000-8000-000000000002';
const X = '0190b7a0-0000-7000-8000-000000000003';
const C = '0190b7a0-0000-7000-8000-000000000004';

/** The RHK of two versions of an SKP (its last and its version in force), in the last's order first. */
export const rhkOfVersions = defineQuery('skp', 'rhkOfVersions', [[A, S, [2, 1]]], (db, agencyId: string, skpId: string, versions: readonly number[]) =>
  db
    .selectFrom('skp_rhk')
    .select(['version', 'id', 'jenis', 'text', 'ordinal'])
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', 'in', versions)
    .orderBy('version', 'desc')
    .orderBy('ordinal')
    .execute(),
);

const COLUMNS = ['id', 'rhk_id', 'periode', 'period_from', 'period_to', 'text', 'target', 'updated_at', 'removed_at'] as const;

/** The SKP's rencana aksi not removed, by period then when written; with `from`/`to`, only those sharing a day with them. */
export const rencanaAksiOf = defineQuery(
  'skp',
  'rencanaAksiOf',
  [
    [A, S, null],
    [A, S, { from: '2026-01-01', to: '2026-03-31' }],
  ],
  (db, agencyId: string, skpId: string, within: { from: string; to: string } | null) => {
    let q = db.selectFrom('skp_rencana_aksi').select(COLUMNS).where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('removed_at', 'is', null);
    if (within) q = q.where('period_from', '<=', within.to).where('period_to', '>=', within.from);
    return q.orderBy('period_from').orderBy('created_at').orderBy('id').execute();
  },
);
export type RencanaAksiRow = Awaited<ReturnType<typeof rencanaAksiOf>>[number];

/** One rencana aksi, removed or not, locked for the change that follows. */
export const rencanaAksiRow = defineQuery('skp', 'rencanaAksiRow', [[A, S, X]], (db, agencyId: string, skpId: string, id: string) =>
  db.selectFrom('skp_rencana_aksi').select(COLUMNS).where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('id', '=', id).forUpdate().executeTakeFirst(),
);

export interface RencanaAksiWrite {
  agencyId: string;
  skpId: string;
  id: string;
  rhkId: string;
  periode: string;
  periodFrom: string;
  periodTo: string;
  text: string;
  target: string;
  accountId: string;
  at: Date;
}

/** Writes one rencana aksi (new, or changed in place). */
export const upsertRencanaAksi = defineQuery(
  'skp',
  'upsertRencanaAksi',
  [[{ agencyId: A, skpId: S, id: X, rhkId: R, periode: '2026-T1', periodFrom: '2026-01-01', periodTo: '2026-03-31', text: 'Menyusun draf', target: '1 dokumen', accountId: C, at: new Date('2026-01-05T02:00:00Z') }]],
  (db, w: RencanaAksiWrite) =>
    db
      .insertInto('skp_rencana_aksi')
      .values({
        agency_id: w.agencyId,
        skp_id: w.skpId,
        id: w.id,
        rhk_id: w.rhkId,
        periode: w.periode,
        period_from: w.periodFrom,
        period_to: w.periodTo,
        text: w.text,
        target: w.target,
        created_at: w.at,
        updated_at: w.at,
        updated_by_account_id: w.accountId,
      })
      .onConflict((oc) =>
        oc.columns(['agency_id', 'skp_id', 'id']).doUpdateSet({
          rhk_id: w.rhkId,
          periode: w.periode,
          period_from: w.periodFrom,
          period_to: w.periodTo,
          text: w.text,
          target: w.target,
          updated_at: w.at,
          updated_by_account_id: w.accountId,
        }),
      )
      .execute(),
);

/** Removes one rencana aksi (kept with `removed_at`, so a realisasi written against it still names it). */
export const removeRencanaAksi = defineQuery('skp', 'removeRencanaAksi', [[A, S, X, C, new Date('2026-01-05T02:00:00Z')]], (db, agencyId: string, skpId: string, id: string, accountId: string, at: Date) =>
  db
    .updateTable('skp_rencana_aksi')
    .set({ removed_at: at, updated_at: at, updated_by_account_id: accountId })
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .execute(),
);
