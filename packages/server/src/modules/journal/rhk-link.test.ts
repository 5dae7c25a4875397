import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';

/**
 * An entry's RHK (issue 16 item 6): only an RHK of the employee's own approved SKP whose period covers
 * the entry's date, and the agency's rhkLink setting in force on that date; PUT and /sync/push alike
 * (both through writeEntry; the all-at-once push defers to it).
 *
 * The test clock: Monday 23 November 2026, 10:00 WIB; Friday the 20th is still open. staff1 moved post
 * on 22 November: one approved SKP to the 21st (RHK A1, A2), another from the 22nd (RHK B1); a third,
 * still a draft, names D1. staff2 has an approved SKP with RHK S1.
 */
let t: TestApp;
let staff: Client;
let admin: Client;
const RHK = { A1: newId(), A2: newId(), B1: newId(), D1: newId(), S1: newId() };

async function seedSkp(person: 'staff1' | 'staff2', periodFrom: string, periodTo: string, rhk: string[], approved: boolean) {
  const db = t.ctx.db;
  const agencyId = t.fixture.agencyIds.A;
  const employeeId = t.fixture.people[person]!.id;
  const { position_id } = await db.selectFrom('position_assignments').select('position_id').where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).executeTakeFirstOrThrow();
  const skpId = newId();
  const status = approved ? 'disetujui' : 'draft';
  await db
    .insertInto('skp')
    .values({ agency_id: agencyId, id: skpId, employee_id: employeeId, position_id, period_from: periodFrom, period_to: periodTo, form: 'ja', pendekatan: 'kuantitatif', status, current_version: 1, version_in_force: approved ? 1 : null })
    .execute();
  await db.insertInto('skp_versions').values({ agency_id: agencyId, skp_id: skpId, version: 1, status }).execute();
  await db
    .insertInto('skp_rhk')
    .values(rhk.map((id, i) => ({ agency_id: agencyId, skp_id: skpId, version: 1, id, ordinal: i + 1, jenis: 'utama', text: `RHK ${i + 1} ${person} ${periodFrom}`, parent_rhk_id: null, cascading_type: null, perspektif: null, penugasan_dari: null })))
    .execute();
}

beforeAll(async () => {
  t = await createTestApp({ syncSettleMs: 0 });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
  admin = await signIn(t.app, t.fixture.people.adminA!.nip);
  await seedSkp('staff1', '2026-01-01', '2026-11-21', [RHK.A1, RHK.A2], true);
  await seedSkp('staff1', '2026-11-22', '2026-12-31', [RHK.B1], true);
  // A draft of next year: not approved, never offered.
  await seedSkp('staff1', '2027-01-01', '2027-12-31', [RHK.D1], false);
  await seedSkp('staff2', '2026-01-01', '2026-12-31', [RHK.S1], true);
}, 120_000);
afterAll(() => t.close());

let minute = 0;
function slot(): { startTime: string; endTime: string } {
  const start = 7 * 60 + (minute++ % 150) * 5;
  const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { startTime: fmt(start), endTime: fmt(start + 5) };
}
const entry = (workDate: string, rhkId: string | null | undefined) => ({ workDate, ...slot(), activityCode: 'ADM-001', volume: 1, ...(rhkId !== undefined ? { rhkId } : {}) });

/** PUT and the push (one item; and one batch of two, the all-at-once path) answer the same. */
async function viaPut(workDate: string, rhkId: string | null | undefined) {
  const res = await staff.send('PUT', `/api/v1/journal/entries/${v7()}`, entry(workDate, rhkId));
  return res.statusCode === 201 ? { ok: true, rhkId: res.json().entry.rhkId } : { ok: false, status: res.statusCode, code: res.json().error.code, message: res.json().error.message };
}
async function viaPush(workDate: string, rhkId: string | null | undefined, batch = 1) {
  const items = Array.from({ length: batch }, () => ({ itemId: v7(), kind: 'entry.put', entryId: v7(), baseVersion: null, deviceTime: '2026-11-23T03:00:00Z', entry: entry(workDate, rhkId) }));
  const res = await staff.send('POST', '/api/v1/sync/push', { deviceId: '0190b7a0-0000-7000-8000-00000000d0e1', deviceNow: '2026-11-23T03:00:00Z', items });
  expect(res.statusCode, res.body).toBe(200);
  const results = res.json().results as { status: string; code?: string; message?: string; entry?: { rhkId: string | null } }[];
  expect(new Set(results.map((r) => r.status)).size).toBe(1);
  const r = results[0]!;
  return r.status === 'applied' ? { ok: true, rhkId: r.entry!.rhkId } : { ok: false, status: 422, code: r.code, message: r.message };
}
async function allPaths(workDate: string, rhkId: string | null | undefined) {
  const answers = [await viaPut(workDate, rhkId), await viaPush(workDate, rhkId), await viaPush(workDate, rhkId, 2)];
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
  return answers[0]!;
}

