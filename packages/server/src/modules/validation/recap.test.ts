import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { approveOverdue } from './auto-approve.js';
import { decide, fresh, people, slots, statusOf, submitEntries, wib } from './test-support.js';

/**
 * A known November at Dinas Kesehatan, built step by step on the clock (validation window: 5
 * working days from the day of submission):
 * - Wed 18: Dewi (staff1) sends 3 entries (due Wed 25).  Thu 19: Agus (staff2) sends 2 (due Thu 26).
 * - Fri 20: the Kasubbag approves 2 of Dewi's; Rina (adminA) sends 1 (due Fri 27).
 * - Mon 23: the Kasubbag rejects Rina's; the Kepala Dinas sends 1 (approved automatically);
 *   Yohanes (staff3) sends 1, approved the same day by the Plt Kabid (Sekretaris).
 * - Fri 27: the Kasubbag returns Dewi's third entry, two days late; Agus's two are still pending.
 */
let t: TestApp;
let as: ReturnType<typeof people>;
let A: string;
const e: Record<string, string[]> = {};
const id = (person: string) => t.fixture.people[person]!.id;

beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
  A = t.fixture.agencyIds.A;
  t.setNow(wib('2026-11-18'));
  e.staff1 = await submitEntries(await fresh(t, 'staff1'), '2026-11-18', slots(3));
  t.setNow(wib('2026-11-19'));
  e.staff2 = await submitEntries(await fresh(t, 'staff2'), '2026-11-19', slots(2));
  t.setNow(wib('2026-11-20'));
  const boss20 = await fresh(t, 'kasubbag');
  for (const entry of e.staff1.slice(0, 2)) expect((await decide(boss20, entry, { decision: 'approved' })).statusCode).toBe(200);
  e.adminA = await submitEntries(await fresh(t, 'adminA'), '2026-11-20', slots(1));
  t.setNow(wib('2026-11-23'));
  expect((await decide(await as('kasubbag'), e.adminA[0]!, { decision: 'rejected', note: 'Bukan tugas jabatan ini.' })).statusCode).toBe(200);
  e.kadisA = await submitEntries(await as('kadisA'), '2026-11-23', slots(1));
  e.staff3 = await submitEntries(await as('staff3'), '2026-11-23', [{ code: 'KES-001' }]);
  expect((await decide(await as('sekretaris'), e.staff3[0]!, { decision: 'approved' })).statusCode).toBe(200);
});
afterAll(() => t.close());

type Rate = { supervisor: { employeeId: string; name: string }; reached: number; onTime: number; late: number; pending: number; rate: number | null };
const rateRow = (items: Rate[], person: string) => items.find((r) => r.supervisor.employeeId === id(person));

describe('on-time validation rates', () => {
  it('while nothing is overdue, what is decided counts on time and the rest is pending', async () => {
    const res = await (await as('adminA')).get('/api/v1/validation/rates?month=2026-11');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Rate[];
    expect(rateRow(items, 'kasubbag')).toMatchObject({ supervisor: { name: 'Budi Santoso' }, reached: 6, onTime: 3, late: 0, pending: 3, rate: 1 });
    expect(rateRow(items, 'sekretaris')).toMatchObject({ reached: 1, onTime: 1, late: 0, pending: 0, rate: 1 });
    // The Kepala Dinas's entry was approved at submission: it reached nobody.
    expect(items.map((r) => r.supervisor.name).sort()).toEqual(['Budi Santoso', 'Siti Rahmawati']);
  });

  it('a decision after the due day is late, and so is an entry still pending after it', async () => {
    t.setNow(wib('2026-11-27'));
    expect((await decide(await fresh(t, 'kasubbag'), e.staff1![2]!, { decision: 'returned', note: 'Lampirkan notulen.' })).statusCode).toBe(200);
    const items = (await (await fresh(t, 'adminA')).get('/api/v1/validation/rates?month=2026-11')).json().items as Rate[];
    expect(rateRow(items, 'kasubbag')).toMatchObject({ reached: 6, onTime: 3, late: 3, pending: 0, rate: 0.5 });
    expect(rateRow(items, 'sekretaris')).toMatchObject({ rate: 1 });
  });

  it('a supervisor sees only their own rate; someone without subordinates a row of zeros; another agency nothing', async () => {
    const own = (await (await fresh(t, 'kasubbag')).get('/api/v1/validation/rates?month=2026-11')).json();
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ supervisor: { employeeId: id('kasubbag') }, rate: 0.5 });
    const staff = (await (await fresh(t, 'staff1')).get('/api/v1/validation/rates?month=2026-11')).json();
    expect(staff.items).toEqual([{ supervisor: expect.objectContaining({ employeeId: id('staff1') }), reached: 0, onTime: 0, late: 0, pending: 0, rate: null }]);
    expect((await (await fresh(t, 'teacherB')).get(`/api/v1/validation/rates?month=2026-11&agencyId=${A}`)).statusCode).toBe(403);
    expect((await (await fresh(t, 'adminB')).get(`/api/v1/validation/rates?month=2026-11&agencyId=${A}`)).statusCode).toBe(403);
    const auditor = await fresh(t, 'auditor');
    expect((await auditor.get('/api/v1/validation/rates?month=2026-11')).statusCode).toBe(400);
    expect((await auditor.get(`/api/v1/validation/rates?month=2026-11&agencyId=${A}`)).json().items).toHaveLength(2);
    expect((await auditor.get(`/api/v1/validation/rates?month=2026-13&agencyId=${A}`)).statusCode).toBe(400);
  });
});

