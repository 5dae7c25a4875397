import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPAIAN_ORGANISASI } from './capaian-organisasi.js';
import { checkDistribution, countPredikat, DISTRIBUTION_RULES, type DistributionRule, type PredikatCounts } from './distribution.js';
import { PREDIKATS, type Predikat } from './ratings.js';

const mix = (partial: Partial<Record<Predikat, number>>): PredikatCounts => ({ ...countPredikat([]), ...partial });
const kinds = (capaian: Parameters<typeof checkDistribution>[0], counts: PredikatCounts) =>
  checkDistribution(capaian, counts).map((b) => `${b.rule.kind}:${b.rule.predikat.join('+')}`);

describe('SE 3/2023 distribution, one test per rule, at and just past each bound', () => {
  it('Istimewa: Sangat Baik at most 70%', () => {
    expect(kinds('istimewa', mix({ sangat_baik: 7, baik: 3 }))).toEqual([]);
    expect(kinds('istimewa', mix({ sangat_baik: 8, baik: 2 }))).toEqual(['at_most:sangat_baik']);
  });

  it('Baik: Baik at most 70%', () => {
    expect(kinds('baik', mix({ baik: 7, butuh_perbaikan: 1, sangat_baik: 2 }))).toEqual([]);
    expect(kinds('baik', mix({ baik: 8, butuh_perbaikan: 1, sangat_baik: 1 }))).toEqual(['at_most:baik']);
  });

  it('Baik: there must be some Butuh Perbaikan and/or Kurang/Misconduct', () => {
    expect(kinds('baik', mix({ baik: 7, sangat_baik: 3 }))).toEqual(['some:butuh_perbaikan+kurang']);
    expect(kinds('baik', mix({ baik: 7, sangat_baik: 2, kurang: 1 }))).toEqual([]);
  });

  it('Butuh Perbaikan: Butuh Perbaikan at least 60%', () => {
    expect(kinds('butuh_perbaikan', mix({ butuh_perbaikan: 6, baik: 4 }))).toEqual([]);
    expect(kinds('butuh_perbaikan', mix({ butuh_perbaikan: 5, baik: 5 }))).toEqual(['at_least:butuh_perbaikan']);
  });

  it('Butuh Perbaikan: Sangat Baik at most 10%', () => {
    expect(kinds('butuh_perbaikan', mix({ butuh_perbaikan: 6, baik: 3, sangat_baik: 1 }))).toEqual([]);
    expect(kinds('butuh_perbaikan', mix({ butuh_perbaikan: 6, baik: 2, sangat_baik: 2 }))).toEqual(['at_most:sangat_baik']);
  });

  it('Kurang: Kurang/Misconduct at least 60%', () => {
    expect(kinds('kurang', mix({ kurang: 6, butuh_perbaikan: 4 }))).toEqual([]);
    expect(kinds('kurang', mix({ kurang: 5, butuh_perbaikan: 5 }))).toEqual(['at_least:kurang']);
  });

  it('Kurang: Butuh Perbaikan at least 10%', () => {
    expect(kinds('kurang', mix({ kurang: 9, butuh_perbaikan: 1 }))).toEqual([]);
    expect(kinds('kurang', mix({ kurang: 9, baik: 1 }))).toEqual(['at_least:butuh_perbaikan']);
  });

  it('Kurang: Sangat Baik at most 10%', () => {
    expect(kinds('kurang', mix({ kurang: 6, butuh_perbaikan: 3, sangat_baik: 1 }))).toEqual([]);
    expect(kinds('kurang', mix({ kurang: 6, butuh_perbaikan: 2, sangat_baik: 2 }))).toEqual(['at_most:sangat_baik']);
  });

  it('Sangat Kurang: Sangat Kurang at least 60%', () => {
    expect(kinds('sangat_kurang', mix({ sangat_kurang: 6, kurang: 4 }))).toEqual([]);
    expect(kinds('sangat_kurang', mix({ sangat_kurang: 5, kurang: 5 }))).toEqual(['at_least:sangat_kurang']);
  });

  it('Sangat Kurang: Kurang/Misconduct and/or Butuh Perbaikan together at least 10%', () => {
    expect(kinds('sangat_kurang', mix({ sangat_kurang: 9, butuh_perbaikan: 1 }))).toEqual([]);
    expect(kinds('sangat_kurang', mix({ sangat_kurang: 9, baik: 1 }))).toEqual(['at_least:kurang+butuh_perbaikan']);
  });

  it('Sangat Kurang: no Sangat Baik at all', () => {
    expect(kinds('sangat_kurang', mix({ sangat_kurang: 17, kurang: 2, baik: 1 }))).toEqual([]);
    expect(kinds('sangat_kurang', mix({ sangat_kurang: 17, kurang: 2, sangat_baik: 1 }))).toEqual(['at_most:sangat_baik']);
  });
});

describe('checkDistribution', () => {
  it('finds nothing to breach before anyone is rated', () => {
    for (const c of CAPAIAN_ORGANISASI) expect(checkDistribution(c, mix({}))).toEqual([]);
  });

  it('says in Indonesian what the bound is and where the team stands', () => {
    const [b] = checkDistribution('istimewa', mix({ sangat_baik: 5, baik: 1 }));
    expect(b!.message).toBe('Dengan capaian kinerja organisasi "Istimewa", predikat "Sangat Baik" paling banyak 70%; saat ini 5 dari 6 pegawai (83,3%).');
  });

  it('reads rules from the table it is given, so a later SE is a data change', () => {
    const stricter = { ...DISTRIBUTION_RULES, istimewa: [{ kind: 'at_most', predikat: ['sangat_baik'], percent: 50 }] as DistributionRule[] };
    expect(checkDistribution('istimewa', mix({ sangat_baik: 6, baik: 4 }), stricter)).toHaveLength(1);
    expect(checkDistribution('istimewa', mix({ sangat_baik: 6, baik: 4 }))).toHaveLength(0);
  });

  it('agrees with a plain share computation for any mix (property)', () => {
    const countsArb = fc.tuple(...PREDIKATS.map(() => fc.integer({ min: 0, max: 60 }))).map(
      (ns) => Object.fromEntries(PREDIKATS.map((p, i) => [p, ns[i]!])) as Record<Predikat, number>,
    );
    fc.assert(
      fc.property(fc.constantFrom(...CAPAIAN_ORGANISASI), countsArb, (capaian, counts) => {
        const total = PREDIKATS.reduce((s, p) => s + counts[p], 0);
        const breached = new Set(checkDistribution(capaian, counts).map((b) => b.rule));
        for (const rule of DISTRIBUTION_RULES[capaian]) {
          const n = rule.predikat.reduce((s, p) => s + counts[p], 0);
          // Rational comparison through fractions of the total: the oracle never multiplies by 100.
          const expected =
            total > 0 &&
            (rule.kind === 'some' ? n === 0 : rule.kind === 'at_most' ? n / total > rule.percent / 100 + 1e-12 : n / total < rule.percent / 100 - 1e-12);
          expect(breached.has(rule)).toBe(expected);
        }
      }),
    );
  });
});
