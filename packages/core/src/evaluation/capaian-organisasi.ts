/**
 * Capaian kinerja organisasi (SE MenPANRB 3/2023, tahap 1): set per period by the next-higher
 * leadership for each organisation, and the source of its leader's rating hasil kerja (tahap 3).
 */
import type { Rating } from './ratings.js';

export const CAPAIAN_ORGANISASI = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type CapaianOrganisasi = (typeof CAPAIAN_ORGANISASI)[number];

export const CAPAIAN_ORGANISASI_LABEL: Record<CapaianOrganisasi, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
};

export function isCapaianOrganisasi(s: string): s is CapaianOrganisasi {
  return (CAPAIAN_ORGANISASI as readonly string[]).includes(s);
}

/**
 * SE 3/2023 tahap 3: "apabila pimpinan organisasi adalah pegawai yang dievaluasi, maka capaian
 * kinerja satuan organisasi yang dipimpin ditetapkan sebagai rating hasil kerja pegawai yang
 * bersangkutan". The SE names five levels of capaian but three of rating and gives no mapping in
 * the text we hold. Chosen: Istimewa (rencana aksi beyond target) is above expectation, Baik (on
 * target) meets it, and the three lower levels fall below it, so a leader is never rated better
 * than "meets expectation" for an organisation that did not reach Baik.
 */
export const LEADER_RATING_HASIL_KERJA: Readonly<Record<CapaianOrganisasi, Rating>> = {
  istimewa: 'di_atas_ekspektasi',
  baik: 'sesuai_ekspektasi',
  butuh_perbaikan: 'di_bawah_ekspektasi',
  kurang: 'di_bawah_ekspektasi',
  sangat_kurang: 'di_bawah_ekspektasi',
};

/**
 * The rating hasil kerja to record: the organisation's capaian when the person leads the
 * organisation being evaluated, otherwise the penilai's judgment. A leader's rating is never typed
 * in, so a leader with no capaian set yet has no rating yet (undefined), rather than a guess.
 */
export function ratingHasilKerjaOf(input: {
  leadsOrganisation: boolean;
  capaianOrganisasi: CapaianOrganisasi | null;
  penilaiJudgment: Rating | null;
}): Rating | undefined {
  if (input.leadsOrganisation) {
    return input.capaianOrganisasi === null ? undefined : LEADER_RATING_HASIL_KERJA[input.capaianOrganisasi];
  }
  return input.penilaiJudgment ?? undefined;
}
