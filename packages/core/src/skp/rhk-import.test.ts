import { describe, expect, it } from 'vitest';
import { columnLetter, mergeImportedRhk, parseRhkRows, rhkImportColumns, RHK_IMPORT_HEADER, type RhkImportRow, type RhkRow } from './rhk-import.js';

const JA_HEADER = rhkImportColumns('ja').map((k) => RHK_IMPORT_HEADER[k]);
const JPT_HEADER = rhkImportColumns('jpt').map((k) => RHK_IMPORT_HEADER[k]);
const rows = (header: string[], body: (string | { error: string })[][], first = 1): RhkImportRow[] =>
  [header, ...body].map((cells, i) => ({ row: first + i, cells: cells.map((c) => (typeof c === 'string' ? { text: c } : { text: '', error: c.error })) }));
const parents = [
  { code: 'A1', id: 'p1', text: 'Meningkatnya cakupan imunisasi' },
  { code: 'A2', id: 'p2', text: 'Tersusunnya laporan keuangan' },
];

describe('parseRhkRows (JA/JF)', () => {
  it('groups rows by No RHK into RHK with their IKI, the parent by its code', () => {
    const { rhk, problems } = parseRhkRows(
      rows(JA_HEADER, [
        ['1', 'Utama', 'Terlaksananya imunisasi dasar', 'A1', 'Tidak langsung', 'Kuantitas', 'Jumlah desa yang dilayani', '12 Desa'],
        ['1', '', '', '', '', 'kualitas', 'Persentase bayi diimunisasi', '95%'],
        ['', '', '', '', '', 'Waktu', 'Laporan tepat waktu', '12 Bulan'],
        ['2', 'tambahan', 'Menjadi panitia', 'A2 — Tersusunnya laporan keuangan', 'langsung', 'Kuantitas', 'Kegiatan', '1 Kegiatan'],
      ]),
      'ja',
      parents,
    );
    expect(problems).toEqual([]);
    expect(rhk).toHaveLength(2);
    expect(rhk[0]).toMatchObject({ no: '1', row: 2, jenis: 'utama', parentRhkId: 'p1', cascadingType: 'tidak_langsung', perspektif: null, penugasanDari: null });
    expect(rhk[0]!.iki.map((k) => [k.row, k.aspek, k.target])).toEqual([
      [2, 'kuantitas', '12 Desa'],
      [3, 'kualitas', '95%'],
      [4, 'waktu', '12 Bulan'],
    ]);
    expect(rhk[1]).toMatchObject({ jenis: 'tambahan', parentRhkId: 'p2', cascadingType: 'langsung' });
  });

  it('keeps an empty aspek empty, as a hand edit does (a draft started from the supervisor’s RHK has none yet)', () => {
    const { rhk, problems } = parseRhkRows(rows(JA_HEADER, [['1', 'Utama', 'Terlaksananya imunisasi', 'A1', 'Langsung', '', 'Jumlah desa', '12 Desa']]), 'ja', parents);
    expect(problems).toEqual([]);
    expect(rhk[0]!.iki).toEqual([{ row: 2, aspek: null, text: 'Jumlah desa', target: '12 Desa' }]);
  });

  it('lists every bad cell with its row, column header and address, in Bahasa Indonesia', () => {
    const { problems } = parseRhkRows(
      rows(JA_HEADER, [
        ['1', 'Pokok', 'Terlaksananya imunisasi', 'A9', 'miring', 'Kecepatan', 'Jumlah desa', ''],
        ['1', '', 'Lain sekali', '', '', 'Kuantitas', '', '5 Desa'],
        ['', '', 'RHK tanpa nomor', '', '', 'Kuantitas', 'x', '1'],
        ['3', 'Utama', 'x'.repeat(1001), '', 'Langsung', 'Kuantitas', 'y', { error: '#N/A' }],
      ]),
      'ja',
      parents,
    );
    const by = problems.map((p) => [p.row, p.column, p.cell]);
    expect(by).toEqual([
      [2, 'Jenis RHK', 'B2'],
      [2, 'Kode RHK Atasan', 'D2'],
      [2, 'Jenis Cascading', 'E2'],
      [2, 'Aspek', 'F2'],
      [2, 'Target', 'H2'],
      [3, 'Rencana Hasil Kerja', 'C3'],
      [3, 'Indikator Kinerja Individu', 'G3'],
      [4, 'No RHK', 'A4'],
      [5, 'Rencana Hasil Kerja', 'C5'],
      [5, 'Jenis Cascading', 'E5'],
      [5, 'Target', 'H5'],
    ]);
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('Jenis RHK "Pokok" tidak dikenal; isi Utama atau Tambahan.');
    expect(text).toContain('Kode RHK atasan "A9" tidak ada pada lembar "RHK Atasan" (kode yang ada: A1–A2)');
    expect(text).toContain('Berbeda dengan baris 2 untuk RHK nomor 1');
    expect(text).toContain('Sel berisi galat Excel (#N/A)');
    expect(text).toContain('terlalu panjang (1001 karakter; paling banyak 1000)');
  });

  it('refuses a parent code while the penilai has no approved SKP, and perspektif on a JA form', () => {
    const { problems } = parseRhkRows(rows([...JA_HEADER, 'Perspektif'], [['1', 'Utama', 'R', 'A1', 'Langsung', 'Kuantitas', 'I', '1 Dokumen', 'Anggaran']]), 'ja', []);
    expect(problems.map((p) => p.column)).toEqual(['Kode RHK Atasan', 'Perspektif']);
    expect(problems[1]!.cell).toBe('I2');
    expect(problems[0]!.message).toContain('SKP pejabat penilai untuk periode ini belum disetujui');
  });

  it('names missing header columns once, and an empty sheet', () => {
    const missing = parseRhkRows(rows(['No RHK', 'Jenis RHK', 'Rencana Hasil Kerja'], [['1', 'Utama', 'R']]), 'ja', parents);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]!.message).toContain('"Kode RHK Atasan", "Jenis Cascading", "Aspek", "Indikator Kinerja Individu", "Target" tidak ditemukan');
    expect(parseRhkRows(rows(JA_HEADER, []), 'ja', parents).problems[0]!.message).toContain('Belum ada baris RHK');
    expect(parseRhkRows([], 'ja', parents).problems[0]!.message).toContain('Lembar RHK kosong');
  });

  it('reads headers in other spellings and order, skipping empty rows', () => {
    const { rhk, problems } = parseRhkRows(
      rows(['target', 'IKI', 'aspek', 'jenis cascading', 'kode rhk atasan', 'RENCANA HASIL KERJA', 'jenis', 'no'], [['', '', '', '', '', '', '', ''], ['3 Dokumen', 'Dokumen', 'Kuantitas', '', '', 'Menyusun dokumen', 'Utama', '7']]),
      'jf',
      parents,
    );
    expect(problems).toEqual([]);
    expect(rhk).toEqual([{ no: '7', row: 3, jenis: 'utama', text: 'Menyusun dokumen', parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki: [{ row: 3, aspek: 'kuantitas', text: 'Dokumen', target: '3 Dokumen' }] }]);
  });

  it('limits IKI per RHK to 20', () => {
    const body = Array.from({ length: 21 }, (_, i) => ['1', i === 0 ? 'Utama' : '', i === 0 ? 'R' : '', '', '', 'Kuantitas', `I${i}`, '1']);
    const { problems } = parseRhkRows(rows(JA_HEADER, body), 'ja', parents);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 22, column: 'Indikator Kinerja Individu' });
  });
});

