import { randomUUID } from 'node:crypto';
import { KEMENTAN_RULES, TTU_RULES, TULANG_BAWANG_RULES } from '@kinerja/core';
import type { AgencyLeaveTypesAnswer, AttendanceMonthAnswer, AttendanceRecapAnswer, AttendanceRulesAnswer, LeaveTypesAnswer } from '@kinerja/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { addMachine, addPunches, fullMonth } from './test-support.js';

// An agency's own TL/PSW table and leave catalogue: chosen, edited, checked, and used by the days.
let t: TestApp;
let A: string;
let staff1: Client;
let adminA: Client;
let adminB: Client;
let auditor: Client;
const base = () => `/api/v1/agencies/${A}/attendance`;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  const p = t.fixture.people;
  const machine = await addMachine(t, A);
  // 45 minutes late on Wednesday 4 November and Wednesday 2 December.
  await addPunches(t, A, machine, p.staff1!, fullMonth('2026-11-02', '2026-12-04', { '2026-11-04': ['08:15', '16:40'], '2026-12-02': ['08:15', '16:40'] }));
  t.setNow(new Date('2026-12-07T03:00:00Z')); // Monday 7 December, 10:00 WIB
  staff1 = await signIn(t.app, p.staff1!.nip);
  adminA = await signIn(t.app, p.adminA!.nip);
  adminB = await signIn(t.app, p.adminB!.nip);
  auditor = await signIn(t.app, p.auditor!.nip);
});
afterAll(() => t.close());

const dayOf = async (month: string, date: string) => ((await staff1.get(`/api/v1/attendance/me/month?month=${month}`)).json() as AttendanceMonthAnswer).days.find((d) => d.date === date)!;

