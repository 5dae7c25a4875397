import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JF_LEVELS } from '../org/positions.js';
import { angkaKredit, angkaKreditOfYear, KOEFISIEN_ANGKA_KREDIT } from './angka-kredit.js';
import { PREDIKATS } from './ratings.js';

describe('angka kredit (PermenPANRB 1/2023)', () => {
  it('pins the koefisien per jenjang, Muda 25 and Madya 37.5 not swapped', () => {
    expect(KOEFISIEN_ANGKA_KREDIT).toEqual({
      pemula: 3.75, terampil: 5, mahir: 12.5, penyelia: 25,
      ahli_pertama: 12.5, ahli_muda: 25, ahli_madya: 37.5, ahli_utama: 50,
    });
  });

  it('reproduces the BKN worked examples', () => {
    expect(angkaKredit({ months: 12, predikat: 'sangat_baik', jenjang: 'ahli_pertama' })).toBe(18.75);
    expect(angkaKredit({ months: 2, predikat: 'baik', jenjang: 'ahli_pertama' })).toBeCloseTo(2.0833, 4);
  });

  it('uses 150/100/75/50/25 % for the five predikat', () => {
    const full = PREDIKATS.map((predikat) => angkaKredit({ months: 12, predikat, jenjang: 'ahli_utama' }));
    expect(full).toEqual([75, 50, 37.5, 25, 12.5]);
  });

  it('refuses months outside 0–12 or fractional', () => {
    for (const months of [-1, 13, 1.5, Number.NaN]) {
      expect(() => angkaKredit({ months, predikat: 'baik', jenjang: 'mahir' })).toThrow(RangeError);
    }
  });

  const arb = fc.record({
    months: fc.integer({ min: 0, max: 12 }),
    predikat: fc.constantFrom(...PREDIKATS),
    jenjang: fc.constantFrom(...JF_LEVELS),
  });

  it('is monotone in months (property)', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 12 }), (input, other) => {
        const [a, b] = [Math.min(input.months, other), Math.max(input.months, other)];
        expect(angkaKredit({ ...input, months: a })).toBeLessThanOrEqual(angkaKredit({ ...input, months: b }));
      }),
    );
  });

  it('is monotone in predikat: a better predikat never earns less (property)', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...PREDIKATS), (input, other) => {
        const [better, worse] = PREDIKATS.indexOf(input.predikat) <= PREDIKATS.indexOf(other) ? [input.predikat, other] : [other, input.predikat];
        expect(angkaKredit({ ...input, predikat: better })).toBeGreaterThanOrEqual(angkaKredit({ ...input, predikat: worse }));
      }),
    );
  });

  it('splitting a year into periods with the same predikat gives the annual figure (property)', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 12 }), (input, cut) => {
        const whole = angkaKredit({ ...input, months: 12 });
        const parts = angkaKreditOfYear([{ ...input, months: cut }, { ...input, months: 12 - cut }]);
        expect(parts).toBeCloseTo(whole, 9);
      }),
    );
  });

  it('refuses a year of more than 12 months', () => {
    expect(() => angkaKreditOfYear([{ months: 7, predikat: 'baik', jenjang: 'mahir' }, { months: 6, predikat: 'baik', jenjang: 'mahir' }])).toThrow(RangeError);
  });
});
