/**
 * Angka kredit of jabatan fungsional from the predikat (PermenPANRB 1/2023): per year
 * AK = persentase predikat × koefisien of the jenjang; for part of a year (a periodic evaluation,
 * a post held for some months) AK = (months / 12) × persentase × koefisien. Both tables are data
 * because one seeder in the wild swapped Ahli Muda and Ahli Madya: a test pins every value.
 */
import type { JfLevel } from '../org/positions.js';
import type { Predikat } from './ratings.js';

/** Persentase angka kredit per predikat. */
export const ANGKA_KREDIT_PERCENT: Readonly<Record<Predikat, number>> = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
};

/** Koefisien angka kredit per year for each jenjang (keterampilan and keahlian tracks). */
export const KOEFISIEN_ANGKA_KREDIT: Readonly<Record<JfLevel, number>> = {
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
  ahli_pertama: 12.5,
  ahli_muda: 25,
  ahli_madya: 37.5,
  ahli_utama: 50,
};

export interface AngkaKreditInput {
  /** Whole months evaluated, 0–12: PerBKN 3/2023 counts conversion in months, not days. */
  months: number;
  predikat: Predikat;
  jenjang: JfLevel;
}

/**
 * Unrounded: rounding is for display, and a year's total is the sum of exact parts. The product is
 * taken before the one division so that every table value (multiples of 0.25) stays exact.
 */
export function angkaKredit({ months, predikat, jenjang }: AngkaKreditInput): number {
  if (!Number.isInteger(months) || months < 0 || months > 12) {
    throw new RangeError(`Jumlah bulan penilaian harus bilangan bulat 0–12: ${months}`);
  }
  return (months * ANGKA_KREDIT_PERCENT[predikat] * KOEFISIEN_ANGKA_KREDIT[jenjang]) / 1200;
}

/** A year's angka kredit from its periods; the months of all periods may not exceed 12. */
export function angkaKreditOfYear(periods: readonly AngkaKreditInput[]): number {
  const months = periods.reduce((sum, p) => sum + p.months, 0);
  if (months > 12) throw new RangeError(`Jumlah bulan penilaian dalam setahun melebihi 12: ${months}`);
  return periods.reduce((sum, p) => sum + angkaKredit(p), 0);
}