describe('the discipline table', () => {
  it('is Kementan until the agency chooses, and the three shipped tables are offered', async () => {
    const res = await auditor.get(`${base()}/rules`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as AttendanceRulesAnswer;
    expect(body.versions).toEqual([]);
    expect(body.inForce).toEqual({ month: null, rules: KEMENTAN_RULES });
    expect(body.presets.map((r) => r.id)).toEqual(['tulang-bawang', 'ttu', 'kementan']);
    expect(body.leaveTypes.stored).toBe(false);
    expect((await dayOf('2026-11', '2026-11-04')).late).toBe('TL2');
  });

  it('a table chosen from December judges December by it and leaves November as it was', async () => {
    const res = await adminA.send('PUT', `${base()}/rules/2026-12`, { rules: TTU_RULES });
    expect(res.statusCode, res.body).toBe(200);
    const body = (await adminA.get(`${base()}/rules`)).json() as AttendanceRulesAnswer;
    expect(body.inForce).toEqual({ month: '2026-12', rules: TTU_RULES });
    expect(body.versions.map((v) => v.month)).toEqual(['2026-12']);
    // 45 minutes: Kementan TL2 (31–60) in November, TTU TL3 (31 and more) in December.
    expect((await dayOf('2026-11', '2026-11-04')).late).toBe('TL2');
    expect((await dayOf('2026-12', '2026-12-02')).late).toBe('TL3');
    const recap = (await adminA.get(`${base()}/recap?month=2026-12`)).json() as AttendanceRecapAnswer;
    expect(recap.rules.id).toBe('ttu');
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action']).where('action', '=', 'attendance.rules.set').execute();
    expect(audit).toHaveLength(1);
  });

  it('an edited edge moves a day into another band', async () => {
    const edited = { ...TULANG_BAWANG_RULES, id: 'tulang-bawang-ubah', name: 'Tulang Bawang, TL1 sampai 45 menit' };
    edited.late = { ...edited.late, bands: [{ code: 'TL1', from: 1, to: 45, percent: 0.5 }, { code: 'TL2', from: 46, to: 60, percent: 1 }, ...edited.late.bands.slice(2)] };
    const put = await adminA.send('PUT', `${base()}/rules/2026-11`, { rules: edited });
    expect(put.statusCode, put.body).toBe(200);
    const nov = await dayOf('2026-11', '2026-11-04');
    expect([nov.late, nov.minutesLate]).toEqual(['TL1', 45]);
    expect((await dayOf('2026-12', '2026-12-02')).late).toBe('TL3');
    expect((await adminA.send('DELETE', `${base()}/rules/2026-11`)).statusCode).toBe(204);
    expect((await dayOf('2026-11', '2026-11-04')).late).toBe('TL2');
    expect((await adminA.send('DELETE', `${base()}/rules/2026-11`)).statusCode).toBe(404);
  });

  it('refuses a table with a gap, a falling amount, or an open band before the last, with the reasons', async () => {
    const gap = { ...KEMENTAN_RULES, late: { ...KEMENTAN_RULES.late, bands: [{ code: 'TL1', from: 1, to: 30, percent: 0.5 }, { code: 'TL2', from: 32, to: null, percent: 1 }] } };
    const falling = { ...KEMENTAN_RULES, early: { ...KEMENTAN_RULES.early, bands: [{ code: 'PSW1', from: 1, to: 30, percent: 2 }, { code: 'PSW2', from: 31, to: null, percent: 1 }] } };
    const open = { ...KEMENTAN_RULES, late: { ...KEMENTAN_RULES.late, bands: [{ code: 'TL1', from: 1, to: null, percent: 0.5 }, { code: 'TL2', from: 31, to: null, percent: 1 }] } };
    for (const [rules, message] of [
      [gap, /TL2: harus mulai menit ke-31/],
      [falling, /PSW2: persen tidak boleh turun/],
      [open, /TL1: batas atas/],
    ] as const) {
      const res = await adminA.send('PUT', `${base()}/rules/2027-01`, { rules });
      expect(res.statusCode).toBe(400);
      const body = (res.json() as { error: { code: string; message: string; details: { field: string }[] } }).error;
      expect(body.code).toBe('VALIDATION');
      expect(body.message).toMatch(message);
      expect(body.details[0]!.field).toBe('rules');
    }
    expect((await adminA.send('PUT', `${base()}/rules/2027-01`, { rules: { ...KEMENTAN_RULES, base: 'gaji' } })).statusCode).toBe(400);
    expect(((await adminA.get(`${base()}/rules`)).json() as AttendanceRulesAnswer).versions.map((v) => v.month)).toEqual(['2026-12']);
  });

  it("only the agency's admins and the BKD may change it", async () => {
    expect((await adminB.send('PUT', `${base()}/rules/2027-02`, { rules: KEMENTAN_RULES })).statusCode).toBe(403);
    expect((await auditor.send('PUT', `${base()}/rules/2027-02`, { rules: KEMENTAN_RULES })).statusCode).toBe(403);
    expect((await staff1.get(`${base()}/rules`)).statusCode).toBe(403);
  });
});

describe('the leave catalogue', () => {
  it("says how a type's days count, and the employee asks only for active types", async () => {
    const before = (await adminA.get(`${base()}/rules`)).json() as AttendanceRulesAnswer;
    const items = [
      ...before.leaveTypes.items.map((i) => (i.code === 'izin' ? { ...i, active: false } : i.code === 'dinas_luar' ? { ...i, counts: 'absent_excused' as const } : i)),
      { code: 'wfa', name: 'Bekerja dari mana saja (WFA)', counts: 'present' as const, active: true },
    ];
    const res = await adminA.send('PUT', `${base()}/leave-types`, { items });
    expect(res.statusCode).toBe(200);
    const stored = res.json() as AgencyLeaveTypesAnswer;
    expect(stored.stored).toBe(true);
    expect(stored.items.find((i) => i.code === 'wfa')).toEqual({ code: 'wfa', name: 'Bekerja dari mana saja (WFA)', counts: 'present', active: true });
    const offered = ((await staff1.get('/api/v1/attendance/leave-types')).json() as LeaveTypesAnswer).items;
    expect(offered.some((i) => i.code === 'izin')).toBe(false);
    expect(offered.find((i) => i.code === 'dinas_luar')!.counts).toBe('absent_excused');
    expect(offered.some((i) => i.code === 'wfa')).toBe(true);
    const izin = await staff1.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode: 'izin', from: '2026-12-08', to: '2026-12-08', reason: 'Keperluan keluarga' });
    expect(izin.statusCode).toBe(400);
    const wfa = await staff1.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode: 'wfa', from: '2026-12-09', to: '2026-12-09', reason: 'WFA' });
    expect(wfa.statusCode).toBe(201);
    expect((wfa.json() as { counts: string }).counts).toBe('present');
  });

  it('refuses removing a type already asked for, and a bad code, with the reasons', async () => {
    const now = ((await adminA.get(`${base()}/rules`)).json() as AttendanceRulesAnswer).leaveTypes;
    expect(now.inUse).toEqual(['wfa']);
    const without = await adminA.send('PUT', `${base()}/leave-types`, { items: now.items.filter((i) => i.code !== 'wfa') });
    expect(without.statusCode).toBe(400);
    expect((without.json() as { error: { message: string } }).error.message).toMatch(/"wfa" sudah pernah diajukan/);
    const switchedOff = await adminA.send('PUT', `${base()}/leave-types`, { items: now.items.map((i) => (i.code === 'wfa' ? { ...i, active: false } : i)) });
    expect(switchedOff.statusCode).toBe(200);
    const doubled = await adminA.send('PUT', `${base()}/leave-types`, { items: [...now.items, now.items[0]] });
    expect(doubled.statusCode).toBe(400);
    expect((doubled.json() as { error: { message: string } }).error.message).toMatch(/ganda/);
    expect((await adminA.send('PUT', `${base()}/leave-types`, { items: [{ code: 'Cuti X', name: 'X', counts: 'present', active: true }] })).statusCode).toBe(400);
    expect((await adminB.send('PUT', `${base()}/leave-types`, { items: now.items })).statusCode).toBe(403);
  });
});
