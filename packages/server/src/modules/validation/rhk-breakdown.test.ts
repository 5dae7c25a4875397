import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { buildRecap } from './recap.js';

/**
 * The journal linked to the plan, as the supervisor and the recap read it (issue 16 item 6): each
 * reviewed entry names its RHK with the text of the SKP version in force, and the month's recap adds
 * up approved minutes and volume (per activity unit) per RHK of each employee.
 *
 * The test clock: Monday 23 November 2026; Friday the 20th is still open. staff2 has an SKP approved in
 * version 1 and revised in a version 2 draft that renames R1: the text shown is version 1's.
 */
let t: TestApp;
let staff: Client;
let boss: Client;
const R1 = newId();
const R2 = newId();
const skpId = newId();

beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t.app, t.fixture.people.staff2!.nip);
  boss = await signIn(t.app, t.fixture.people.kasubbag!.nip);
  const db = t.ctx.db;
  const agencyId = t.fixture.agencyIds.A;
  const employeeId = t.fixture.people.staff2!.id;
  const { position_id } = await db.selectFrom('position_assignments').select('position_id').where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).executeTakeFirstOrThrow();
  await db
    .insertInto('skp')
    .values({ agency_id: agencyId, id: skpId, employee_id: employeeId, position_id, period_from: '2026-01-01', period_to: '2026-12-31', form: 'ja', pendekatan: 'kuantitatif', status: 'draft', current_version: 2, version_in_force: 1 })
    .execute();
  await db
    .insertInto('skp_versions')
    .values([
      { agency_id: agencyId, skp_id: skpId, version: 1, status: 'disetujui' },
      { agency_id: agencyId, skp_id: skpId, version: 2, status: 'draft' },
    ])
    .execute();
  const row = (version: number, id: string, ordinal: number, text: string) => ({ agency_id: agencyId, skp_id: skpId, version, id, ordinal, jenis: 'utama', text, parent_rhk_id: null, cascading_type: null, perspektif: null, penugasan_dari: null });
  await db
    .insertInto('skp_rhk')
    .values([row(1, R1, 1, 'Tersusunnya laporan keuangan'), row(1, R2, 2, 'Terlaksananya pelayanan administrasi'), row(2, R1, 1, 'Teks revisi yang belum disetujui')])
    .execute();
}, 120_000);
afterAll(() => t.close());

const put = async (body: Record<string, unknown>) => {
  const res = await staff.send('PUT', `/api/v1/journal/entries/${v7()}`, { workDate: '2026-11-20', activityCode: 'ADM-001', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().entry as { id: string; creditedMinutes: number; volume: number };
};

describe('minutes and volume per RHK', () => {
  it('the inbox names each entry’s RHK; the recap adds up the approved ones per RHK and unit', async () => {
    const a = await put({ startTime: '07:30', endTime: '08:30', volume: 2, rhkId: R1 });
    const b = await put({ startTime: '08:30', endTime: '09:30', volume: 1, rhkId: R1 });
    const c = await put({ startTime: '09:30', endTime: '10:30', volume: 3, rhkId: R2 });
    const d = await put({ startTime: '10:30', endTime: '11:30', volume: 1 });
    expect((await staff.send('POST', '/api/v1/journal/days/2026-11-20/submit')).statusCode).toBe(200);

    const inbox = (await boss.get('/api/v1/validation/inbox')).json();
    const day = inbox.people.find((p: { employee: { employeeId: string } }) => p.employee.employeeId === t.fixture.people.staff2!.id).days.find((x: { date: string }) => x.date === '2026-11-20');
    const personDay = (await boss.get(`/api/v1/validation/people/${t.fixture.people.staff2!.id}/days/2026-11-20`)).json();
    const entries = (day.entries ?? personDay.day.entries) as { id: string; rhk: { id: string; text: string | null } | null }[];
    expect(Object.fromEntries(entries.map((e) => [e.id, e.rhk]))).toEqual({
      [a.id]: { id: R1, text: 'Tersusunnya laporan keuangan' },
      [b.id]: { id: R1, text: 'Tersusunnya laporan keuangan' },
      [c.id]: { id: R2, text: 'Terlaksananya pelayanan administrasi' },
      [d.id]: null,
    });

    const decided = await boss.send('POST', `/api/v1/validation/people/${t.fixture.people.staff2!.id}/days/2026-11-20/decision`, { decision: 'approved' });
    expect(decided.statusCode, decided.body).toBe(200);
    const recap = await buildRecap(t.ctx, t.fixture.agencyIds.A, '2026-11');
    const unit = (await t.ctx.db.selectFrom('activities').select('unit').where('code', '=', 'ADM-001').orderBy('version', 'desc').executeTakeFirstOrThrow()).unit;
    const staff2 = t.fixture.people.staff2!.id;
    // In the query's order: by employee, then RHK id.
    const expected = [
      { employeeId: staff2, rhkId: R1, rhkText: 'Tersusunnya laporan keuangan', approved: 2, approvedMinutes: a.creditedMinutes + b.creditedMinutes, volumes: [{ unit, volume: 3 }] },
      { employeeId: staff2, rhkId: R2, rhkText: 'Terlaksananya pelayanan administrasi', approved: 1, approvedMinutes: c.creditedMinutes, volumes: [{ unit, volume: 3 }] },
    ].sort((x, y) => (x.rhkId < y.rhkId ? -1 : 1));
    expect(recap.rhk).toEqual(expected);
    // What the employee's approved minutes have beyond the RHK rows was logged without one (entry d).
    const employee = recap.employees.find((e) => e.employeeId === t.fixture.people.staff2!.id)!;
    expect(employee.approvedMinutes - recap.rhk.reduce((s, r) => s + r.approvedMinutes, 0)).toBe(d.creditedMinutes);

    // The SKP screen: approved minutes logged against each RHK of the (approved) SKP.
    const detail = await staff.get(`/api/v1/agencies/${t.fixture.agencyIds.A}/skp/${skpId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().journal).toEqual(
      [
        { rhkId: R1, approvedEntries: 2, approvedMinutes: a.creditedMinutes + b.creditedMinutes },
        { rhkId: R2, approvedEntries: 1, approvedMinutes: c.creditedMinutes },
      ].sort((x, y) => (x.rhkId < y.rhkId ? -1 : 1)),
    );
  });
});
