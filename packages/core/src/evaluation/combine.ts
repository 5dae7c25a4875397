/**
 * The annual result of an employee who held more than one SKP in the year (a mid-year move opens
 * a new SKP for the new post; PermenPANRB 6/2022 evaluates each SKP with its own penilai).
 *
 * The regulation, SE 3/2023 and PermenPANRB 1/2023 as we hold them say nothing about folding
 * several SKP into one annual predikat. Chosen rule, the least surprising one we found:
 * - the annual ratings and predikat are those of the SKP that covered the most days of the year;
 *   on a tie, the later SKP (its penilai saw the employee most recently). Ratings are taken whole
 *   from one SKP, never averaged, so the annual predikat is always the matrix cell of the annual
 *   ratings and always one a penilai actually gave;
 * - angka kredit is not folded at all: PermenPANRB 1/2023 already prorates by months, so each SKP
 *   earns (months / 12) × persentase × koefisien with its own predikat and jenjang, and the year
 *   is their sum (angkaKreditOfYear).
 */
import { toDayNumber, type Period } from '../calendar/index.js';
import type { Predikat, Rating } from './ratings.js';

export interface SkpResult {
  period: Period;
  ratingHasilKerja: Rating;
  ratingPerilakuKerja: Rating;
  predikat: Predikat;
}

/** The SKP result that stands for the year, or undefined when there is none. */
export function annualResultOf<T extends SkpResult>(results: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const r of results) {
    if (best === undefined) {
      best = r;
      continue;
    }
    const [len, bestLen] = [lengthInDays(r.period), lengthInDays(best.period)];
    if (len > bestLen || (len === bestLen && r.period.from > best.period.from)) best = r;
  }
  return best;
}

function lengthInDays(p: Period): number {
  return toDayNumber(p.to) - toDayNumber(p.from) + 1;
}
