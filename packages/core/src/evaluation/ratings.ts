/**
 * The words of an evaluation (PermenPANRB 6/2022): the three-level rating of hasil kerja and of
 * perilaku kerja, and the five predikat kinerja the matrix turns them into.
 */

/** Rating hasil kerja and rating perilaku kerja share these three levels, best first. */
export const RATINGS = ['di_atas_ekspektasi', 'sesuai_ekspektasi', 'di_bawah_ekspektasi'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABEL: Record<Rating, string> = {
  di_atas_ekspektasi: 'Di Atas Ekspektasi',
  sesuai_ekspektasi: 'Sesuai Ekspektasi',
  di_bawah_ekspektasi: 'Di Bawah Ekspektasi',
};

/** Predikat kinerja pegawai, best first. */
export const PREDIKATS = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const PREDIKAT_LABEL: Record<Predikat, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};

/** Position in PREDIKATS: 0 is the best. For ordering and comparison, never for display. */
export function predikatRank(p: Predikat): number {
  return PREDIKATS.indexOf(p);
}

export function isRating(s: string): s is Rating {
  return (RATINGS as readonly string[]).includes(s);
}

export function isPredikat(s: string): s is Predikat {
  return (PREDIKATS as readonly string[]).includes(s);
}
