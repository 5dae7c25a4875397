import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { PERIODIK_COLUMNS, siasnCsv, SIASN_COLUMNS, type SiasnRow } from './siasn-export.js';
import { approvedSkp, type TestRhk } from './test-support.js';

/**
 * The SIASN export of the fixture's Dinas Kesehatan for 2026: staff1's annual evaluation finalised by
 * the Kasubbag (Di Atas / Sesuai Ekspektasi), staff2's opened and rated but not finalised, everyone
 * else without an approved SKP; periodic: staff1's first quarter (Sesuai / Sesuai, Baik) and staff3's,
 * an Epidemiolog Ahli Pertama rated by the Plt Kabid (Di Atas / Di Atas, Sangat Baik: a koefisien
 * whose SIASN code the defaults leave empty).
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const skp: Record<string, { skpId: string; rhk: TestRhk[] }> = {};
const url = (format: 'csv' | 'xlsx' | 'json', year = 2026) => `/api/v1/agencies/${A}/evaluation-exports/siasn.${format}?year=${year}`;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['kasubbag', 'sekretaris', 'staff1', 'staff2', 'staff3', 'adminA', 'auditor', 'bkdAdmin']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
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
  skp.staff3 = await approvedSkp(t, c.staff3!, 'staff3', 2026, ['Terlaksananya surveilans penyakit menular']);
  const periodic = [
    { key: 'staff1', penilai: 'kasubbag', hasil: 'sesuai_ekspektasi', perilaku: 'sesuai_ekspektasi' },
    { key: 'staff3', penilai: 'sekretaris', hasil: 'di_atas_ekspektasi', perilaku: 'di_atas_ekspektasi' },
  ];
  for (const x of periodic) {
    const opened = await c[x.key]!.send('POST', `/api/v1/agencies/${A}/skp/${skp[x.key]!.skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' });
    expect(opened.statusCode, opened.body).toBe(200);
    const id = (opened.json() as { evaluation: { id: string } }).evaluation.id;
    const rated = await c[x.penilai]!.send('PUT', `/api/v1/agencies/${A}/evaluations/${id}/rating`, { ratingHasilKerja: x.hasil, ratingPerilakuKerja: x.perilaku, note: '' });
    expect(rated.statusCode, rated.body).toBe(200);
    const final = await c[x.penilai]!.send('POST', `/api/v1/agencies/${A}/evaluations/${id}/finalise`, {});
    expect(final.statusCode, final.body).toBe(200);
  }
}, 180_000);
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
        hasilKinerjaNilai: '1',
        perilakuKerja: 'Sesuai Ekspektasi',
        perilakuKerjaNilai: '2',
        kuadranKinerja: 'Baik',
        kuadranKinerjaNilai: '2',
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

  it('gives the same rows as a workbook, with the periodic records, who is missing and the codes not yet filled in', async () => {
    const res = await c.bkdAdmin!.get(url('xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['SKP Tahunan', 'Kinerja Periodik', 'Belum Ditetapkan', 'Kode Belum Diisi']);
    const main = wb.getWorksheet('SKP Tahunan')!;
    expect(main.getRow(1).values).toEqual([undefined, ...SIASN_COLUMNS]);
    expect(main.rowCount).toBe(2);
    expect(main.getRow(2).getCell(1).value).toBe(t.fixture.people.staff1!.nip);
    expect(main.getRow(2).getCell(SIASN_COLUMNS.indexOf('kuadranKinerja') + 1).value).toBe('Baik');
    expect(main.getRow(2).getCell(SIASN_COLUMNS.indexOf('kuadranKinerjaNilai') + 1).value).toBe('2');
    const periodik = wb.getWorksheet('Kinerja Periodik')!;
    expect(periodik.getRow(1).values).toEqual([undefined, ...PERIODIK_COLUMNS]);
    expect(periodik.rowCount).toBe(3);
    expect(wb.getWorksheet('Kode Belum Diisi')!.getRow(2).values).toEqual([undefined, 'koefisien', 'ahli_pertama.sangat_baik', 'Ahli Pertama – Sangat Baik']);
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
    expect(rows.at(-1)).toMatchObject({ actor_account_id: t.fixture.people.adminA!.accountId, entity_id: A, data: { year: 2026, format: 'csv', rows: 1, periodik: 2 } });
    for (const who of ['staff1', 'kasubbag', 'auditor'] as const) {
      const res = await c[who]!.get(url('csv'));
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await c.staff1!.get(url('xlsx'))).statusCode).toBe(403);
    expect((await c.adminA!.get(url('csv', 99999))).statusCode).toBe(400);
    expect((await auditRows()).length).toBe(before + 1);
  });
});

describe('the JSON export and the reference codes', () => {
  type Json = { tahun: number; skp22: Record<string, unknown>[]; kinerjaPeriodik: Record<string, unknown>[]; belumDitetapkan: unknown[]; kodeBelumDiisi: { list: string; key: string }[] };
  const json = async () => {
    const res = await c.adminA!.get(url('json'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="siasn-skp-2026.json"');
    return JSON.parse(res.body) as Json;
  };

  it('gives the annual and periodic records under SIASN’s names with the codes of the reference table', async () => {
    const d = await json();
    expect(d.tahun).toBe(2026);
    const people = await t.ctx.db.selectFrom('skp_people').select(['skp_id', 'rank']).where('agency_id', '=', A).where('role', '=', 'pejabat_penilai').execute();
    const codes = await t.ctx.db.selectFrom('siasn_reference_codes').select(['list', 'key', 'code']).execute();
    const codeOf = (list: string, key: string | null) => codes.find((x) => x.list === list && x.key === key)?.code ?? '';
    const rankOf = (key: string) => people.find((x) => x.skp_id === skp[key]!.skpId)!.rank;
    expect(d.skp22).toEqual([expect.objectContaining({ nip: t.fixture.people.staff1!.nip, tahun: 2026, hasilKinerjaNilai: '1', perilakuKerjaNilai: '2', kuadranKinerjaNilai: '2', penilaiGolonganId: codeOf('golonganPns', rankOf('staff1')) })]);
    expect(Object.keys(d.kinerjaPeriodik[0]!)).toEqual([...PERIODIK_COLUMNS]);
    const byNip = new Map(d.kinerjaPeriodik.map((r) => [r.nip, r]));
    expect(byNip.get(t.fixture.people.staff1!.nip)).toMatchObject({
      periodikId: '2',
      periode: 'Triwulan I',
      bulanMulaiPenilaian: 1,
      bulanSelesaiPenilaian: 3,
      tahunMulai: 2026,
      tahunSelesai: 2026,
      hasilKinerja: 'Sesuai Ekspektasi',
      hasilKinerjaNilai: '2',
      perilakuKerjaNilai: '2',
      kuadranKinerja: 'Baik',
      kuadranKinerjaNilai: '2',
      koefisienId: null,
      angkaKredit: null,
      penilaiNipNrp: t.fixture.people.kasubbag!.nip,
      statusPenilai: 'ASN',
    });
    // The Epidemiolog Ahli Pertama: Sangat Baik, angka kredit for the quarter, a koefisien nobody has confirmed.
    expect(byNip.get(t.fixture.people.staff3!.nip)).toMatchObject({ kuadranKinerja: 'Sangat Baik', kuadranKinerjaNilai: '1', koefisienId: '', angkaKredit: 3 * 150 * 12.5 / 1200, penilaiNipNrp: t.fixture.people.sekretaris!.nip });
    expect(d.kodeBelumDiisi).toEqual([expect.objectContaining({ list: 'koefisien', key: 'ahli_pertama.sangat_baik' })]);
  });

  it('lets the BKD set a code (audited) and the next export carries it; nobody else may', async () => {
    const before = await c.adminA!.get('/api/v1/siasn/reference-codes');
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ canEdit: false, pushEnabled: false });
    expect((before.json() as { codes: { list: string; key: string; code: string; edited: boolean }[] }).codes).toContainEqual(expect.objectContaining({ list: 'koefisien', key: 'ahli_pertama.sangat_baik', code: '', edited: false }));
    const path = '/api/v1/siasn/reference-codes/koefisien/ahli_pertama.sangat_baik';
    const refused = await c.adminA!.send('PUT', path, { code: '11', label: 'Ahli Pertama – Sangat Baik' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Hanya admin BKD yang dapat mengubah kode referensi SIASN.');
    expect((await c.bkdAdmin!.send('PUT', path, { code: '1 1', label: 'x' })).statusCode).toBe(400);
    expect((await c.bkdAdmin!.send('PUT', '/api/v1/siasn/reference-codes/koefisien/ahli_kepala.baik', { code: '1', label: 'x' })).statusCode).toBe(404);
    expect((await c.bkdAdmin!.send('PUT', '/api/v1/siasn/reference-codes/warna/merah', { code: '1', label: 'x' })).statusCode).toBe(400);
    const set = await c.bkdAdmin!.send('PUT', path, { code: '11', label: 'Ahli Pertama – Sangat Baik' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ list: 'koefisien', key: 'ahli_pertama.sangat_baik', code: '11', edited: true });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['actor_account_id', 'data']).where('action', '=', 'siasn.reference_code.changed').execute();
    expect(audit).toEqual([{ actor_account_id: t.fixture.people.bkdAdmin!.accountId, data: expect.objectContaining({ list: 'koefisien', key: 'ahli_pertama.sangat_baik', code: '11', before: { code: '', label: 'Ahli Pertama – Sangat Baik' } }) }]);
    const d = await json();
    expect(d.kinerjaPeriodik.find((r) => r.nip === t.fixture.people.staff3!.nip)).toMatchObject({ koefisienId: '11' });
    expect(d.kodeBelumDiisi).toEqual([]);
    expect((await c.bkdAdmin!.get('/api/v1/siasn/reference-codes')).json()).toMatchObject({ canEdit: true });
    expect((await c.staff1!.get('/api/v1/siasn/reference-codes')).statusCode).toBe(403);
  });

  it('refuses the push while the server has it off, after the access check', async () => {
    const res = await c.adminA!.send('POST', `/api/v1/agencies/${A}/evaluation-exports/siasn-push?year=2026`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SIASN_PUSH_OFF');
    expect((await c.auditor!.send('POST', `/api/v1/agencies/${A}/evaluation-exports/siasn-push?year=2026`, {})).statusCode).toBe(403);
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
