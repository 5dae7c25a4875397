import { randomUUID } from 'node:crypto';
import type { AttendanceMonthAnswer, Day, LeaveRequest } from '@kinerja/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { addMachine, addPunches, fullMonth } from './test-support.js';

// Issue 18 item 7: a day on approved leave needs no journal minutes — the journal's own day target
// is 0 on it; a day of dinas luar (counts as present: work done elsewhere) keeps its target. And the
// day of the employee's month lists every scan, not only the first and last.
let t: TestApp;
let staff1: Client;
let kasubbag: Client;

beforeAll(async () => {
  t = await createTestApp();
  const A = t.fixture.agencyIds.A;
  const p = t.fixture.people;
  const machine = await addMachine(t, A);
  await addPunches(t, A, machine, p.staff1!, fullMonth('2026-11-02', '2026-11-30', { '2026-11-19': [], '2026-11-20': [], '2026-11-18': ['07:20', '07:25', '12:05', '16:35'] }));
  t.setNow(new Date('2026-11-16T03:00:00Z')); // Monday 16 November, 10:00 WIB: the leave is asked for ahead
  staff1 = await signIn(t.app, p.staff1!.nip);
  kasubbag = await signIn(t.app, p.kasubbag!.nip);
  for (const [typeCode, day] of [
    ['dinas_luar', '2026-11-19'],
    ['cuti_tahunan', '2026-11-20'],
  ] as const) {
    const asked = await staff1.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode, from: day, to: day, reason: 'Keperluan' });
    expect(asked.statusCode).toBe(201);
    const decided = await kasubbag.send('POST', `/api/v1/attendance/leave-requests/${(asked.json() as LeaveRequest).id}/decision`, { decision: 'approve' });
    expect(decided.statusCode).toBe(200);
  }
  t.setNow(new Date('2026-11-24T03:00:00Z'));
});
afterAll(() => t.close());

const days = async (from: string, to: string) => ((await staff1.get(`/api/v1/journal/days?from=${from}&to=${to}`)).json() as { days: Day[] }).days;

describe("the journal's day target on leave", () => {
  it('is 0 on a day of approved cuti, which reads as a day off while nothing is logged', async () => {
    const [wed, thu, fri, sat] = await days('2026-11-18', '2026-11-21');
    expect(wed!.targetMinutes).toBeGreaterThan(0);
    expect(wed!.status).toBe('empty');
    expect(thu!.targetMinutes).toBe(wed!.targetMinutes);
    expect(fri).toMatchObject({ date: '2026-11-20', isWorkingDay: true, targetMinutes: 0, remainingMinutes: 0, status: 'non_working' });
    expect(sat!.targetMinutes).toBe(0);
    const [one] = await days('2026-11-20', '2026-11-20');
    expect(one!.targetMinutes).toBe(0);
    const single = (await staff1.get('/api/v1/journal/days/2026-11-20')).json() as Day;
    expect(single.targetMinutes).toBe(0);
  });

  it('comes back when the leave was not approved: a rejected request excuses nothing', async () => {
    const asked = await staff1.send('POST', '/api/v1/attendance/leave-requests', { requestId: randomUUID(), typeCode: 'cuti_tahunan', from: '2026-11-23', to: '2026-11-23', reason: 'Keperluan' });
    await kasubbag.send('POST', `/api/v1/attendance/leave-requests/${(asked.json() as LeaveRequest).id}/decision`, { decision: 'reject' });
    const [mon] = await days('2026-11-23', '2026-11-23');
    expect(mon!.targetMinutes).toBeGreaterThan(0);
  });
});

describe("a day of the employee's month", () => {
  it('lists every scan of the date in order, besides the arrival and departure it was judged by', async () => {
    const month = (await staff1.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    const wed = month.days.find((d) => d.date === '2026-11-18')!;
    expect([wed.arrival, wed.departure]).toEqual(['07:20', '16:35']);
    expect(wed.scans).toEqual(['07:20', '07:25', '12:05', '16:35']);
    expect(month.days.find((d) => d.date === '2026-11-20')!.scans).toEqual([]);
    expect(month.days.find((d) => d.date === '2026-11-17')!.scans).toEqual(['07:25', '16:35']);
  });
});
