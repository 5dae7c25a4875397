import { mkdir } from 'node:fs/promises';
import { BERAKHLAK, BERAKHLAK_VALUES } from '@kinerja/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { sha256Hex } from '../evidence/index.js';
import { seedRegion } from '../skp/test-support.js';
import { HAVE_POPPLER, inkIn, readBack, words } from './test-support.js';

/**
 * The printed SKP through the API, from the snapshot of SKP made through the module's own steps on
 * the fixture's Dinas Kesehatan: the Kepala Dinas's (JPT, rated by the Sekda), the Sekretaris's from
 * it, and the Kasubbag's, whose RHK intervene the Sekretaris's; then the signed scans kept with it.
 */
let t: TestApp;
let A: string;
let region: Awaited<ReturnType<typeof seedRegion>>;
const c: Record<string, Client> = {};
const ids = {} as Record<'kadis' | 'sekretaris' | 'kasubbag' | 'staff1', string>;
const OUT = process.env.KINERJA_PDF_OUT;

const iki = (text: string, target: string, aspek: string | null) => ({ id: newId(), aspek, text, target });
const rhk = (text: string, over: Record<string, unknown> = {}) => ({
  id: newId(),
  jenis: 'utama',
  text,
  parentRhkId: null,
  cascadingType: null,
  perspektif: null,
  penugasanDari: null,
  iki: [iki(`Jumlah ${text.toLowerCase()}`, '12 Laporan', 'kuantitas')],
  ...over,
});

async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const url = (skpId: string, path = '') => `/api/v1/agencies/${A}/skp/${skpId}${path}`;

async function create(who: string, start = 'kosong') {
  const period = (await ok(await c[who]!.get('/api/v1/skp/periods?year=2026'))).items[0];
  const res = await c[who]!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people[who]!.id}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start });
  return (await ok(res, 201)) as { skp: { id: string }; content: { rhk: { id: string; text: string }[] } };
}

const kasubbagRhk: { text: string; parent: string; iki: { text: string; target: string }[] }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  region = await seedRegion(t);
  for (const key of ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'adminA', 'teacherB', 'auditor']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  c.sekda = await signIn(t.app, region.sekdaNip);

  const kadis = await create('kadisA');
  ids.kadis = kadis.skp.id;
  const kadisRhk = [
    rhk('Meningkatnya cakupan imunisasi dasar lengkap', { perspektif: 'penerima_layanan', penugasanDari: 'Gubernur Kalimantan Barat', iki: [iki('Persentase bayi dengan imunisasi dasar lengkap', '95%', null)] }),
    rhk('Terwujudnya tata kelola dinas yang akuntabel', { perspektif: 'proses_bisnis', iki: [iki('Nilai SAKIP Dinas Kesehatan', 'BB', null)] }),
  ];
  await ok(await c.kadisA!.send('PUT', url(ids.kadis, '/draft'), { requestId: newId(), content: { rhk: kadisRhk, perilaku: [], lampiran: [] } }));
  await ok(await c.kadisA!.send('POST', url(ids.kadis, '/submit'), {}));
  await ok(await c.sekda!.send('POST', url(ids.kadis, '/approve'), {}));

  const sekretaris = await create('sekretaris', 'rhk_atasan');
  ids.sekretaris = sekretaris.skp.id;
  const sekretarisRhk = sekretaris.content.rhk;
  await ok(await c.sekretaris!.send('POST', url(ids.sekretaris, '/submit'), {}));
  await ok(await c.kadisA!.send('POST', url(ids.sekretaris, '/approve'), {}));

  ids.kasubbag = (await create('kasubbag')).skp.id;
  const list = [
    rhk('Terdatanya sasaran imunisasi per puskesmas', {
      parentRhkId: sekretarisRhk[0]!.id,
      cascadingType: 'tidak_langsung',
      iki: [iki('Persentase data sasaran yang terverifikasi', '100%', 'kualitas'), iki('Jumlah rekapitulasi sasaran', '12 Laporan', 'kuantitas'), iki('Rekapitulasi setiap bulan', '12 Bulan', 'waktu')],
    }),
    rhk('Tersusunnya laporan kepegawaian dinas', { parentRhkId: sekretarisRhk[1]!.id, cascadingType: 'tidak_langsung' }),
    rhk('Terlaksananya sekretariat panitia BIAN', { jenis: 'tambahan', iki: [iki('Jumlah notulen rapat panitia', '4 Notulen', 'kuantitas')] }),
  ];
  for (const r of list) {
    const parent = sekretarisRhk.find((s) => s.id === r.parentRhkId);
    kasubbagRhk.push({ text: r.text as string, parent: parent?.text ?? '', iki: (r.iki as { text: string; target: string }[]).map((k) => ({ text: k.text, target: k.target })) });
  }
  const content = {
    rhk: list,
    perilaku: [{ id: 'akuntabel', ekspektasi: 'Laporan kepegawaian diserahkan sebelum tanggal 5 setiap bulan.' }],
    lampiran: [
      { id: newId(), jenis: 'dukungan_sumber_daya', text: 'Akses SIASN dan aplikasi pencatatan imunisasi.' },
      { id: newId(), jenis: 'konsekuensi', text: 'Keterlambatan dicatat dalam umpan balik berkelanjutan.' },
    ],
  };
  await ok(await c.kasubbag!.send('PUT', url(ids.kasubbag, '/draft'), { requestId: newId(), content }));
  await ok(await c.kasubbag!.send('POST', url(ids.kasubbag, '/submit'), {}));
  // The Ekspektasi Khusus Pimpinan are the penilai's to write: the Sekretaris writes them as they approve.
  await ok(await c.sekretaris!.send('POST', url(ids.kasubbag, '/edit-and-approve'), { requestId: newId(), content }));

  ids.staff1 = (await create('staff1', 'rhk_atasan')).skp.id;
  if (OUT) await mkdir(OUT, { recursive: true });
}, 180_000);
afterAll(() => t.close());

