import { describe, expect, it } from 'vitest';
import { predikatOf } from './predikat.js';
import { PREDIKAT_LABEL, RATINGS, type Predikat, type Rating } from './ratings.js';

// The table of PermenPANRB 6/2022 as printed (rows hasil kerja, columns perilaku kerja), written
// out cell by cell in label form so that a slip in the code's keys cannot hide in the test too.
const PRINTED: [hasil: string, perilaku: string, predikat: string][] = [
  ['Di Atas Ekspektasi', 'Di Bawah Ekspektasi', 'Kurang/Misconduct'],
  ['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Baik'],
  ['Di Atas Ekspektasi', 'Di Atas Ekspektasi', 'Sangat Baik'],
  ['Sesuai Ekspektasi', 'Di Bawah Ekspektasi', 'Kurang/Misconduct'],
  ['Sesuai Ekspektasi', 'Sesuai Ekspektasi', 'Baik'],
  ['Sesuai Ekspektasi', 'Di Atas Ekspektasi', 'Baik'],
  ['Di Bawah Ekspektasi', 'Di Bawah Ekspektasi', 'Sangat Kurang'],
  ['Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Butuh Perbaikan'],
  ['Di Bawah Ekspektasi', 'Di Atas Ekspektasi', 'Butuh Perbaikan'],
];

const ratingByLabel: Record<string, Rating> = {
  'Di Atas Ekspektasi': 'di_atas_ekspektasi',
  'Sesuai Ekspektasi': 'sesuai_ekspektasi',
  'Di Bawah Ekspektasi': 'di_bawah_ekspektasi',
};

describe('predikatOf: the 3×3 matrix of PermenPANRB 6/2022', () => {
  it.each(PRINTED)('hasil %s × perilaku %s → %s', (hasil, perilaku, expected) => {
    const p: Predikat = predikatOf(ratingByLabel[hasil]!, ratingByLabel[perilaku]!);
    expect(PREDIKAT_LABEL[p]).toBe(expected);
  });

  it('the printed table covers every one of the 9 combinations exactly once', () => {
    const cells = new Set(PRINTED.map(([h, p]) => `${h}|${p}`));
    expect(cells.size).toBe(RATINGS.length * RATINGS.length);
  });

  it('is not max/min of the two ratings (the shortcut a community helper uses)', () => {
    // Good results with poor behaviour is misconduct; poor results with good behaviour needs improvement.
    expect(predikatOf('di_atas_ekspektasi', 'di_bawah_ekspektasi')).toBe('kurang');
    expect(predikatOf('di_bawah_ekspektasi', 'di_atas_ekspektasi')).toBe('butuh_perbaikan');
  });
});
