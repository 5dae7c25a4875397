import { annualDeadlineOf, evaluationPeriodsOf, resolveEvaluationSettings, type CurvePolicy, type EvaluationSettings, type Principal } from '@kinerja/core';
import type { CapaianBody, CurveAnswer, EvaluationSettingsBody, UnfinishedAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { agencyToday, changeSettings } from '../settings/index.js';
import { curvesOf } from './organisation.js';
import { agencyUnits, organisationResults, penilaiNames, skpsWithEvaluation, upsertOrganisationResult } from './queries.js';
import { evaluationSettingsOn } from './service.js';

/** A calendar evaluation period of the agency (its periodic frequency then, or the year), else a 400 naming the field. */
export async function requireCalendarPeriod(ctx: AppContext, agencyId: string, from: string, to: string): Promise<void> {
  const settings = await evaluationSettingsOn(ctx.db, agencyId, from);
  const year = Number(from.slice(0, 4));
  const known = [...evaluationPeriodsOf(year, settings.frequency), ...evaluationPeriodsOf(year, 'tahunan')].some((x) => x.period.from === from && x.period.to === to);
  if (!known) {
    const message = 'Periode bukan periode evaluasi instansi ini (periodik sesuai pengaturan instansi, atau tahunan).';
    throw new AppError('VALIDATION', message, [{ field: 'periodFrom', message }]);
  }
}

/** Capaian kinerja organisasi of one unit and period, set (or changed) by the next-higher leadership. */
export async function setCapaian(ctx: AppContext, p: Principal, agencyId: string, unitId: string, body: CapaianBody) {
  await requireAccess(ctx, p, 'evaluation.organisation', { agencyId, ids: [unitId] });
  if (!(await agencyUnits(ctx.db, agencyId)).some((u) => u.id === unitId)) throw new AppError('NOT_FOUND', 'Unit kerja tidak ditemukan.');
  await requireCalendarPeriod(ctx, agencyId, body.periodFrom, body.periodTo);
  const note = body.note?.trim() || null;
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const before = (await organisationResults(trx, agencyId, body.periodFrom, body.periodTo)).find((r) => r.unit_id === unitId);
    if (before && before.capaian === body.capaian && before.note === note) return;
    await upsertOrganisationResult(trx, { agency_id: agencyId, unit_id: unitId, period_from: body.periodFrom, period_to: body.periodTo, capaian: body.capaian, note, set_by_account_id: p.accountId, set_at: at });
    await recordAudit(trx, {
      agencyId,
      actorAccountId: p.accountId,
      action: 'evaluation.capaian_set',
      entity: 'unit',
      entityId: unitId,
      data: { periodFrom: body.periodFrom, periodTo: body.periodTo, before: before?.capaian ?? null, after: body.capaian, note },
    });
  });
  const saved = (await organisationResults(ctx.db, agencyId, body.periodFrom, body.periodTo)).find((r) => r.unit_id === unitId)!;
  return { unitId, periodFrom: body.periodFrom, periodTo: body.periodTo, capaian: body.capaian, note: saved.note, setAt: new Date(saved.set_at).toISOString() };
}

/** The live curve of every organisation of the agency with a capaian for the period. */
export async function agencyCurve(ctx: AppContext, p: Principal, agencyId: string, from: string, to: string): Promise<CurveAnswer> {
  await requireAccess(ctx, p, 'evaluation.curve', { agencyId });
  const today = await agencyToday(ctx, agencyId);
  const [items, settings] = await Promise.all([curvesOf(ctx.db, agencyId, from, to), evaluationSettingsOn(ctx.db, agencyId, today)]);
  return { periodFrom: from, periodTo: to, curvePolicy: settings.curvePolicy as CurvePolicy, items };
}

/** Who has not finished: approved SKP overlapping the period without a finalised evaluation of it. */
export async function evaluationProgress(ctx: AppContext, p: Principal, agencyId: string, from: string, to: string): Promise<UnfinishedAnswer> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const rows = await skpsWithEvaluation(ctx.db, agencyId, from, to);
  const open = rows.filter((r) => r.status !== 'final');
  const names = new Map((await penilaiNames(ctx.db, agencyId, open.map((r) => r.skp_id))).map((r) => [r.skp_id, r.name]));
  const year = Number(from.slice(0, 4));
  const annual = from === `${from.slice(0, 4)}-01-01` && to === `${from.slice(0, 4)}-12-31`;
  return {
    periodFrom: from,
    periodTo: to,
    deadline: annual ? annualDeadlineOf(year, await evaluationSettingsOn(ctx.db, agencyId, to)) : null,
    total: rows.length,
    finalised: rows.length - open.length,
    items: open.map((r) => ({
      employeeId: r.employee_id,
      employeeName: r.employee_name,
      nip: r.nip,
      skpId: r.skp_id,
      penilaiName: names.get(r.skp_id) ?? null,
      evaluationId: r.evaluation_id,
      status: r.evaluation_id === null ? 'belum_dibuka' : 'berjalan',
    })),
  };
}

export async function evaluationSettings(ctx: AppContext, p: Principal, agencyId: string): Promise<{ effectiveFrom: string | null; settings: EvaluationSettings }> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const today = await agencyToday(ctx, agencyId);
  return { effectiveFrom: today, settings: await evaluationSettingsOn(ctx.db, agencyId, today) };
}

/** Changes the agency's evaluation settings from a date on (never backwards; audited by changeSettings). */
export async function changeEvaluationSettings(ctx: AppContext, p: Principal, agencyId: string, body: EvaluationSettingsBody) {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  const saved = await changeSettings(
    ctx,
    { agencyId, actorAccountId: p.accountId },
    { effectiveFrom: body.effectiveFrom, note: body.note },
    { section: 'evaluation', resolve: resolveEvaluationSettings, apply: () => resolveEvaluationSettings(body.settings) },
  );
  return { effectiveFrom: saved.effectiveFrom, settings: saved.after };
}
