import { formatNip } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { ImportJobs } from './jobs.js';
import { countOrgRows, csvOf, orgFingerprint, runImport, upload, waitForJob, xlsxOf, type JobBody } from './test-support.js';

let t: TestApp;
let adminA: Client;
let adminB: Client;
let bkd: Client;

beforeAll(async () => {
  t = await createTestApp();
  const p = t.fixture.people;
  [adminA, adminB, bkd] = await Promise.all([signIn(t.app, p.adminA!.nip), signIn(t.app, p.adminB!.nip), signIn(t.app, p.bkdAdmin!.nip)]);
});
afterAll(() => t.close());

const nip = (sequence: number, sex: 'L' | 'P' = 'L') => formatNip({ birthDate: '1990-02-03', appointed: '2015-03', kind: 'pns', sex, sequence });

const HEAD = {
  Unit: ['kode_opd', 'nama_opd', 'kode_unit', 'nama_unit', 'kode_unit_induk'],
  Jabatan: ['kode_opd', 'kode_jabatan', 'nama_jabatan', 'kode_unit', 'jenis_jabatan', 'jenjang', 'kelas_jabatan', 'kepala_unit'],
  Pegawai: ['kode_opd', 'nip', 'nama', 'gelar_depan', 'gelar_belakang', 'golongan', 'kode_jabatan', 'tmt_jabatan', 'email', 'telepon', 'nip_atasan'],
};

/** A new Bidang Pelayanan for Dinas Kesehatan with a Seksi Rujukan and three people. */
function dinkesSheets(pegawai?: string[][]) {
  return {
    Unit: [
      HEAD.Unit,
      ['DINKES', '', 'DINKES-YANKES', 'Bidang Pelayanan Kesehatan', 'DINKES'],
      ['DINKES', '', 'DINKES-RUJ', 'Seksi Rujukan', 'DINKES-YANKES'],
    ],
    Jabatan: [
      HEAD.Jabatan,
      ['DINKES', 'KABID-YANKES', 'Kepala Bidang Pelayanan Kesehatan', 'DINKES-YANKES', 'Eselon III', '', '12', 'ya'],
      ['DINKES', 'KASI-RUJ', 'Kepala Seksi Rujukan', 'DINKES-RUJ', 'pengawas', '', '9', 'ya'],
      ['DINKES', 'PERAWAT', 'Perawat Ahli Pertama', 'DINKES-RUJ', 'fungsional', 'Ahli Pertama', '9', 'tidak'],
    ],
    Pegawai: [
      HEAD.Pegawai,
      ...(pegawai ?? [
        ['DINKES', nip(1), 'Rudi Hartono', '', 'S.K.M., M.Kes.', 'IV/a', 'KABID-YANKES', '2022-01-03', 'rudi@dinkes.go.id', '0812 3456 7001', ''],
        ['DINKES', nip(2, 'P'), 'Sari Wulandari', 'dr.', '', 'III/d', 'KASI-RUJ', '2023-05-01', '', '', ''],
        ['DINKES', nip(3), 'Andi Saputra', '', 'S.Kep., Ns.', 'III/a', 'PERAWAT', '2024-01-02', 'andi@dinkes.go.id', '', nip(2, 'P')],
      ]),
    ],
  };
}

const xlsxFile = async (sheets: Record<string, string[][]>, name = 'impor.xlsx') => ({ filename: name, content: await xlsxOf(sheets, ['nip', 'nip_atasan']) });

