import { randomUUID } from 'node:crypto';
import type { AlertsAnswer, AttendanceMonthAnswer, AttendanceRecapAnswer, LeaveRequest, SchedulesAnswer, TeamDayAnswer } from '@kinerja/core/api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { raiseAlerts } from './alerts.js';
import { addMachine, addPunches, fullMonth } from './test-support.js';

let t: TestApp;
let A: string;
let staff1: Client;
let staff3: Client;
let kasubbag: Client;
let sekretaris: Client;
let adminA: Client;
let adminB: Client;
let bkd: Client;
let auditor: Client;

// Eight working days of November without a punch for staff2: the 7–10 day bracket of PP 94/2021.
const STAFF2_ABSENT = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18'];

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  const p = t.fixture.people;
  const machine = await addMachine(t, A);
  await addPunches(t, A, machine, p.staff1!, fullMonth('2026-11-02', '2026-11-30', { '2026-11-04': ['08:15', '16:40'], '2026-11-05': [] }));
  await addPunches(t, A, machine, p.staff2!, fullMonth('2026-11-02', '2026-11-30', Object.fromEntries(STAFF2_ABSENT.map((d) => [d, []]))));
  await addPunches(t, A, machine, p.staff3!, fullMonth('2026-11-02', '2026-11-30', { '2026-11-25': [], '2026-11-26': [] }));
  t.setNow(new Date('2026-12-01T03:00:00Z')); // Tuesday 1 December, 10:00 WIB: November is over
  staff1 = await signIn(t.app, p.staff1!.nip);
  staff3 = await signIn(t.app, p.staff3!.nip);
  kasubbag = await signIn(t.app, p.kasubbag!.nip);
  sekretaris = await signIn(t.app, p.sekretaris!.nip);
  adminA = await signIn(t.app, p.adminA!.nip);
  adminB = await signIn(t.app, p.adminB!.nip);
  bkd = await signIn(t.app, p.bkdAdmin!.nip);
  auditor = await signIn(t.app, p.auditor!.nip);
});
afterAll(() => t.close());

describe('a late arrival', () => {
  it("shows TL2 on the supervisor's team view of that day", async () => {
    const res = await kasubbag.get('/api/v1/attendance/team/today?date=2026-11-04');
    expect(res.statusCode).toBe(200);
    const team = res.json() as TeamDayAnswer;
    const dewi = team.items.find((i) => i.employee.id === t.fixture.people.staff1!.id)!;
    expect(dewi.state).toBe('late');
    expect(dewi.day.late).toBe('TL2');
    expect(dewi.day.minutesLate).toBe(45);
    expect(dewi.day.arrival).toBe('08:15');
    expect(team.counts.late).toBeGreaterThanOrEqual(1);
    // Not the supervisor of staff1: their team holds no Dewi.
    const other = (await sekretaris.get('/api/v1/attendance/team/today?date=2026-11-04')).json() as TeamDayAnswer;
    expect(other.items.some((i) => i.employee.id === t.fixture.people.staff1!.id)).toBe(false);
  });

  it("shows TL2 on the employee's month, and the month's counts", async () => {
    const res = await staff1.get('/api/v1/attendance/me/month?month=2026-11');
    expect(res.statusCode).toBe(200);
    const m = res.json() as AttendanceMonthAnswer;
    const day4 = m.days.find((d) => d.date === '2026-11-04')!;
    expect(day4.codes).toEqual(['TL2']);
    expect(m.days.find((d) => d.date === '2026-11-05')!.codes).toEqual(['TK']);
    expect(m.summary).toMatchObject({ scheduledDays: 21, present: 20, onTime: 19, tk: 1, minutesLate: 45 });
    expect(m.summary.late.TL2).toBe(1);
    // The supervisor and the agency's readers see the same month; another agency's admin does not.
    const url = `/api/v1/agencies/${A}/employees/${t.fixture.people.staff1!.id}/attendance/month?month=2026-11`;
    for (const c of [kasubbag, adminA, bkd, auditor]) expect((await c.get(url)).json().summary.late.TL2).toBe(1);
    expect((await adminB.get(url)).statusCode).toBe(403);
    expect((await staff3.get(url)).statusCode).toBe(403);
    expect((await staff1.get('/api/v1/attendance/me/month?month=2027-01')).statusCode).toBe(400);
  });
});

