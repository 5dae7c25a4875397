import { describe, expect, it } from 'vitest';
import type { SkpContent } from '../../api/skp';
import { placeIssues } from './issues';

const rhk = (id: string) => ({ id, jenis: 'utama' as const, text: id, parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki: [] });
const content: SkpContent = { rhk: [rhk('a'), rhk('b')], perilaku: [], lampiran: [] };

describe('placeIssues', () => {
  it('puts a field detail next to the RHK at its index, and the rest above the list', () => {
    const placed = placeIssues(
      content,
      [
        { field: 'content.rhk[1].parentRhkId', message: 'RHK utama wajib mengintervensi RHK atasan.' },
        { field: 'content.rhk[0].iki[0].target', message: 'Target wajib diisi.' },
        { field: 'content.rhk[7].text', message: 'Tidak ada lagi.' },
      ],
      [{ rhkId: null, message: 'SKP pejabat penilai belum disetujui.' }, { rhkId: 'b', message: 'RHK utama wajib mengintervensi RHK atasan.' }],
    );
    expect([...placed.byRhk]).toEqual([
      ['b', ['RHK utama wajib mengintervensi RHK atasan.']],
      ['a', ['Target wajib diisi.']],
    ]);
    expect(placed.general).toEqual(['Tidak ada lagi.', 'SKP pejabat penilai belum disetujui.']);
  });

  it('puts a schema refusal (a JSON path with dots) next to the Lampiran item or RHK at its index', () => {
    const withLampiran: SkpContent = {
      ...content,
      lampiran: [
        { id: 'l1', jenis: 'konsekuensi', text: 'Ada' },
        { id: 'l2', jenis: 'dukungan_sumber_daya', text: '' },
      ],
    };
    const placed = placeIssues(
      withLampiran,
      [
        { field: 'content.lampiran.1.text', message: 'Tidak boleh kosong.' },
        { field: 'content.rhk.0.iki.0.target', message: 'Tidak boleh kosong.' },
        { field: 'content.lampiran.5.text', message: 'Tidak ada lagi.' },
      ],
      [],
    );
    expect([...placed.byLampiran]).toEqual([['l2', ['Tidak boleh kosong.']]]);
    expect([...placed.byRhk]).toEqual([['a', ['Tidak boleh kosong.']]]);
    expect(placed.general).toEqual(['Tidak ada lagi.']);
  });
});
