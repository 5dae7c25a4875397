import {
  checkDistribution,
  countPredikat,
  isCapaianOrganisasi,
  placeInOrganisation,
  predikatOf,
  ratingHasilKerjaOf,
  type CapaianOrganisasi,
  type Predikat,
  type Rating,
  compareText,
} from '@kinerja/core';
import type { Db } from '../../db/query.js';
import { agencyUnits, evaluationsOfPeriod, organisationResults } from './queries.js';

/** The units of an agency and the capaian set for one calendar period: where each evaluation counts. */
export interface OrganisationContext {
  capaianOf: ReadonlyMap<string, CapaianOrganisasi>;
  unitName: ReadonlyMap<string, string>;
  place(unitId: string, isUnitHead: boolean): { curveUnit: string | undefined; ledUnit: string | undefined };
}

export async function organisationContext(db: Db, agencyId: string, from: string, to: string): Promise<OrganisationContext> {
  const [units, results] = await Promise.all([agencyUnits(db, agencyId), organisationResults(db, agencyId, from, to)]);
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const capaianOf = new Map<string, CapaianOrganisasi>();
  for (const r of results) if (isCapaianOrganisasi(r.capaian)) capaianOf.set(r.unit_id, r.capaian);
  return {
    capaianOf,
    unitName: new Map(units.map((u) => [u.id, u.name])),
    place: (unitId, isUnitHead) => placeInOrganisation({ unitId, isUnitHead, parentOf: (u) => parent.get(u) ?? null, hasCapaian: (u) => capaianOf.has(u) }),
  };
}

export interface RatedRow {
  status: string;
  rating_hasil_kerja: string | null;
  rating_perilaku_kerja: string | null;
  predikat: string | null;
}

/**
 * The predikat an evaluation stands at: the one recorded when finalised, else the matrix cell of its
 * ratings now, with a leader's rating hasil kerja taken from the capaian of the unit they lead.
 */
export function livePredikat(row: RatedRow, ledCapaian: CapaianOrganisasi | null, leads: boolean): { ratingHasilKerja: Rating | undefined; predikat: Predikat | undefined } {
  const ratingHasilKerja = ratingHasilKerjaOf({ leadsOrganisation: leads, capaianOrganisasi: ledCapaian, penilaiJudgment: row.rating_hasil_kerja as Rating | null });
  if (row.status === 'final' && row.predikat) return { ratingHasilKerja, predikat: row.predikat as Predikat };
  const perilaku = row.rating_perilaku_kerja as Rating | null;
  return { ratingHasilKerja, predikat: ratingHasilKerja && perilaku ? predikatOf(ratingHasilKerja, perilaku) : undefined };
}

export interface Curve {
  unitId: string;
  unitName: string;
  capaian: CapaianOrganisasi | null;
  counts: Record<Predikat, number>;
  total: number;
  breaches: { message: string }[];
}

/** The live curve of every organisation with a capaian in one calendar period (SE 3/2023, tahap 2). */
export async function curvesOf(db: Db, agencyId: string, from: string, to: string, org?: OrganisationContext): Promise<Curve[]> {
  const o = org ?? (await organisationContext(db, agencyId, from, to));
  const byUnit = new Map<string, Predikat[]>();
  for (const u of o.capaianOf.keys()) byUnit.set(u, []);
  for (const row of await evaluationsOfPeriod(db, agencyId, from, to)) {
    const { curveUnit, ledUnit } = o.place(row.unit_id, row.is_unit_head);
    if (curveUnit === undefined) continue;
    const { predikat } = livePredikat(row, ledUnit ? (o.capaianOf.get(ledUnit) ?? null) : null, ledUnit !== undefined);
    if (predikat) byUnit.get(curveUnit)!.push(predikat);
  }
  return [...byUnit].map(([unitId, predikats]) => {
    const counts = countPredikat(predikats);
    const capaian = o.capaianOf.get(unitId)!;
    return {
      unitId,
      unitName: o.unitName.get(unitId) ?? '',
      capaian,
      counts,
      total: predikats.length,
      breaches: checkDistribution(capaian, counts).map((b) => ({ message: b.message })),
    };
  }).sort((a, b) => compareText(a.unitName, b.unitName));
}
