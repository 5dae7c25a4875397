import ExcelJS from 'exceljs';
import { formatNip } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { multipart, xlsxOf, type CellInput } from '../imports/test-support.js';
import type { Client } from '../../testing/index.js';
import { createEmptySkp, expectOk, regionSuite, rhkOf } from './test-support.js';

/**
 * Issue 16 item 10, one file for many employees: Dinas Kesehatan's admin loads staff1's and staff2's
 * SKP drafts (both intervening the Kasubbag's approved SKP) from one XLSX keyed by NIP. Every bad cell
 * of the whole file is listed (unknown NIP, another agency's NIP, an SKP not in draft, no SKP, a bad
 * cell of one employee's rows); a file with any stores nothing; a good one changes both drafts in one
 * transaction, each with its version event and audit row, and the same file twice changes nothing.
 */
const s = regionSuite(['kasubbag', 'staff1', 'staff2', 'adminA', 'adminB', 'teacherB', 'auditor', 'kadisA', 'bkdAdmin']);
const url = (skpId: string, path = '') => `/api/v1/agencies/${s.A}/skp/${skpId}${path}`;
const bulkUrl = (path = '') => `/api/v1/agencies/${s.A}/skp-rhk-import${path}?year=2026`;
const HEADER = ['NIP', 'Nama Pegawai', 'No RHK', 'Jenis RHK', 'Rencana Hasil Kerja', 'Kode RHK Atasan', 'Jenis Cascading', 'Perspektif', 'Penugasan Dari', 'Aspek', 'Indikator Kinerja Individu', 'Target'];

function send(c: Client | null, file: { filename: string; content: Buffer }, dryRun: 'true' | 'false') {
  const body = multipart({ dryRun }, file);
  const auth = c ? { cookie: c.cookie, 'x-csrf-token': c.csrf } : {};
  return s.t.app.inject({ method: 'POST', url: bulkUrl(), headers: { ...body.headers, ...auth }, payload: body.payload });
}
const xlsx = async (rows: CellInput[][]) => ({ filename: 'rhk-dinkes.xlsx', content: await xlsxOf({ RHK: [HEADER, ...rows] }, ['NIP', 'No RHK', 'Target']) });
const nip = (who: string) => s.t.fixture.people[who]!.nip;
const good = (): CellInput[][] => [
  [nip('staff1'), 'Staf Satu', '1', 'Utama', 'Tersusunnya data kepegawaian yang mutakhir', 'A1', 'Tidak Langsung', '', '', 'Kuantitas', 'Jumlah data pegawai yang dimutakhirkan', '120 Data'],
  [nip('staff1'), '', '1', '', '', '', '', '', '', 'Waktu', 'Pemutakhiran selesai tepat waktu', '12 Bulan'],
  [nip('staff2'), 'Staf Dua', '1', 'Utama', 'Terselenggaranya layanan administrasi umum', 'A2', 'Langsung', '', '', 'Kuantitas', 'Jumlah surat yang diproses', '600 Surat'],
];

const ids = { kasubbag: '', staff1: '', staff2: '' };
async function audits() {
  return s.t.ctx.db.selectFrom('audit_log').select(['entity_id', 'data']).where('action', '=', 'skp.rhk_imported').execute();
}
async function rhkTexts(skpId: string) {
  return (await expectOk(await s.c.adminA!.get(url(skpId)))).content.rhk.map((r: { text: string }) => r.text);
}
async function events(skpId: string) {
  const v = await expectOk(await s.c.adminA!.get(url(skpId, '/versions')));
  return v.items.flatMap((x: { events: unknown[] }) => x.events).length;
}

