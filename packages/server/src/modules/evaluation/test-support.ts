import { newId } from '../../db/ids.js';
import type { Client, TestApp } from '../../testing/index.js';

export interface TestRhk {
  id: string;
  text: string;
  ikiId: string;
}

/**
 * An approved SKP of the year for a fixture employee: drafted through the API by the employee (so
 * the people on it, the penilai included, are the app's own), then set approved directly; a real
 * approval needs the penilai's own approved SKP up the chain, which the SKP tests cover.
 */
export async function approvedSkp(t: TestApp, client: Client, employeeKey: string, year: number, texts: string[]): Promise<{ skpId: string; rhk: TestRhk[] }> {
  const A = t.fixture.agencyIds.A;
  const employee = t.fixture.people[employeeKey]!;
  const periods = (await client.get(`/api/v1/skp/periods?year=${year}`)).json() as { items: { positionId: string; periodFrom: string }[] };
  const period = periods.items[0]!;
  const created = await client.send('POST', `/api/v1/agencies/${A}/employees/${employee.id}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start: 'kosong' });
  if (created.statusCode !== 201) throw new Error(created.body);
  const skpId = (created.json() as { skp: { id: string } }).skp.id;
  const rhk = texts.map((text) => ({ id: newId(), text, ikiId: newId() }));
  const content = {
    rhk: rhk.map((r) => ({
      id: r.id,
      jenis: 'utama',
      text: r.text,
      parentRhkId: newId(),
      cascadingType: 'langsung',
      perspektif: null,
      penugasanDari: null,
      iki: [{ id: r.ikiId, aspek: 'kuantitas', text: `Jumlah ${r.text.toLowerCase()}`, target: '12 Laporan' }],
    })),
    perilaku: [{ id: 'akuntabel', ekspektasi: 'Menyelesaikan laporan tepat waktu' }],
    lampiran: [],
  };
  const saved = await client.send('PUT', `/api/v1/agencies/${A}/skp/${skpId}/draft`, { requestId: newId(), content });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  await t.ctx.db.updateTable('skp').set({ status: 'disetujui', version_in_force: 1 }).where('agency_id', '=', A).where('id', '=', skpId).execute();
  await t.ctx.db.updateTable('skp_versions').set({ status: 'disetujui' }).where('agency_id', '=', A).where('skp_id', '=', skpId).execute();
  return { skpId, rhk };
}

/** Journal entries of an employee, already approved, with an RHK or none. */
export async function approvedEntries(t: TestApp, employeeKey: string, entries: { date: string; minutes: number; volume: number; rhkId: string | null; status?: 'approved' | 'submitted' }[]) {
  const employee = t.fixture.people[employeeKey]!;
  for (const e of entries) {
    await t.ctx.db
      .insertInto('journal_entries')
      .values({
        agency_id: employee.agencyId,
        id: newId(),
        employee_id: employee.id,
        work_date: e.date,
        start_minute: null,
        end_minute: null,
        duration_minutes: e.minutes,
        activity_code: 'ADM-002',
        activity_version: t.fixture.dictionaryVersion,
        volume: e.volume,
        credited_minutes: e.minutes,
        rhk_id: e.rhkId,
        status: e.status ?? 'approved',
      })
      .execute();
  }
}
