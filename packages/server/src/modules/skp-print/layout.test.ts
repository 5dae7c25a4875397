import { mkdir } from 'node:fs/promises';
import { BERAKHLAK, BERAKHLAK_VALUES, hasilKerjaRows } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { skpDocument } from './layout.js';
import { renderPdf } from './render.js';
import { sampleJaModel } from './samples.js';
import { HAVE_POPPLER, inkIn, readBack, tintIn, words } from './test-support.js';

/**
 * The printed SKP read back with poppler: its text (pdftotext) and its pages as PNG at 60 dpi
 * (pdftoppm), checked for ink where the official form has its blocks. Not a pixel comparison: the
 * PNGs are kept in KINERJA_PDF_OUT (when set) for a person to look at beside the official form.
 */
// `KINERJA_PDF_OUT=/tmp/skp-png npx vitest run --project server src/modules/skp-print` keeps them.
const OUT = process.env.KINERJA_PDF_OUT;

async function read(model: Parameters<typeof skpDocument>[0], name: string) {
  const pdf = await renderPdf(skpDocument(model));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (OUT) await mkdir(OUT, { recursive: true });
  return { pdf, ...(await readBack(pdf, name, OUT)) };
}

it('has poppler-utils in CI (the PDF tests below need them)', () => {
  if (process.env.CI === 'true') expect(HAVE_POPPLER, 'install poppler-utils (.ci/run does)').toBe(true);
});

