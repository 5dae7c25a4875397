import { formatNip } from '@kinerja/core';
import { afterAll, beforeAll, expect } from 'vitest';
import { newId } from '../../db/ids.js';
import { hashPassword } from '../auth/index.js';
import { createTestApp, FIXTURE_PASSWORD, signIn, type Client, type TestApp } from '../../testing/index.js';

/**
 * The regional chain above the fixture's OPD heads: a Sekretariat Daerah whose Sekda (an ASN with an
 * account) rates every Kepala Dinas, and a Gubernur, a named official with no account.
 */
export async function seedRegion(t: TestApp) {
  const db = t.ctx.db;
  const agencyId = newId();
  const unitId = newId();
  const positionId = newId();
  const sekdaId = newId();
  const nip = formatNip({ birthDate: '1970-02-03', appointed: '1995-03', kind: 'pns', sex: 'L', sequence: 901 });
  await db.insertInto('agencies').values({ id: agencyId, code: 'SETDA', name: 'Sekretariat Daerah', short_name: 'Setda', time_zone: 'Asia/Pontianak' }).execute();
  await db.insertInto('units').values({ agency_id: agencyId, id: unitId, code: 'SETDA', name: 'Sekretariat Daerah', parent_id: null }).execute();
  await db
    .insertInto('positions')
    .values({ agency_id: agencyId, id: positionId, unit_id: unitId, code: 'SEKDA', name: 'Sekretaris Daerah', kind: 'jpt_madya', jf_level: null, kelas_jabatan: 17, is_unit_head: true })
    .execute();
  await db
    .insertInto('employees')
    .values({ agency_id: agencyId, id: sekdaId, nip, kind: 'pns', name: 'Ahmad Fauzi', front_title: 'Dr.', back_title: 'M.Si', sex: 'L', birth_date: '1970-02-03', rank_code: 'IV/e', email: null, phone: null, supervisor_override_id: null })
    .execute();
  await db
    .insertInto('position_assignments')
    .values({ agency_id: agencyId, id: newId(), employee_id: sekdaId, position_id: positionId, role: 'definitive', starts_on: '2021-01-01', ends_on: null, decree_number: null })
    .execute();
  const accountId = newId();
  await db
    .insertInto('accounts')
    .values({ id: accountId, nip, role: 'employee', agency_id: agencyId, employee_id: sekdaId, password_hash: await hashPassword(FIXTURE_PASSWORD), must_change_password: false })
    .execute();
  const gubernurId = newId();
  await db.insertInto('regional_officials').values({ id: gubernurId, title: 'Gubernur', name: 'H. Sutarmidji', account_id: null }).execute();
  await db
    .insertInto('regional_leadership_terms')
    .values([
      { id: newId(), post: 'sekda', capacity: 'definitive', official_id: null, employee_agency_id: agencyId, employee_id: sekdaId, starts_on: '2021-01-01', ends_on: null, decree_number: null },
      { id: newId(), post: 'kepala_daerah', capacity: 'definitive', official_id: gubernurId, employee_agency_id: null, employee_id: null, starts_on: '2023-09-05', ends_on: null, decree_number: null },
    ])
    .execute();
  return { agencyId, sekdaId, sekdaNip: nip, gubernurId };
}

/**
 * One test file's app: the fixture with the regional chain, the people of `keys` signed in, and the
 * Sekda as `c.sekda`; closed after the file. Read its fields inside the tests (they are set in beforeAll).
 */
export function regionSuite(keys: readonly string[]) {
  const suite = { t: undefined as unknown as TestApp, A: '', c: {} as Record<string, Client> };
  beforeAll(async () => {
    suite.t = await createTestApp();
    suite.A = suite.t.fixture.agencyIds.A;
    const region = await seedRegion(suite.t);
    for (const key of keys) suite.c[key] = await signIn(suite.t.app, suite.t.fixture.people[key]!.nip);
    suite.c.sekda = await signIn(suite.t.app, region.sekdaNip);
  }, 120_000);
  afterAll(() => suite.t.close());
  return suite;
}

/** The answer's body, after checking its status (the body is shown when it differs). */
export async function expectOk(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

type RegionSuite = ReturnType<typeof regionSuite>;

/** An empty SKP of `employee`'s first 2026 period, created by `who` (the employee, or an admin on their behalf). */
export async function createEmptySkp(s: RegionSuite, who: string, employee = who): Promise<string> {
  const periods = await expectOk(await s.c[employee]!.get('/api/v1/skp/periods?year=2026'));
  const period = periods.items[0];
  const res = await s.c[who]!.send('POST', `/api/v1/agencies/${s.A}/employees/${s.t.fixture.people[employee]!.id}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start: 'kosong' });
  return (await expectOk(res, 201)).skp.id as string;
}

/** An RHK utama with one IKI (kuantitas, 12 Laporan), new ids. */
export const rhkOf = (text: string, iki: string) => ({
  id: newId(),
  jenis: 'utama',
  text,
  parentRhkId: null,
  cascadingType: null,
  perspektif: null,
  penugasanDari: null,
  iki: [{ id: newId(), aspek: 'kuantitas', text: iki, target: '12 Laporan' }],
});