describe('PP 94/2021 alerts', () => {
  it('8 TK days raise the 7–10 day alert once, for the employee, the supervisor and the BKD', async () => {
    expect(await raiseAlerts(t.ctx, A)).toBeGreaterThan(0);
    expect(await raiseAlerts(t.ctx, A)).toBe(0);
    const id = t.fixture.people.staff2!.id;
    const staff2 = await signIn(t.app, t.fixture.people.staff2!.nip);
    const mine = ((await staff2.get('/api/v1/attendance/alerts')).json() as AlertsAnswer).items.filter((a) => a.employee.id === id);
    expect(mine.map((a) => a.code).sort()).toEqual(['TK_3', 'TK_4', 'TK_7']);
    expect(mine.find((a) => a.code === 'TK_7')).toMatchObject({ recipient: 'employee', days: 7, reachedOn: '2026-11-17', level: 'ringan' });
    const sup = ((await kasubbag.get('/api/v1/attendance/alerts')).json() as AlertsAnswer).items.filter((a) => a.employee.id === id && a.code === 'TK_7');
    expect(sup).toHaveLength(1);
    expect(sup[0]!.recipient).toBe('supervisor');
    const province = ((await bkd.get('/api/v1/attendance/alerts')).json() as AlertsAnswer).items.filter((a) => a.employee.id === id && a.code === 'TK_7');
    expect(province.map((a) => a.recipient)).toEqual(['bkd']);
    const rows = await t.ctx.db.selectFrom('attendance_alerts').select('recipient').where('employee_id', '=', id).where('code', '=', 'TK_7').execute();
    expect(rows.map((r) => r.recipient).sort()).toEqual(['bkd', 'employee', 'supervisor']);
    // Someone else's alerts are not shown to an unrelated employee.
    expect(((await staff1.get('/api/v1/attendance/alerts')).json() as AlertsAnswer).items.some((a) => a.employee.id === id)).toBe(false);
  });
});

