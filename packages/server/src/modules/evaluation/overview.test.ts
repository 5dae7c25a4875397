import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { approvedSkp } from './test-support.js';

/**
 * The agency's evaluation overview per unit (issue 17 item 9) and the XLSX downloads of the
 * evaluation screens' tables, on the fixture's Dinas Kesehatan in Triwulan I 2026: staff1
 * (Subbagian Umum) finalised, staff2 (Subbagian Umum) in progress, staff3 (Seksi Surveilans) not
 * started; all three with an approved SKP.
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const Q1 = 'periodFrom=2026-01-01&periodTo=2026-03-31';
const YEAR = 'periodFrom=2026-01-01&periodTo=2026-12-31';
const id = (key: string) => t.fixture.people[key]!.id;
const unit = (code: string) => t.fixture.units[code]!.id;
let staff1Eval: string;
let staff2Eval: string;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['kasubbag', 'staff1', 'staff2', 'staff3', 'adminA', 'adminB', 'bkdAdmin', 'auditor']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  const skps: Record<string, string> = {};
  for (const [key, text] of [
    ['staff1', 'Tersusunnya laporan kepegawaian'],
    ['staff2', 'Terlaksananya layanan umum'],
    ['staff3', 'Terlaksananya surveilans'],
  ] as const) {
    skps[key] = (await approvedSkp(t, c[key]!, key, 2026, [text])).skpId;
  }
  const open = async (key: string) => ((await c[key]!.send('POST', `/api/v1/agencies/${A}/skp/${skps[key]}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' })).json() as { evaluation: { id: string } }).evaluation.id;
  staff1Eval = await open('staff1');
  staff2Eval = await open('staff2');
  const rated = await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/evaluations/${staff1Eval}/rating`, { ratingHasilKerja: 'sesuai_ekspektasi', ratingPerilakuKerja: 'sesuai_ekspektasi', note: '' });
  if (rated.statusCode !== 200) throw new Error(rated.body);
  const final = await c.kasubbag!.send('POST', `/api/v1/agencies/${A}/evaluations/${staff1Eval}/finalise`, {});
  if (final.statusCode !== 200) throw new Error(final.body);
  await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/evaluations/${staff2Eval}/rating`, { ratingHasilKerja: 'di_bawah_ekspektasi', ratingPerilakuKerja: 'sesuai_ekspektasi', note: '' });
}, 120_000);
afterAll(() => t.close());

async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
async function refused(res: { statusCode: number; body: string; json(): any }, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
}
async function workbook(res: { statusCode: number; body: string; headers: Record<string, unknown>; rawPayload: Buffer }): Promise<ExcelJS.Workbook> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet) => Array.from(ws.getSheetValues().slice(1), (r) => (Array.isArray(r) ? r.slice(1) : []));
const auditOf = (action: string) => t.ctx.db.selectFrom('audit_log').select(['actor_account_id', 'entity', 'entity_id', 'data']).where('action', '=', action).execute();
const readsBy = (key: string) =>
  t.ctx.db.selectFrom('personal_data_reads as r').innerJoin('accounts as a', 'a.id', 'r.reader_account_id').select(['r.employee_id', 'r.kind']).where('a.nip', '=', t.fixture.people[key]!.nip).execute();

describe('the agency’s evaluation overview', () => {
  it('counts each approved SKP under the unit of its post by its evaluation’s state, and names who has not finished', async () => {
    const o = await ok(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-overview?${Q1}`));
    expect(o).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-03-31', label: 'Triwulan I', kind: 'periodik', deadline: null, agency: { id: A, code: 'DINKES' } });
    expect(o.totals).toEqual({ total: 3, belum_dibuka: 1, berjalan: 1, final: 1 });
    const byCode = (code: string) => o.units.find((u: { unitId: string }) => u.unitId === unit(code));
    // Tree order: parents first, siblings by code.
    expect(o.units.map((u: { unitId: string; depth: number }) => [u.unitId, u.depth])).toEqual([
      [unit('DINKES'), 0],
      [unit('DINKES-P2P'), 1],
      [unit('DINKES-SURV'), 2],
      [unit('DINKES-SEK'), 1],
      [unit('DINKES-UMUM'), 2],
    ]);
    expect(byCode('DINKES-UMUM')).toMatchObject({ counts: { total: 2, belum_dibuka: 0, berjalan: 1, final: 1 }, subtree: { total: 2, belum_dibuka: 0, berjalan: 1, final: 1 } });
    expect(byCode('DINKES-SEK')).toMatchObject({ counts: { total: 0, belum_dibuka: 0, berjalan: 0, final: 0 }, subtree: { total: 2, berjalan: 1, final: 1 } });
    expect(byCode('DINKES-SURV').counts).toEqual({ total: 1, belum_dibuka: 1, berjalan: 0, final: 0 });
    expect(byCode('DINKES').subtree).toEqual(o.totals);
    // Unit order, then name: the Seksi Surveilans (under P2P) comes before the Subbagian Umum (under the Sekretariat).
    expect(o.unfinished.map((u: { employeeId: string; status: string; unitId: string; evaluationId: string | null }) => [u.employeeId, u.status, u.unitId, u.evaluationId])).toEqual([
      [id('staff3'), 'belum_dibuka', unit('DINKES-SURV'), null],
      [id('staff2'), 'berjalan', unit('DINKES-UMUM'), staff2Eval],
    ]);
    expect(o.unfinished[1]).toMatchObject({ name: 'Agus Salim', nip: t.fixture.people.staff2!.nip, positionName: 'Pengadministrasi Perkantoran', unitName: 'Subbagian Umum dan Kepegawaian', penilaiName: 'Budi Santoso' });
  });

  it('gives the annual period with its deadline, the running period by default, and refuses a period the agency does not have', async () => {
    const year = await ok(await c.bkdAdmin!.get(`/api/v1/agencies/${A}/evaluation-overview?${YEAR}`));
    expect(year).toMatchObject({ kind: 'tahunan', label: 'Tahunan', deadline: '2027-01-10', totals: { total: 3, belum_dibuka: 3, berjalan: 0, final: 0 } });
    // The year before is offered too (in January the admins chase last year's annual evaluations).
    expect(year.periods.map((p: { label: string; periodFrom: string }) => `${p.label} ${p.periodFrom.slice(0, 4)}`)).toEqual(
      ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan'].flatMap((l) => [`${l} 2025`]).concat(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan'].map((l) => `${l} 2026`)),
    );
    const now = await ok(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-overview`));
    expect(now.periods.some((p: { periodFrom: string; periodTo: string; kind: string }) => p.periodFrom === now.periodFrom && p.periodTo === now.periodTo && p.kind === 'periodik')).toBe(true);
    await refused(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-overview?periodFrom=2026-01-01`), 400, 'VALIDATION');
    await refused(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-overview?periodFrom=2026-01-01&periodTo=2026-02-28`), 400, 'VALIDATION');
  });

  it('is for the agency’s admins, BKD and auditors only', async () => {
    await ok(await c.auditor!.get(`/api/v1/agencies/${A}/evaluation-overview?${Q1}`));
    for (const who of ['kasubbag', 'staff1', 'adminB']) await refused(await c[who]!.get(`/api/v1/agencies/${A}/evaluation-overview?${Q1}`), 403, 'FORBIDDEN');
    for (const who of ['kasubbag', 'adminB']) await refused(await c[who]!.get(`/api/v1/agencies/${A}/evaluation-overview.xlsx?${Q1}`), 403, 'FORBIDDEN');
    await refused(await c.staff2!.get(`/api/v1/agencies/${A}/evaluation-overview/unfinished.xlsx?${Q1}`), 403, 'FORBIDDEN');
  });
});

describe('the XLSX downloads', () => {
  it('the overview: the units with their counts and the named list, a formula-looking name neutralised; audited and read', async () => {
    await t.ctx.db.updateTable('employees').set({ name: '=HYPERLINK("http://x","Agus")' }).where('agency_id', '=', A).where('id', '=', id('staff2')).execute();
    try {
      const res = await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-overview.xlsx?${Q1}`);
      expect(res.headers['content-disposition']).toBe('attachment; filename="ringkasan-evaluasi-dinkes-2026-01-01-2026-03-31.xlsx"');
      const wb = await workbook(res);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Belum Ditetapkan']);
      const summary = rowsOf(wb.getWorksheet('Ringkasan')!);
      expect(summary[1]).toEqual(['Instansi', 'Dinas Kesehatan']);
      expect(summary.find((r) => r[0] === '    Subbagian Umum dan Kepegawaian')).toEqual(['    Subbagian Umum dan Kepegawaian', 2, 0, 1, 1, 2, 0, 1, 1]);
      expect(summary.find((r) => r[0] === 'Total instansi')).toEqual(['Total instansi', 3, 1, 1, 1]);
      const list = rowsOf(wb.getWorksheet('Belum Ditetapkan')!);
      expect(list[0]).toEqual(['No', 'NIP', 'Nama', 'Jabatan', 'Unit', 'Pejabat penilai', 'Status evaluasi']);
      expect(list.slice(1)).toEqual([
        [1, t.fixture.people.staff3!.nip, 'Yohanes Dami', 'Epidemiolog Kesehatan Ahli Pertama', 'Seksi Surveilans dan Imunisasi', expect.any(String), 'Belum dibuka'],
        [2, t.fixture.people.staff2!.nip, `'=HYPERLINK("http://x","Agus")`, 'Pengadministrasi Perkantoran', 'Subbagian Umum dan Kepegawaian', 'Budi Santoso', 'Berjalan'],
      ]);
      // No cell of the workbook is a formula.
      wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
    } finally {
      await t.ctx.db.updateTable('employees').set({ name: 'Agus Salim' }).where('agency_id', '=', A).where('id', '=', id('staff2')).execute();
    }
    expect(await auditOf('evaluation.overview_export')).toEqual([
      { actor_account_id: expect.any(String), entity: 'agency', entity_id: A, data: { periodFrom: '2026-01-01', periodTo: '2026-03-31', total: 3, unfinished: 2 } },
    ]);
    expect((await readsBy('adminA')).filter((r) => r.kind === 'evaluation').map((r) => r.employee_id).sort()).toEqual([id('staff2'), id('staff3')].sort());
  });

  it('the named not-finished list: the whole agency, or one unit with the units under it; an unknown unit is 404', async () => {
    const all = rowsOf((await workbook(await c.bkdAdmin!.get(`/api/v1/agencies/${A}/evaluation-overview/unfinished.xlsx?${Q1}`))).getWorksheet('Belum Ditetapkan')!);
    expect(all[0]).toEqual(['Evaluasi kinerja yang belum ditetapkan']);
    expect(all.find((r) => r[0] === 'Jumlah')).toEqual(['Jumlah', 2]);
    expect(all.filter((r) => typeof r[0] === 'number').map((r) => r[2])).toEqual(['Yohanes Dami', 'Agus Salim']);
    const sek = rowsOf((await workbook(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-overview/unfinished.xlsx?${Q1}&unitId=${unit('DINKES-SEK')}`))).getWorksheet('Belum Ditetapkan')!);
    expect(sek.find((r) => r[0] === 'Unit')).toEqual(['Unit', 'Sekretariat']);
    expect(sek.filter((r) => typeof r[0] === 'number').map((r) => r[2])).toEqual(['Agus Salim']);
    await refused(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-overview/unfinished.xlsx?${Q1}&unitId=${t.fixture.units.DISDIK!.id}`), 404, 'NOT_FOUND');
    const audit = await auditOf('evaluation.unfinished_export');
    expect(audit.map((a) => [a.entity, a.entity_id, (a.data as { rows: number }).rows]).sort()).toEqual([['agency', A, 2], ['unit', unit('DINKES-SEK'), 1]].sort());
  });

  it('the penilai’s team: everyone with status, ratings and predikat, and the curve sheet; audited; not for an account without an employee', async () => {
    const res = await c.kasubbag!.get(`/api/v1/evaluation-team.xlsx?${Q1}`);
    expect(res.headers['content-disposition']).toBe('attachment; filename="penilaian-tim-2026-01-01-2026-03-31.xlsx"');
    const wb = await workbook(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Penilaian Tim', 'Kurva']);
    const rows = rowsOf(wb.getWorksheet('Penilaian Tim')!);
    expect(rows[1]).toEqual(['Pejabat penilai', 'Budi Santoso']);
    const people = rows.filter((r) => typeof r[0] === 'number').map((r) => r.slice(1, 8));
    expect(people.sort()).toEqual(
      [
        [t.fixture.people.staff1!.nip, 'Dewi Lestari', 'Pengadministrasi Perkantoran', 'Ditetapkan', 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 'Baik'],
        [t.fixture.people.staff2!.nip, 'Agus Salim', 'Pengadministrasi Perkantoran', 'Berjalan', 'Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Butuh Perbaikan'],
      ].sort(),
    );
    expect(await auditOf('evaluation.team_export')).toEqual([
      { actor_account_id: expect.any(String), entity: 'employee', entity_id: id('kasubbag'), data: { periodFrom: '2026-01-01', periodTo: '2026-03-31', rows: 2 } },
    ]);
    await refused(await c.auditor!.get(`/api/v1/evaluation-team.xlsx?${Q1}`), 403, 'FORBIDDEN');
    await refused(await c.kasubbag!.get('/api/v1/evaluation-team.xlsx?periodFrom=2026-01-01&periodTo=2026-02-28'), 400, 'VALIDATION');
  });
});