describe.skipIf(!HAVE_POPPLER)('the printed SKP (JA/JF form)', () => {
  it('says who, what and how in Bahasa Indonesia: names, NIP, every RHK with its intervened RHK, IKI and target, the BerAKHLAK values', async () => {
    const m = sampleJaModel();
    const { text, fonts } = await read(m, 'skp-ja');
    const t = words(text);
    for (const s of ['SASARAN KINERJA PEGAWAI', 'PENDEKATAN HASIL KERJA KUANTITATIF', 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL', 'PERIODE PENILAIAN: 1 JANUARI S.D. 31 DESEMBER TAHUN 2026']) expect(t).toContain(s);
    for (const s of ['PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA', 'PANGKAT/GOL. RUANG', 'Pengatur, II/c', 'Penata Tingkat I, III/d', 'HASIL KERJA', 'A. Utama', 'B. Tambahan', 'PERILAKU KERJA', 'EKSPEKTASI KHUSUS PIMPINAN']) expect(t).toContain(s);
    expect(t).toContain(m.pegawai.name);
    expect(t).toContain(m.pegawai.nip);
    expect(t).toContain(m.penilai!.name);
    expect(t).toContain(m.penilai!.nip);
    for (const r of [...m.hasilKerja.utama, ...m.hasilKerja.tambahan]) {
      expect(t).toContain(r.text);
      if (r.parentText) expect(t).toContain(r.parentText);
      for (const k of r.iki) expect(t).toContain(`${k.text} ${k.target}`);
    }
    for (const v of BERAKHLAK_VALUES) {
      expect(t).toContain(BERAKHLAK[v].label);
      for (const indicator of BERAKHLAK[v].panduanPerilaku) expect(t).toContain(indicator);
    }
    expect(t).toContain('Menyerahkan rekapitulasi tepat waktu setiap bulan.');
    for (const s of ['LAMPIRAN SASARAN KINERJA PEGAWAI', '1. DUKUNGAN SUMBER DAYA', '2. SKEMA PERTANGGUNGJAWABAN', '3. KONSEKUENSI', 'Akses aplikasi pencatatan imunisasi']) expect(t).toContain(s);
    expect(t).toContain('14 Januari 2026');
    expect(t).toContain('Pegawai yang Dinilai');
    expect(t).not.toContain('DRAF');
    expect(t).not.toContain('MANUAL INDIKATOR');
    // Every font is embedded (the printer has none of ours).
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('lays page 1 out like the form: A4, title centred, the two identity blocks side by side, then the tables', async () => {
    const { pages } = await read(sampleJaModel(), 'skp-ja-layout');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const [p1] = pages;
    // A4 portrait at 60 dpi: 8.27 × 11.69 in.
    expect(p1!.width).toBeGreaterThanOrEqual(495);
    expect(p1!.width).toBeLessThanOrEqual(497);
    expect(p1!.height).toBeGreaterThanOrEqual(701);
    expect(p1!.height).toBeLessThanOrEqual(702);
    // Title: ink in the middle of the top band, none at its edges.
    expect(inkIn(p1!, 0.3, 0.025, 0.7, 0.075)).toBeGreaterThan(0.04);
    expect(inkIn(p1!, 0.0, 0.025, 0.2, 0.075)).toBe(0);
    expect(inkIn(p1!, 0.8, 0.025, 1.0, 0.075)).toBe(0);
    // Identity blocks: both halves of the band below the title carry text and lines.
    expect(inkIn(p1!, 0.06, 0.1, 0.48, 0.2)).toBeGreaterThan(0.03);
    expect(inkIn(p1!, 0.52, 0.1, 0.94, 0.2)).toBeGreaterThan(0.03);
    // Hasil kerja and perilaku fill the page below; the margins stay white.
    expect(inkIn(p1!, 0.06, 0.25, 0.94, 0.9)).toBeGreaterThan(0.03);
    expect(inkIn(p1!, 0.0, 0.1, 0.03, 0.9)).toBe(0);
    expect(inkIn(p1!, 0.97, 0.1, 1.0, 0.9)).toBe(0);
    // The last page (lampiran) ends with the two signature blocks: ink on the left and on the right.
    const last = pages.at(-1)!;
    expect(inkIn(last, 0.05, 0.05, 0.95, 0.12)).toBeGreaterThan(0.02);
    expect(inkIn(last, 0.1, 0.2, 0.45, 0.4)).toBeGreaterThan(0.005);
    expect(inkIn(last, 0.55, 0.2, 0.9, 0.4)).toBeGreaterThan(0.005);
  });

  it('marks a version not yet approved as DRAF and leaves the date to be written in', async () => {
    const { text, pages } = await read(sampleJaModel({ approved: false, approvedOn: null, version: 3 }), 'skp-ja-draft');
    const t = words(text);
    expect(t).toContain('DRAF versi 3: belum disetujui pejabat penilai kinerja');
    expect(t).not.toContain('14 Januari 2026');
    // The watermark tints the empty lower half of the lampiran page; the approved print leaves it white.
    expect(tintIn(pages.at(-1)!, 0.2, 0.55, 0.8, 0.85)).toBeGreaterThan(0.05);
    const approved = await read(sampleJaModel(), 'skp-ja-approved');
    expect(tintIn(approved.pages.at(-1)!, 0.2, 0.55, 0.8, 0.85)).toBe(0);
  });

  it('prints a PPPK with NIPPPK and golongan, no pangkat', async () => {
    const base = sampleJaModel();
    const { text } = await read({ ...base, pegawai: { status: 'pppk', name: 'Budi Haryanto, S.Kom.', nip: '199907092024211005', rank: 'IX', positionName: 'Guru Ahli Pertama', unitName: 'SMA Negeri 1 Pontianak' } }, 'skp-pppk');
    const t = words(text);
    expect(t).toContain('NIPPPK 199907092024211005');
    expect(t).toContain('GOLONGAN IX');
    expect(t).toContain('NIPPPK. 199907092024211005');
    // The penilai is a PNS: the right block keeps NIP and pangkat.
    expect(t).toContain('PANGKAT/GOL. RUANG Penata Tingkat I, III/d');
  });

  it('prints the JPT form: perspektif and penugasan, no intervened column, a kepala daerah penilai without NIP', async () => {
    const m = sampleJaModel({
      form: 'jpt',
      pendekatan: 'kualitatif',
      penilai: { status: 'non_asn', name: 'H. Sutarmidji', nip: null, rank: null, positionName: 'Gubernur', unitName: 'Pemerintah Daerah' },
      hasilKerja: hasilKerjaRows(
        [
          {
            jenis: 'utama',
            text: 'Meningkatnya derajat kesehatan masyarakat',
            parentRhkId: null,
            perspektif: 'penerima_layanan',
            penugasanDari: 'Gubernur Kalimantan Barat',
            iki: [
              {
                aspek: null,
                text: 'Angka kematian ibu per 100.000 kelahiran hidup',
                target: '150',
                mik: {
                  tujuan: 'Mengukur keberhasilan layanan kesehatan ibu',
                  definisi: 'Jumlah kematian ibu selama kehamilan, persalinan dan nifas per 100.000 kelahiran hidup',
                  formula: '(Jumlah kematian ibu / jumlah kelahiran hidup) x 100.000',
                  satuanPengukuran: 'Per 100.000 kelahiran hidup',
                  kualitasTingkatKendali: 'Outcome, tingkat kendali sedang',
                  sumberData: 'Laporan KIA kabupaten/kota',
                  periodePelaporan: 'Triwulanan',
                  jenisIndikator: 'outcome',
                },
              },
            ],
          },
          { jenis: 'utama', text: 'Terserapnya anggaran program kesehatan', parentRhkId: null, perspektif: 'anggaran', penugasanDari: null, iki: [{ aspek: null, text: 'Persentase realisasi anggaran', target: '95%' }] },
        ],
        new Map(),
        'jpt',
      ),
    });
    const { text, pages } = await read(m, 'skp-jpt');
    const t = words(text);
    expect(t).toContain('PENDEKATAN HASIL KERJA KUALITATIF');
    expect(t).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI');
    expect(t).toContain('PERSPEKTIF');
    expect(t).toContain('Penerima Layanan');
    expect(t).toContain('Penugasan dari: Gubernur Kalimantan Barat');
    expect(t).not.toContain('YANG DIINTERVENSI');
    expect(t).toContain('H. Sutarmidji');
    // The Manual Indikator Kinerja: every IKI, its fields with their words, "-" where none is written.
    expect(t).toContain('MANUAL INDIKATOR KINERJA');
    expect(t).toContain('(Jumlah kematian ibu / jumlah kelahiran hidup) x 100.000');
    expect(t).toContain('Jenis Indikator Outcome');
    expect(t).toContain('Indikator Kinerja Individu Persentase realisasi anggaran');
    expect(t).toContain('Formula -');
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });
});

it('renders an SKP in well under a second once warm', async () => {
  const doc = () => skpDocument(sampleJaModel());
  await renderPdf(doc());
  const started = process.cpuUsage();
  await renderPdf(doc());
  const cpu = process.cpuUsage(started);
  expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
});
