import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPAIAN_ORGANISASI } from './capaian-organisasi.js';
import { checkDistribution, countPredikat } from './distribution.js';
import { checkFinalisation, type FinalisationInput } from './finalisation.js';
import { RATINGS } from './ratings.js';

const base: FinalisationInput = {
  leadsOrganisation: false,
  capaianOrganisasi: 'baik',
  ratingHasilKerja: 'sesuai_ekspektasi',
  ratingPerilakuKerja: 'di_atas_ekspektasi',
  breaches: [],
  curvePolicy: 'warn',
};
const codes = (i: FinalisationInput) => {
  const c = checkFinalisation(i);
  return { blocking: c.blocking.map((x) => x.code), warnings: c.warnings.map((x) => x.code) };
};
const breach = checkDistribution('istimewa', { ...countPredikat([]), sangat_baik: 9, baik: 1 });

describe('checkFinalisation', () => {
  it('gives the matrix predikat when both ratings are set', () => {
    expect(checkFinalisation(base)).toMatchObject({ predikat: 'baik', blocking: [], warnings: [] });
  });

  it('blocks until both ratings are set', () => {
    expect(codes({ ...base, ratingHasilKerja: null, ratingPerilakuKerja: null }).blocking).toEqual(['RATING_HASIL_KERJA_MISSING', 'RATING_PERILAKU_KERJA_MISSING']);
    expect(checkFinalisation({ ...base, ratingPerilakuKerja: null }).predikat).toBeUndefined();
  });

  it('rates a leader by the organisation capaian, whatever the penilai typed', () => {
    const c = checkFinalisation({ ...base, leadsOrganisation: true, capaianOrganisasi: 'istimewa', ratingHasilKerja: 'di_bawah_ekspektasi' });
    expect(c).toMatchObject({ ratingHasilKerja: 'di_atas_ekspektasi', predikat: 'sangat_baik', blocking: [] });
  });

  it('blocks a leader without capaian, but only warns for others under a warn policy', () => {
    expect(codes({ ...base, leadsOrganisation: true, capaianOrganisasi: null }).blocking).toEqual(['CAPAIAN_ORGANISASI_MISSING']);
    expect(codes({ ...base, capaianOrganisasi: null })).toEqual({ blocking: [], warnings: ['CAPAIAN_ORGANISASI_MISSING'] });
    expect(codes({ ...base, capaianOrganisasi: null, curvePolicy: 'block' })).toEqual({ blocking: ['CAPAIAN_ORGANISASI_MISSING'], warnings: [] });
  });

  it('warns or blocks on a curve breach by the agency setting, with the breach message', () => {
    expect(breach).toHaveLength(1);
    expect(codes({ ...base, breaches: breach })).toEqual({ blocking: [], warnings: ['DISTRIBUTION_BREACH'] });
    const blocked = checkFinalisation({ ...base, breaches: breach, curvePolicy: 'block' });
    expect(blocked.blocking).toEqual([{ code: 'DISTRIBUTION_BREACH', message: breach[0]!.message }]);
  });

  it('has a predikat exactly when nothing but the curve is missing (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          leadsOrganisation: fc.boolean(),
          capaianOrganisasi: fc.option(fc.constantFrom(...CAPAIAN_ORGANISASI)),
          ratingHasilKerja: fc.option(fc.constantFrom(...RATINGS)),
          ratingPerilakuKerja: fc.option(fc.constantFrom(...RATINGS)),
          breaches: fc.constantFrom([], breach),
          curvePolicy: fc.constantFrom('warn' as const, 'block' as const),
        }),
        (i) => {
          const c = checkFinalisation(i);
          const ratingIssues = c.blocking.filter((b) => b.code !== 'DISTRIBUTION_BREACH' && !(b.code === 'CAPAIAN_ORGANISASI_MISSING' && !i.leadsOrganisation));
          expect(c.predikat !== undefined).toBe(ratingIssues.length === 0);
          if (i.curvePolicy === 'warn') expect(c.blocking.some((b) => b.code === 'DISTRIBUTION_BREACH')).toBe(false);
        },
      ),
    );
  });
});
