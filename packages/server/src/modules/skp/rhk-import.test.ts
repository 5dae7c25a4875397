import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { csvOf, multipart, xlsxOf, type CellInput } from '../imports/test-support.js';
import type { Client } from '../../testing/index.js';
import { createEmptySkp, expectOk, regionSuite, rhkOf } from './test-support.js';

/**
 * Issue 16 item 10: the RHK and IKI of an SKP draft from the template (XLSX), on the fixture's Dinas
 * Kesehatan: staff1's SKP intervenes the Kasubbag's approved one. A dry run lists every bad cell; the
 * real run replaces the draft's RHK in one transaction with an audit row, and the same file twice
 * changes nothing. Only who may edit the SKP by hand, and only while it is a draft.
 */
const s = regionSuite(['kasubbag', 'staff1', 'staff2', 'adminA', 'adminB', 'teacherB', 'auditor', 'kadisA']);
const url = (skpId: string, path = '') => `/api/v1/agencies/${s.A}/skp/${skpId}${path}`;
const HEADER = ['No RHK', 'Jenis RHK', 'Rencana Hasil Kerja', 'Kode RHK Atasan', 'Jenis Cascading', 'Aspek', 'Indikator Kinerja Individu', 'Target'];


function send(c: Client | null, skpId: string, file: { filename: string; content: Buffer } | undefined, dryRun: 'true' | 'false') {
  const body = multipart({ dryRun }, file);
  const auth = c ? { cookie: c.cookie, 'x-csrf-token': c.csrf } : {};
  return s.t.app.inject({ method: 'POST', url: url(skpId, '/rhk-import'), headers: { ...body.headers, ...auth }, payload: body.payload });
}
const xlsx = async (rows: CellInput[][]) => ({ filename: 'rhk.xlsx', content: await xlsxOf({ RHK: [HEADER, ...rows] }, ['No RHK', 'Target']) });

const GOOD: CellInput[][] = [
  ['1', 'Utama', 'Tersusunnya data kepegawaian yang mutakhir', 'A1', 'Tidak langsung', 'Kuantitas', 'Jumlah data pegawai yang dimutakhirkan', '120 Data'],
  ['1', '', '', '', '', 'Waktu', 'Pemutakhiran selesai tepat waktu', '12 Bulan'],
  ['2', 'Tambahan', 'Menjadi anggota tim SAKIP', '', '', 'Kuantitas', 'Rapat tim yang dihadiri', '6 Rapat'],
];

const ids = { kasubbag: '', staff1: '', parent: '' };
async function auditCount(skpId: string) {
  const rows = await s.t.ctx.db.selectFrom('audit_log').select(['id']).where('action', '=', 'skp.rhk_imported').where('entity_id', '=', skpId).execute();
  return rows.length;
}
async function eventCount(skpId: string) {
  const v = await expectOk(await s.c.staff1!.get(url(skpId, '/versions')));
  return v.items.flatMap((x: { events: unknown[] }) => x.events).length;
}

