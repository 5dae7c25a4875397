/**
 * The annual result of one employee for one year: every SKP they held in the year (a mid-year move
 * opens a new SKP, PermenPANRB 6/2022), each with its own annual evaluation by its own penilai, folded
 * into one record the way SIASN's rw-skp22 takes it (one tahun, one hasil kerja, one perilaku, one
 * kuadran).
 *
 * The rule (docs/evaluation.md "Hasil tahunan"):
 * - the year's ratings and predikat are those of one SKP, chosen by annualResultOf (the one that
 *   covered the most days, the later on a tie), never an average; only finalised annual evaluations
 *   count, since a rating in progress may still change;
 * - the result is complete when every SKP of the year has its annual evaluation finalised; before
 *   that it is shown as provisional (`complete: false`), and the SIASN export takes complete ones only;
 * - angka kredit (jabatan fungsional) is the sum over the SKP's finalised annual evaluations, each
 *   already prorated by its credited months (PermenPANRB 1/2023), so a year never credits more than
 *   12 months; null when no SKP of the year earns angka kredit.
 */
import type { Period } from '../calendar/index.js';
import { annualResultOf } from './combine.js';
import type { Predikat, Rating } from './ratings.js';

export interface AnnualSkpInput {
  /** The days of the year the SKP covers. */
  period: Period;
  /** Its annual evaluation, or null when not opened. */
  annual: {
    final: boolean;
    ratingHasilKerja: Rating | null;
    ratingPerilakuKerja: Rating | null;
    predikat: Predikat | null;
    /** Recorded when finalised, for jabatan fungsional. */
    angkaKredit: number | null;
  } | null;
}

export interface AnnualCombination<T extends AnnualSkpInput> {
  /** The SKP whose annual evaluation stands for the year (undefined while none is finalised). */
  chosen: T | undefined;
  ratingHasilKerja: Rating | null;
  ratingPerilakuKerja: Rating | null;
  predikat: Predikat | null;
  /** Every SKP of the year has its annual evaluation finalised. */
  complete: boolean;
  angkaKredit: number | null;
}

export function combineYear<T extends AnnualSkpInput>(skps: readonly T[]): AnnualCombination<T> {
  const finals = skps.flatMap((s) => {
    const a = s.annual;
    if (!a || !a.final || !a.ratingHasilKerja || !a.ratingPerilakuKerja || !a.predikat) return [];
    return [{ skp: s, period: s.period, ratingHasilKerja: a.ratingHasilKerja, ratingPerilakuKerja: a.ratingPerilakuKerja, predikat: a.predikat }];
  });
  const best = annualResultOf(finals);
  const credited = skps.filter((s) => s.annual?.final && s.annual.angkaKredit !== null);
  return {
    chosen: best?.skp,
    ratingHasilKerja: best?.ratingHasilKerja ?? null,
    ratingPerilakuKerja: best?.ratingPerilakuKerja ?? null,
    predikat: best?.predikat ?? null,
    complete: skps.length > 0 && finals.length === skps.length,
    angkaKredit: credited.length === 0 ? null : credited.reduce((sum, s) => sum + s.annual!.angkaKredit!, 0),
  };
}