describe('the RHK of a journal entry', () => {
  it('GET /journal/context offers the RHK of the own approved SKP with their periods, not drafts or others’', async () => {
    const ctx = (await staff.get('/api/v1/journal/context')).json();
    expect(ctx.settings.rhkLink).toBe('allowed');
    expect(ctx.rhk.map((r: { id: string; periodFrom: string; periodTo: string; jenis: string }) => [r.id, r.periodFrom, r.periodTo, r.jenis])).toEqual([
      [RHK.A1, '2026-01-01', '2026-11-21', 'utama'],
      [RHK.A2, '2026-01-01', '2026-11-21', 'utama'],
      [RHK.B1, '2026-11-22', '2026-12-31', 'utama'],
    ]);
  });

  it('accepts an RHK of the own approved SKP covering the date, and keeps it on the entry', async () => {
    expect(await allPaths('2026-11-20', RHK.A2)).toEqual({ ok: true, rhkId: RHK.A2 });
    expect(await allPaths('2026-11-23', RHK.B1)).toEqual({ ok: true, rhkId: RHK.B1 });
  });

  it('refuses an RHK of the own SKP whose period does not cover the date (422 RHK_NOT_IN_SKP, in Bahasa Indonesia)', async () => {
    const refused = { ok: false, status: 422, code: 'RHK_NOT_IN_SKP', message: 'RHK yang dipilih bukan RHK dari SKP Anda yang telah disetujui untuk tanggal 2026-11-23. Pilih RHK lain atau kosongkan.' };
    expect(await allPaths('2026-11-23', RHK.A1)).toEqual(refused);
    expect((await allPaths('2026-11-20', RHK.B1)).code).toBe('RHK_NOT_IN_SKP');
  });

  it('refuses someone else’s RHK, an RHK of an SKP not approved, and an id that is no RHK', async () => {
    for (const id of [RHK.S1, RHK.D1, newId()]) expect((await allPaths('2026-11-23', id)).code).toBe('RHK_NOT_IN_SKP');
  });

  it('an edit that names a wrong RHK is refused and leaves the entry as it was', async () => {
    const id = v7();
    const body = entry('2026-11-23', RHK.B1);
    expect((await staff.send('PUT', `/api/v1/journal/entries/${id}`, body)).statusCode).toBe(201);
    const bad = await staff.send('PUT', `/api/v1/journal/entries/${id}`, { ...body, rhkId: RHK.S1 });
    expect(bad.statusCode).toBe(422);
    const row = await t.ctx.db.selectFrom('journal_entries').select(['rhk_id', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ rhk_id: RHK.B1, version: 1 });
  });

  it('allowed (default): an entry without RHK is accepted', async () => {
    expect(await allPaths('2026-11-23', null)).toEqual({ ok: true, rhkId: null });
    expect(await allPaths('2026-11-23', undefined)).toEqual({ ok: true, rhkId: null });
  });

  it('warn accepts an entry without RHK; required refuses it from the day it is in force, earlier days keep their version', async () => {
    const url = `/api/v1/agencies/${t.fixture.agencyIds.A}/journal-settings`;
    const warn = await admin.send('PUT', url, { rhkLink: 'warn' });
    expect(warn.statusCode, warn.body).toBe(200);
    expect((await staff.get('/api/v1/journal/context')).json().settings.rhkLink).toBe('warn');
    expect(await allPaths('2026-11-23', null)).toEqual({ ok: true, rhkId: null });

    expect((await admin.send('PUT', url, { rhkLink: 'required' })).statusCode).toBe(200);
    expect(await allPaths('2026-11-23', null)).toEqual({
      ok: false,
      status: 422,
      code: 'RHK_REQUIRED',
      message: 'Instansi Anda mewajibkan setiap kegiatan dikaitkan dengan RHK dari SKP yang telah disetujui. Pilih RHK untuk kegiatan ini.',
    });
    expect(await allPaths('2026-11-23', RHK.B1)).toEqual({ ok: true, rhkId: RHK.B1 });
    // Friday the 20th is judged by the version in force then (allowed): no RHK needed.
    expect(await allPaths('2026-11-20', null)).toEqual({ ok: true, rhkId: null });
    // A wrong RHK stays refused whatever the setting.
    expect((await allPaths('2026-11-23', RHK.S1)).code).toBe('RHK_NOT_IN_SKP');

    // Required, but someone with no approved SKP on the date has nothing to choose from: accepted.
    const kasubbag = await signIn(t.app, t.fixture.people.kasubbag!.nip);
    const res = await kasubbag.send('PUT', `/api/v1/journal/entries/${v7()}`, entry('2026-11-23', null));
    expect(res.statusCode, res.body).toBe(201);
    expect((await admin.send('PUT', url, { rhkLink: 'bebas' })).statusCode).toBe(400);
  });
});
