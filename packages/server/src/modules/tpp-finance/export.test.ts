/**
 * The nominatif downloads over HTTP: a run of agency A made through the TPP routes, its XLSX read
 * back (the row of an employee whose payroll data is set, against the run's own figures), the PDF,
 * who may download, and the audit row each download leaves.
 */
import ExcelJS from 'exceljs';
import { SHIPPED_TPP_RULE_SETS } from '@kinerja/core';
import type { TppRunDetail, TppRunEmployeesAnswer } from '@kinerja/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';

let t: TestApp;
let admin: Client;
let runId: string;
const MONTH = '2026-10';

beforeAll(async () => {
  t = await createTestApp();
  const p = t.fixture.people;
  const bkd = await signIn(t.app, p.bkdAdmin!.nip);
  admin = await signIn(t.app, p.adminA!.nip);
  const imported = await bkd.send('POST', '/api/v1/tpp/rule-sets', { document: SHIPPED_TPP_RULE_SETS['kalbar-default'] });
  expect(imported.statusCode, imported.body).toBe(200);
  const A = t.fixture.agencyIds.A;
  const payroll = await admin.send('PUT', `/api/v1/agencies/${A}/tpp/payroll/${p.staff1!.id}`, {
    golongan: 'III/b',
    cpns: false,
    kelasOverride: 7,
    salary: 3_800_000,
    bankAccount: { bank: 'Bank Kalbar', number: '1002003004', holder: 'Dewi Lestari' },
    objective: null,
  });
  expect(payroll.statusCode, payroll.body).toBe(200);
  const run = await admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: MONTH });
  expect(run.statusCode, run.body).toBe(200);
  runId = (run.json() as TppRunDetail).run.id;
});
afterAll(async () => t?.close());

const url = (format: 'xlsx' | 'pdf', agencyId = t.fixture.agencyIds.A) => `/api/v1/agencies/${agencyId}/tpp/runs/${runId}/nominatif.${format}`;

