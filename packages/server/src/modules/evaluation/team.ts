import { evaluationPeriodsOf, type CurvePolicy, type Predikat, type Principal, type Rating } from '@kinerja/core';
import type { TeamAnswer, TeamQuery } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { allowedIds } from '../access/index.js';
import { recordReads } from '../data-reads/index.js';
import { agencyToday } from '../settings/index.js';
import { requireCalendarPeriod } from './agency.js';
import { curvesOf, livePredikat, organisationContext } from './organisation.js';
import { penilaiTeam } from './queries.js';
import { evaluationSettingsOn } from './service.js';

const NOT_A_PENILAI = 'Penilaian tim hanya untuk akun pegawai; pejabat penilai melihat di sini pegawai yang SKP-nya mereka nilai.';

/** The calendar period asked for, or the periodic one holding `today` at the caller's agency's frequency. */
async function teamPeriod(ctx: AppContext, agencyId: string, today: string, query: TeamQuery): Promise<{ from: string; to: string }> {
  if (query.periodFrom === undefined && query.periodTo === undefined) {
    const settings = await evaluationSettingsOn(ctx.db, agencyId, today);
    const now = evaluationPeriodsOf(Number(today.slice(0, 4)), settings.frequency).find((x) => x.period.from <= today && today <= x.period.to)!;
    return now.period;
  }
  if (query.periodFrom === undefined || query.periodTo === undefined) {
    const field = query.periodFrom === undefined ? 'periodFrom' : 'periodTo';
    const message = 'Isi awal dan akhir periode bersama-sama, atau kosongkan keduanya untuk periode berjalan.';
    throw new AppError('VALIDATION', message, [{ field, message }]);
  }
  await requireCalendarPeriod(ctx, agencyId, query.periodFrom, query.periodTo);
  return { from: query.periodFrom, to: query.periodTo };
}

/**
 * The pejabat penilai's team for one calendar period: everyone whose approved SKP names them as
 * penilai, with the status and (live) predikat of that period's evaluation, and the live curve of
 * every organisation those people count in (SE MenPANRB 3/2023), the curve the penilai also sees on
 * each evaluation. Who is listed is judged through `evaluation.rate` on the SKP's own snapshot.
 */
export async function evaluationTeam(ctx: AppContext, p: Principal, query: TeamQuery): Promise<TeamAnswer> {
  if (!p.employeeId || !p.agencyId) throw new AppError('FORBIDDEN', NOT_A_PENILAI);
  const today = await agencyToday(ctx, p.agencyId);
  const { from, to } = await teamPeriod(ctx, p.agencyId, today, query);
  const year = Number(from.slice(0, 4));
  const frequency = (await evaluationSettingsOn(ctx.db, p.agencyId, from)).frequency;
  const periods = [...evaluationPeriodsOf(year, frequency).map((x) => ({ kind: 'periodik' as const, x })), ...evaluationPeriodsOf(year, 'tahunan').map((x) => ({ kind: 'tahunan' as const, x }))].map(
    ({ kind, x }) => ({ kind, label: x.label, periodFrom: x.period.from, periodTo: x.period.to }),
  );
  const label = periods.find((x) => x.periodFrom === from && x.periodTo === to)?.label ?? '';

  const rows = await penilaiTeam(ctx.db, p.agencyId, p.employeeId, from, to);
  const agencies = [...new Set(rows.map((r) => r.agency_id))];
  const items: TeamAnswer['items'] = [];
  const curves: TeamAnswer['curves'] = [];
  let outsideCurve = 0;
  for (const agencyId of agencies) {
    const ofAgency = rows.filter((r) => r.agency_id === agencyId);
    const [rated, org, settings] = await Promise.all([
      allowedIds(ctx, p, 'evaluation.rate', { agencyId, ids: ofAgency.map((r) => r.skp_id) }),
      organisationContext(ctx.db, agencyId, from, to),
      evaluationSettingsOn(ctx.db, agencyId, today),
    ]);
    const mine = ofAgency.filter((r) => rated.has(r.skp_id));
    const units = new Set<string>();
    for (const r of mine) {
      const { curveUnit, ledUnit } = org.place(r.unit_id, r.is_unit_head);
      const live =
        r.evaluation_id === null
          ? { ratingHasilKerja: undefined, predikat: undefined }
          : livePredikat({ status: r.status!, rating_hasil_kerja: r.rating_hasil_kerja, rating_perilaku_kerja: r.rating_perilaku_kerja, predikat: r.predikat }, ledUnit ? (org.capaianOf.get(ledUnit) ?? null) : null, ledUnit !== undefined);
      if (curveUnit === undefined) outsideCurve++;
      else units.add(curveUnit);
      items.push({
        agencyId,
        skpId: r.skp_id,
        employeeId: r.employee_id,
        name: r.name,
        nip: r.nip,
        positionName: r.position_name,
        curveUnitId: curveUnit ?? null,
        leadsOrganisation: ledUnit !== undefined,
        evaluationId: r.evaluation_id,
        status: r.evaluation_id === null ? 'belum_dibuka' : (r.status as 'berjalan' | 'final'),
        ratingHasilKerja: (live.ratingHasilKerja ?? null) as Rating | null,
        ratingPerilakuKerja: (r.rating_perilaku_kerja ?? null) as Rating | null,
        predikat: (live.predikat ?? null) as Predikat | null,
      });
    }
    if (units.size > 0) {
      for (const c of await curvesOf(ctx.db, agencyId, from, to, org)) {
        if (units.has(c.unitId)) curves.push({ agencyId, curvePolicy: settings.curvePolicy as CurvePolicy, ...c });
      }
    }
    await recordReads(ctx, p, agencyId, mine.map((r) => r.employee_id), 'evaluation', agencyId === p.agencyId ? today : undefined);
  }
  return { periodFrom: from, periodTo: to, label, periods, items, curves, outsideCurve };
}