describe('parseRhkRows (JPT)', () => {
  it('reads perspektif and penugasan, and refuses the JA/JF columns', () => {
    const ok = parseRhkRows(rows(JPT_HEADER, [['1', 'Utama', 'Meningkatnya derajat kesehatan', 'Penerima Layanan', 'Gubernur', 'Angka harapan hidup', '72 Tahun']]), 'jpt', []);
    expect(ok.problems).toEqual([]);
    expect(ok.rhk[0]).toMatchObject({ perspektif: 'penerima_layanan', penugasanDari: 'Gubernur', parentRhkId: null, iki: [{ aspek: null, target: '72 Tahun' }] });
    const bad = parseRhkRows(rows([...JPT_HEADER, 'Aspek'], [['1', 'Utama', 'R', 'Keuangan', '', 'I', '1', 'Kuantitas']]), 'jpt', []);
    expect(bad.problems.map((p) => p.column)).toEqual(['Perspektif', 'Aspek']);
    expect(bad.problems[1]!.message).toContain('tidak diisi pada SKP Jabatan Pimpinan Tinggi');
  });
});

describe('mergeImportedRhk', () => {
  let n = 0;
  const newId = () => `new-${++n}`;
  const current: RhkRow[] = [
    { id: 'r1', jenis: 'utama', text: 'Terlaksananya imunisasi', parentRhkId: 'p1', cascadingType: 'langsung', perspektif: null, penugasanDari: null, iki: [{ id: 'k1', aspek: 'kuantitas', text: 'Jumlah desa', target: '12 Desa', mik: null }] },
    { id: 'r2', jenis: 'tambahan', text: 'Menjadi panitia', parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki: [] },
  ];
  const imported = (over: Partial<{ target: string; extra: boolean }> = {}) => {
    const list = [
      { no: '1', row: 2, jenis: 'utama' as const, text: 'terlaksananya  imunisasi', parentRhkId: 'p1', cascadingType: 'langsung' as const, perspektif: null, penugasanDari: null, iki: [{ row: 2, aspek: 'kuantitas' as const, text: 'Jumlah desa', target: over.target ?? '12 Desa' }] },
      { no: '2', row: 3, jenis: 'tambahan' as const, text: 'Menjadi panitia', parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki: [] },
    ];
    if (over.extra) list.push({ no: '3', row: 4, jenis: 'tambahan', text: 'Baru', parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki: [] });
    return list;
  };

  it('keeps ids of matching RHK and IKI; the file’s text is taken as written', () => {
    const m = mergeImportedRhk(current, imported({ target: '14 Desa' }), newId);
    expect(m.rhk.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(m.rhk[0]!.iki[0]).toMatchObject({ id: 'k1', target: '14 Desa' });
    expect(m.rhk[0]!.text).toBe('terlaksananya  imunisasi');
    expect(m.outcome).toEqual(['diubah', 'tetap']);
    expect(m.unchanged).toBe(false);
  });

  it('is unchanged when the file says what the draft holds (the same file twice)', () => {
    const first = mergeImportedRhk(current, imported({ extra: true }), newId);
    expect(first.outcome).toEqual(['diubah', 'tetap', 'baru']);
    const second = mergeImportedRhk(first.rhk, imported({ extra: true }), newId);
    expect(second.unchanged).toBe(true);
    expect(second.outcome).toEqual(['tetap', 'tetap', 'tetap']);
    expect(second.rhk).toEqual(first.rhk);
  });

  it('lists the draft’s RHK the file leaves out as removed', () => {
    const m = mergeImportedRhk(current, imported().slice(0, 1), newId);
    expect(m.removed.map((r) => r.id)).toEqual(['r2']);
    expect(m.unchanged).toBe(false);
  });
});

describe('columnLetter', () => {
  it('counts like a spreadsheet', () => expect([1, 8, 26, 27, 52].map(columnLetter)).toEqual(['A', 'H', 'Z', 'AA', 'AZ']));
});
