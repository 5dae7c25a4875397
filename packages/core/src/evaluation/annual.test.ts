import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineYear, type AnnualSkpInput } from './annual.js';
import { predikatOf } from './predikat.js';
import { RATINGS, type Rating } from './ratings.js';

const skp = (from: string, to: string, annual: Partial<NonNullable<AnnualSkpInput['annual']>> & { hasil?: Rating; perilaku?: Rating } | null): AnnualSkpInput => ({
  period: { from, to },
  annual:
    annual === null
      ? null
      : {
          final: annual.final ?? true,
          ratingHasilKerja: annual.hasil ?? null,
          ratingPerilakuKerja: annual.perilaku ?? null,
          predikat: annual.hasil && annual.perilaku ? predikatOf(annual.hasil, annual.perilaku) : null,
          angkaKredit: annual.angkaKredit ?? null,
        },
});

describe('the annual result of a year', () => {
  it('is the finalised annual evaluation of the only SKP', () => {
    const only = skp('2025-01-01', '2025-12-31', { hasil: 'di_atas_ekspektasi', perilaku: 'di_atas_ekspektasi', angkaKredit: 18.75 });
    expect(combineYear([only])).toEqual({ chosen: only, ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', predikat: 'sangat_baik', complete: true, angkaKredit: 18.75 });
  });

  it('for a move in May takes the longer SKP’s ratings whole and adds the angka kredit of both', () => {
    const before = skp('2025-01-01', '2025-04-30', { hasil: 'di_atas_ekspektasi', perilaku: 'di_atas_ekspektasi', angkaKredit: 6.25 });
    const after = skp('2025-05-01', '2025-12-31', { hasil: 'sesuai_ekspektasi', perilaku: 'di_bawah_ekspektasi', angkaKredit: 4.1667 });
    const year = combineYear([before, after]);
    expect(year.chosen).toBe(after);
    // The matrix cell of the chosen ratings, never a mix of the two SKP.
    expect([year.ratingHasilKerja, year.ratingPerilakuKerja, year.predikat]).toEqual(['sesuai_ekspektasi', 'di_bawah_ekspektasi', 'kurang']);
    expect(year.complete).toBe(true);
    expect(year.angkaKredit).toBeCloseTo(10.4167, 4);
  });

  it('is provisional while one SKP’s annual evaluation is open or not finalised, taking the finalised ones', () => {
    const before = skp('2025-01-01', '2025-04-30', { hasil: 'sesuai_ekspektasi', perilaku: 'sesuai_ekspektasi' });
    const running = skp('2025-05-01', '2025-12-31', { final: false, hasil: 'di_atas_ekspektasi', perilaku: 'di_atas_ekspektasi' });
    const year = combineYear([before, running]);
    expect(year).toMatchObject({ chosen: before, predikat: 'baik', complete: false, angkaKredit: null });
    expect(combineYear([before, skp('2025-05-01', '2025-12-31', null)]).complete).toBe(false);
  });

  it('has no predikat with no SKP or nothing finalised', () => {
    expect(combineYear([])).toEqual({ chosen: undefined, ratingHasilKerja: null, ratingPerilakuKerja: null, predikat: null, complete: false, angkaKredit: null });
    expect(combineYear([skp('2025-01-01', '2025-12-31', { final: false })]).predikat).toBeNull();
  });

  it('always answers a predikat that is the matrix cell of ratings one penilai gave, whatever the split', () => {
    const rating = fc.constantFrom(...RATINGS);
    const part = fc.record({ days: fc.integer({ min: 1, max: 200 }), hasil: rating, perilaku: rating, final: fc.boolean() });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        let day = 1;
        const skps = parts.map((p) => {
          const from = `2025-${dayOfYear(day)}`;
          day += p.days;
          return skp(from, `2025-${dayOfYear(day - 1)}`, { final: p.final, hasil: p.hasil, perilaku: p.perilaku });
        });
        const year = combineYear(skps);
        if (year.chosen === undefined) return year.predikat === null && !year.complete;
        return (
          year.chosen.annual!.final &&
          year.predikat === predikatOf(year.ratingHasilKerja!, year.ratingPerilakuKerja!) &&
          year.ratingHasilKerja === year.chosen.annual!.ratingHasilKerja &&
          year.complete === parts.every((p) => p.final)
        );
      }),
    );
  });
});

/** mm-dd of day n (1-based) of 2025, for n up to 800 clamped into the year. */
function dayOfYear(n: number): string {
  const d = new Date(Date.UTC(2025, 0, Math.min(n, 365)));
  return d.toISOString().slice(5, 10);
}
