/**
 * The signers of an agency's daftar nominatif: the Pengguna Anggaran / Kuasa Pengguna Anggaran and
 * the Bendahara Pengeluaran. Read by the agency's TPP readers; set by its admins and finance (and
 * the BKD), audited. The nominatif prints the names held at the time of the download.
 */
import type { Principal } from '@kinerja/core';
import type { TppSigner, TppSignersAnswer, TppSignersBody } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { requireAccess } from '../access/index.js';
import { AppError } from '../../http/errors.js';
import { findTodayChart } from '../org/index.js';
import { recordAudit } from '../audit/index.js';
import { insertSigners, removeSigners, signersOf } from './queries/signers.js';

/** The stored signers, without an access check (the nominatif's read has made its own). */
export async function agencySigners(ctx: AppContext, agencyId: string): Promise<TppSignersAnswer> {
  const rows = await signersOf(ctx.db, agencyId);
  const of = (role: 'pa' | 'bendahara'): TppSigner | null => {
    const r = rows.find((x) => x.role === role);
    return r ? { name: r.name, nip: r.nip, title: r.title } : null;
  };
  const last = rows.map((r) => new Date(r.updated_at).toISOString()).sort().at(-1) ?? null;
  return { pa: of('pa'), bendahara: of('bendahara'), updatedAt: last };
}

export async function readSigners(ctx: AppContext, p: Principal, agencyId: string): Promise<TppSignersAnswer> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  return agencySigners(ctx, agencyId);
}

const clean = (s: TppSigner | null): TppSigner | null => (s ? { name: s.name.trim(), nip: s.nip, title: s.title?.trim() || null } : null);

export async function setSigners(ctx: AppContext, p: Principal, agencyId: string, body: TppSignersBody): Promise<TppSignersAnswer> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  // The BKD may manage any agency id it names; one that does not exist is a 404, not a broken key.
  if (!(await findTodayChart(ctx, agencyId))) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const at = ctx.now();
  const pa = clean(body.pa);
  const bendahara = clean(body.bendahara);
  await ctx.db.transaction().execute(async (trx) => {
    await removeSigners(trx, agencyId);
    await insertSigners(
      trx,
      ([['pa', pa], ['bendahara', bendahara]] as const).flatMap(([role, s]) => (s ? [{ agency_id: agencyId, role, name: s.name, nip: s.nip, title: s.title, updated_at: at, updated_by_account_id: p.accountId }] : [])),
    );
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'tpp.signers.set', entity: 'agency', entityId: agencyId, data: { pa, bendahara } });
  });
  return agencySigners(ctx, agencyId);
}
