import ExcelJS from 'exceljs';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { skpOverview } from './overview.js';
import { seedRegion } from './test-support.js';

/**
 * The agency overview on the fixture's Dinas Kesehatan with SKP in mixed states: the Kepala Dinas
 * approved (rated by the Sekda of another agency), the Sekretaris submitted, the Kasubbag approved,
 * staff1 a draft, staff2 returned, the admin and staff3 not started. staff3's penilai is the
 * Sekretaris (Plt Kepala Bidang over a vacant Kepala Seksi), whose SKP is not approved: the one
 * blocked person. The Sekretaris is not blocked (the Kepala Dinas's is approved), nor are the
 * Kasubbag's people, nor the Kepala Dinas (a JPT form needs no link).
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const skpOf: Record<string, string> = {};

async function setStatus(key: string, status: string, inForce: number | null) {
  await t.ctx.db.updateTable('skp').set({ status, version_in_force: inForce }).where('agency_id', '=', A).where('id', '=', skpOf[key]!).execute();
  await t.ctx.db.updateTable('skp_versions').set({ status }).where('agency_id', '=', A).where('skp_id', '=', skpOf[key]!).execute();
}

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  await seedRegion(t);
  const p = t.fixture.people;
  for (const key of ['adminA', 'adminB', 'bkdAdmin', 'auditor', 'staff1', 'kadisA']) c[key] = await signIn(t.app, p[key]!.nip);
  const posts: Record<string, string> = { kadisA: 'KADIS', sekretaris: 'SEKRETARIS', kasubbag: 'KASUBBAG', staff1: 'PENGADM', staff2: 'PENGADM' };
  for (const [key, post] of Object.entries(posts)) {
    const res = await c.adminA!.send('POST', `/api/v1/agencies/${A}/employees/${p[key]!.id}/skp`, {
      positionId: t.fixture.positions[post]!.id,
      periodFrom: '2026-01-01',
      pendekatan: 'kuantitatif',
      start: 'kosong',
    });
    expect(res.statusCode, res.body).toBe(201);
    skpOf[key] = res.json().skp.id;
  }
  await setStatus('kadisA', 'disetujui', 1);
  await setStatus('sekretaris', 'diajukan', null);
  await setStatus('kasubbag', 'disetujui', 1);
  await setStatus('staff2', 'dikembalikan', null);
}, 120_000);
afterAll(() => t.close());

const auditOf = (action: string) => t.ctx.db.selectFrom('audit_log').select(['actor_account_id', 'entity', 'entity_id', 'data']).where('action', '=', action).orderBy('at').orderBy('id').execute();
const readsBy = (key: string) =>
  t.ctx.db.selectFrom('personal_data_reads as r').innerJoin('accounts as a', 'a.id', 'r.reader_account_id').select(['r.employee_id', 'r.kind']).where('a.nip', '=', t.fixture.people[key]!.nip).execute();
const url = (year = 2026, ext = '') => `/api/v1/agencies/${A}/skp/overview${ext}?year=${year}`;
const counts = (employees: number, belum: number, draft: number, diajukan: number, dikembalikan: number, disetujui: number) => ({ employees, belum, draft, diajukan, dikembalikan, disetujui });

describe('GET /agencies/{agencyId}/skp/overview', () => {
  it('counts per unit of today’s chart, with the tree and the one blocked person', async () => {
    const res = await c.adminA!.get(url());
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o).toMatchObject({ year: 2026, asOf: '2026-11-23', agency: { id: A, code: 'DINKES' } });
    const unit = (code: string) => t.fixture.units[code]!.id;
    expect(o.units.map((u: { unitId: string; parentId: string | null; depth: number; counts: unknown }) => [u.unitId, u.parentId, u.depth, u.counts])).toEqual([
      [unit('DINKES'), null, 0, counts(1, 0, 0, 0, 0, 1)],
      [unit('DINKES-P2P'), unit('DINKES'), 1, counts(0, 0, 0, 0, 0, 0)],
      [unit('DINKES-SURV'), unit('DINKES-P2P'), 2, counts(1, 1, 0, 0, 0, 0)],
      [unit('DINKES-SEK'), unit('DINKES'), 1, counts(1, 0, 0, 1, 0, 0)],
      [unit('DINKES-UMUM'), unit('DINKES-SEK'), 2, counts(4, 1, 1, 0, 1, 1)],
    ]);
    expect(o.totals).toEqual(counts(7, 2, 1, 1, 1, 2));
    expect(o.blocked).toEqual([
      {
        employeeId: t.fixture.people.staff3!.id,
        name: 'Yohanes Dami',
        nip: t.fixture.people.staff3!.nip,
        unitId: unit('DINKES-SURV'),
        unitName: 'Seksi Surveilans dan Imunisasi',
        state: 'belum',
        penilaiEmployeeId: t.fixture.people.sekretaris!.id,
        penilaiName: 'Siti Rahmawati',
        penilaiSkpStatus: 'diajukan',
      },
    ]);
  });

  it('lists whom to remind: everyone whose SKP is not approved, by unit then name, with their penilai’s name and NIP', async () => {
    const p = t.fixture.people;
    const o = (await c.adminA!.get(url())).json();
    const unit = (code: string) => t.fixture.units[code]!.id;
    const r = (key: string, code: string, unitName: string, state: string, penilai: string) => ({
      employeeId: p[key]!.id,
      name: p[key]!.name,
      nip: p[key]!.nip,
      unitId: unit(code),
      unitName,
      state,
      penilaiName: p[penilai]!.name,
      penilaiNip: p[penilai]!.nip,
    });
    expect(o.reminders).toEqual([
      r('staff3', 'DINKES-SURV', 'Seksi Surveilans dan Imunisasi', 'belum', 'sekretaris'),
      r('sekretaris', 'DINKES-SEK', 'Sekretariat', 'diajukan', 'kadisA'),
      r('staff2', 'DINKES-UMUM', 'Subbagian Umum dan Kepegawaian', 'dikembalikan', 'kasubbag'),
      r('staff1', 'DINKES-UMUM', 'Subbagian Umum dan Kepegawaian', 'draft', 'kasubbag'),
      r('adminA', 'DINKES-UMUM', 'Subbagian Umum dan Kepegawaian', 'belum', 'kasubbag'),
    ]);
    // Approved drops out; another year everyone is to be reminded, the not-started Kepala Dinas without a penilai here.
    expect(o.reminders.length).toBe(o.totals.employees - o.totals.disetujui);
    const next = (await c.auditor!.get(url(2027))).json();
    expect(next.reminders.map((x: { name: string; state: string; penilaiName: string | null }) => [x.name, x.state, x.penilaiName])).toEqual([
      [p.kadisA!.name, 'belum', null],
      ['Yohanes Dami', 'belum', 'Siti Rahmawati'],
      ['Siti Rahmawati', 'belum', p.kadisA!.name],
      ['Agus Salim', 'belum', 'Budi Santoso'],
      ['Budi Santoso', 'belum', 'Siti Rahmawati'],
      ['Dewi Lestari', 'belum', 'Budi Santoso'],
      ['Rina Marlina', 'belum', 'Budi Santoso'],
    ]);
  });

  it('unblocks once the penilai’s SKP is approved, and lists a penilai without any SKP as not started', async () => {
    await setStatus('sekretaris', 'disetujui', 1);
    expect((await c.auditor!.get(url())).json().blocked).toEqual([]);
    await setStatus('sekretaris', 'diajukan', null);
    // Another year: nobody has an SKP, so the Kasubbag's people wait for an SKP that does not exist.
    const o = (await c.bkdAdmin!.get(url(2027))).json();
    expect(o.totals).toEqual(counts(7, 7, 0, 0, 0, 0));
    expect(o.blocked.map((b: { name: string; penilaiName: string; penilaiSkpStatus: string | null }) => [b.name, b.penilaiName, b.penilaiSkpStatus])).toEqual([
      ['Yohanes Dami', 'Siti Rahmawati', null],
      ['Siti Rahmawati', 'Hendra Wijaya', null],
      ['Agus Salim', 'Budi Santoso', null],
      ['Budi Santoso', 'Siti Rahmawati', null],
      ['Dewi Lestari', 'Budi Santoso', null],
      ['Rina Marlina', 'Budi Santoso', null],
    ]);
  });

  it('is for the agency’s readers only', async () => {
    for (const [who, status] of [['adminA', 200], ['bkdAdmin', 200], ['auditor', 200], ['adminB', 403], ['staff1', 403], ['kadisA', 403]] as const) {
      expect([who, (await c[who]!.get(url())).statusCode, (await c[who]!.get(url(2026, '.xlsx'))).statusCode]).toEqual([who, status, status]);
    }
    expect((await c.adminA!.get(`/api/v1/agencies/${A}/skp/overview?year=1999`)).statusCode).toBe(400);
  });

  it('downloads the same two tables as a workbook, audited, read of each person it names, typed text never a formula', async () => {
    const staff3 = t.fixture.people.staff3!;
    const auditsBefore = await auditOf('skp.overview_export');
    // A name typed as a formula stays text in the workbook.
    await t.ctx.db.updateTable('employees').set({ name: '=HYPERLINK("http://x","Yohanes")' }).where('agency_id', '=', A).where('id', '=', staff3.id).execute();
    let res;
    try {
      res = await c.adminA!.get(url(2026, '.xlsx'));
    } finally {
      await t.ctx.db.updateTable('employees').set({ name: 'Yohanes Dami' }).where('agency_id', '=', A).where('id', '=', staff3.id).execute();
    }
    const audits = await auditOf('skp.overview_export');
    expect(audits.slice(auditsBefore.length)).toEqual([{ actor_account_id: expect.any(String), entity: 'agency', entity_id: A, data: { year: 2026, employees: 7, blocked: 1, reminders: 5 } }]);
    // Every person named: the blocked and whom to remind (the reader themself not).
    const p = t.fixture.people;
    expect(new Set((await readsBy('adminA')).filter((r) => r.kind === 'skp').map((r) => r.employee_id))).toEqual(new Set([staff3.id, p.sekretaris!.id, p.staff2!.id, p.staff1!.id]));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="ringkasan-skp-dinkes-2026.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Terhambat', 'Belum Disetujui']);
    const summary = wb.getWorksheet('Ringkasan')!;
    const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(summary, 6)).toEqual(['Unit', 'Jumlah pegawai', 'Belum dibuat', 'Draf', 'Diajukan', 'Dikembalikan', 'Disetujui']);
    expect(values(summary, 11)).toEqual(['    Subbagian Umum dan Kepegawaian', 4, 1, 1, 0, 1, 1]);

    expect(values(summary, 12)).toEqual(['Total instansi', 7, 2, 1, 1, 1, 2]);
    const blocked = wb.getWorksheet('Terhambat')!;
    expect(blocked.rowCount).toBe(2);
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
    expect(values(blocked, 2)).toEqual([t.fixture.people.staff3!.nip, `'=HYPERLINK("http://x","Yohanes")`, 'Seksi Surveilans dan Imunisasi', 'Belum dibuat', 'Siti Rahmawati', 'Diajukan']);
    const remind = wb.getWorksheet('Belum Disetujui')!;
    expect(remind.rowCount).toBe(6);
    expect(values(remind, 1)).toEqual(['Unit', 'NIP', 'Nama', 'Status SKP', 'Pejabat penilai', 'NIP pejabat penilai']);
    expect(values(remind, 2)).toEqual(['Seksi Surveilans dan Imunisasi', staff3.nip, `'=HYPERLINK("http://x","Yohanes")`, 'Belum dibuat', 'Siti Rahmawati', p.sekretaris!.nip]);
    expect(values(remind, 6)).toEqual(['Subbagian Umum dan Kepegawaian', p.adminA!.nip, 'Rina Marlina', 'Belum dibuat', 'Budi Santoso', p.kasubbag!.nip]);
  });

  it('reads a fixed number of statements, not one per unit or person', async () => {
    let statements = 0;
    const counter: KyselyPlugin = { transformQuery: (args) => (statements++, args.node), transformResult: async (args) => args.result };
    await skpOverview(t.ctx, A, 2026); // today's chart is built once and cached, as in the app
    const counted = async () => {
      statements = 0;
      return skpOverview({ ...t.ctx, db: t.ctx.db.withPlugin(counter) }, A, 2026);
    };
    // The agency's clock, agency, units, posts, employees, and the SKP with their penilai.
    const plain = await counted();
    expect([statements, plain.totals.employees]).toEqual([6, 7]);
    // With the Kepala Dinas's SKP back in draft, one more: the SKP of the penilai in another agency
    // (the Sekda). A JPT form needs no link, so the Kepala Dinas is not blocked; the Sekretaris, whom
    // the Kepala Dinas rates, now is.
    await setStatus('kadisA', 'draft', null);
    const o = await counted();
    await setStatus('kadisA', 'disetujui', 1);
    expect([statements, o.blocked.map((b) => b.name)]).toEqual([7, ['Yohanes Dami', 'Siti Rahmawati']]);
  });
});