async function pdfOf(who: string, skpId: string) {
  const res = await c[who]!.get(url(skpId, '/pdf'));
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.rawPayload;
}

describe.skipIf(!HAVE_POPPLER)('GET /agencies/{agencyId}/skp/{skpId}/pdf', () => {
  it('prints the approved JA SKP: the snapshot’s people, every RHK with the RHK it intervenes, IKI, targets and the BerAKHLAK values', async () => {
    const res = await c.kasubbag!.get(url(ids.kasubbag, '/pdf'));
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="SKP-\d{18}-2026-v1\.pdf"$/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const { text, pages, fonts } = await readBack(res.rawPayload, 'skp-kasubbag', OUT);
    const w = words(text);
    const p = t.fixture.people;
    for (const s of [p.kasubbag!.nip, p.sekretaris!.nip, 'PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA', 'Dinas Kesehatan'.toUpperCase()]) expect(w).toContain(s);
    expect(w).toMatch(/Budi Santoso/);
    expect(w).toMatch(/Siti Rahmawati/);
    for (const r of kasubbagRhk) {
      expect(w).toContain(r.text);
      if (r.parent) expect(w).toContain(r.parent);
      for (const k of r.iki) expect(w).toContain(`${k.text} ${k.target}`);
    }
    for (const v of BERAKHLAK_VALUES) expect(w).toContain(BERAKHLAK[v].label);
    expect(w).toContain('Laporan kepegawaian diserahkan sebelum tanggal 5 setiap bulan.');
    expect(w).toContain('Akses SIASN dan aplikasi pencatatan imunisasi.');
    expect(w).not.toContain('DRAF');
    expect(fonts.every((f) => f.embedded)).toBe(true);
    // Ink where the form has its blocks: title, both identity blocks, the tables.
    const [p1] = pages;
    expect(inkIn(p1!, 0.3, 0.025, 0.7, 0.075)).toBeGreaterThan(0.04);
    expect(inkIn(p1!, 0.06, 0.1, 0.48, 0.2)).toBeGreaterThan(0.03);
    expect(inkIn(p1!, 0.52, 0.1, 0.94, 0.2)).toBeGreaterThan(0.03);
    expect(inkIn(p1!, 0.06, 0.25, 0.94, 0.5)).toBeGreaterThan(0.03);
  });

  it('prints from the snapshot, not today’s records: a name changed after approval stays as signed', async () => {
    await t.ctx.db.updateTable('employees').set({ name: 'Budi Santoso Berganti Nama' }).where('agency_id', '=', A).where('id', '=', t.fixture.people.kasubbag!.id).execute();
    try {
      const { text } = await readBack(await pdfOf('sekretaris', ids.kasubbag), 'skp-kasubbag-renamed');
      expect(words(text)).toContain('Budi Santoso');
      expect(words(text)).not.toContain('Berganti Nama');
    } finally {
      await t.ctx.db.updateTable('employees').set({ name: 'Budi Santoso' }).where('agency_id', '=', A).where('id', '=', t.fixture.people.kasubbag!.id).execute();
    }
  });

  it('prints the Kepala Dinas’s JPT form with the Sekda as penilai, perspektif and penugasan', async () => {
    const { text } = await readBack(await pdfOf('kadisA', ids.kadis), 'skp-kadis', OUT);
    const w = words(text);
    for (const s of ['BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI', 'PERSPEKTIF', 'Penerima Layanan', 'Proses Bisnis', 'Penugasan dari: Gubernur Kalimantan Barat', 'Dr. Ahmad Fauzi, M.Si', 'Sekretaris Daerah', 'Hendra Wijaya']) expect(w).toContain(s);
    expect(w).not.toContain('YANG DIINTERVENSI');
  });

  it('prints the rencana aksi per RHK and period with their targets as a lampiran of their own, and none while none is written', async () => {
    const before = words((await readBack(await pdfOf('kasubbag', ids.kasubbag), 'skp-kasubbag-no-aksi')).text);
    expect(before).not.toContain('LAMPIRAN RENCANA AKSI');
    const ra = (await c.kasubbag!.get(url(ids.kasubbag, '/rencana-aksi'))).json() as { rhk: { id: string; text: string }[] };
    const put = (id: string, rhkId: string, periode: string, text: string, target: string) =>
      c.kasubbag!.send('PUT', url(ids.kasubbag, `/rencana-aksi/${id}`), { rhkId, periode, text, target });
    expect((await put(newId(), ra.rhk[0]!.id, '2026-T1', 'Menghimpun usulan kenaikan pangkat', '1 rekap')).statusCode).toBe(200);
    expect((await put(newId(), ra.rhk[0]!.id, '2026-T2', 'Memverifikasi berkas usulan', '100% berkas')).statusCode).toBe(200);
    const { text } = await readBack(await pdfOf('kasubbag', ids.kasubbag), 'skp-kasubbag-rencana-aksi', OUT);
    const w = words(text);
    for (const s of ['LAMPIRAN RENCANA AKSI', 'RENCANA AKSI', 'Triwulan I 2026', 'Menghimpun usulan kenaikan pangkat', '1 rekap', 'Triwulan II 2026', 'Memverifikasi berkas usulan', '100% berkas']) expect(w).toContain(s);
    expect(w).toContain(`A.1 ${ra.rhk[0]!.text}`);
  });

  it('prints a draft with its DRAF mark, for the SKP’s readers only', async () => {
    const { text } = await readBack(await pdfOf('staff1', ids.staff1), 'skp-staff1-draft', OUT);
    expect(words(text)).toContain('DRAF versi 1: belum disetujui');
    // The staff member's draft starts from the Kasubbag's approved RHK: their texts print as intervened.
    expect(words(text)).toContain(kasubbagRhk[0]!.text);
    expect((await c.staff2!.get(url(ids.staff1, '/pdf'))).statusCode).toBe(403);
    expect((await c.teacherB!.get(url(ids.staff1, '/pdf'))).statusCode).toBe(403);
    expect((await c.auditor!.get(url(ids.staff1, '/pdf'))).statusCode).toBe(200);
    expect((await c.kasubbag!.get(url(ids.staff1, '/pdf'))).statusCode).toBe(200);
    expect((await c.staff1!.get(`/api/v1/agencies/${A}/skp/${newId()}/pdf`)).statusCode).toBe(403);
  });
});

