import { localDateOf } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connect.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { createTestDatabase } from '../testing/database.js';
import { seedDemoProvince, type SeedResult } from './seed.js';
import { DEMO_RETURN_NOTE } from './skp.js';

// Runs on the embedded PGlite, or in a private schema of TEST_DATABASE_URL's PostgreSQL when set.
const today = localDateOf(new Date(), 'Asia/Pontianak');
let handle: DatabaseHandle;
let result: SeedResult;
beforeAll(async () => {
  handle = await createTestDatabase();
  result = await seedDemoProvince(handle.db, { today, employees: 1300 });
}, 300_000);
afterAll(() => handle.close());

const nipOf = (label: RegExp) => result.demoAccounts.find((a) => label.test(a.label))!.nip;

async function skpRows() {
  return handle.db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .innerJoin('agencies as g', 'g.id', 's.agency_id')
    .select(['s.id', 's.status', 's.period_from', 's.version_in_force', 'e.nip', 'g.code'])
    .execute();
}

describe('demo SKP', () => {
  it('has this year’s SKP at Dinas Kesehatan in every state', async () => {
    const rows = await skpRows();
    expect(rows.every((r) => r.code === 'DINKES' && r.period_from === `${today.slice(0, 4)}-01-01`)).toBe(true);
    const states = rows.map((r) => r.status);
    for (const s of ['draft', 'diajukan', 'dikembalikan', 'disetujui']) expect(states).toContain(s);
    const returned = rows.find((r) => r.status === 'dikembalikan')!;
    const notes = await handle.db.selectFrom('skp_events').select(['action', 'note']).where('skp_id', '=', returned.id).execute();
    expect(notes).toContainEqual({ action: 'return', note: DEMO_RETURN_NOTE });
  });

  it('has the Kepala Dinas’s SKP approved by the Sekda, with RHK a Kepala Bidang can intervene', async () => {
    const rows = await skpRows();
    const kadis = rows.find((r) => r.nip === nipOf(/^Kepala Dinas Kesehatan/))!;
    expect(kadis).toMatchObject({ status: 'disetujui', version_in_force: 1 });
    const approve = await handle.db
      .selectFrom('skp_events as v')
      .innerJoin('skp_people as x', (j) => j.onRef('x.skp_id', '=', 'v.skp_id').on('x.role', '=', 'pejabat_penilai'))
      .innerJoin('accounts as a', 'a.id', 'v.actor_account_id')
      .select(['v.capacity', 'x.position_name', 'a.employee_id as actor', 'x.employee_id as penilai'])
      .where('v.skp_id', '=', kadis.id)
      .where('v.action', '=', 'approve')
      .executeTakeFirstOrThrow();
    expect(approve).toMatchObject({ capacity: 'pejabat_penilai', position_name: 'Sekretaris Daerah' });
    expect(approve.actor).toBe(approve.penilai);
    const rhk = await handle.db.selectFrom('skp_rhk').select(['jenis', 'perspektif']).where('skp_id', '=', kadis.id).execute();
    expect(rhk.length).toBeGreaterThanOrEqual(2);
    expect(rhk.every((r) => r.jenis === 'utama' && r.perspektif !== null)).toBe(true);
  });

  it('leaves the demo Kepala Seksi and pelaksana without SKP, their Kepala Bidang’s approved and nothing waiting on the Kepala Bidang', async () => {
    const rows = await skpRows();
    const kasi = nipOf(/^Atasan langsung/);
    expect(rows.find((r) => r.nip === kasi)).toBeUndefined();
    expect(rows.find((r) => r.nip === nipOf(/^Pegawai \(pelaksana\)/))).toBeUndefined();
    const dinkes = await handle.db.selectFrom('agencies').select('id').where('code', '=', 'DINKES').executeTakeFirstOrThrow();
    const kasiEmployee = await handle.db.selectFrom('employees').select('id').where('agency_id', '=', dinkes.id).where('nip', '=', kasi).executeTakeFirstOrThrow();
    const chart = await new OrgChartCache(handle.db).get(dinkes.id, today);
    const kabidId = chart.supervisorOf(kasiEmployee.id)!.employeeId;
    const kabid = await handle.db.selectFrom('skp').select(['status', 'version_in_force']).where('agency_id', '=', dinkes.id).where('employee_id', '=', kabidId).execute();
    expect(kabid).toEqual([{ status: 'disetujui', version_in_force: 1 }]);
    // Nothing submitted is waiting on anyone below the Kepala Dinas (the browser test counts the Kepala Bidang's inbox).
    const waitingOn = await handle.db
      .selectFrom('skp as s')
      .innerJoin('skp_people as x', (j) => j.onRef('x.agency_id', '=', 's.agency_id').onRef('x.skp_id', '=', 's.id').on('x.role', '=', 'pejabat_penilai'))
      .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'x.person_agency_id').onRef('e.id', '=', 'x.employee_id'))
      .select('e.nip')
      .where('s.status', '=', 'diajukan')
      .execute();
    expect(waitingOn.map((w) => w.nip)).toEqual([nipOf(/^Kepala Dinas Kesehatan/)]);
  });
});
