/**
 * Whether the penilai may finalise one evaluation, and its predikat: the ratings, the leader rule
 * (SE MenPANRB 3/2023 tahap 3) and the organisation's distribution curve (tahap 2) together.
 * Whether a curve breach blocks or only warns is the agency's setting.
 */
import { ratingHasilKerjaOf, type CapaianOrganisasi } from './capaian-organisasi.js';
import type { DistributionBreach } from './distribution.js';
import { predikatOf } from './predikat.js';
import type { Predikat, Rating } from './ratings.js';

export const CURVE_POLICIES = ['warn', 'block'] as const;
export type CurvePolicy = (typeof CURVE_POLICIES)[number];

export interface FinalisationInput {
  leadsOrganisation: boolean;
  capaianOrganisasi: CapaianOrganisasi | null;
  /** The penilai's judgment; ignored for a leader, whose rating is the organisation's capaian. */
  ratingHasilKerja: Rating | null;
  ratingPerilakuKerja: Rating | null;
  /** checkDistribution for the organisation with this evaluation's predikat counted in. */
  breaches: readonly DistributionBreach[];
  curvePolicy: CurvePolicy;
}

export type FinalisationIssueCode = 'CAPAIAN_ORGANISASI_MISSING' | 'RATING_HASIL_KERJA_MISSING' | 'RATING_PERILAKU_KERJA_MISSING' | 'DISTRIBUTION_BREACH';

export interface FinalisationIssue {
  code: FinalisationIssueCode;
  message: string;
}

export interface FinalisationCheck {
  /** Undefined until both ratings are known. */
  ratingHasilKerja: Rating | undefined;
  predikat: Predikat | undefined;
  /** Finalising is refused while any of these remain. */
  blocking: readonly FinalisationIssue[];
  /** Shown, but finalising is allowed. */
  warnings: readonly FinalisationIssue[];
}

export function checkFinalisation(input: FinalisationInput): FinalisationCheck {
  const blocking: FinalisationIssue[] = [];
  const warnings: FinalisationIssue[] = [];
  const curve = input.curvePolicy === 'block' ? blocking : warnings;

  const ratingHasilKerja = ratingHasilKerjaOf({
    leadsOrganisation: input.leadsOrganisation,
    capaianOrganisasi: input.capaianOrganisasi,
    penilaiJudgment: input.ratingHasilKerja,
  });
  if (input.capaianOrganisasi === null) {
    // A leader has no rating without it; for others it only leaves the curve unknown.
    (input.leadsOrganisation ? blocking : curve).push({
      code: 'CAPAIAN_ORGANISASI_MISSING',
      message: input.leadsOrganisation
        ? 'Capaian kinerja organisasi belum ditetapkan oleh pimpinan di atasnya; rating hasil kerja pimpinan organisasi mengikuti capaian tersebut.'
        : 'Capaian kinerja organisasi belum ditetapkan, sehingga pola distribusi predikat belum dapat diperiksa.',
    });
  }
  if (ratingHasilKerja === undefined && !input.leadsOrganisation) {
    blocking.push({ code: 'RATING_HASIL_KERJA_MISSING', message: 'Rating hasil kerja belum diisi.' });
  }
  if (input.ratingPerilakuKerja === null) {
    blocking.push({ code: 'RATING_PERILAKU_KERJA_MISSING', message: 'Rating perilaku kerja belum diisi.' });
  }
  for (const b of input.breaches) curve.push({ code: 'DISTRIBUTION_BREACH', message: b.message });

  const predikat = ratingHasilKerja && input.ratingPerilakuKerja ? predikatOf(ratingHasilKerja, input.ratingPerilakuKerja) : undefined;
  return { ratingHasilKerja, predikat, blocking, warnings };
}
