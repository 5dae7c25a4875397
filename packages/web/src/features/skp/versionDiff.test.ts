import { EMPTY_MIK } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import id from '../../i18n/id';
import { ikiChanges } from './versionDiff';

const iki = (over: Record<string, unknown> = {}) => ({ id: 'k1', aspek: null, text: 'Angka kematian ibu', target: '150', mik: null, ...over });

describe('ikiChanges', () => {
  it('names the manual’s fields that changed when the indicator and target did not', () => {
    const before = [iki({ mik: { ...EMPTY_MIK, formula: 'a / b' } })];
    const after = [iki({ mik: { ...EMPTY_MIK, formula: 'a / b x 100', sumberData: 'Laporan KIA', jenisIndikator: 'outcome' } })];
    expect(ikiChanges(before as never, after as never, id)).toEqual(['Diubah «Angka kematian ibu»: Manual Indikator Kinerja: Formula, Sumber data, Jenis indikator']);
  });

  it('lists IKI added, removed and edited, matched by id', () => {
    const before = [iki(), iki({ id: 'k2', text: 'Lama', target: '1' })];
    const after = [iki({ target: '140' }), iki({ id: 'k3', text: 'Baru', target: '2' })];
    expect(ikiChanges(before as never, after as never, id)).toEqual(['Diubah «Angka kematian ibu»: Target dan satuan: 150 → 140', 'Ditambah: Baru (2)', 'Dihapus: Lama (1)']);
  });

  it('says only the order changed when every IKI is the same', () => {
    expect(ikiChanges([iki(), iki({ id: 'k2' })] as never, [iki({ id: 'k2' }), iki()] as never, id)).toEqual(['Urutan IKI berubah.']);
  });
});
