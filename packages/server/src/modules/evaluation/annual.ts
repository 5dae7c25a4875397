import { combineYear, type Predikat, type Principal, type Rating } from '@kinerja/core';
import type { AnnualResultAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { allowedIds, may, requireAccess } from '../access/index.js';
import { recordReads } from '../data-reads/index.js';
import { livePredikat, organisationContext } from './organisation.js';
import { employeeSkpsOfYear, evaluationsOfSkps } from './queries.js';

/**
 * One employee's annual result for a year (core combineYear): every approved SKP of the year with its
 * annual evaluation (live while in progress) and its finalised periodic ones, and the year's ratings,
 * predikat and angka kredit taken from the finalised annual evaluations. Readable by whoever may read
 * the employee (themselves, supervisors on today's chart, the agency's readers) or every SKP of the
 * year (a penilai who has since moved).
 */
export async function annualResult(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, year: number): Promise<AnnualResultAnswer> {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year).padStart(4, '0')}-12-31`;
  const skps = await employeeSkpsOfYear(ctx.db, agencyId, employeeId, from, to);
  const readsEmployee = await may(ctx, p, 'employee.read', { agencyId, ids: [employeeId] });
  if (!readsEmployee) {
    if (skps.length === 0) await requireAccess(ctx, p, 'employee.read', { agencyId, ids: [employeeId] });
    const readable = await allowedIds(ctx, p, 'evaluation.read', { agencyId, ids: skps.map((s) => s.id) });
    if (!skps.every((s) => readable.has(s.id))) await requireAccess(ctx, p, 'evaluation.read', { agencyId, ids: skps.map((s) => s.id) });
  }
  const [evaluations, org] = await Promise.all([evaluationsOfSkps(ctx.db, agencyId, skps.map((s) => s.id)), organisationContext(ctx.db, agencyId, from, to)]);
  const parts = yearParts(skps, evaluations, org, from, to);
  const year_ = combineYear(parts);
  await recordReads(ctx, p, agencyId, [employeeId], 'evaluation');
  return {
    year,
    employeeId,
    skps: parts.map((x) => ({
      skpId: x.skp.id,
      positionName: x.skp.position_name,
      coveredFrom: x.period.from,
      coveredTo: x.period.to,
      penilaiName: x.skp.penilai_name,
      evaluationId: x.annualRow?.id ?? null,
      status: x.annualRow ? (x.annualRow.status as 'berjalan' | 'final') : 'belum_dibuka',
      ratingHasilKerja: x.annual?.ratingHasilKerja ?? null,
      ratingPerilakuKerja: x.annual?.ratingPerilakuKerja ?? null,
      predikat: x.annual?.predikat ?? null,
      angkaKredit: x.annual?.final ? x.annual.angkaKredit : null,
      chosen: year_.chosen === x,
      periodik: evaluations
        .filter((v) => v.skp_id === x.skp.id && v.kind === 'periodik' && v.status === 'final' && v.period_from >= from && v.period_to <= to)
        .map((v) => ({ label: v.label, predikat: v.predikat as Predikat | null, angkaKredit: v.angka_kredit === null ? null : Number(v.angka_kredit) })),
    })),
    ratingHasilKerja: year_.ratingHasilKerja,
    ratingPerilakuKerja: year_.ratingPerilakuKerja,
    predikat: year_.predikat,
    complete: year_.complete,
    angkaKredit: year_.angkaKredit,
  };
}

type YearSkp = { id: string; period_from: string; period_to: string; unit_id: string; is_unit_head: boolean };
type YearEvaluation = Awaited<ReturnType<typeof evaluationsOfSkps>>[number];

/**
 * Each SKP of an employee's year with its annual evaluation (live while in progress), the input of
 * core combineYear; shared by the annual result and the SIASN export.
 */
export function yearParts<S extends YearSkp>(skps: readonly S[], evaluations: readonly YearEvaluation[], org: Awaited<ReturnType<typeof organisationContext>>, from: string, to: string) {
  return skps.map((s) => {
    const annual = evaluations.find((v) => v.skp_id === s.id && v.kind === 'tahunan' && v.period_from === from);
    const { ledUnit } = org.place(s.unit_id, s.is_unit_head);
    const live = annual ? livePredikat(annual, ledUnit ? (org.capaianOf.get(ledUnit) ?? null) : null, ledUnit !== undefined) : undefined;
    return {
      skp: s,
      annualRow: annual,
      period: { from: s.period_from > from ? s.period_from : from, to: s.period_to < to ? s.period_to : to },
      annual: annual
        ? {
            final: annual.status === 'final',
            ratingHasilKerja: (live?.ratingHasilKerja ?? null) as Rating | null,
            ratingPerilakuKerja: annual.rating_perilaku_kerja as Rating | null,
            predikat: (live?.predikat ?? null) as Predikat | null,
            angkaKredit: annual.angka_kredit === null ? null : Number(annual.angka_kredit),
          }
        : null,
    };
  });
}
