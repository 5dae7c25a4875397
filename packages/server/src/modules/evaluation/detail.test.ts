import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf } from '../evidence/samples.js';
import { renderPdf } from '../skp-print/index.js';
import { HAVE_POPPLER, inkIn, readBack, tintIn, words } from '../skp-print/test-support.js';
import { evaluationDetailDocument, type EvaluationDetailPrintModel } from './detail-layout.js';
import { approvedSkp, type TestRhk } from './test-support.js';
import { evaluationHasilKerjaRows, evaluationPerilakuRows } from '@kinerja/core';

/**
 * The Evaluasi Kinerja form (the detail) and the signed scans kept with a finalised evaluation,
 * through the API: staff1's Triwulan I 2026 on the fixture's Dinas Kesehatan, rated by the Kasubbag
 * (pejabat penilai). KINERJA_PDF_OUT keeps the PDFs and their PNGs for a person to look at.
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
let evaluationId: string;
let rhk: TestRhk[];
let skpId: string;
const OUT = process.env.KINERJA_PDF_OUT;
const evalUrl = (id: string, path = '') => `/api/v1/agencies/${A}/evaluations/${id}${path}`;
const sha256Hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

async function pdf(who: string) {
  const res = await c[who]!.get(evalUrl(evaluationId, '/detail/pdf'));
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['cache-control']).toBe('private, no-store');
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['staff1', 'staff2', 'kasubbag', 'sekretaris', 'adminA', 'teacherB', 'auditor']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  const made = await approvedSkp(t, c.staff1!, 'staff1', 2026, ['Tersusunnya laporan kepegawaian', 'Terlaksananya pemutakhiran data pegawai']);
  rhk = made.rhk;
  skpId = made.skpId;
  // The penilai writes the Ekspektasi Khusus Pimpinan (an employee's draft save keeps none).
  await t.ctx.db.updateTable('skp_versions').set({ perilaku: JSON.stringify([{ id: 'akuntabel', ekspektasi: 'Menyelesaikan laporan tepat waktu' }]) as never }).where('agency_id', '=', A).where('skp_id', '=', made.skpId).execute();
  evaluationId = (await ok(await c.staff1!.send('POST', `/api/v1/agencies/${A}/skp/${made.skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' }))).evaluation.id;
  if (OUT) await mkdir(OUT, { recursive: true });
}, 120_000);
afterAll(() => t.close());

describe.skipIf(!HAVE_POPPLER)('GET /agencies/{agencyId}/evaluations/{evaluationId}/detail/pdf', () => {
  it('prints an evaluation in progress as a DRAF: realisasi with its bukti, umpan balik with the answer, perilaku, no predikat yet', async () => {
    await ok(await c.staff1!.send('PUT', evalUrl(evaluationId, `/realisasi/${rhk[0]!.ikiId}`), { realisasi: '3 laporan kepegawaian disampaikan', bukti: [{ kind: 'link', url: 'https://drive.example.go.id/laporan-tw1' }] }));
    const fb = newId();
    await ok(await c.kasubbag!.send('PUT', evalUrl(evaluationId, `/feedback/${fb}`), { target: 'rhk', targetId: rhk[0]!.id, preset: 'perlu_ditingkatkan', text: 'Lampirkan notula rapat' }));
    await ok(await c.staff1!.send('PUT', evalUrl(evaluationId, `/feedback/${fb}/answer`), { text: 'Notula menyusul minggu depan' }));
    await ok(await c.kasubbag!.send('PUT', evalUrl(evaluationId, `/feedback/${newId()}`), { target: 'perilaku', targetId: 'akuntabel', preset: 'dapat_dipertahankan', text: '' }));

    const aksi = newId();
    await ok(await c.staff1!.send('PUT', `/api/v1/agencies/${A}/skp/${skpId}/rencana-aksi/${aksi}`, { rhkId: rhk[1]!.id, periode: '2026-T1', text: 'Memutakhirkan data 40 pegawai', target: '40 data' }));
    await ok(await c.staff1!.send('PUT', evalUrl(evaluationId, `/realisasi-aksi/${aksi}`), { realisasi: '38 data dimutakhirkan' }));

    const res = await pdf('staff1');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="Evaluasi-Kinerja-Rinci-\d{18}-2026-triwulan-i-draf\.pdf"$/);
    const { text, pages, fonts } = await readBack(res.rawPayload, 'evaluasi-rinci-draf', OUT);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const w = words(text);
    for (const s of [
      'EVALUASI KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'PERIODE: TRIWULAN I',
      'PERIODE PENILAIAN: 1 JANUARI S.D. 31 MARET TAHUN 2026',
      'DRAF: evaluasi belum ditetapkan',
      'REALISASI BERDASARKAN BUKTI DUKUNG',
      'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG',
      '3 laporan kepegawaian disampaikan',
      'https://drive.example.go.id/laporan-tw1',
      'Perlu ditingkatkan. Lampirkan notula rapat',
      'Tanggapan pegawai: Notula menyusul minggu depan',
      'Dapat dipertahankan',
      'Menyelesaikan laporan tepat waktu',
      'Terlaksananya pemutakhiran data pegawai',
      'Belum diisi',
      'Berorientasi Pelayanan',
      'Kolaboratif',
      'Dewi Lestari',
      'Budi Santoso',
      'Rencana aksi dan realisasinya:',
      'Memutakhirkan data 40 pegawai (target: 40 data) — realisasi: 38 data dimutakhirkan',
    ])
      expect(w, s).toContain(s);
    expect(w).toMatch(/RATING HASIL KERJA\* Belum diberikan/);
    expect(w).toMatch(/RATING PERILAKU KERJA\* Belum diberikan/);
    expect(w).toMatch(/PREDIKAT KINERJA PEGAWAI\* Belum dapat ditentukan/);
    // The intervened RHK named by the test SKP does not exist: printed as a broken link, not silently blank.
    expect(w).toContain('RHK pimpinan tidak ditemukan (tautan terputus)');
    expect(tintIn(pages[0]!, 0.3, 0.45, 0.7, 0.55)).toBeGreaterThan(0.02);
  });

  it('prints the finalised evaluation: the ratings, the predikat, the catatan and the penilai’s signature date', async () => {
    await ok(await c.adminA!.send('PUT', `/api/v1/agencies/${A}/units/${t.fixture.units.DINKES!.id}/capaian-organisasi`, { periodFrom: '2026-01-01', periodTo: '2026-03-31', capaian: 'baik' }));
    await ok(await c.kasubbag!.send('PUT', evalUrl(evaluationId, '/rating'), { ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_bawah_ekspektasi', note: 'Tingkatkan kedisiplinan waktu.' }));
    const finalised = await ok(await c.kasubbag!.send('POST', evalUrl(evaluationId, '/finalise'), {}));
    expect(finalised.evaluation).toMatchObject({ status: 'final', predikat: 'kurang' });
    const res = await pdf('kasubbag');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="Evaluasi-Kinerja-Rinci-\d{18}-2026-triwulan-i\.pdf"$/);
    const { text, pages } = await readBack(res.rawPayload, 'evaluasi-rinci-final', OUT);
    const w = words(text);
    expect(w).toMatch(/RATING HASIL KERJA\* DI ATAS EKSPEKTASI/);
    expect(w).toMatch(/RATING PERILAKU KERJA\* DI BAWAH EKSPEKTASI/);
    expect(w).toMatch(/PREDIKAT KINERJA PEGAWAI\* KURANG\/MISCONDUCT/);
    expect(w).toMatch(/CATATAN PEJABAT PENILAI Tingkatkan kedisiplinan waktu\./);
    expect(w).not.toContain('DRAF');
    expect(w).toMatch(new RegExp(`\\.{5,}, \\d{1,2} [A-Z][a-z]+ ${finalised.evaluation.finalisedAt.slice(0, 4)} Pejabat Penilai Kinerja, Budi Santoso`));
    expect(inkIn(pages.at(-1)!, 0.05, 0.05, 0.95, 0.95)).toBeGreaterThan(0.005);
  });

  it('is for the evaluation’s readers only', async () => {
    for (const who of ['sekretaris', 'adminA', 'auditor']) await pdf(who);
    for (const who of ['staff2', 'teacherB']) expect((await c[who]!.get(evalUrl(evaluationId, '/detail/pdf'))).statusCode).toBe(403);
    const missing = await c.staff1!.get(evalUrl('0190b7a0-0000-7000-8000-0000000000ff', '/detail/pdf'));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Evaluasi kinerja tidak ditemukan.');
  });
});

describe.skipIf(!HAVE_POPPLER)('the Evaluasi Kinerja layout', () => {
  const person = (name: string, nip: string, positionName: string) => ({ status: 'pns' as const, name, nip, rank: 'IV/a', positionName, unitName: 'Dinas Kesehatan' });
  const base = (over: Partial<EvaluationDetailPrintModel>): EvaluationDetailPrintModel => ({
    agencyName: 'Dinas Kesehatan Provinsi Kalimantan Barat',
    form: 'ja',
    pendekatan: 'kuantitatif',
    label: 'Tahunan',
    covered: { from: '2025-01-01', to: '2025-12-31' },
    final: true,
    finalisedOn: '2026-01-09',
    pegawai: person('Hermansyah Kurniawan', '196707031998121003', 'Kepala Seksi Kesehatan Keluarga dan Gizi'),
    penilai: person('Yohanes Anyang', '197606072003081001', 'Kepala Bidang Kesehatan Masyarakat'),
    hasilKerja: { utama: [], tambahan: [] },
    perilaku: evaluationPerilakuRows({}, []),
    leadsOrganisation: false,
    capaianOrganisasi: 'baik',
    ratingHasilKerja: 'sesuai_ekspektasi',
    ratingPerilakuKerja: 'sesuai_ekspektasi',
    predikat: 'baik',
    note: '',
    ...over,
  });

  it('runs a long hasil kerja over pages with its heading repeated, the predikat and signature kept together on the last', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      id: `r${i}`,
      jenis: 'utama' as const,
      text: `Meningkatnya cakupan layanan kesehatan keluarga nomor ${i + 1} di seluruh kabupaten`,
      parentRhkId: 'p',
      perspektif: null,
      penugasanDari: null,
      iki: [
        { id: `k${i}a`, aspek: 'kuantitas' as const, text: 'Persentase cakupan', target: '95 %', realisasi: { text: `Realisasi ${i + 1}: 96 %`, bukti: [{ kind: 'link' as const, url: `https://data.example.go.id/laporan/${'x'.repeat(60)}/${i}` }] } },
        { id: `k${i}b`, aspek: 'waktu' as const, text: 'Ketepatan waktu', target: '12 bulan', realisasi: null },
      ],
      rencanaAksi: i % 3 === 0 ? [{ label: 'Triwulan IV', text: `Menyusun laporan cakupan ${i + 1}`, target: '1 laporan', realisasi: i === 0 ? null : 'Laporan disampaikan' }] : [],
    }));
    const feedback = many.map((r) => ({ target: 'rhk' as const, targetId: r.id, preset: 'sangat_baik_pertahankan' as const, text: 'Capaian melampaui target.', answer: 'Terima kasih' }));
    const model = base({ hasilKerja: evaluationHasilKerjaRows(many, feedback, new Map([['p', 'Meningkatnya derajat kesehatan masyarakat']]), 'ja') });
    const { text, pages } = await readBack(await renderPdf(evaluationDetailDocument(model)), 'evaluasi-rinci-panjang', OUT);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const perPage = text.split('\f').filter((p) => p.trim() !== '');
    // The column headings repeat on each page the hasil kerja runs over.
    expect(perPage.filter((p) => words(p).includes('REALISASI BERDASARKAN BUKTI DUKUNG')).length).toBeGreaterThanOrEqual(2);
    const last = words(perPage.at(-1)!);
    expect(last).toContain('PREDIKAT KINERJA PEGAWAI* BAIK');
    expect(last).toContain('Pejabat Penilai Kinerja, Yohanes Anyang');
    expect(words(text).match(/Realisasi \d+: 96 %/g)).toHaveLength(14);
    // Rencana aksi under their RHK, with the realisasi or its absence.
    expect(words(text)).toContain('Triwulan IV: Menyusun laporan cakupan 1 (target: 1 laporan) — realisasi belum diisi');
    expect(words(text)).toContain('Triwulan IV: Menyusun laporan cakupan 4 (target: 1 laporan) — realisasi: Laporan disampaikan');
  });

  it('prints a leader’s JPT form: no intervened column, the capaian as rating hasil kerja, perspektif and penugasan', async () => {
    const jpt = evaluationHasilKerjaRows(
      [{ id: 'r', jenis: 'utama', text: 'Meningkatnya derajat kesehatan', parentRhkId: null, perspektif: 'penerima_layanan', penugasanDari: 'Gubernur Kalimantan Barat', iki: [{ id: 'k', aspek: null, text: 'Usia harapan hidup', target: '71 tahun', realisasi: { text: '71,2 tahun', bukti: [] } }] }],
      [],
      new Map(),
      'jpt',
    );
    const model = base({ form: 'jpt', hasilKerja: jpt, leadsOrganisation: true, capaianOrganisasi: 'istimewa', ratingHasilKerja: 'di_atas_ekspektasi', predikat: 'sangat_baik' });
    const { text, pages } = await readBack(await renderPdf(evaluationDetailDocument(model)), 'evaluasi-rinci-jpt', OUT);
    const w = words(text);
    expect(w).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI');
    expect(w).not.toContain('YANG DIINTERVENSI');
    expect(w).toContain('Perspektif: Penerima Layanan');
    expect(w).toContain('Penugasan dari: Gubernur Kalimantan Barat');
    expect(w).toContain('Mengikuti capaian kinerja organisasi yang dipimpin: Istimewa');
    expect(w).toContain('PREDIKAT KINERJA PEGAWAI* SANGAT BAIK');
    expect(w).toContain('71,2 tahun');
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});

describe('signed scans of a finalised evaluation', () => {
  const put = (who: string, id: string, bytes: Buffer, type: string, sha = sha256Hex(bytes)) =>
    t.app.inject({ method: 'PUT', url: evalUrl(id, `/scans/${sha}`), payload: bytes, headers: { 'content-type': type, cookie: c[who]!.cookie, 'x-csrf-token': c[who]!.csrf } });
  const scan = samplePdf('Dokumen Evaluasi bertanda tangan');
  const audited = () => t.ctx.db.selectFrom('audit_log').select(['actor_account_id', 'entity_id', 'data']).where('action', '=', 'evaluation.signed_scan_kept').where('agency_id', '=', A).execute();
  let second: string;

  beforeAll(async () => {
    // Another evaluation of staff2, still in progress, for the refusal of a scan before finalising.
    const made = await approvedSkp(t, c.staff2!, 'staff2', 2026, ['Terkelolanya arsip']);
    second = (await ok(await c.staff2!.send('POST', `/api/v1/agencies/${A}/skp/${made.skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' }))).evaluation.id;
  });

  it('keeps a scan of the finalised evaluation once, naming the finalisation, audited; a repeat changes nothing', async () => {
    const detail = await ok(await c.staff1!.get(evalUrl(evaluationId)));
    expect(detail.evaluation.status).toBe('final');
    const first = await put('staff1', evaluationId, scan, 'application/pdf');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ sha256: sha256Hex(scan), finalisedAt: detail.evaluation.finalisedAt, mediaType: 'application/pdf', byteSize: scan.length, uploadedByName: 'Dewi Lestari' });
    expect((await put('kasubbag', evaluationId, scan, 'application/pdf')).statusCode).toBe(200);
    expect((await put('adminA', evaluationId, scan, 'application/pdf')).statusCode).toBe(200);
    const rows = await audited();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_account_id: t.fixture.people.staff1!.accountId, entity_id: evaluationId, data: { sha256: sha256Hex(scan) } });
  });

  it('lists and serves the scan to the evaluation’s readers, not to others', async () => {
    for (const who of ['staff1', 'kasubbag', 'sekretaris', 'adminA', 'auditor']) {
      const list = await ok(await c[who]!.get(evalUrl(evaluationId, '/scans')));
      expect(list.items.map((x: { sha256: string }) => x.sha256), who).toEqual([sha256Hex(scan)]);
    }
    const file = await c.sekretaris!.get(evalUrl(evaluationId, `/scans/${sha256Hex(scan)}`));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/^application\/pdf/);
    expect(Buffer.from(file.rawPayload).equals(scan)).toBe(true);
    for (const who of ['staff2', 'teacherB']) expect((await c[who]!.get(evalUrl(evaluationId, '/scans'))).statusCode).toBe(403);
    expect((await c.staff1!.get(evalUrl(evaluationId, `/scans/${'0'.repeat(64)}`))).statusCode).toBe(404);
  });

  it('refuses others, an evaluation not final, a reopened one, and a body that is not what its name says; none leaves a row', async () => {
    for (const who of ['staff2', 'teacherB', 'auditor', 'sekretaris']) {
      const res = await put(who, evaluationId, scan, 'application/pdf');
      expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
    }
    expect((await put('staff2', second, scan, 'application/pdf')).statusCode).toBe(409);
    const other = samplePdf('Lain');
    expect((await put('staff1', evaluationId, other, 'application/pdf', sha256Hex(scan).replace(/^./, (ch) => (ch === '0' ? '1' : '0')))).statusCode).toBe(400);
    expect((await put('staff1', evaluationId, Buffer.from('hello'), 'text/plain')).statusCode).toBe(415);
    await ok(await c.kasubbag!.send('POST', evalUrl(evaluationId, '/reopen'), { reason: 'Koreksi realisasi.' }));
    const reopened = await put('staff1', evaluationId, other, 'application/pdf');
    expect(reopened.statusCode).toBe(409);
    expect(reopened.json().error.message).toMatch(/belum ditetapkan/);
    expect(await audited()).toHaveLength(1);
    // The earlier scan stays, naming the finalisation it signed.
    expect((await ok(await c.staff1!.get(evalUrl(evaluationId, '/scans')))).items).toHaveLength(1);
  });
});