describe('monthly recap', () => {
  const target = 21 * 510;

  it('counts per employee, unit and agency; approved minutes against the month’s target', async () => {
    const res = await (await fresh(t, 'adminA')).get(`/api/v1/agencies/${A}/validation/recap?month=2026-11`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ month: '2026-11', agency: { id: A, code: 'DINKES' }, unit: null, workingDays: 21, targetMinutesPerEmployee: target });
    expect(r.totals).toEqual({ employees: 7, submitted: 8, approved: 4, rejected: 1, returned: 1, pending: 2, approvedMinutes: 270, targetMinutes: 7 * target });
    const byName = Object.fromEntries(r.employees.map((x: { name: string }) => [x.name, x]));
    expect(byName['Dewi Lestari']).toMatchObject({ unitName: 'Subbagian Umum dan Kepegawaian', submitted: 3, approved: 2, returned: 1, rejected: 0, pending: 0, approvedMinutes: 120, targetMinutes: target, achievement: 120 / target });
    expect(byName['Agus Salim']).toMatchObject({ submitted: 2, pending: 2, approvedMinutes: 0, achievement: 0 });
    expect(byName['Rina Marlina']).toMatchObject({ submitted: 1, rejected: 1 });
    expect(byName['Hendra Wijaya']).toMatchObject({ unitName: 'Dinas Kesehatan', submitted: 1, approved: 1, approvedMinutes: 60 });
    expect(byName['Yohanes Dami']).toMatchObject({ unitName: 'Seksi Surveilans dan Imunisasi', approved: 1, approvedMinutes: 90 });
    expect(byName['Budi Santoso']).toMatchObject({ submitted: 0, approvedMinutes: 0 });
    expect(r.units.map((u: { unitName: string; depth: number; employees: number; submitted: number }) => [u.unitName, u.depth, u.employees, u.submitted])).toEqual([
      ['Dinas Kesehatan', 0, 1, 1],
      ['Bidang Pencegahan dan Pengendalian Penyakit', 1, 0, 0],
      ['Seksi Surveilans dan Imunisasi', 2, 1, 1],
      ['Sekretariat', 1, 1, 0],
      ['Subbagian Umum dan Kepegawaian', 2, 4, 6],
    ]);
    expect(rateRow(r.supervisors, 'kasubbag')).toMatchObject({ reached: 6, onTime: 3, late: 3, rate: 0.5 });
  });

  it('narrows to a unit and everything below it', async () => {
    const r = (await (await fresh(t, 'auditor')).get(`/api/v1/agencies/${A}/validation/recap?month=2026-11&unitId=${t.fixture.units['DINKES-SEK']!.id}`)).json();
    expect(r.unit).toEqual({ id: t.fixture.units['DINKES-SEK']!.id, name: 'Sekretariat' });
    expect(r.units.map((u: { unitName: string }) => u.unitName)).toEqual(['Sekretariat', 'Subbagian Umum dan Kepegawaian']);
    expect(r.totals).toMatchObject({ employees: 5, submitted: 6, approved: 2, rejected: 1, returned: 1, pending: 2, approvedMinutes: 120 });
    expect(r.supervisors.map((s: Rate) => s.supervisor.name)).toEqual(['Budi Santoso']);
  });

  it('another month is empty but still lists people and the target; an unknown unit is 404', async () => {
    const admin = await fresh(t, 'adminA');
    const dec = (await admin.get(`/api/v1/agencies/${A}/validation/recap?month=2026-12`)).json();
    expect(dec).toMatchObject({ workingDays: 21, totals: { submitted: 0, approvedMinutes: 0 } });
    expect((await admin.get(`/api/v1/agencies/${A}/validation/recap?month=2026-11&unitId=${t.fixture.units.DISDIK!.id}`)).statusCode).toBe(404);
  });

  it('is for the agency’s admins and auditors and the BKD only', async () => {
    const expected: [string, number][] = [
      ['adminA', 200],
      ['auditor', 200],
      ['bkdAdmin', 200],
      ['adminB', 403],
      ['kasubbag', 403],
      ['staff1', 403],
      ['kadisA', 403],
    ];
    for (const [person, status] of expected) {
      const c = await fresh(t, person);
      expect([person, (await c.get(`/api/v1/agencies/${A}/validation/recap?month=2026-11`)).statusCode]).toEqual([person, status]);
      expect([person, (await c.get(`/api/v1/agencies/${A}/validation/recap.xlsx?month=2026-11`)).statusCode]).toEqual([person, status]);
    }
  });

  it('downloads as XLSX that opens with the same numbers, as numbers', async () => {
    const res = await (await fresh(t, 'adminA')).get(`/api/v1/agencies/${A}/validation/recap.xlsx?month=2026-11`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="rekap-validasi-dinkes-2026-11.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Pegawai', 'Atasan']);
    const values = (sheet: string) => {
      const rows: unknown[][] = [];
      wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };

    const summary = values('Ringkasan');
    expect(summary[0]).toEqual(['Rekap validasi kegiatan harian']);
    expect(summary).toContainEqual(['Hari kerja', 21]);
    expect(summary[5]).toEqual(['Unit', 'Jumlah pegawai', 'Diajukan', 'Disetujui', 'Ditolak', 'Dikembalikan', 'Menunggu', 'Menit disetujui', 'Target menit', 'Capaian']);
    expect(summary.at(-1)).toEqual(['Total instansi', 7, 8, 4, 1, 1, 2, 270, 7 * target, 270 / (7 * target)]);
    expect(summary).toContainEqual(['    Subbagian Umum dan Kepegawaian', 4, 6, 2, 1, 1, 2, 120, 4 * target, 120 / (4 * target)]);

    const staff = values('Pegawai');
    expect(staff[0]).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit', 'Diajukan', 'Disetujui', 'Ditolak', 'Dikembalikan', 'Menunggu', 'Menit disetujui', 'Target menit', 'Capaian']);
    const dewi = staff.find((r) => r[1] === 'Dewi Lestari')!;
    expect(dewi).toEqual([t.fixture.people.staff1!.nip, 'Dewi Lestari', 'Pengadministrasi Perkantoran', 'Subbagian Umum dan Kepegawaian', 3, 2, 0, 1, 0, 120, target, 120 / target]);
    expect(typeof dewi[0]).toBe('string');
    expect(staff).toHaveLength(8);

    const bosses = values('Atasan');
    expect(bosses[0]).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit', 'Kegiatan masuk', 'Divalidasi tepat waktu', 'Terlambat', 'Belum jatuh tempo', 'Ketepatan validasi']);
    expect(bosses.find((r) => r[1] === 'Budi Santoso')).toEqual([t.fixture.people.kasubbag!.nip, 'Budi Santoso', 'Kepala Subbagian Umum dan Kepegawaian', 'Subbagian Umum dan Kepegawaian', 6, 3, 3, 0, 0.5]);
  });
});

