import { localDateOf } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.js';
import type { DatabaseHandle } from '../db/connect.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { peopleOnSkp } from '../modules/skp/people.js';
import { createTestDatabase } from '../testing/database.js';
import { DEMO_GUBERNUR } from './regional.js';
import { seedDemoProvince } from './seed.js';

const today = localDateOf(new Date(), 'Asia/Pontianak');
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemoProvince(handle.db, { today, employees: 1300, tppLocked: 'sign-in-agencies' });
}, 300_000);
afterAll(() => handle.close());

describe('demo regional chain', () => {
  it('rates a demo Kepala Dinas by the Sekda of SETDA, with the Gubernur as atasan', async () => {
    const db = handle.db;
    const dinkes = await db.selectFrom('agencies').select(['id', 'org_version']).where('code', '=', 'DINKES').executeTakeFirstOrThrow();
    const head = await db
      .selectFrom('units as u')
      .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'u.agency_id').onRef('p.unit_id', '=', 'u.id'))
      .innerJoin('position_assignments as a', (j) => j.onRef('a.agency_id', '=', 'p.agency_id').onRef('a.position_id', '=', 'p.id'))
      .select('a.employee_id')
      .where('u.agency_id', '=', dinkes.id)
      .where('u.parent_id', 'is', null)
      .where('p.is_unit_head', '=', true)
      .where('a.role', '=', 'definitive')
      .executeTakeFirstOrThrow();
    // Only the chart cache is read by peopleOnSkp.
    const ctx = { charts: new OrgChartCache(db) } as unknown as AppContext;
    const people = await peopleOnSkp(ctx, db, dinkes.id, head.employee_id, today, dinkes.org_version);
    expect(people.map((p) => p.role)).toEqual(['pegawai', 'pejabat_penilai', 'atasan_pejabat_penilai']);
    expect(people[1]).toMatchObject({ positionName: 'Sekretaris Daerah', status: 'pns' });
    expect(people[2]).toMatchObject({ officialId: DEMO_GUBERNUR.id, name: DEMO_GUBERNUR.name, status: 'non_asn', nip: null });
  });
});