describe('signed scans of an approved SKP', () => {
  const put = (who: string, skpId: string, bytes: Buffer, type: string, sha = sha256Hex(bytes)) =>
    t.app.inject({ method: 'PUT', url: url(skpId, `/scans/${sha}`), payload: bytes, headers: { 'content-type': type, cookie: c[who]!.cookie, 'x-csrf-token': c[who]!.csrf } });
  let scanPdf: Buffer;
  let photo: Buffer;
  const audited = async () =>
    t.ctx.db.selectFrom('audit_log').select(['actor_account_id', 'entity_id', 'data']).where('action', '=', 'skp.signed_scan_kept').where('agency_id', '=', A).execute();

  beforeAll(async () => {
    // A "scan": the printed PDF itself, and a photo of a page.
    scanPdf = Buffer.from((await c.kasubbag!.get(url(ids.kasubbag, '/pdf'))).rawPayload);
    photo = await sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 250, g: 250, b: 245 } } }).png().toBuffer();
  });

  it('keeps a PDF scan once, with an audit row, for the version in force; a repeat changes nothing', async () => {
    const first = await put('kasubbag', ids.kasubbag, scanPdf, 'application/pdf');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ sha256: sha256Hex(scanPdf), version: 1, mediaType: 'application/pdf', byteSize: scanPdf.length, uploadedByName: 'Budi Santoso' });
    const again = await put('kasubbag', ids.kasubbag, scanPdf, 'application/pdf');
    expect(again.statusCode).toBe(200);
    const rows = await audited();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_account_id: t.fixture.people.kasubbag!.accountId, entity_id: ids.kasubbag, data: { sha256: sha256Hex(scanPdf), version: 1 } });
  });

  it('lets the penilai and the agency’s admin keep a photo too; it is stored as JPEG', async () => {
    // A minute after the PDF: the list is in upload order, and the test clock otherwise stands still
    // (with equal times the order would follow the photo's random SHA-256).
    t.setNow(new Date('2026-11-23T03:01:00Z'));
    const res = await put('sekretaris', ids.kasubbag, photo, 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ mediaType: 'image/jpeg', uploadedByName: 'Siti Rahmawati' });
    expect((await put('adminA', ids.kasubbag, photo, 'image/png')).statusCode).toBe(200);
    expect(await audited()).toHaveLength(2);
  });

  it('refuses others, an SKP not approved, a body that is not what its name says; none leaves a row', async () => {
    for (const who of ['staff2', 'teacherB', 'auditor', 'kadisA']) {
      const res = await put(who, ids.kasubbag, scanPdf, 'application/pdf');
      expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const draft = await put('staff1', ids.staff1, scanPdf, 'application/pdf');
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.message).toMatch(/belum disetujui/);
    const wrong = await put('kasubbag', ids.kasubbag, scanPdf, 'application/pdf', sha256Hex(photo));
    expect(wrong.statusCode).toBe(400);
    expect((await put('kasubbag', ids.kasubbag, Buffer.from('hello'), 'text/plain')).statusCode).toBe(415);
    expect(await audited()).toHaveLength(2);
  });

  it('lists the scans and serves each to the SKP’s readers, the bytes as kept', async () => {
    const list = await ok(await c.kadisA!.get(url(ids.kasubbag, '/scans')));
    expect(list.items.map((s: { sha256: string; mediaType: string }) => [s.sha256, s.mediaType])).toEqual([
      [sha256Hex(scanPdf), 'application/pdf'],
      [sha256Hex(photo), 'image/jpeg'],
    ]);
    const pdf = await c.auditor!.get(url(ids.kasubbag, `/scans/${sha256Hex(scanPdf)}`));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-security-policy']).toMatch(/sandbox/);
    expect(sha256Hex(pdf.rawPayload)).toBe(sha256Hex(scanPdf));
    const jpeg = await c.kasubbag!.get(url(ids.kasubbag, `/scans/${sha256Hex(photo)}`));
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
    expect((await c.staff2!.get(url(ids.kasubbag, '/scans'))).statusCode).toBe(403);
    expect((await c.staff2!.get(url(ids.kasubbag, `/scans/${sha256Hex(photo)}`))).statusCode).toBe(403);
    // A file kept with another SKP is not this SKP's.
    expect((await c.kasubbag!.get(url(ids.kadis, `/scans/${sha256Hex(photo)}`))).statusCode).toBe(403);
    expect((await c.kadisA!.get(url(ids.kadis, `/scans/${sha256Hex(photo)}`))).statusCode).toBe(404);
    expect((await ok(await c.kadisA!.get(url(ids.kadis, '/scans')))).items).toEqual([]);
  });
});