describe('SKP RHK import (XLSX)', () => {
  it('offers a template with the draft’s RHK and the penilai’s approved RHK by code', async () => {
    // The Kasubbag's SKP, approved (set directly: its own cascade is not what this test is about).
    ids.kasubbag = await createEmptySkp(s, 'kasubbag');
    const parent = rhkOf('Terkelolanya administrasi kepegawaian', 'Jumlah layanan');
    ids.parent = parent.id;
    await expectOk(await s.c.kasubbag!.send('PUT', url(ids.kasubbag, '/draft'), { requestId: newId(), content: { rhk: [parent, rhkOf('Tersusunnya laporan umum', 'Laporan')], perilaku: [], lampiran: [] } }));
    await s.t.ctx.db.updateTable('skp').set({ status: 'disetujui', version_in_force: 1 }).where('agency_id', '=', s.A).where('id', '=', ids.kasubbag).execute();
    await s.t.ctx.db.updateTable('skp_versions').set({ status: 'disetujui' }).where('agency_id', '=', s.A).where('skp_id', '=', ids.kasubbag).execute();

    ids.staff1 = await createEmptySkp(s, 'staff1');
    await expectOk(await s.c.staff1!.send('PUT', url(ids.staff1, '/draft'), { requestId: newId(), content: { rhk: [rhkOf('RHK yang diketik tangan', 'Indikator lama')], perilaku: [], lampiran: [] } }));
    const res = await s.c.staff1!.get(url(ids.staff1, '/rhk-import/template.xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/templat-rhk-skp-.*-2026\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'RHK', 'RHK Atasan']);
    expect(wb.getWorksheet('RHK')!.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(wb.getWorksheet('RHK')!.getRow(2).values).toEqual([undefined, '1', 'Utama', 'RHK yang diketik tangan', '', '', 'Kuantitas', 'Indikator lama', '12 Laporan']);
    const atasan = wb.getWorksheet('RHK Atasan')!;
    expect([atasan.getRow(2).values, atasan.getRow(3).values]).toEqual([
      [undefined, 'A1', 'Terkelolanya administrasi kepegawaian'],
      [undefined, 'A2', 'Tersusunnya laporan umum'],
    ]);
    const guide = wb.getWorksheet('Petunjuk')!;
    expect(String(guide.getCell('B2').value)).toContain(s.t.fixture.people.staff1!.nip);
  });

  it('dry-runs a good file: what each RHK becomes, the draft’s RHK it removes, nothing stored', async () => {
    const answer = await expectOk(await send(s.c.staff1!, ids.staff1, await xlsx(GOOD), 'true'));
    expect(answer).toMatchObject({ dryRun: true, outcome: 'uji_coba', rows: 3, problems: [], removed: [{ text: 'RHK yang diketik tangan' }] });
    expect(answer.rhk.map((r: { no: string; jenis: string; parentText: string | null; change: string; iki: unknown[] }) => [r.no, r.jenis, r.parentText, r.change, r.iki.length])).toEqual([
      ['1', 'utama', 'A1 — Terkelolanya administrasi kepegawaian', 'baru', 2],
      ['2', 'tambahan', null, 'baru', 1],
    ]);
    const detail = await expectOk(await s.c.staff1!.get(url(ids.staff1)));
    expect(detail.content.rhk.map((r: { text: string }) => r.text)).toEqual(['RHK yang diketik tangan']);
    expect(await auditCount(ids.staff1)).toBe(0);
  });

  it('lists every bad row with its row, column and cell in Bahasa Indonesia; applying it stores nothing (422)', async () => {
    const bad = await xlsx([
      ['1', 'Pokok', 'Tersusunnya data', 'A7', 'Langsung', 'Kuantitas', 'Jumlah data', ''],
      ['2', 'Utama', '', '', '', 'Kecepatan', 'Indikator', '1 Dokumen'],
    ]);
    const dry = await expectOk(await send(s.c.staff1!, ids.staff1, bad, 'true'));
    expect(dry.outcome).toBe('ada_masalah');
    expect(dry.problems.map((p: { row: number; column: string; cell: string }) => [p.row, p.column, p.cell])).toEqual([
      [2, 'Jenis RHK', 'B2'],
      [2, 'Kode RHK Atasan', 'D2'],
      [2, 'Target', 'H2'],
      [3, 'Rencana Hasil Kerja', 'C3'],
      [3, 'Aspek', 'F3'],
    ]);
    expect(dry.problems[1].message).toBe('Kode RHK atasan "A7" tidak ada pada lembar "RHK Atasan" (kode yang ada: A1–A2). Unduh templat terbaru bila SKP atasan telah direvisi.');
    const real = await send(s.c.staff1!, ids.staff1, bad, 'false');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.code).toBe('IMPORT_INVALID');
    expect(real.json().error.details[0]).toEqual({ field: 'B2', message: 'Baris 2, kolom Jenis RHK: Jenis RHK "Pokok" tidak dikenal; isi Utama atau Tambahan.' });
    expect((await expectOk(await s.c.staff1!.get(url(ids.staff1)))).content.rhk).toHaveLength(1);
    expect(await auditCount(ids.staff1)).toBe(0);
  });

  it('applies in one step with an audit row; the same file twice, or its own template, changes nothing', async () => {
    const events = await eventCount(ids.staff1);
    const applied = await expectOk(await send(s.c.staff1!, ids.staff1, await xlsx(GOOD), 'false'));
    expect(applied).toMatchObject({ dryRun: false, outcome: 'diterapkan' });
    const detail = await expectOk(await s.c.staff1!.get(url(ids.staff1)));
    expect(detail.skp.status).toBe('draft');
    expect(detail.content.rhk.map((r: { jenis: string; text: string; parentRhkId: string | null; cascadingType: string | null }) => [r.jenis, r.text, r.parentRhkId, r.cascadingType])).toEqual([
      ['utama', 'Tersusunnya data kepegawaian yang mutakhir', ids.parent, 'tidak_langsung'],
      ['tambahan', 'Menjadi anggota tim SAKIP', null, null],
    ]);
    expect(detail.content.rhk[0].iki.map((k: { aspek: string; target: string }) => [k.aspek, k.target])).toEqual([
      ['kuantitas', '120 Data'],
      ['waktu', '12 Bulan'],
    ]);
    expect(detail.cascade).toEqual([]);
    expect(await eventCount(ids.staff1)).toBe(events + 1);
    const audit = await s.t.ctx.db.selectFrom('audit_log').select(['data', 'actor_account_id']).where('action', '=', 'skp.rhk_imported').where('entity_id', '=', ids.staff1).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ fileName: 'rhk.xlsx', rhk: 2, added: 2, changed: 0, removed: 1 });

    const again = await expectOk(await send(s.c.staff1!, ids.staff1, await xlsx(GOOD), 'false'));
    expect(again.outcome).toBe('tidak_berubah');
    expect(again.rhk.map((r: { change: string }) => r.change)).toEqual(['tetap', 'tetap']);
    expect((await expectOk(await s.c.staff1!.get(url(ids.staff1)))).content).toEqual(detail.content);
    expect(await eventCount(ids.staff1)).toBe(events + 1);
    expect(await auditCount(ids.staff1)).toBe(1);

    // The template downloaded now holds the draft as it is: uploaded untouched, it changes nothing either.
    const template = await s.c.staff1!.get(url(ids.staff1, '/rhk-import/template.xlsx'));
    const roundTrip = await expectOk(await send(s.c.staff1!, ids.staff1, { filename: 'templat.xlsx', content: template.rawPayload }, 'false'));
    expect(roundTrip).toMatchObject({ outcome: 'tidak_berubah', problems: [] });
  });

  it('keeps an RHK’s id when a re-import changes its target, so links to it survive', async () => {
    const before = await expectOk(await s.c.staff1!.get(url(ids.staff1)));
    const changed = GOOD.map((r, i) => (i === 0 ? [...r.slice(0, 7), '150 Data'] : r));
    const answer = await expectOk(await send(s.c.staff1!, ids.staff1, await xlsx(changed), 'false'));
    expect(answer.rhk.map((r: { change: string }) => r.change)).toEqual(['diubah', 'tetap']);
    const after = await expectOk(await s.c.staff1!.get(url(ids.staff1)));
    expect(after.content.rhk.map((r: { id: string }) => r.id)).toEqual(before.content.rhk.map((r: { id: string }) => r.id));
    expect(after.content.rhk[0].iki[0]).toMatchObject({ id: before.content.rhk[0].iki[0].id, target: '150 Data' });
  });

  it('lets the pengelola kinerja import on the employee’s behalf, nobody else', async () => {
    const file = await xlsx(GOOD);
    // (The draft now holds 150 Data where the file says 120: a change to apply.)
    expect((await expectOk(await send(s.c.adminA!, ids.staff1, file, 'true'))).outcome).toBe('uji_coba');
    expect((await s.c.adminA!.get(url(ids.staff1, '/rhk-import/template.xlsx'))).statusCode).toBe(200);
    // The penilai reads the SKP but does not type the employee's draft; a peer, the auditor, another agency.
    for (const who of ['kasubbag', 'staff2', 'auditor', 'teacherB', 'adminB']) {
      const res = await send(s.c[who]!, ids.staff1, file, 'true');
      expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
      expect((await s.c[who]!.get(url(ids.staff1, '/rhk-import/template.xlsx'))).statusCode, who).toBe(403);
    }
    expect((await send(null, ids.staff1, file, 'true')).statusCode).toBe(401);
    // Another agency's id for the same SKP: not found there.
    const elsewhere = await s.t.app.inject({ method: 'GET', url: `/api/v1/agencies/${s.t.fixture.agencyIds.B}/skp/${ids.staff1}/rhk-import/template.xlsx`, headers: { cookie: s.c.adminB!.cookie } });
    expect([403, 404]).toContain(elsewhere.statusCode);
  });

  it('refuses a file that is not an XLSX workbook (4xx, nothing stored)', async () => {
    const cases: [string, { filename: string; content: Buffer } | undefined, number][] = [
      ['csv', { filename: 'rhk.csv', content: csvOf([HEADER, ['1', 'Utama', 'R', '', '', 'Kuantitas', 'I', '1']]) }, 415],
      ['random bytes', { filename: 'rhk.xlsx', content: Buffer.from('%PDF-1.4 bukan excel sama sekali') }, 415],
      ['a zip that is no workbook', { filename: 'rhk.xlsx', content: await new JSZip().file('hello.txt', 'halo').generateAsync({ type: 'nodebuffer' }) }, 415],
      ['no file', undefined, 400],
      ['empty file', { filename: 'rhk.xlsx', content: Buffer.alloc(0) }, 400],
    ];
    for (const [name, file, status] of cases) {
      const res = await send(s.c.staff1!, ids.staff1, file, 'false');
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.json().error.message, name).toMatch(/[a-z]/);
    }
    // An XXE attempt inside a workbook: the shared XLSX guard refuses it.
    const zip = await JSZip.loadAsync((await xlsx(GOOD)).content);
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    zip.file(sheet, `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${(await zip.file(sheet)!.async('string')).replace(/^<\?xml[^>]*\?>/, '')}`);
    const hostile = await send(s.c.staff1!, ids.staff1, { filename: 'rhk.xlsx', content: await zip.generateAsync({ type: 'nodebuffer' }) }, 'false');
    expect(hostile.statusCode).toBe(415);
    expect(hostile.json().error.message).toContain('DOCTYPE');
    // A workbook without the RHK sheet: a dry run names it.
    const other = await expectOk(await send(s.c.staff1!, ids.staff1, { filename: 'lain.xlsx', content: await xlsxOf({ Lembar1: [['a', 'b']] }) }, 'true'));
    expect(other.problems[0].message).toContain('Lembar "RHK" tidak ditemukan');
    // The two imports applied before this test, no more.
    expect(await auditCount(ids.staff1)).toBe(2);
  });

  it('refuses an SKP that is not a draft (submitted) with 409, template included', async () => {
    await expectOk(await s.c.staff1!.send('POST', url(ids.staff1, '/submit'), {}));
    const res = await send(s.c.staff1!, ids.staff1, await xlsx(GOOD), 'true');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("SKP berstatus 'Diajukan' tidak dapat diisi dari berkas");
    expect((await s.c.staff1!.get(url(ids.staff1, '/rhk-import/template.xlsx'))).statusCode).toBe(409);
    // Approved: the same.
    expect((await send(s.c.adminA!, ids.kasubbag, await xlsx(GOOD), 'true')).statusCode).toBe(409);
  });

  it('gives a JPT SKP the perspektif columns and no RHK Atasan sheet', async () => {
    const skpId = await createEmptySkp(s, 'kadisA');
    const template = await s.c.kadisA!.get(url(skpId, '/rhk-import/template.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'RHK']);
    const header = ['No RHK', 'Jenis RHK', 'Rencana Hasil Kerja', 'Perspektif', 'Penugasan Dari', 'Indikator Kinerja Individu', 'Target'];
    expect(wb.getWorksheet('RHK')!.getRow(1).values).toEqual([undefined, ...header]);
    const file = { filename: 'jpt.xlsx', content: await xlsxOf({ RHK: [header, ['1', 'Utama', 'Meningkatnya derajat kesehatan masyarakat', 'Penerima Layanan', 'Perjanjian Kinerja Gubernur', 'Umur harapan hidup', '72 Tahun']] }) };
    expect((await expectOk(await send(s.c.kadisA!, skpId, file, 'false'))).outcome).toBe('diterapkan');
    const detail = await expectOk(await s.c.kadisA!.get(url(skpId)));
    expect(detail.content.rhk[0]).toMatchObject({ perspektif: 'penerima_layanan', penugasanDari: 'Perjanjian Kinerja Gubernur', iki: [{ aspek: null, target: '72 Tahun', mik: null }] });
  });
});