describe('after the validation window', () => {
  it("'leave' keeps entries pending; 'approve' approves them automatically once the due day has passed, counted late", async () => {
    t.setNow(wib('2026-11-23'));
    const set = await (await fresh(t, 'adminB')).send('PUT', `/api/v1/agencies/${t.fixture.agencyIds.B}/journal-settings`, { afterValidationWindow: 'approve' });
    expect(set.json().afterValidationWindow).toBe('approve');
    const [entry] = await submitEntries(await fresh(t, 'teacherB'), '2026-11-23', slots(1));
    t.setNow(wib('2026-11-30', '23:00'));
    expect(await approveOverdue(t.ctx)).toBe(0);
    t.setNow(wib('2026-12-01', '00:10'));
    expect(await approveOverdue(t.ctx)).toBe(1);
    expect(await approveOverdue(t.ctx)).toBe(0);
    expect(await statusOf(t, entry!)).toBe('approved');
    const decision = await t.ctx.db.selectFrom('entry_decisions').selectAll().where('entry_id', '=', entry!).executeTakeFirstOrThrow();
    expect(decision).toMatchObject({ decision: 'approved', capacity: 'automatic', auto_reason: 'window', decided_by_employee_id: null });
    const history = (await (await fresh(t, 'teacherB')).get(`/api/v1/agencies/${t.fixture.agencyIds.B}/entries/${entry}/history`)).json();
    expect(history.events.map((x: { action: string }) => x.action)).toEqual(['created', 'submitted', 'auto_approved']);
    expect(history.events[2].data).toMatchObject({ capacity: 'automatic', autoReason: 'window', note: 'Disetujui otomatis: batas waktu validasi atasan terlewati.' });
    // Dinas Kesehatan leaves them: Agus's entries are long overdue and still wait.
    for (const x of e.staff2!) expect(await statusOf(t, x)).toBe('submitted');
    const rates = (await (await fresh(t, 'adminB')).get('/api/v1/validation/rates?month=2026-11')).json().items as Rate[];
    expect(rateRow(rates, 'kadisB')).toMatchObject({ reached: 1, onTime: 0, late: 1, rate: 0 });
  });
});