describe('daftar nominatif downloads', () => {
  it('the XLSX holds the run: the employee with payroll data at the run’s own figures, marked draft before locking', async () => {
    const A = t.fixture.agencyIds.A;
    const people = (await admin.get(`/api/v1/agencies/${A}/tpp/runs/${runId}/employees`)).json() as TppRunEmployeesAnswer;
    const dewi = people.items.find((r) => r.employeeId === t.fixture.people.staff1!.id)!;
    // Computed (the fixture has no approved SKP, so the Kalbar rules hold it: computed, not paid this month).
    expect(dewi.error).toBeNull();
    expect(['paid', 'held']).toContain(dewi.status);
    expect(dewi.basic).toBeGreaterThan(0);

    const res = await admin.get(url('xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="nominatif-TPP-2026-10-.*-draf\.xlsx"$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toHaveLength(2);
    const sheet = wb.worksheets[1]!;
    const header = sheet.getRow(5).values as unknown[];
    const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(2).value === dewi.nip)!;
    expect(row.getCell(3).value).toBe(dewi.name);
    expect(row.getCell(header.indexOf('Jumlah bruto')).value).toBe(dewi.gross);
    expect(row.getCell(header.indexOf('Dibayarkan')).value).toBe(dewi.payable);
    expect(row.getCell(header.indexOf('PPh 21')).value).toBe(dewi.pph21);
    expect(row.getCell(header.indexOf('Rekening')).value).toBe('Bank Kalbar 1002003004');
    expect(row.getCell(header.indexOf('Kelas jabatan')).value).toBe(7);
    expect(row.getCell(header.indexOf('Gol.')).value).toBe('III/b');
    expect(Number(row.getCell(header.indexOf('Pagu TPP')).value) - Number(row.getCell(header.indexOf('Potongan')).value)).toBe(dewi.gross);
    expect(row.getCell(header.indexOf('Keterangan')).value).toBe(dewi.status === 'held' ? 'Ditunda: SKP belum selesai' : '');
    expect(sheet.getRow(3).getCell(2).value).toMatch(/^DRAF/);
    // The recap's total is the run's.
    const recap = wb.worksheets[0]!;
    const recapHeader = recap.getRow(4).values as unknown[];
    expect(recap.getRow(6).getCell(recapHeader.indexOf('Dibayarkan')).value).toBe(people.items.reduce((s, r) => s + r.payable, 0));
  });

  it('the PDF is a PDF, and each download is in the audit trail', async () => {
    const audited = () => t.ctx.db.selectFrom('audit_log').select(['action', 'entity_id', 'data']).where('action', '=', 'tpp.nominatif.exported').execute();
    const before = (await audited()).length;
    expect((await admin.get(url('xlsx'))).statusCode).toBe(200);
    const res = await admin.get(url('pdf'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const rows = (await audited()).slice(before);
    expect(rows.map((r) => (r.data as { format: string }).format).sort()).toEqual(['pdf', 'xlsx']);
    expect(rows.every((r) => r.entity_id === runId)).toBe(true);
  });

  it('the signers the agency set (PA/KPA and bendahara) are printed with their NIP; a bad NIP or an empty name is refused; the change is audited', async () => {
    const A = t.fixture.agencyIds.A;
    const signers = `/api/v1/agencies/${A}/tpp/signers`;
    expect((await admin.get(signers)).json()).toEqual({ pa: null, bendahara: null, updatedAt: null });
    const bad = await admin.send('PUT', signers, { pa: { name: 'Hendra Wijaya', nip: '1970 0101', title: null }, bendahara: { name: ' ', nip: null, title: null } });
    expect(bad.statusCode).toBe(400);
    const set = await admin.send('PUT', signers, {
      pa: { name: 'dr. Hendra Wijaya, M.Kes.', nip: '197001011995031001', title: 'Kepala Dinas Kesehatan' },
      bendahara: { name: ' Maya Lestari ', nip: '198505052010012003', title: null },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ pa: { name: 'dr. Hendra Wijaya, M.Kes.', nip: '197001011995031001' }, bendahara: { name: 'Maya Lestari', nip: '198505052010012003', title: null } });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'data']).where('action', '=', 'tpp.signers.set').execute();
    expect(audit).toHaveLength(1);

    const res = await admin.get(url('xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[1]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Pengguna Anggaran / Kuasa Pengguna Anggaran', 'dr. Hendra Wijaya, M.Kes.', 'NIP. 197001011995031001']);
    expect(rows).toContainEqual(['Bendahara Pengeluaran', 'Maya Lestari', 'NIP. 198505052010012003']);
    const pdf = await admin.get(url('pdf'));
    expect(pdf.statusCode).toBe(200);
    // A role cleared again is a line to be written in.
    await admin.send('PUT', signers, { pa: null, bendahara: { name: 'Maya Lestari', nip: null, title: null } });
    expect((await admin.get(signers)).json()).toMatchObject({ pa: null, bendahara: { name: 'Maya Lestari', nip: null } });
  });

  it('the month’s nominatif of every readable run: the BKD’s recap names the OPD and totals them; an admin gets their own; no run is 404', async () => {
    const p = t.fixture.people;
    const bkd = await signIn(t.app, p.bkdAdmin!.nip);
    const month = (await bkd.get(`/api/v1/tpp/months/${MONTH}`)).json() as { items: { agencyName: string; totals: { payable: number } }[] };
    const res = await bkd.get(`/api/v1/tpp/months/${MONTH}/nominatif.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1 + month.items.length);
    const recap = wb.worksheets[0]!;
    const header = recap.getRow(4).values as unknown[];
    const names = month.items.map((r) => r.agencyName).sort((x, y) => x.localeCompare(y, 'id'));
    expect(names.map((_, i) => recap.getRow(5 + i).getCell(2).value)).toEqual(names);
    expect(recap.getRow(5 + names.length).getCell(header.indexOf('Dibayarkan')).value).toBe(month.items.reduce((s, r) => s + r.totals.payable, 0));
    expect((await admin.get(`/api/v1/tpp/months/${MONTH}/nominatif.pdf`)).statusCode).toBe(200);
    const own = await admin.get(`/api/v1/tpp/months/${MONTH}/nominatif.xlsx`);
    const ownWb = new ExcelJS.Workbook();
    await ownWb.xlsx.load(own.rawPayload as unknown as ArrayBuffer);
    expect(ownWb.worksheets.map((w) => w.name)).toHaveLength(2);
    expect((await bkd.get('/api/v1/tpp/months/2019-01/nominatif.xlsx')).statusCode).toBe(404);
    expect((await (await signIn(t.app, p.staff1!.nip)).get(`/api/v1/tpp/months/${MONTH}/nominatif.xlsx`)).statusCode).toBe(403);
    expect((await bkd.get(`/api/v1/tpp/months/2026-13/nominatif.xlsx`)).statusCode).toBe(400);
  });

  it('only the agency’s admins and finance, the BKD and auditors may download; a wrong agency is refused', async () => {
    const p = t.fixture.people;
    const status = async (nip: string, u = url('xlsx')) => (await (await signIn(t.app, nip)).get(u)).statusCode;
    expect(await status(p.staff1!.nip)).toBe(403);
    expect(await status(p.adminB!.nip)).toBe(403);
    expect(await status(p.bkdAdmin!.nip)).toBe(200);
    expect(await status(p.auditor!.nip)).toBe(200);
    expect(await status(p.bkdAdmin!.nip, url('xlsx', t.fixture.agencyIds.B))).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url('pdf') })).statusCode).toBe(401);
  });
});