async function findEmployee(c: Client, agencyId: string, q: string) {
  const res = await c.get(`/api/v1/agencies/${agencyId}/employees?q=${encodeURIComponent(q)}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; nip: string; name: string; positionName: string | null; active: boolean }[];
}

function expectProblem(job: JobBody, sheet: string, row: number, column: string, message: string | RegExp) {
  const hit = job.problems.find((p) => p.sheet === sheet && p.row === row && p.column === column);
  expect(hit, `problem at ${sheet} row ${row} column ${column}; got ${JSON.stringify(job.problems)}`).toBeDefined();
  if (typeof message === 'string') expect(hit!.message).toContain(message);
  else expect(hit!.message).toMatch(message);
}

describe('who may import', () => {
  const file = { filename: 'a.csv', content: csvOf([HEAD.Unit, ['DINKES', '', 'X', 'X', 'DINKES']]) };

  it('needs a session', async () => {
    const res = await upload(t.app, null, file);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('needs the CSRF token', async () => {
    const res = await upload(t.app, { cookie: adminA.cookie, csrf: 'salah' }, file);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it('refuses plain employees and auditors, for uploads and the template', async () => {
    for (const who of [t.fixture.people.staff1!, t.fixture.people.auditor!]) {
      const c = await signIn(t.app, who.nip);
      const res = await upload(t.app, c, file);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect((await c.get('/api/v1/imports/template.xlsx')).statusCode).toBe(403);
    }
  });

  it("hides another admin's import (404) but shows it to a BKD admin", async () => {
    const res = await upload(t.app, adminA, file);
    expect(res.statusCode).toBe(202);
    const id = res.json().id as string;
    await waitForJob(adminA, id);
    const other = await adminB.get(`/api/v1/imports/${id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    expect((await bkd.get(`/api/v1/imports/${id}`)).statusCode).toBe(200);
    expect((await adminA.get('/api/v1/imports/0190a0b0-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('uploads refused before a job starts', () => {
  it('answers 415 for bytes that are not a spreadsheet', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]);
    const res = await upload(t.app, adminA, { filename: 'data.xlsx', content: png });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.json().error.message).toMatch(/bukan XLSX/);
    const xls = await upload(t.app, adminA, { filename: 'lama.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) });
    expect(xls.statusCode).toBe(415);
    expect(xls.json().error.message).toMatch(/\.xls/);
    const latin1 = await upload(t.app, adminA, { filename: 'a.csv', content: Buffer.from('kode_opd;nama\nDINKES;Jos\xe9\n', 'latin1') });
    expect(latin1.statusCode).toBe(415);
  });

  it('answers 413 for a file over the configured size', async () => {
    const before = t.ctx.config.importMaxBytes;
    t.ctx.config.importMaxBytes = 1000;
    try {
      const res = await upload(t.app, adminA, { filename: 'besar.csv', content: Buffer.alloc(5000, 'a') });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.json().error.message).toMatch(/MB/);
    } finally {
      t.ctx.config.importMaxBytes = before;
    }
  });

  it('accepts files larger than the 1 MB limit for JSON bodies', async () => {
    const filler = 'x'.repeat(1_500_000);
    const content = csvOf([[...HEAD.Unit, 'catatan'], ['DINKES', '', 'DINKES', 'Dinas Kesehatan', '', filler]]);
    const res = await upload(t.app, adminA, { filename: 'besar.csv', content });
    expect(res.statusCode).toBe(202);
    expect((await waitForJob(adminA, res.json().id)).status).toBe('succeeded');
  });

  it('answers 400 with a clear message when the form is incomplete', async () => {
    const none = await upload(t.app, adminA, undefined, { dryRun: 'true' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toBe('Berkas belum dipilih.');
    const empty = await upload(t.app, adminA, { filename: 'kosong.csv', content: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('Berkas kosong.');
    const badFlag = await upload(t.app, adminA, { filename: 'a.csv', content: csvOf([HEAD.Unit]) }, { dryRun: 'mungkin' });
    expect(badFlag.statusCode).toBe(400);
    expect(badFlag.json().error.details[0].field).toBe('dryRun');
    const json = await adminA.send('POST', '/api/v1/imports', { file: 'x' });
    expect(json.statusCode).toBe(415);
  });
});

describe('importing units, positions and employees', () => {
  const A = () => t.fixture.agencyIds.A;

  it('a dry run reports what would change and writes nothing', async () => {
    const before = await countOrgRows(t.ctx.db);
    const res = await upload(t.app, adminA, await xlsxFile(dinkesSheets()));
    expect(res.statusCode).toBe(202);
    const accepted = res.json();
    expect(accepted.dryRun).toBe(true);
    expect(['queued', 'running']).toContain(accepted.status);
    const job = await waitForJob(adminA, accepted.id);
    expect(job.problems).toEqual([]);
    expect(job.status).toBe('succeeded');
    expect(job.totalRows).toBe(8);
    expect(job.processedRows).toBe(8);
    expect(job.summary).toMatchObject({
      dryRun: true,
      created: 8,
      updated: 0,
      unchanged: 0,
      sheets: { Unit: { created: 2 }, Jabatan: { created: 3 }, Pegawai: { created: 3 } },
      accounts: { created: 3 },
    });
    expect(await countOrgRows(t.ctx.db)).toEqual(before);
    const stored = await t.ctx.db.selectFrom('import_jobs').select(['file_sha256', 'file_format', 'status']).where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ file_format: 'xlsx', status: 'succeeded' });
    expect(stored.file_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a real import stores everything, and the people can be found', async () => {
    const version = async () => (await t.ctx.db.selectFrom('agencies').select('org_version').where('id', '=', A()).executeTakeFirstOrThrow()).org_version;
    const v0 = await version();
    const job = await runImport(t.app, adminA, await xlsxFile(dinkesSheets()), false);
    expect(job.problems).toEqual([]);
    expect(job.summary).toMatchObject({ dryRun: false, created: 8, positionChanges: 3 });
    expect(await version()).toBe(v0 + 1);

    const [andi] = await findEmployee(adminA, A(), 'Andi Saputra');
    expect(andi).toMatchObject({ nip: nip(3), positionName: 'Perawat Ahli Pertama', active: true });
    const detail = (await adminA.get(`/api/v1/agencies/${A()}/employees/${andi!.id}`)).json();
    expect(detail.positionHistory).toEqual([{ positionName: 'Perawat Ahli Pertama', unitName: 'Seksi Rujukan', role: 'definitive', startsOn: '2024-01-02', endsOn: null }]);
    // nip_atasan became a supervisor override.
    const [sari] = await findEmployee(adminA, A(), 'Sari');
    expect(detail.supervisorOverrideId).toBe(sari!.id);
    expect(detail.supervisor.name).toBe('dr. Sari Wulandari');
    const units = (await adminA.get(`/api/v1/agencies/${A()}/units`)).json().items as { code: string; headName: string | null }[];
    expect(units.find((u) => u.code === 'DINKES-YANKES')!.headName).toBe('Rudi Hartono');

    const emp = await t.ctx.db.selectFrom('employees').selectAll().where('nip', '=', nip(2, 'P')).executeTakeFirstOrThrow();
    expect(emp).toMatchObject({ kind: 'pns', sex: 'P', birth_date: '1990-02-03', front_title: 'dr.', rank_code: 'III/d', agency_id: A() });
    const account = await t.ctx.db.selectFrom('accounts').selectAll().where('nip', '=', nip(2, 'P')).executeTakeFirstOrThrow();
    expect(account).toMatchObject({ role: 'employee', agency_id: A(), employee_id: emp.id, password_hash: null, must_change_password: true });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'import.applied').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: job.id, agency_id: A() });
  });

  it('importing the same file again changes nothing', async () => {
    const before = await orgFingerprint(t.ctx.db);
    const job = await runImport(t.app, adminA, await xlsxFile(dinkesSheets()), false);
    expect(job.status).toBe('succeeded');
    expect(job.summary).toMatchObject({ created: 0, updated: 0, unchanged: 8, positionChanges: 0, accounts: { created: 0, relinked: 0 } });
    expect(await orgFingerprint(t.ctx.db)).toBe(before);
  });

  it('a changed post ends the old assignment and starts a new one; a changed TMT only moves the start', async () => {
    const sheets = dinkesSheets();
    sheets.Pegawai[3] = ['DINKES', nip(3), 'Andi Saputra', '', 'S.Kep., Ns.', 'III/b', 'PENGADM', '2026-07-01', 'andi@dinkes.go.id', '', nip(2, 'P')];
    sheets.Pegawai[2]![8] = 'sari@dinkes.go.id';
    const job = await runImport(t.app, adminA, await xlsxFile(sheets), false);
    expect(job.problems).toEqual([]);
    expect(job.summary).toMatchObject({ created: 0, updated: 2, unchanged: 6, positionChanges: 1, sheets: { Pegawai: { updated: 2, unchanged: 1 } } });
    const [andi] = await findEmployee(adminA, A(), 'Andi Saputra');
    const history = async () => (await adminA.get(`/api/v1/agencies/${A()}/employees/${andi!.id}`)).json().positionHistory;
    expect(await history()).toEqual([
      { positionName: 'Pengadministrasi Perkantoran', unitName: 'Subbagian Umum dan Kepegawaian', role: 'definitive', startsOn: '2026-07-01', endsOn: null },
      { positionName: 'Perawat Ahli Pertama', unitName: 'Seksi Rujukan', role: 'definitive', startsOn: '2024-01-02', endsOn: '2026-06-30' },
    ]);

    sheets.Pegawai[3]![7] = '2026-08-01';
    const again = await runImport(t.app, adminA, await xlsxFile(sheets), false);
    expect(again.summary).toMatchObject({ updated: 1, positionChanges: 0 });
    const h = await history();
    expect(h).toHaveLength(2);
    expect(h[0]).toMatchObject({ startsOn: '2026-08-01', endsOn: null });
  });

  it('reads a semicolon-separated CSV with a BOM (Excel in an Indonesian locale)', async () => {
    const rows = [
      ['kode_opd', 'NIP', 'Nama', 'Golongan', 'Kode Jabatan', 'TMT Jabatan'],
      ['DINKES', nip(4, 'P'), 'Maya Sari', 'III/c', 'PERAWAT', '2025-02-01'],
      ['DINKES', `${nip(5).slice(0, 8)} ${nip(5).slice(8, 14)} ${nip(5).slice(14, 15)} ${nip(5).slice(15)}`, 'Yusuf Ahmad', 'II/c', 'PENGADM', ''],
    ];
    const job = await runImport(t.app, adminA, { filename: 'pegawai.csv', content: csvOf(rows, ';', true) }, false);
    expect(job.problems).toEqual([]);
    expect(job.summary).toMatchObject({ created: 2, sheets: { Pegawai: { created: 2 } } });
    const [yusuf] = await findEmployee(adminA, A(), 'Yusuf');
    expect(yusuf).toMatchObject({ nip: nip(5), positionName: 'Pengadministrasi Perkantoran' });
    // Without tmt_jabatan the post starts on the agency's today.
    const a = await t.ctx.db.selectFrom('position_assignments').select('starts_on').where('employee_id', '=', yusuf!.id).executeTakeFirstOrThrow();
    expect(a.starts_on).toBe('2026-11-23');
  });

  it('recognises a single sheet of any name by its header row', async () => {
    const job = await runImport(
      t.app,
      adminA,
      await xlsxFile({ Sheet1: [['Data pegawai Dinas Kesehatan'], HEAD.Pegawai, ['DINKES', nip(4, 'P'), 'Maya Sari', '', '', 'III/c', 'PERAWAT', '2025-02-01', '', '', '']] }),
      true,
    );
    expect(job.problems).toEqual([]);
    expect(job.summary).toMatchObject({ sheets: { Pegawai: { updated: 0, unchanged: 1 } } });
  });

  it('reports every bad row with row, column and reason, and writes nothing', async () => {
    const before = await countOrgRows(t.ctx.db);
    const print = await orgFingerprint(t.ctx.db);
    const sheets = {
      Unit: [
        HEAD.Unit,
        ['DINKES', '', 'DINKES-X', 'Unit X', 'NOPE'],
        ['DINKES', '', 'DINKES-C1', 'Lingkar 1', 'DINKES-C2'],
        ['DINKES', '', 'DINKES-C2', 'Lingkar 2', 'DINKES-C1'],
        ['DINKES', '', 'DINKES-OK', 'Unit Baik', 'DINKES'],
      ],
      Jabatan: [
        HEAD.Jabatan,
        ['DINKES', 'J-1', 'Jabatan Satu', 'DINKES-OK', 'kepala', '', '9', 'tidak'],
        ['DINKES', 'J-2', 'Jabatan Dua', 'DINKES-OK', 'pelaksana', '', '18', 'tidak'],
        ['DINKES', 'J-3', 'Analis', 'DINKES-OK', 'fungsional', '', '9', 'tidak'],
        ['DINKES', 'J-4', 'Sekretaris Kedua', 'DINKES-SEK', 'administrator', '', '12', 'ya'],
        ['DINKES', 'J-5', 'Jabatan Baik', 'DINKES-OK', 'pelaksana', '', '7', 'tidak'],
      ],
      Pegawai: [
        HEAD.Pegawai,
        ['DINKES', '19900203201503100', 'Satu', '', '', '', 'J-5', '', '', '', ''],
        ['DINKES', nip(20), 'Dua', '', '', '', 'J-5', '', '', '', ''],
        ['DINKES', nip(20), 'Tiga', '', '', '', 'J-5', '', '', '', ''],
        ['DINKES', nip(21), 'Empat', '', '', '', 'TIDAK-ADA', '', '', '', ''],
        ['DINKES', nip(22), 'Lima', '', '', '', 'J-5', '02/01/2024', '', '', ''],
        ['DINKES', nip(23), 'Enam', '', '', 'V/z', 'J-5', '', '', '', ''],
        ['DINKES', nip(24), 'Tujuh', '', '', '', 'J-5', '', 'bukan-email', '', ''],
        ['DINKES', nip(25), 'Delapan', '', '', '', 'J-5', '', '', '', t.fixture.people.teacherB!.nip],
        ['DINKES', nip(26), 'Sembilan', '', '', '', 'J-5', '', '', '', ''],
      ],
    };
    const job = await runImport(t.app, adminA, await xlsxFile(sheets), false);
    expect(job.status).toBe('failed');
    expect(job.summary).toMatchObject({ errorCode: 'IMPORT_INVALID', dryRun: false });
    expectProblem(job, 'Unit', 2, 'kode_unit_induk', "Kode unit induk 'NOPE' tidak ada di berkas maupun di basis data.");
    expectProblem(job, 'Unit', 3, 'kode_unit_induk', 'lingkaran induk');
    expectProblem(job, 'Unit', 4, 'kode_unit_induk', 'lingkaran induk');
    expectProblem(job, 'Jabatan', 2, 'jenis_jabatan', "Jenis jabatan 'kepala' tidak dikenal; gunakan salah satu:");
    expectProblem(job, 'Jabatan', 3, 'kelas_jabatan', 'Kelas jabatan harus 1–17.');
    expectProblem(job, 'Jabatan', 4, 'jenjang', 'Jabatan fungsional wajib mengisi jenjang.');
    expectProblem(job, 'Jabatan', 5, 'kepala_unit', "Unit 'DINKES-SEK' sudah punya kepala unit (jabatan SEKRETARIS).");
    expectProblem(job, 'Pegawai', 2, 'nip', 'NIP harus terdiri dari 18 angka.');
    expectProblem(job, 'Pegawai', 4, 'nip', `NIP ${nip(20)} muncul dua kali (baris 3 dan 4).`);
    expectProblem(job, 'Pegawai', 5, 'kode_jabatan', "Kode jabatan 'TIDAK-ADA' tidak ada");
    expectProblem(job, 'Pegawai', 6, 'tmt_jabatan', 'Tanggal TMT jabatan harus berformat yyyy-mm-dd');
    expectProblem(job, 'Pegawai', 7, 'golongan', "Golongan 'V/z' tidak dikenal untuk PNS");
    expectProblem(job, 'Pegawai', 8, 'email', "Alamat email 'bukan-email' tidak valid.");
    expectProblem(job, 'Pegawai', 9, 'nip_atasan', 'OPD lain (DISDIK)');
    // The good rows are not reported, and the problem list is in sheet and row order.
    expect(job.problems.some((p) => p.sheet === 'Unit' && p.row === 5)).toBe(false);
    expect(job.problems.some((p) => p.sheet === 'Pegawai' && (p.row === 3 || p.row === 10))).toBe(false);
    expect(job.problems.map((p) => p.sheet)).toEqual([...job.problems.map((p) => p.sheet)].sort((a, b) => ['Unit', 'Jabatan', 'Pegawai'].indexOf(a) - ['Unit', 'Jabatan', 'Pegawai'].indexOf(b)));

    expect(await countOrgRows(t.ctx.db)).toEqual(before);
    expect(await orgFingerprint(t.ctx.db)).toBe(print);
  });

  it('reports a NIP stored as a number in Excel together with the other rows\' problems', async () => {
    const sheets = {
      Pegawai: [
        HEAD.Pegawai,
        ['DINKES', 199002032015031030 as unknown as string, 'Angka', '', '', '', 'PENGADM', '', '', '', ''],
        ['DINKES', nip(40), 'Golongan Salah', '', '', 'Z', 'PENGADM', '', '', '', ''],
      ],
    };
    const job = await runImport(t.app, adminA, { filename: 'angka.xlsx', content: await xlsxOf(sheets) }, true);
    expect(job.status).toBe('failed');
    expectProblem(job, 'Pegawai', 2, 'nip', /format kolom nip sebagai Teks/);
    expectProblem(job, 'Pegawai', 3, 'golongan', "Golongan 'Z' tidak dikenal untuk PNS");
    expect(job.problems).toHaveLength(2);
  });

  it('reports a missing column once, not on every row', async () => {
    const rows = [['kode_opd', 'nip', 'nama'], ...Array.from({ length: 5 }, (_, i) => ['DINKES', nip(60 + i), 'Tanpa Jabatan'])];
    const job = await runImport(t.app, adminA, { filename: 'kurang.csv', content: csvOf(rows) }, true);
    expect(job.problems).toEqual([{ sheet: 'Pegawai', row: 1, column: 'kode_jabatan', message: "Kolom 'kode_jabatan' tidak ada di baris judul." }]);
  });

  it("refuses an agency admin's rows for another agency, and pulling someone out of another agency", async () => {
    const before = await countOrgRows(t.ctx.db);
    const sheets = {
      Pegawai: [
        HEAD.Pegawai,
        ['DISDIK', nip(30), 'Guru Baru', '', '', '', 'GURU', '', '', '', ''],
        ['DINKES', t.fixture.people.teacherB!.nip, 'Petrus Kanisius', '', '', '', 'PENGADM', '', '', '', ''],
      ],
    };
    const job = await runImport(t.app, adminA, await xlsxFile(sheets), false);
    expect(job.status).toBe('failed');
    expectProblem(job, 'Pegawai', 2, 'kode_opd', 'Anda hanya boleh mengimpor data OPD Anda (DINKES).');
    expectProblem(job, 'Pegawai', 3, 'nip', 'masih aktif di OPD lain (DISDIK)');
    expect(await countOrgRows(t.ctx.db)).toEqual(before);
  });

  it('a BKD admin creates a new agency and moves an employee into it, keeping the old record as history', async () => {
    const staff2 = t.fixture.people.staff2!;
    const sheets = {
      Unit: [HEAD.Unit, ['DISHUB', 'Dinas Perhubungan', 'DISHUB', 'Dinas Perhubungan', '']],
      Jabatan: [HEAD.Jabatan, ['DISHUB', 'KADISHUB', 'Kepala Dinas Perhubungan', 'DISHUB', 'jpt_pratama', '', '15', 'ya']],
      Pegawai: [HEAD.Pegawai, ['DISHUB', staff2.nip, 'Agus Salim', '', '', 'IV/c', 'KADISHUB', '2026-10-01', '', '', '']],
    };
    const job = await runImport(t.app, bkd, await xlsxFile(sheets), false);
    expect(job.problems).toEqual([]);
    expect(job.summary).toMatchObject({ agenciesCreated: ['DISHUB'], transfers: 1, accounts: { created: 0, relinked: 1 } });
    const agency = await t.ctx.db.selectFrom('agencies').selectAll().where('code', '=', 'DISHUB').executeTakeFirstOrThrow();
    const rows = await t.ctx.db.selectFrom('employees').select(['agency_id', 'id', 'active']).where('nip', '=', staff2.nip).execute();
    expect(rows.map((r) => [r.agency_id, r.active]).sort()).toEqual(
      [
        [t.fixture.agencyIds.A, false],
        [agency.id, true],
      ].sort(),
    );
    const old = await t.ctx.db.selectFrom('position_assignments').select('ends_on').where('employee_id', '=', staff2.id).executeTakeFirstOrThrow();
    expect(old.ends_on).toBe('2026-09-30');
    const c = await signIn(t.app, staff2.nip);
    const me = (await c.get('/api/v1/me')).json();
    expect(me.agency.code).toBe('DISHUB');
    expect(me.position.name).toBe('Kepala Dinas Perhubungan');
  });

  it('offers an XLSX template to admins', async () => {
    const res = await adminA.get('/api/v1/imports/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('job progress', () => {
  it('is kept in memory while a job runs and stored in import_jobs when it ends', async () => {
    const jobs = new ImportJobs(t.ctx, t.app.log);
    const p = t.fixture.people.adminA!;
    const principal = { accountId: p.accountId, role: 'agency_admin' as const, agencyId: p.agencyId, employeeId: p.id };
    const rows = [HEAD.Pegawai, ...Array.from({ length: 600 }, (_, i) => ['DINKES', nip(100 + i), `Pegawai ${i}`, '', '', 'III/a', 'PENGADM', '2025-01-02', '', '', ''])];
    const started = await jobs.start({ principal, fileName: 'banyak.csv', format: 'csv', buffer: csvOf(rows), dryRun: false });
    expect(started.status).toBe('queued');
    const seen: { status: string; processedRows: number; totalRows: number }[] = [];
    for (let live = jobs.progressOf(started.id); live; live = jobs.progressOf(started.id)) {
      seen.push({ ...live });
      await new Promise((r) => setImmediate(r));
    }
    await jobs.idle();
    expect(seen.some((s) => s.status === 'running' && s.totalRows === 600 && s.processedRows > 0 && s.processedRows < 600)).toBe(true);
    // Progress only moves forward.
    expect(seen.map((s) => s.processedRows)).toEqual([...seen.map((s) => s.processedRows)].sort((a, b) => a - b));
    const row = await t.ctx.db.selectFrom('import_jobs').selectAll().where('id', '=', started.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'succeeded', total_rows: 600, processed_rows: 600 });
    expect(row.finished_at).not.toBeNull();
  });
});