describe('the monthly recap', () => {
  it('gives the same numbers as JSON and as XLSX, per unit', async () => {
    const unit = t.fixture.units['DINKES-UMUM']!.id;
    const json = (await adminA.get(`/api/v1/agencies/${A}/attendance/recap?month=2026-11&unitId=${unit}`)).json() as AttendanceRecapAnswer;
    const names = json.rows.map((r) => r.employee.id);
    expect(names).toContain(t.fixture.people.staff1!.id);
    expect(names).not.toContain(t.fixture.people.staff3!.id);
    const res = await adminA.get(`/api/v1/agencies/${A}/attendance/recap.xlsx?month=2026-11&unitId=${unit}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Rekap kehadiran')!;
    const header = (ws.getRow(7).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const rowOf = (nip: string) => {
      for (let r = 8; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === nip) return ws.getRow(r);
      throw new Error(`no row for ${nip}`);
    };
    const dewi = rowOf(t.fixture.people.staff1!.nip);
    expect([dewi.getCell(col('Hari kerja')).value, dewi.getCell(col('Hadir')).value, dewi.getCell(col('TL2')).value, dewi.getCell(col('TK')).value, dewi.getCell(col('Menit terlambat')).value]).toEqual([21, 20, 1, 1, 45]);
    const agus = rowOf(t.fixture.people.staff2!.nip);
    expect(agus.getCell(col('TK')).value).toBe(8);
    expect(ws.rowCount - 7).toBe(json.rows.length);
    expect((await staff1.get(`/api/v1/agencies/${A}/attendance/recap?month=2026-11`)).statusCode).toBe(403);
    expect((await adminB.get(`/api/v1/agencies/${A}/attendance/recap.xlsx?month=2026-11`)).statusCode).toBe(403);
  });
});

describe('leave and permissions', () => {
  it('are approved by the direct supervisor (a Plt over a vacancy), and the days become leave', async () => {
    const body = { requestId: randomUUID(), typeCode: 'cuti_tahunan', from: '2026-11-25', to: '2026-11-26', reason: 'Urusan keluarga' };
    const created = await staff3.send('POST', '/api/v1/attendance/leave-requests', body);
    expect(created.statusCode).toBe(201);
    const req = created.json() as LeaveRequest;
    // staff3's Seksi head is vacant: the Plt Kabid (the Sekretaris) decides.
    expect(req.approver?.id).toBe(t.fixture.people.sekretaris!.id);
    expect((await staff3.send('POST', '/api/v1/attendance/leave-requests', body)).json().id).toBe(req.id);
    expect((await staff3.send('POST', '/api/v1/attendance/leave-requests', { ...body, requestId: randomUUID() })).statusCode).toBe(409);
    const team = (await sekretaris.get('/api/v1/attendance/leave-requests?scope=team&status=pending')).json().items as LeaveRequest[];
    expect(team.map((r) => r.id)).toContain(req.id);
    for (const c of [kasubbag, adminA, staff3]) expect((await c.send('POST', `/api/v1/attendance/leave-requests/${req.id}/decision`, { decision: 'approve' })).statusCode).toBe(403);
    const decided = await sekretaris.send('POST', `/api/v1/attendance/leave-requests/${req.id}/decision`, { decision: 'approve', note: 'Disetujui' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'approved', decidedBy: { id: t.fixture.people.sekretaris!.id } });
    expect((await sekretaris.send('POST', `/api/v1/attendance/leave-requests/${req.id}/decision`, { decision: 'reject' })).statusCode).toBe(409);
    const m = (await staff3.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    expect(m.days.find((d) => d.date === '2026-11-25')).toMatchObject({ kind: 'leave', codes: ['CUTI_TAHUNAN'] });
    expect(m.summary).toMatchObject({ tk: 0, leaveExcused: 2 });
    const agency = (await adminA.get(`/api/v1/agencies/${A}/attendance/leave-requests?month=2026-11`)).json().items as LeaveRequest[];
    expect(agency.map((r) => r.id)).toContain(req.id);
  });

  it('refuse bad input with 400 and an attachment someone else uploaded', async () => {
    const bad = await staff1.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode: 'cuti_tahunan', from: '2026-11-26', to: '2026-11-25', reason: 'x'.repeat(5) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION');
    const sha = await staff3.upload(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'application/pdf').catch(() => 'f'.repeat(64));
    const foreign = await staff1.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode: 'cuti_sakit', from: '2026-11-27', to: '2026-11-27', reason: 'Sakit demam', attachmentSha256: sha });
    expect(foreign.statusCode).toBe(400);
    expect((await staff1.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode: 'liburan', from: '2026-11-27', to: '2026-11-27', reason: 'Liburan' })).statusCode).toBe(400);
  });
});

describe('schedules admin', () => {
  it('stores a schedule and its assignment, and the days are judged with it', async () => {
    const ramadan = (await adminA.get(`/api/v1/agencies/${A}/attendance/schedules`)).json() as SchedulesAnswer;
    expect(ramadan.schedules.map((s) => s.id)).toEqual(['perpres-21-2023']);
    const preset = ramadan.presets.find((s) => s.id === 'perpres-21-2023')!;
    expect(preset.weeklyNetMinutes).toBe(2250);
    const put = await adminA.send('PUT', `/api/v1/agencies/${A}/attendance/schedules/kantor`, { name: 'Jam kantor', timeZone: 'WIB', observesHolidays: true, pattern: preset.pattern });
    expect(put.statusCode).toBe(200);
    const late = { ...preset.pattern, days: { ...(preset.pattern as { days: Record<string, unknown> }).days, wed: { code: 'K', name: 'Rabu siang', start: '09:00', end: '17:00' } } };
    expect((await adminA.send('PUT', `/api/v1/agencies/${A}/attendance/schedules/rabu-siang`, { name: 'Rabu mulai 09:00', timeZone: 'WIB', observesHolidays: true, pattern: late })).statusCode).toBe(200);
    expect((await adminA.send('POST', `/api/v1/agencies/${A}/attendance/schedule-assignments`, { scheduleId: 'kantor', scope: { kind: 'agency' }, from: '2026-01-01' })).statusCode).toBe(201);
    const one = await adminA.send('POST', `/api/v1/agencies/${A}/attendance/schedule-assignments`, { scheduleId: 'rabu-siang', scope: { kind: 'employee', employeeId: t.fixture.people.staff1!.id }, from: '2026-11-04', to: '2026-11-04' });
    expect(one.statusCode).toBe(201);
    const m = (await staff1.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    // 08:15 against a 09:00 start is on time; leaving 16:40 against 17:00 is PSW1.
    expect(m.days.find((d) => d.date === '2026-11-04')!.codes).toEqual(['PSW1']);
    expect((await adminA.send('DELETE', `/api/v1/agencies/${A}/attendance/schedule-assignments/${one.json().id}`)).statusCode).toBe(204);
    const back = (await staff1.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    expect(back.days.find((d) => d.date === '2026-11-04')!.codes).toEqual(['TL2']);
    // A shift core refuses, an unknown schedule, another agency's admin.
    const broken = await adminA.send('PUT', `/api/v1/agencies/${A}/attendance/schedules/rusak`, { name: 'Rusak', timeZone: 'WIB', observesHolidays: true, pattern: { kind: 'weekly', days: { mon: { code: 'K', name: 'x', start: '07:30', end: '16:00', breaks: [['17:00', '18:00']] } } } });
    expect(broken.statusCode).toBe(400);
    expect((await adminA.send('POST', `/api/v1/agencies/${A}/attendance/schedule-assignments`, { scheduleId: 'tidak-ada', scope: { kind: 'agency' }, from: '2026-01-01' })).statusCode).toBe(400);
    expect((await adminB.send('PUT', `/api/v1/agencies/${A}/attendance/schedules/kantor`, { name: 'x', timeZone: 'WIB', observesHolidays: true, pattern: preset.pattern })).statusCode).toBe(403);
  });
});
