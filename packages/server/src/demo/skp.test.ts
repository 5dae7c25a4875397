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
  result = await seedDemoProvince(handle.db, { today, employees: 1300, tppLocked: 'sign-in-agencies' });
}, 300_000);
afterAll(() => handle.close());

const nipOf = (label: RegExp) => result.demoAccounts.find((a) => label.test(a.label))!.nip;

async function skpRows() {
  return handle.db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .innerJoin('agencies as g', 'g.id', 's.agency_id')
    .select(['s.id', 's.status', 's.period_from', 's.version_in_force', 'e.nip', 'g.code'])
    // This year's; last year's are the evaluation demo's (below).
    .where('s.period_from', '>=', `${today.slice(0, 4)}-01-01`)
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

  it('gives every approved SKP of this year rencana aksi for two RHK, one per quarter (the demo plans per quarter)', async () => {
    const approved = (await skpRows()).filter((r) => r.status === 'disetujui');
    expect(approved.length).toBeGreaterThanOrEqual(3);
    for (const skp of approved) {
      const ra = await handle.db.selectFrom('skp_rencana_aksi').select(['rhk_id', 'periode', 'text', 'target']).where('skp_id', '=', skp.id).where('removed_at', 'is', null).execute();
      expect(new Set(ra.map((r) => r.rhk_id)).size, skp.nip).toBe(2);
      expect([...new Set(ra.map((r) => r.periode))].sort(), skp.nip).toEqual([1, 2, 3, 4].map((q) => `${today.slice(0, 4)}-T${q}`));
      expect(ra.every((r) => r.text.length > 20 && r.target !== '')).toBe(true);
    }
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
    const kabid = await handle.db
      .selectFrom('skp')
      .select(['status', 'version_in_force'])
      .where('agency_id', '=', dinkes.id)
      .where('employee_id', '=', kabidId)
      .where('period_from', '>=', `${today.slice(0, 4)}-01-01`)
      .execute();
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

describe('demo evaluations', () => {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const evaluations = () =>
    handle.db
      .selectFrom('evaluations as v')
      .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'v.agency_id').onRef('s.id', '=', 'v.skp_id'))
      .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
      .innerJoin('skp_people as x', (j) => j.onRef('x.agency_id', '=', 's.agency_id').onRef('x.skp_id', '=', 's.id').on('x.role', '=', 'pejabat_penilai'))
      .select(['v.id', 'v.kind', 'v.label', 'v.period_from', 'v.status', 'v.predikat', 'e.nip', 'x.position_name as penilai'])
      .execute();

  it('has last year’s annual evaluations finalised, within the curve of an organisation rated Baik, the Kepala Dinas’s by the Sekda', async () => {
    const annual = (await evaluations()).filter((v) => v.kind === 'tahunan' && v.period_from === `${lastYear}-01-01`);
    expect(annual.length).toBeGreaterThanOrEqual(3);
    expect(annual.every((v) => v.status === 'final' && v.predikat !== null)).toBe(true);
    // Last year's Kepala Dinas (people have moved since), rated by the Sekda; the capaian Baik is their rating hasil kerja.
    const kadis = annual.find((v) => v.penilai === 'Sekretaris Daerah')!;
    expect(kadis.predikat).toBe('baik');
    const subordinates = annual.filter((v) => v !== kadis).map((v) => v.predikat);
    // SE 3/2023 for Baik: at most 70 % Baik, and some Butuh Perbaikan or Kurang.
    expect(subordinates.filter((p) => p === 'baik').length * 100).toBeLessThanOrEqual(70 * subordinates.length);
    expect(subordinates.some((p) => p === 'butuh_perbaikan' || p === 'kurang')).toBe(true);
    const reopened = await handle.db.selectFrom('audit_log').select('action').where('action', 'like', 'evaluation.%').execute();
    expect(new Set(reopened.map((r) => r.action))).toEqual(
      new Set(['evaluation.opened', 'evaluation.realisasi_saved', 'evaluation.feedback_given', 'evaluation.feedback_answered', 'evaluation.rated', 'evaluation.finalised', 'evaluation.capaian_set']),
    );
  });

  it('has this quarter’s evaluations in progress, none finalised, with realisasi and umpan balik', async () => {
    const quarterStart = `${today.slice(0, 4)}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    const current = (await evaluations()).filter((v) => v.period_from === quarterStart && v.kind === 'periodik');
    expect(current.length).toBeGreaterThanOrEqual(1);
    expect(current.every((v) => v.status === 'berjalan')).toBe(true);
    const realisasi = await handle.db.selectFrom('evaluation_realisasi').select('evaluation_id').where('evaluation_id', 'in', current.map((v) => v.id)).execute();
    expect(new Set(realisasi.map((r) => r.evaluation_id)).size).toBe(current.length);
  });
});
