import { formatNip } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, FIXTURE_PASSWORD, signIn, type Client, type TestApp } from '../../testing/index.js';
import { mayDisable } from './leavers.js';
import { csvOf, upload, waitForJob } from './test-support.js';

/**
 * The staff import as the full list (form field disableMissing): the active staff of each agency the
 * Pegawai sheet names who are not in it are turned off — employee inactive, post ended, account off,
 * sessions ended — after a dry run that lists them; never without the field; never a fifth of an agency.
 */
let t: TestApp;
let bkd: Client;
let A: string;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
});
afterAll(() => t.close());

/** DINKES's staff with an open post, as a Pegawai sheet, leaving out the NIPs given. */
async function roster(without: string[]) {
  const rows = await t.ctx.db
    .selectFrom('employees as e')
    .innerJoin('position_assignments as a', (j) => j.onRef('a.agency_id', '=', 'e.agency_id').onRef('a.employee_id', '=', 'e.id'))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
    .select(['e.nip', 'e.name', 'p.code'])
    .where('e.agency_id', '=', A)
    .where('e.active', '=', true)
    .where('a.ends_on', 'is', null)
    .where('a.role', '=', 'definitive')
    .execute();
  const listed = rows.filter((r) => !without.includes(r.nip));
  return { listed, file: { filename: 'pegawai.csv', content: csvOf([['kode_opd', 'nip', 'nama', 'kode_jabatan'], ...listed.map((r) => ['DINKES', r.nip, r.name, r.code])]) } };
}

const activeOf = async (nip: string) => {
  const e = await t.ctx.db.selectFrom('employees').select('active').where('nip', '=', nip).where('agency_id', '=', A).executeTakeFirstOrThrow();
  const a = await t.ctx.db.selectFrom('accounts').select('active').where('nip', '=', nip).executeTakeFirstOrThrow();
  return { employee: e.active, account: a.active };
};
const login = (nip: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip, password: FIXTURE_PASSWORD } });

async function run(fields: Record<string, string>, file: { filename: string; content: Buffer }) {
  const res = await upload(t.app, bkd, file, fields);
  expect(res.statusCode, res.body).toBe(202);
  return waitForJob(bkd, res.json().id);
}

describe('leavers in the staff import', () => {
  it('are listed by a dry run, left alone without the field, and turned off with it (account and sessions too)', async () => {
    const leaver = t.fixture.people.staff2!;
    const session = await signIn(t.app, leaver.nip);
    const { file } = await roster([leaver.nip]);
    const active = await t.ctx.db.selectFrom('employees').select('nip').where('agency_id', '=', A).where('active', '=', true).execute();
    const { listed } = await roster([leaver.nip]);
    const expected = active.map((r) => r.nip).filter((n) => !listed.some((l) => l.nip === n)).sort();
    expect(expected).toContain(leaver.nip);

    // Without the field nobody is turned off.
    const plain = await run({ dryRun: 'false' }, file);
    expect(plain.status, JSON.stringify(plain.problems)).toBe('succeeded');
    expect(plain.summary.leavers).toBeUndefined();
    expect(await activeOf(leaver.nip)).toEqual({ employee: true, account: true });

    // The dry run names them and changes nothing.
    const dry = await run({ dryRun: 'true', disableMissing: 'true' }, file);
    expect(dry.status, JSON.stringify(dry.problems)).toBe('succeeded');
    expect(dry.summary.leavers.count).toBe(expected.length);
    expect((dry.summary.leavers.listed as { nip: string }[]).map((l) => l.nip).sort()).toEqual(expected);
    expect(dry.summary.leavers.listed).toContainEqual({ agencyCode: 'DINKES', nip: leaver.nip, name: expect.any(String), accountDisabled: true });
    expect(await activeOf(leaver.nip)).toEqual({ employee: true, account: true });
    expect((await session.get('/api/v1/me')).statusCode).toBe(200);

    // Stored: the row inactive, the post ended, the account off, the session gone, sign-in refused.
    const done = await run({ dryRun: 'false', disableMissing: 'true' }, file);
    expect(done.status, JSON.stringify(done.problems)).toBe('succeeded');
    expect(await activeOf(leaver.nip)).toEqual({ employee: false, account: false });
    const open = await t.ctx.db.selectFrom('position_assignments').select('id').where('agency_id', '=', A).where('employee_id', '=', leaver.id).where('ends_on', 'is', null).execute();
    expect(open).toEqual([]);
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    expect((await login(leaver.nip)).statusCode).toBeGreaterThanOrEqual(400);
    // Someone in the file still signs in.
    expect((await login(t.fixture.people.staff1!.nip)).statusCode).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_log').select('data').where('action', '=', 'import.applied').orderBy('chain_seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ leavers: expect.arrayContaining([leaver.nip]), accountsDisabled: expected.length > 0 ? expect.any(Number) : 0 });
  });

  it('refuses a file that would turn off more than a fifth of an agency (and more than five people)', async () => {
    expect([mayDisable(5, 6), mayDisable(6, 30), mayDisable(7, 30), mayDisable(20, 100), mayDisable(21, 100)]).toEqual([true, true, false, true, false]);
    // Four more active people (no post yet), so that all but one is well over a fifth and over five.
    for (let i = 1; i <= 4; i++) {
      const nip = formatNip({ birthDate: '1991-05-06', appointed: '2016-01', kind: 'pns', sex: 'L', sequence: 900 + i });
      await t.ctx.db.insertInto('employees').values({ agency_id: A, id: newId(), nip, kind: 'pns', name: `Tambahan ${i}`, front_title: null, back_title: null, sex: 'L', birth_date: '1991-05-06', rank_code: 'III/a', email: null, phone: null, supervisor_override_id: null }).execute();
    }
    const { listed } = await roster([]);
    const keep = listed[0]!;
    const { file } = await roster(listed.filter((l) => l.nip !== keep.nip).map((l) => l.nip));
    const staff = await t.ctx.db.selectFrom('employees').select('nip').where('agency_id', '=', A).where('active', '=', true).execute();
    const job = await run({ dryRun: 'true', disableMissing: 'true' }, file);
    if (mayDisable(staff.length - 1, staff.length)) throw new Error(`the fixture's DINKES is too small for this test (${staff.length})`);
    expect(job.status).toBe('failed');
    expect(job.problems.map((p) => p.message).join(' ')).toMatch(/menonaktifkan \d+ dari \d+ pegawai aktif DINKES/);
  });
});