describe('SKP RHK import, many employees by NIP', () => {
  it('offers the agency’s drafts of the year in one template, each with its penilai’s codes', async () => {
    ids.kasubbag = await createEmptySkp(s, 'kasubbag');
    await expectOk(await s.c.kasubbag!.send('PUT', url(ids.kasubbag, '/draft'), { requestId: newId(), content: { rhk: [rhkOf('Terkelolanya administrasi kepegawaian', 'Layanan'), rhkOf('Terkelolanya administrasi umum', 'Surat')], perilaku: [], lampiran: [] } }));
    await s.t.ctx.db.updateTable('skp').set({ status: 'disetujui', version_in_force: 1 }).where('agency_id', '=', s.A).where('id', '=', ids.kasubbag).execute();
    await s.t.ctx.db.updateTable('skp_versions').set({ status: 'disetujui' }).where('agency_id', '=', s.A).where('skp_id', '=', ids.kasubbag).execute();
    ids.staff1 = await createEmptySkp(s, 'staff1');
    ids.staff2 = await createEmptySkp(s, 'staff2');
    await expectOk(await s.c.staff1!.send('PUT', url(ids.staff1, '/draft'), { requestId: newId(), content: { rhk: [rhkOf('RHK yang diketik tangan', 'Indikator lama')], perilaku: [], lampiran: [] } }));

    const res = await s.c.adminA!.get(bulkUrl('/template.xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('templat-rhk-banyak-pegawai-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'RHK', 'RHK Atasan']);
    const rhk = wb.getWorksheet('RHK')!;
    expect(rhk.getRow(1).values).toEqual([undefined, ...HEADER]);
    const rows: unknown[][] = [];
    rhk.eachRow((r, n) => {
      if (n > 1) rows.push((r.values as unknown[]).slice(1, 5));
    });
    // staff1's draft with its RHK; staff2's empty draft as one line with NIP and name; the approved Kasubbag's not at all.
    expect(rows).toContainEqual([nip('staff1'), s.t.fixture.people.staff1!.name ?? expect.any(String), '1', 'Utama']);
    expect(rows.some((r) => r[0] === nip('staff2') && r.length <= 2)).toBe(true);
    expect(rows.some((r) => r[0] === nip('kasubbag'))).toBe(false);
    const atasan: unknown[][] = [];
    wb.getWorksheet('RHK Atasan')!.eachRow((r, n) => {
      if (n > 1) atasan.push([r.getCell(1).value, r.getCell(3).value, r.getCell(4).value]);
    });
    expect(atasan).toContainEqual([nip('staff1'), 'A1', 'Terkelolanya administrasi kepegawaian']);
    expect(atasan).toContainEqual([nip('staff2'), 'A2', 'Terkelolanya administrasi umum']);
  });

  it('lists every bad cell of the file; applying it stores nothing, not even the good employees’ rows (422)', async () => {
    const unknown = formatNip({ birthDate: '1991-04-05', appointed: '2016-03', kind: 'pns', sex: 'P', sequence: 777 });
    const bad = await xlsx([
      ...good(),
      [nip('staff1'), '', '2', 'Tambahan', 'Menjadi anggota tim', 'A9', '', '', '', 'Kuantitas', 'Rapat', '6 Rapat'],
      [unknown, 'Tidak Dikenal', '1', 'Utama', 'R', '', '', '', '', 'Kuantitas', 'I', '1 Dokumen'],
      [nip('teacherB'), 'Guru', '1', 'Utama', 'R', '', '', '', '', 'Kuantitas', 'I', '1 Dokumen'],
      [nip('kasubbag'), 'Kasubbag', '1', 'Utama', 'R', '', '', '', '', 'Kuantitas', 'I', '1 Dokumen'],
      [nip('kadisA'), 'Kadis', '1', 'Utama', 'R', '', '', 'Penerima Layanan', '', '', 'I', '1 Dokumen'],
      ['12345', 'Salah ketik', '1', 'Utama', 'R', '', '', '', '', 'Kuantitas', 'I', '1 Dokumen'],
      ['', 'Tanpa NIP', '1', 'Utama', 'R', '', '', '', '', 'Kuantitas', 'I', '1 Dokumen'],
    ]);
    const dry = await expectOk(await send(s.c.adminA!, bad, 'true'));
    expect(dry.outcome).toBe('ada_masalah');
    expect(dry.problems.map((p: { row: number; column: string; cell: string; nip: string | null }) => [p.row, p.column, p.cell, p.nip])).toEqual([
      [5, 'Kode RHK Atasan', 'F5', nip('staff1')],
      [6, 'NIP', 'A6', unknown],
      [7, 'NIP', 'A7', nip('teacherB')],
      [8, 'NIP', 'A8', nip('kasubbag')],
      [9, 'NIP', 'A9', nip('kadisA')],
      [10, 'NIP', 'A10', null],
      [11, 'NIP', 'A11', null],
    ]);
    const messages = dry.problems.map((p: { message: string }) => p.message);
    expect(messages[0]).toBe('Kode RHK atasan "A9" tidak ada pada lembar "RHK Atasan" (kode yang ada: A1–A2). Unduh templat terbaru bila SKP atasan telah direvisi.');
    expect(messages[1]).toBe(`NIP ${unknown} tidak terdaftar sebagai pegawai. Periksa NIP-nya (18 angka, diketik sebagai teks).`);
    expect(messages[2]).toBe(`NIP ${nip('teacherB')} adalah pegawai instansi lain; berkas ini hanya dapat memuat pegawai instansi ini.`);
    expect(messages[3]).toContain("berstatus 'Disetujui'; RHK hanya dapat diimpor ke SKP berstatus draf atau dikembalikan.");
    expect(messages[4]).toContain('belum memiliki SKP periode 2026');
    expect(messages[5]).toBe('NIP "12345" tidak valid: NIP terdiri dari 18 angka.');
    expect(messages[6]).toBe('NIP wajib diisi pada setiap baris (NIP pegawai pemilik SKP).');
    // The other agency's employee is not named to this agency's admin.
    expect(dry.employees.find((e: { nip: string }) => e.nip === nip('teacherB')).name).toBeNull();

    const real = await send(s.c.adminA!, bad, 'false');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.code).toBe('IMPORT_INVALID');
    expect(real.json().error.details[0]).toEqual({ field: 'F5', message: `Baris 5, kolom Kode RHK Atasan (NIP ${nip('staff1')}): ${messages[0]}` });
    expect(await rhkTexts(ids.staff1)).toEqual(['RHK yang diketik tangan']);
    expect(await rhkTexts(ids.staff2)).toEqual([]);
    expect(await audits()).toHaveLength(0);
  });

  it('applies a good file to every named draft in one go, each with a version event and an audit row; twice changes nothing', async () => {
    const file = await xlsx(good());
    const dry = await expectOk(await send(s.c.adminA!, file, 'true'));
    expect(dry).toMatchObject({ outcome: 'uji_coba', rows: 3, problems: [] });
    expect(dry.employees.map((e: { nip: string; skpId: string; rhk: number; iki: number; added: number; removed: string[]; change: string }) => [e.nip, e.skpId, e.rhk, e.iki, e.added, e.removed, e.change])).toEqual([
      [nip('staff1'), ids.staff1, 1, 2, 1, ['RHK yang diketik tangan'], 'berubah'],
      [nip('staff2'), ids.staff2, 1, 1, 1, [], 'berubah'],
    ]);
    expect(await audits()).toHaveLength(0);

    const before = [await events(ids.staff1), await events(ids.staff2)];
    expect((await expectOk(await send(s.c.adminA!, file, 'false'))).outcome).toBe('diterapkan');
    expect(await rhkTexts(ids.staff1)).toEqual(['Tersusunnya data kepegawaian yang mutakhir']);
    expect(await rhkTexts(ids.staff2)).toEqual(['Terselenggaranya layanan administrasi umum']);
    const detail = await expectOk(await s.c.staff2!.get(url(ids.staff2)));
    expect(detail.content.rhk[0]).toMatchObject({ cascadingType: 'langsung', iki: [{ aspek: 'kuantitas', target: '600 Surat' }] });
    expect(detail.cascade).toEqual([]);
    expect([await events(ids.staff1), await events(ids.staff2)]).toEqual([before[0]! + 1, before[1]! + 1]);
    const rows = await audits();
    expect(rows.map((r) => r.entity_id).sort()).toEqual([ids.staff1, ids.staff2].sort());
    expect(rows.find((r) => r.entity_id === ids.staff1)!.data).toMatchObject({ bulk: true, nip: nip('staff1'), fileName: 'rhk-dinkes.xlsx', rhk: 1, added: 1, removed: 1 });
    // Drafted on the employee's behalf: the event says so.
    const versions = await expectOk(await s.c.staff1!.get(url(ids.staff1, '/versions')));
    const last = versions.items.flatMap((x: { events: { capacity: string; onBehalf: boolean }[] }) => x.events).at(-1);
    expect(last).toMatchObject({ capacity: 'pengelola_kinerja', onBehalf: true });

    const again = await expectOk(await send(s.c.adminA!, file, 'false'));
    expect(again.outcome).toBe('tidak_berubah');
    expect(again.employees.map((e: { change: string }) => e.change)).toEqual(['tetap', 'tetap']);
    expect([await events(ids.staff1), await events(ids.staff2)]).toEqual([before[0]! + 1, before[1]! + 1]);
    expect(await audits()).toHaveLength(2);

    // The template downloaded now, uploaded untouched, changes nothing either.
    const template = await s.c.adminA!.get(bulkUrl('/template.xlsx'));
    expect(await expectOk(await send(s.c.adminA!, { filename: 'templat.xlsx', content: template.rawPayload }, 'false'))).toMatchObject({ outcome: 'tidak_berubah', problems: [] });
  });

  it('is for the agency’s admins and the BKD only; a per-SKP file is named as such', async () => {
    const file = await xlsx(good());
    for (const who of ['staff1', 'kasubbag', 'auditor', 'adminB', 'teacherB']) {
      expect((await send(s.c[who]!, file, 'true')).statusCode, who).toBe(403);
      expect((await s.c[who]!.get(bulkUrl('/template.xlsx'))).statusCode, who).toBe(403);
    }
    expect((await send(null, file, 'true')).statusCode).toBe(401);
    expect((await expectOk(await send(s.c.bkdAdmin!, file, 'true'))).outcome).toBe('tidak_berubah');
    const perSkp = { filename: 'satu.xlsx', content: await xlsxOf({ RHK: [HEADER.slice(2), ['1', 'Utama', 'R', '', '', '', '', 'Kuantitas', 'I', '1']] }) };
    const answer = await expectOk(await send(s.c.adminA!, perSkp, 'true'));
    expect(answer.problems[0].message).toContain('Kolom "NIP" tidak ditemukan');
  });

  it('refuses the whole file when one named SKP has been submitted since (nothing stored)', async () => {
    const changed = good().map((r, i) => (i === 2 ? [...r.slice(0, 11), '650 Surat'] : i === 0 ? [...r.slice(0, 11), '130 Data'] : r));
    await s.t.ctx.db.updateTable('skp').set({ status: 'diajukan' }).where('agency_id', '=', s.A).where('id', '=', ids.staff2).execute();
    const res = await send(s.c.adminA!, await xlsx(changed), 'false');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(['A4']);
    const detail = await expectOk(await s.c.staff1!.get(url(ids.staff1)));
    expect(detail.content.rhk[0].iki[0].target).toBe('120 Data');
  });
});
