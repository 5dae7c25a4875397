/**
 * Predikat kinerja pegawai from the two ratings: the fixed 3×3 matrix of PermenPANRB 6/2022
 * (rows rating hasil kerja, columns rating perilaku kerja). A table, not a formula: a rule such as
 * "the worse of the two" or max(a, b) gets some cells wrong (poor behaviour with good results is
 * Kurang/Misconduct, not Butuh Perbaikan).
 */
import type { Predikat, Rating } from './ratings.js';

export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  di_atas_ekspektasi: {
    di_atas_ekspektasi: 'sangat_baik',
    sesuai_ekspektasi: 'baik',
    di_bawah_ekspektasi: 'kurang',
  },
  sesuai_ekspektasi: {
    di_atas_ekspektasi: 'baik',
    sesuai_ekspektasi: 'baik',
    di_bawah_ekspektasi: 'kurang',
  },
  di_bawah_ekspektasi: {
    di_atas_ekspektasi: 'butuh_perbaikan',
    sesuai_ekspektasi: 'butuh_perbaikan',
    di_bawah_ekspektasi: 'sangat_kurang',
  },
};

export function predikatOf(ratingHasilKerja: Rating, ratingPerilakuKerja: Rating): Predikat {
  return PREDIKAT_MATRIX[ratingHasilKerja][ratingPerilakuKerja];
}
