/**
 * Rencana aksi (issue 16 item 5): per RHK per month or quarter, each with its periodic target. They
 * belong to the SKP, not to a version, and are written through the year by the employee (or the
 * agency's pengelola kinerja on their behalf, as drafting is); the SKP's readers see them. A write
 * names the client's id, so a repeat changes nothing.
 */
import { rencanaAksiKeyRange, rencanaAksiPeriodOf, rencanaAksiPeriodsOf, resolveSkpSettings, type Principal, type SkpSettings } from '@kinerja/core';
import type { RencanaAksiAnswer, RencanaAksiBody, RencanaAksiItem, SkpSettingsBody } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { may, requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { agencyToday, changeSettings, settingsOn } from '../settings/index.js';
import { readableSkp } from './read.js';
import { rencanaAksiOf, rencanaAksiRow, removeRencanaAksi, rhkOfVersions, upsertRencanaAksi, type RencanaAksiRow } from './queries/rencana-aksi.js';
import type { SkpRow } from './queries.js';

export async function skpSettingsOn(db: Db, agencyId: string, date: string): Promise<SkpSettings> {
  return resolveSkpSettings((await settingsOn(db, agencyId, date)).skp);
}

/** The RHK rencana aksi may name: the last version's, then those only in the version in force. */
async function rhkOf(db: Db, skp: SkpRow) {
  const versions = [...new Set([skp.current_version, skp.version_in_force].filter((v): v is number => v !== null))];
  const rows = await rhkOfVersions(db, skp.agency_id, skp.id, versions);
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).map((r) => ({ id: r.id, jenis: r.jenis as 'utama' | 'tambahan', text: r.text }));
}

