import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { annualResultOf, type SkpResult } from './combine.js';
import { predikatOf } from './predikat.js';
import { RATINGS } from './ratings.js';

const result = (from: string, to: string, hasil: SkpResult['ratingHasilKerja'], perilaku: SkpResult['ratingPerilakuKerja']): SkpResult => ({
  period: { from, to },
  ratingHasilKerja: hasil,
  ratingPerilakuKerja: perilaku,
  predikat: predikatOf(hasil, perilaku),
});

describe('annual result of an employee with several SKP in the year', () => {
  it('takes the SKP that covered the most days', () => {
    const first = result('2025-01-01', '2025-04-30', 'di_atas_ekspektasi', 'di_atas_ekspektasi');
    const second = result('2025-05-01', '2025-12-31', 'sesuai_ekspektasi', 'sesuai_ekspektasi');
    expect(annualResultOf([first, second])).toBe(second);
    expect(annualResultOf([second, first])).toBe(second);
  });

  it('takes the later SKP when both covered the same number of days', () => {
    // 2024 is a leap year: 2024-01-01..2024-07-01 and 2024-07-02..2024-12-31 are both 183 days.
    const first = result('2024-01-01', '2024-07-01', 'di_bawah_ekspektasi', 'sesuai_ekspektasi');
    const second = result('2024-07-02', '2024-12-31', 'sesuai_ekspektasi', 'sesuai_ekspektasi');
    expect(annualResultOf([first, second])).toBe(second);
    expect(annualResultOf([second, first])).toBe(second);
  });

  it('has no annual result without any SKP result', () => {
    expect(annualResultOf([])).toBeUndefined();
  });

  it('always returns one of the given results, whatever their order (property)', () => {
    const resultArb = fc
      .record({
        start: fc.integer({ min: 0, max: 300 }),
        length: fc.integer({ min: 0, max: 64 }),
        hasil: fc.constantFrom(...RATINGS),
        perilaku: fc.constantFrom(...RATINGS),
      })
      .map((r) => result(addDays('2025-01-01', r.start), addDays('2025-01-01', r.start + r.length), r.hasil, r.perilaku));
    fc.assert(
      fc.property(fc.array(resultArb, { minLength: 1, maxLength: 5 }), (results) => {
        const chosen = annualResultOf(results)!;
        expect(results).toContain(chosen);
        expect(chosen.predikat).toBe(predikatOf(chosen.ratingHasilKerja, chosen.ratingPerilakuKerja));
        const reversed = annualResultOf([...results].reverse())!;
        expect(reversed.period).toEqual(chosen.period);
      }),
    );
  });
});
