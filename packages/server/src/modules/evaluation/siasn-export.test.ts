import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { siasnCsv, SIASN_COLUMNS, type SiasnRow } from './siasn-export.js';
import { approvedSkp, type TestRhk } from './test-support.js';

/**
 * The SIASN export of the fixture's Dinas Kesehatan for 2026: staff1's annual evaluation finalised by
 * the Kasubbag (Di Atas / Sesuai Ekspektasi), staff2's opened and rated but not finalised, everyone
 * else without an approved SKP.
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const skp: Record<string, { skpId: string; rhk: TestRhk[] }> = {};
const url = (format: 'csv' | 'xlsx', year = 2026) => `/api/v1/agencies/${A}/evaluation-exports/siasn.${format}?year=${year}`;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['kasubbag', 'staff1', 'staff2', 'adminA', 'auditor']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  skp.staff1 = await approvedSkp(t, c.staff1!, 'staff1', 2026, ['Tersusunnya laporan kepegawaian']);
  skp.staff2 = await approvedSkp(t, c.staff2!, 'staff2', 2026, ['Terlaksananya layanan umum']);
  for (const key of ['staff1', 'staff2']) {
    const opened = await c[key]!.send('POST', `/api/v1/agencies/${A}/skp/${skp[key]!.skpId}/evaluations`, { kind: 'tahunan', periodFrom: '2026-01-01' });
    expect(opened.statusCode, opened.body).toBe(200);
    const id = (opened.json() as { evaluation: { id: string } }).evaluation.id;
    const rated = await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/evaluations/${id}/rating`, { ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'sesuai_ekspektasi', note: '' });
    expect(rated.statusCode, rated.body).toBe(200);
    if (key === 'staff1') {
      const final = await c.kasubbag!.send('POST', `/api/v1/agencies/${A}/evaluations/${id}/finalise`, {});
      expect(final.statusCode, final.body).toBe(200);
    }
  }
}, 120_000);
afterAll(() => t.close());

const auditRows = () => t.ctx.db.selectFrom('audit_log').select(['actor_account_id', 'entity_id', 'data']).where('action', '=', 'evaluation.siasn_export').execute();

describe('the SIASN export of an agency’s annual results', () => {
  it('lists the finalised result with the penilai and atasan of the SKP, and who is missing in the trailer', async () => {
    const res = await c.adminA!.get(url('csv'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="siasn-skp-2026.csv"');
    const records = parse(res.body, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(records[0]).toEqual([...SIASN_COLUMNS]);
    const trailer = records.findIndex((r) => r[0]!.startsWith('BELUM DITETAPKAN'));
    const rows = records.slice(1, trailer).map((r) => Object.fromEntries(SIASN_COLUMNS.map((k, i) => [k, r[i]])));
    const people = await t.ctx.db
      .selectFrom('skp_people')
      .select(['role', 'nip', 'name'])
      .where('agency_id', '=', A)
      .where('skp_id', '=', skp.staff1!.skpId)
      .execute();
    const penilai = people.find((x) => x.role === 'pejabat_penilai')!;
    const atasan = people.find((x) => x.role === 'atasan_pejabat_penilai');
    expect(penilai.nip).toBe(t.fixture.people.kasubbag!.nip);
    expect(rows).toEqual([
      expect.objectContaining({
        nip: t.fixture.people.staff1!.nip,
        tahun: '2026',
        periodeMulai: '2026-01-01',
        periodeSelesai: '2026-12-31',
        hasilKinerja: 'Di Atas Ekspektasi',
        perilakuKerja: 'Sesuai Ekspektasi',
        kuadranKinerja: 'Baik',
        namaPenilai: penilai.name,
        nipNrpPenilai: penilai.nip,
        statusPenilai: 'ASN',
        nipAtasanPenilai: atasan?.nip ?? '',
      }),
    ]);
    const missing = records.slice(trailer + 2);
    expect(records[trailer + 1]).toEqual(['nip', 'nama', 'keterangan']);
    expect(missing).toContainEqual([t.fixture.people.staff2!.nip, expect.any(String), 'Evaluasi tahunan belum ditetapkan']);
    expect(missing).toContainEqual([t.fixture.people.kasubbag!.nip, expect.any(String), 'Tidak ada SKP yang disetujui pada tahun ini']);
    expect(missing.map((m) => m[0])).not.toContain(t.fixture.people.staff1!.nip);
    expect(records[trailer]![0]).toBe(`BELUM DITETAPKAN (${missing.length})`);
  });

  it('gives the same rows as a workbook with a second sheet of who is missing', async () => {
    const res = await c.auditor!.get(url('xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['SKP Tahunan', 'Belum Ditetapkan']);
    const main = wb.getWorksheet('SKP Tahunan')!;
    expect(main.rowCount).toBe(2);
    expect(main.getRow(2).getCell(1).value).toBe(t.fixture.people.staff1!.nip);
    expect(main.getRow(2).getCell(9).value).toBe('Baik');
    const missing = wb.getWorksheet('Belum Ditetapkan')!;
    const nips = missing.getColumn(1).values;
    expect(nips).toContain(t.fixture.people.staff2!.nip);
    expect(nips).not.toContain(t.fixture.people.staff1!.nip);
  });

  it('audits every download, and refuses an employee and a bad year', async () => {
    const before = (await auditRows()).length;
    expect((await c.adminA!.get(url('csv'))).statusCode).toBe(200);
    const rows = await auditRows();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ actor_account_id: t.fixture.people.adminA!.accountId, entity_id: A, data: { year: 2026, format: 'csv', rows: 1 } });
    for (const who of ['staff1', 'kasubbag'] as const) {
      const res = await c[who]!.get(url('csv'));
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await c.staff1!.get(url('xlsx'))).statusCode).toBe(403);
    expect((await c.adminA!.get(url('csv', 99999))).statusCode).toBe(400);
    expect((await auditRows()).length).toBe(before + 1);
  });
});

describe('the CSV', () => {
  it('keeps a cell that a spreadsheet would read as a formula as text', () => {
    const row = Object.fromEntries(SIASN_COLUMNS.map((k) => [k, null])) as SiasnRow;
    const csv = siasnCsv({ year: 2026, rows: [{ ...row, nip: '199001012020121001', nama: '=HYPERLINK("http://x")', jabatan: '+1', namaPenilai: '@SUM(A1)', penilaiUnorNm: '-2', angkaKredit: -1 }], missing: [{ nip: '1', nama: '\tX', keterangan: 'ok' }] });
    const records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    const r = Object.fromEntries(SIASN_COLUMNS.map((k, i) => [k, records[1]![i]]));
    expect(r).toMatchObject({ nip: '199001012020121001', nama: `'=HYPERLINK("http://x")`, jabatan: `'+1`, namaPenilai: `'@SUM(A1)`, penilaiUnorNm: `'-2`, angkaKredit: '-1', hasilKinerja: '' });
    expect(records.at(-1)).toEqual(['1', `'\tX`, 'ok']);
  });
});
