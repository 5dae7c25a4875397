import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { renderPdf } from '../skp-print/index.js';
import { HAVE_POPPLER, inkIn, readBack, tintIn, words } from '../skp-print/test-support.js';
import { evaluationDocument, type EvaluationDocumentModel } from './document-layout.js';
import { approvedSkp } from './test-support.js';

/**
 * The one-page Dokumen Evaluasi Kinerja Pegawai through the API: staff1's Triwulan I 2026 on the
 * fixture's Dinas Kesehatan, rated by the Kasubbag (pejabat penilai), the Sekretaris as atasan;
 * printed as a draft before the ratings and again once finalised. KINERJA_PDF_OUT keeps the PDFs
 * and their PNGs (pdftoppm -r 60) for a person to look at.
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
let evaluationId: string;
const OUT = process.env.KINERJA_PDF_OUT;
const url = (id: string) => `/api/v1/agencies/${A}/evaluations/${id}/document/pdf`;

async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

async function pdf(who: string) {
  const res = await c[who]!.get(url(evaluationId));
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['cache-control']).toBe('private, no-store');
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['staff1', 'staff2', 'kasubbag', 'sekretaris', 'adminA', 'teacherB']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  const { skpId } = await approvedSkp(t, c.staff1!, 'staff1', 2026, ['Tersusunnya laporan kepegawaian']);
  evaluationId = (await ok(await c.staff1!.send('POST', `/api/v1/agencies/${A}/skp/${skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' }))).evaluation.id;
  if (OUT) await mkdir(OUT, { recursive: true });
}, 120_000);
afterAll(() => t.close());

describe.skipIf(!HAVE_POPPLER)('GET /agencies/{agencyId}/evaluations/{evaluationId}/document/pdf', () => {
  it('prints an evaluation in progress as a DRAF, without a predikat while the ratings are missing', async () => {
    const res = await pdf('staff1');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="Evaluasi-Kinerja-\d{18}-2026-triwulan-i-draf\.pdf"$/);
    const { text, pages, fonts } = await readBack(res.rawPayload, 'evaluasi-draf', OUT);
    expect(pages).toHaveLength(1);
    const w = words(text);
    expect(w).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
    expect(w).toContain('PERIODE: TRIWULAN I');
    expect(w).toContain('DRAF: evaluasi belum ditetapkan');
    expect(w).toContain('Belum dapat ditentukan');
    expect(w).toMatch(/CAPAIAN KINERJA ORGANISASI Belum ditetapkan/);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    // The DRAF watermark tints the middle of the page (light grey: not ink).
    expect(tintIn(pages[0]!, 0.3, 0.45, 0.7, 0.55)).toBeGreaterThan(0.05);
  });

  it('prints the finalised evaluation: the people from the SKP’s snapshot, capaian, predikat, catatan and the signature date', async () => {
    await ok(await c.adminA!.send('PUT', `/api/v1/agencies/${A}/units/${t.fixture.units.DINKES!.id}/capaian-organisasi`, { periodFrom: '2026-01-01', periodTo: '2026-03-31', capaian: 'baik' }));
    const note = 'Pertahankan ketepatan waktu laporan; ikuti pelatihan SIASN pada triwulan II.';
    await ok(await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/evaluations/${evaluationId}/rating`, { ratingHasilKerja: 'sesuai_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', note }));
    const finalised = await ok(await c.kasubbag!.send('POST', `/api/v1/agencies/${A}/evaluations/${evaluationId}/finalise`, {}));
    expect(finalised.evaluation).toMatchObject({ status: 'final', predikat: 'baik' });

    // The people as the SKP's snapshot has them, which the SKP screen shows too.
    const skp = await ok(await c.staff1!.get(`/api/v1/agencies/${A}/skp/${finalised.evaluation.skpId}`));
    const person = (role: string) => skp.people.find((x: { role: string }) => x.role === role) as { name: string; nip: string; positionName: string; unitName: string };
    const [pegawai, penilai, atasan] = [person('pegawai'), person('pejabat_penilai'), person('atasan_pejabat_penilai')];
    expect([pegawai.name, penilai.name, atasan.name]).toEqual(['Dewi Lestari', 'Budi Santoso', 'Siti Rahmawati']);

    const res = await pdf('staff1');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="Evaluasi-Kinerja-\d{18}-2026-triwulan-i\.pdf"$/);
    const { text, pages } = await readBack(res.rawPayload, 'evaluasi-final', OUT);
    expect(pages).toHaveLength(1);
    const w = words(text);
    for (const p of [pegawai, penilai, atasan]) {
      expect(w).toContain(p.name);
      expect(w).toContain(p.nip);
      expect(w).toContain(p.positionName);
    }
    expect(w).toContain('PEGAWAI YANG DINILAI');
    expect(w).toContain('ATASAN PEJABAT PENILAI KINERJA');
    expect(w).toContain('PERIODE PENILAIAN: 1 JANUARI S.D. 31 MARET TAHUN 2026');
    expect(w).toMatch(/CAPAIAN KINERJA ORGANISASI BAIK/);
    expect(w).toMatch(/PREDIKAT KINERJA PEGAWAI BAIK Rating hasil kerja: Sesuai Ekspektasi; rating perilaku kerja: Di Atas Ekspektasi/);
    expect(w).toContain(note);
    expect(w).not.toContain('DRAF');
    // Signed on the day it was finalised, in the agency's calendar; the pegawai's name once in the body, once under the signature.
    const day = finalised.evaluation.finalisedAt.slice(0, 4);
    expect(w).toMatch(new RegExp(`\\.{5,}, \\d{1,2} [A-Z][a-z]+ ${day}`));
    expect(w.split('Dewi Lestari').length - 1).toBeGreaterThanOrEqual(2);
    // No watermark on a final document; ink in the table (top half) and the signatures (below it).
    expect(tintIn(pages[0]!, 0.3, 0.47, 0.7, 0.5)).toBeLessThan(tintIn(pages[0]!, 0.05, 0.2, 0.95, 0.4));
    expect(inkIn(pages[0]!, 0.05, 0.1, 0.95, 0.6)).toBeGreaterThan(0.01);
  });

  it('is for the evaluation’s readers: the penilai, the atasan and the agency’s admin read it, a peer and another agency do not', async () => {
    for (const who of ['kasubbag', 'sekretaris', 'adminA']) await pdf(who);
    expect((await c.staff2!.get(url(evaluationId))).statusCode).toBe(403);
    expect((await c.teacherB!.get(url(evaluationId))).statusCode).toBe(403);
    const missing = await c.staff1!.get(url('0190b7a0-0000-7000-8000-0000000000ff'));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Evaluasi kinerja tidak ditemukan.');
  });
});

describe.skipIf(!HAVE_POPPLER)('the Dokumen Evaluasi layout', () => {
  const kadis = { status: 'pns' as const, name: 'dr. Yohanes Anyang, M.Kes.', nip: '197606072003081001', rank: 'IV/c', positionName: 'Kepala Dinas Kesehatan', unitName: 'Dinas Kesehatan' };
  const model: EvaluationDocumentModel = {
    agencyName: 'Dinas Kesehatan Provinsi Kalimantan Barat',
    label: 'Tahunan',
    covered: { from: '2025-01-01', to: '2025-12-31' },
    final: true,
    finalisedOn: '2026-01-09',
    pegawai: kadis,
    penilai: { status: 'pns', name: 'Drs. Robertus Sanjaya, M.E.', nip: '196709221994011004', rank: 'IV/d', positionName: 'Sekretaris Daerah', unitName: 'Sekretariat Daerah' },
    atasanPenilai: { status: 'non_asn', name: 'H. Sutarmidji', nip: null, rank: null, positionName: 'Gubernur Kalimantan Barat', unitName: 'Pemerintah Provinsi Kalimantan Barat' },
    capaianOrganisasi: 'istimewa',
    leadsOrganisation: true,
    ratingHasilKerja: 'di_atas_ekspektasi',
    ratingPerilakuKerja: 'di_atas_ekspektasi',
    predikat: 'sangat_baik',
    note: 'Capaian organisasi istimewa. '.repeat(12).trim(),
  };

  it('prints a leader’s annual evaluation: the capaian as their rating hasil kerja, a non-ASN atasan without NIP, a long catatan, on one page', async () => {
    const { text, pages } = await readBack(await renderPdf(evaluationDocument(model)), 'evaluasi-pimpinan', OUT);
    expect(pages).toHaveLength(1);
    const w = words(text);
    expect(w).toContain('PERIODE: TAHUNAN');
    expect(w).toContain('PERIODE PENILAIAN: 1 JANUARI S.D. 31 DESEMBER TAHUN 2025');
    expect(w).toMatch(/CAPAIAN KINERJA ORGANISASI ISTIMEWA/);
    expect(w).toMatch(/PREDIKAT KINERJA PEGAWAI SANGAT BAIK Rating hasil kerja: Di Atas Ekspektasi \(capaian organisasi yang dipimpin\)/);
    expect(w).toMatch(/NAMA H\. Sutarmidji NIP - PANGKAT\/GOL\. RUANG - JABATAN Gubernur Kalimantan Barat/);
    expect(w).toContain('Pembina Utama Madya, IV/d');
    expect(w).toContain('9 Januari 2026');
    expect(w).toContain('NIP. 197606072003081001');
    expect(w.match(/Capaian organisasi istimewa\./g)).toHaveLength(12);
  });

  it('prints a PPPK employee’s NIPPPK and golongan, under the signature too', async () => {
    const pppk = { status: 'pppk' as const, name: 'Rina Marlina, A.Md.Kep.', nip: '199001012023212001', rank: 'VII', positionName: 'Perawat Terampil', unitName: 'UPT Puskesmas' };
    const { text } = await readBack(await renderPdf(evaluationDocument({ ...model, pegawai: pppk, leadsOrganisation: false, capaianOrganisasi: 'baik', predikat: 'baik', ratingHasilKerja: 'sesuai_ekspektasi' })), 'evaluasi-pppk');
    const w = words(text);
    expect(w).toMatch(/NIPPPK 199001012023212001 GOLONGAN VII/);
    expect(w).toContain('NIPPPK. 199001012023212001');
    expect(w).not.toContain('capaian organisasi yang dipimpin');
  });
});
