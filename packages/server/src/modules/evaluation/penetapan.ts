import { checkDistribution, countPredikat, EVALUATION_FREQUENCIES, evaluationPeriodsOf, type Predikat, type Principal, type Rating } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { may, requireAccess } from '../access/index.js';
import { agencyHeading, renderPdf } from '../skp-print/index.js';
import { requireCalendarPeriod } from './agency.js';
import { livePredikat, organisationContext } from './organisation.js';
import { penetapanDocument, type PenetapanModel } from './penetapan-layout.js';
import { evaluationsOfPeriod } from './queries.js';

/**
 * The Penetapan Predikat Kinerja Pegawai of one organisation (a unit with a capaian) and calendar
 * period: everyone counted in its curve with their ratings and predikat, the distribution and the
 * pola distribusi of its capaian. For whoever sets the unit's capaian (evaluation.organisation: the
 * leadership above, the pengelola kinerja) and the agency's readers. Nothing is written.
 */
export async function penetapanModel(ctx: AppContext, p: Principal, agencyId: string, unitId: string, from: string, to: string): Promise<PenetapanModel> {
  if (!(await may(ctx, p, 'agency.read', { agencyId }))) await requireAccess(ctx, p, 'evaluation.organisation', { agencyId, ids: [unitId] });
  await requireCalendarPeriod(ctx, agencyId, from, to);
  const [org, agency, rows] = await Promise.all([organisationContext(ctx.db, agencyId, from, to), agencyHeading(ctx.db, agencyId), evaluationsOfPeriod(ctx.db, agencyId, from, to)]);
  const capaian = org.capaianOf.get(unitId);
  if (!agency || !org.unitName.has(unitId)) throw new AppError('NOT_FOUND', 'Unit kerja tidak ditemukan.');
  if (!capaian) throw new AppError('CONFLICT', 'Capaian kinerja organisasi unit ini belum ditetapkan untuk periode ini; penetapan predikat mengikuti capaian tersebut.');
  const people = rows.flatMap((r) => {
    const { curveUnit, ledUnit } = org.place(r.unit_id, r.is_unit_head);
    if (curveUnit !== unitId) return [];
    const live = livePredikat(r, ledUnit ? (org.capaianOf.get(ledUnit) ?? null) : null, ledUnit !== undefined);
    return [{ name: r.name, nip: r.nip, positionName: r.position_name, ratingHasilKerja: (live.ratingHasilKerja ?? null) as Rating | null, ratingPerilakuKerja: r.rating_perilaku_kerja as Rating | null, predikat: (live.predikat ?? null) as Predikat | null, final: r.status === 'final' }];
  });
  const counts = countPredikat(people.flatMap((x) => (x.predikat ? [x.predikat] : [])));
  const year = Number(from.slice(0, 4));
  const label = EVALUATION_FREQUENCIES.flatMap((f) => evaluationPeriodsOf(year, f)).find((x) => x.period.from === from && x.period.to === to)?.label ?? '';
  return {
    agencyName: agency.name,
    unitName: org.unitName.get(unitId)!,
    label,
    period: { from, to },
    capaian,
    rows: people,
    counts,
    breaches: checkDistribution(capaian, counts).map((b) => b.message),
    final: people.length > 0 && people.every((x) => x.final),
  };
}

export async function penetapanPdf(ctx: AppContext, p: Principal, agencyId: string, unitId: string, from: string, to: string): Promise<{ bytes: Buffer; fileName: string }> {
  const model = await penetapanModel(ctx, p, agencyId, unitId, from, to);
  const bytes = await renderPdf(penetapanDocument(model));
  return { bytes, fileName: `Penetapan-Predikat-${from}-${to}${model.final ? '' : '-draf'}.pdf` };
}
