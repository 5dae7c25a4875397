import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASPEK_IKI } from './forms.js';
import { EMPTY_MIK } from './manual-indikator.js';
import { hasilKerjaRows, lampiranSections, periodePenilaian, skpTitleLines, tanggalIndonesia, type PrintRhkInput } from './print.js';

const rhk = (over: Partial<PrintRhkInput>): PrintRhkInput => ({ jenis: 'utama', text: 'RHK', parentRhkId: null, perspektif: null, penugasanDari: null, iki: [], ...over });

describe('tanggalIndonesia', () => {
  it('writes the day without a leading zero and the month in Bahasa Indonesia', () => {
    expect(tanggalIndonesia('2026-01-02')).toBe('2 Januari 2026');
    expect(tanggalIndonesia('2026-12-31')).toBe('31 Desember 2026');
    expect(tanggalIndonesia('2025-08-17')).toBe('17 Agustus 2025');
  });
  it('refuses what is not a date', () => {
    expect(() => tanggalIndonesia('2026-13-01')).toThrow(RangeError);
    expect(() => tanggalIndonesia('2 Januari 2026')).toThrow(RangeError);
  });
});

describe('periodePenilaian', () => {
  it('names the year once for a period within one year, as the form heads it', () => {
    expect(periodePenilaian({ from: '2026-01-01', to: '2026-12-31' })).toBe('1 Januari s.d. 31 Desember Tahun 2026');
    expect(periodePenilaian({ from: '2026-07-15', to: '2026-12-31' })).toBe('15 Juli s.d. 31 Desember Tahun 2026');
  });
  it('names both years for a period across years', () => {
    expect(periodePenilaian({ from: '2026-07-01', to: '2027-06-30' })).toBe('1 Juli 2026 s.d. 30 Juni 2027');
  });
});

describe('skpTitleLines', () => {
  it('heads the JPT form and the JA/JF form with their own third line, and the approach in capitals', () => {
    expect(skpTitleLines('jpt', 'kualitatif')).toEqual(['SASARAN KINERJA PEGAWAI', 'PENDEKATAN HASIL KERJA KUALITATIF', 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI']);
    expect(skpTitleLines('ja', 'kuantitatif')[2]).toBe('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL');
    expect(skpTitleLines('jf', 'kuantitatif')).toEqual(skpTitleLines('ja', 'kuantitatif'));
  });
});

describe('hasilKerjaRows', () => {
  const P1 = 'parent-1';
  it('splits utama and tambahan, numbering each from 1, with the intervened RHK’s text', () => {
    const rows = hasilKerjaRows(
      [rhk({ text: 'A', parentRhkId: P1 }), rhk({ text: 'T', jenis: 'tambahan' }), rhk({ text: 'B', parentRhkId: 'gone' })],
      new Map([[P1, 'RHK pimpinan']]),
      'ja',
    );
    expect(rows.utama.map((r) => [r.no, r.text, r.parentText, r.parentMissing])).toEqual([
      [1, 'A', 'RHK pimpinan', false],
      [2, 'B', null, true],
    ]);
    expect(rows.tambahan.map((r) => [r.no, r.text, r.parentText, r.parentMissing])).toEqual([[1, 'T', null, false]]);
  });

  it('prints JPT perspektif and penugasan as labels, a blank penugasan as none', () => {
    const [r] = hasilKerjaRows([rhk({ perspektif: 'penguatan_internal', penugasanDari: 'Gubernur' })], new Map(), 'jpt').utama;
    expect(r).toMatchObject({ perspektif: 'Penguatan Internal', penugasanDari: 'Gubernur' });
    expect(hasilKerjaRows([rhk({ penugasanDari: '  ' })], new Map(), 'jpt').utama[0]!.penugasanDari).toBeNull();
  });

  it('keeps an RHK without IKI as one empty line', () => {
    expect(hasilKerjaRows([rhk({})], new Map(), 'ja').utama[0]!.iki).toEqual([{ aspek: '', text: '', target: '', mik: null }]);
  });

  it('prints a JPT IKI’s Manual Indikator Kinerja field by field, "-" where empty or none; none on JA/JF', () => {
    const mik = { ...EMPTY_MIK, definisi: 'Jumlah kematian ibu per 100.000 kelahiran hidup', jenisIndikator: 'outcome' as const };
    const withMik = rhk({ iki: [{ aspek: null, text: 'AKI', target: '150', mik }, { aspek: null, text: 'Tanpa manual', target: '1' }] });
    const [a, b] = hasilKerjaRows([withMik], new Map(), 'jpt').utama[0]!.iki;
    expect(a!.mik).toEqual([
      { label: 'Tujuan', value: '-' },
      { label: 'Definisi', value: 'Jumlah kematian ibu per 100.000 kelahiran hidup' },
      { label: 'Formula', value: '-' },
      { label: 'Satuan Pengukuran', value: '-' },
      { label: 'Kualitas dan Tingkat Kendali', value: '-' },
      { label: 'Sumber Data', value: '-' },
      { label: 'Periode Pelaporan', value: '-' },
      { label: 'Jenis Indikator', value: 'Outcome' },
    ]);
    expect(b!.mik!.every((r) => r.value === '-')).toBe(true);
    expect(hasilKerjaRows([withMik], new Map(), 'ja').utama[0]!.iki.map((k) => k.mik)).toEqual([null, null]);
  });

  it('orders IKI by aspect as the form does, stable within an aspect, aspect-less ones last', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ aspek: fc.constantFrom(...ASPEK_IKI, null), n: fc.nat(99) }), { minLength: 1, maxLength: 8 }), (list) => {
        const iki = list.map((k, i) => ({ aspek: k.aspek, text: `iki-${i}`, target: String(k.n) }));
        const printed = hasilKerjaRows([rhk({ iki })], new Map(), 'ja').utama[0]!.iki;
        expect(printed).toHaveLength(iki.length);
        const rank = (label: string) => (label === '' ? 4 : ['Kuantitas', 'Kualitas', 'Waktu', 'Biaya'].indexOf(label));
        for (let i = 1; i < printed.length; i++) {
          const [a, b] = [printed[i - 1]!, printed[i]!];
          expect(rank(a.aspek)).toBeLessThanOrEqual(rank(b.aspek));
          if (rank(a.aspek) === rank(b.aspek)) expect(Number(a.text.slice(4))).toBeLessThan(Number(b.text.slice(4)));
        }
      }),
    );
  });
});

describe('lampiranSections', () => {
  it('lists the three sections in printed order, empty ones too', () => {
    expect(lampiranSections([{ jenis: 'konsekuensi', text: 'K1' }, { jenis: 'dukungan_sumber_daya', text: 'D1' }, { jenis: 'konsekuensi', text: 'K2' }])).toEqual([
      { title: 'DUKUNGAN SUMBER DAYA', items: ['D1'] },
      { title: 'SKEMA PERTANGGUNGJAWABAN', items: [] },
      { title: 'KONSEKUENSI', items: ['K1', 'K2'] },
    ]);
  });
});