function itemOf(r: RencanaAksiRow, rhkIds: ReadonlySet<string>): RencanaAksiItem {
  return {
    id: r.id,
    rhkId: r.rhk_id,
    periode: r.periode,
    label: rencanaAksiKeyRange(r.periode)?.label ?? r.periode,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    text: r.text,
    target: r.target,
    rhkMissing: !rhkIds.has(r.rhk_id),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The SKP's rencana aksi for whoever may read the SKP, with the periods and RHK a new one may use. */
export async function rencanaAksiAnswer(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<RencanaAksiAnswer> {
  const skp = await readableSkp(ctx, p, agencyId, skpId);
  const [settings, rhk, rows, canEdit] = await Promise.all([
    skpSettingsOn(ctx.db, agencyId, skp.period_from),
    rhkOf(ctx.db, skp),
    rencanaAksiOf(ctx.db, agencyId, skp.id, null),
    may(ctx, p, 'skp.draft', { agencyId, ids: [skp.employee_id] }),
  ]);
  const ids = new Set(rhk.map((r) => r.id));
  return {
    periode: settings.rencanaAksi,
    periods: rencanaAksiPeriodsOf({ from: skp.period_from, to: skp.period_to }, settings.rencanaAksi).map((x) => ({ key: x.key, label: x.label, periodFrom: x.period.from, periodTo: x.period.to })),
    rhk,
    items: rows.map((r) => itemOf(r, ids)),
    canEdit,
  };
}

/** The SKP after `skp.read` and `skp.draft` on its employee (the employee, or the pengelola kinerja on their behalf). */
async function editableSkp(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<SkpRow> {
  const skp = await readableSkp(ctx, p, agencyId, skpId);
  await requireAccess(ctx, p, 'skp.draft', { agencyId, ids: [skp.employee_id] });
  return skp;
}

/** Adds or changes one rencana aksi; a repeat of what is stored changes nothing (no write, no audit). */
export async function saveRencanaAksi(ctx: AppContext, p: Principal, agencyId: string, skpId: string, id: string, body: RencanaAksiBody): Promise<RencanaAksiItem> {
  const skp = await editableSkp(ctx, p, agencyId, skpId);
  const [settings, rhk] = await Promise.all([skpSettingsOn(ctx.db, agencyId, skp.period_from), rhkOf(ctx.db, skp)]);
  const details: { field: string; message: string }[] = [];
  if (!rhk.some((r) => r.id === body.rhkId)) details.push({ field: 'rhkId', message: 'RHK tidak ada pada SKP ini (versi terakhir atau versi yang berlaku).' });
  const period = rencanaAksiPeriodOf(body.periode, { from: skp.period_from, to: skp.period_to }, settings.rencanaAksi);
  if (!period) {
    details.push({
      field: 'periode',
      message: settings.rencanaAksi === 'bulanan' ? 'Pilih salah satu bulan dalam periode SKP (rencana aksi instansi ini per bulan).' : 'Pilih salah satu triwulan dalam periode SKP (rencana aksi instansi ini per triwulan).',
    });
  }
  if (details.length > 0 || !period) throw new AppError('VALIDATION', 'Rencana aksi tidak valid.', details);
  const ids = new Set(rhk.map((r) => r.id));
  return ctx.db.transaction().execute(async (trx) => {
    const before = await rencanaAksiRow(trx, agencyId, skp.id, id);
    if (before?.removed_at) throw new AppError('CONFLICT', 'Rencana aksi ini sudah dihapus; buat yang baru.');
    const same = before && before.rhk_id === body.rhkId && before.periode === body.periode && before.text === body.text && before.target === body.target;
    if (!same) {
      await upsertRencanaAksi(trx, {
        agencyId,
        skpId: skp.id,
        id,
        rhkId: body.rhkId,
        periode: body.periode,
        periodFrom: period.period.from,
        periodTo: period.period.to,
        text: body.text,
        target: body.target,
        accountId: p.accountId,
        at: ctx.now(),
      });
      await recordAudit(trx, {
        agencyId,
        actorAccountId: p.accountId,
        action: before ? 'skp.rencana_aksi_changed' : 'skp.rencana_aksi_added',
        entity: 'skp',
        entityId: skp.id,
        data: { rencanaAksiId: id, rhkId: body.rhkId, periode: body.periode, text: body.text, target: body.target, onBehalf: !(p.agencyId === agencyId && p.employeeId === skp.employee_id) },
      });
    }
    return itemOf((await rencanaAksiRow(trx, agencyId, skp.id, id))!, ids);
  });
}

/** Removes one rencana aksi; removing one already removed changes nothing; an unknown id is 404. */
export async function deleteRencanaAksi(ctx: AppContext, p: Principal, agencyId: string, skpId: string, id: string): Promise<void> {
  const skp = await editableSkp(ctx, p, agencyId, skpId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await rencanaAksiRow(trx, agencyId, skp.id, id);
    if (!before) throw new AppError('NOT_FOUND', 'Rencana aksi tidak ditemukan.');
    if (before.removed_at) return;
    await removeRencanaAksi(trx, agencyId, skp.id, id, p.accountId, ctx.now());
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'skp.rencana_aksi_removed', entity: 'skp', entityId: skp.id, data: { rencanaAksiId: id } });
  });
}

/**
 * For the evaluation (through this module's index): the SKP's rencana aksi of the version in force's
 * RHK whose period shares a day with the covered days.
 */
export async function rencanaAksiWithin(db: Db, agencyId: string, skpId: string, covered: { from: string; to: string }) {
  return (await rencanaAksiOf(db, agencyId, skpId, covered)).map((r) => ({
    id: r.id,
    rhkId: r.rhk_id,
    periode: r.periode,
    label: rencanaAksiKeyRange(r.periode)?.label ?? r.periode,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    text: r.text,
    target: r.target,
  }));
}

/** The agency's SKP settings in force today, for its readers. */
export async function skpSettings(ctx: AppContext, p: Principal, agencyId: string): Promise<{ effectiveFrom: string | null; settings: SkpSettings }> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const today = await agencyToday(ctx, agencyId);
  return { effectiveFrom: today, settings: await skpSettingsOn(ctx.db, agencyId, today) };
}

/** Changes the agency's SKP settings from a date on (never backwards; audited by changeSettings). */
export async function changeSkpSettings(ctx: AppContext, p: Principal, agencyId: string, body: SkpSettingsBody) {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  const saved = await changeSettings(
    ctx,
    { agencyId, actorAccountId: p.accountId },
    { effectiveFrom: body.effectiveFrom, note: body.note },
    { section: 'skp', resolve: resolveSkpSettings, apply: () => resolveSkpSettings(body.settings) },
  );
  return { effectiveFrom: saved.effectiveFrom, settings: saved.after };
}
