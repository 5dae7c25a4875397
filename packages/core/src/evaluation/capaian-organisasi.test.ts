import { describe, expect, it } from 'vitest';
import { CAPAIAN_ORGANISASI, LEADER_RATING_HASIL_KERJA, ratingHasilKerjaOf } from './capaian-organisasi.js';
import { RATINGS } from './ratings.js';

describe('a leader takes the organisation capaian as rating hasil kerja (SE 3/2023 tahap 3)', () => {
  it('maps Istimewa above, Baik at, and the three lower levels below expectation', () => {
    expect(LEADER_RATING_HASIL_KERJA).toEqual({
      istimewa: 'di_atas_ekspektasi',
      baik: 'sesuai_ekspektasi',
      butuh_perbaikan: 'di_bawah_ekspektasi',
      kurang: 'di_bawah_ekspektasi',
      sangat_kurang: 'di_bawah_ekspektasi',
    });
  });

  it('is monotone: a better capaian never gives a worse rating', () => {
    const ranks = CAPAIAN_ORGANISASI.map((c) => RATINGS.indexOf(LEADER_RATING_HASIL_KERJA[c]));
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeGreaterThanOrEqual(ranks[i - 1]!);
  });

  it('ignores the penilai judgment for a leader', () => {
    expect(ratingHasilKerjaOf({ leadsOrganisation: true, capaianOrganisasi: 'kurang', penilaiJudgment: 'di_atas_ekspektasi' })).toBe('di_bawah_ekspektasi');
  });

  it('leaves a leader unrated until the capaian is set', () => {
    expect(ratingHasilKerjaOf({ leadsOrganisation: true, capaianOrganisasi: null, penilaiJudgment: 'sesuai_ekspektasi' })).toBeUndefined();
  });

  it('uses the penilai judgment for everyone else, capaian or not', () => {
    expect(ratingHasilKerjaOf({ leadsOrganisation: false, capaianOrganisasi: 'istimewa', penilaiJudgment: 'di_bawah_ekspektasi' })).toBe('di_bawah_ekspektasi');
    expect(ratingHasilKerjaOf({ leadsOrganisation: false, capaianOrganisasi: 'istimewa', penilaiJudgment: null })).toBeUndefined();
  });
});
