import { describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { expectOk as ok, regionSuite } from './test-support.js';

/**
 * Rencana aksi (issue 16 item 5) on the fixture's staff1 (JA, rated by the Kasubbag): written per RHK
 * per quarter (the default) or per month (the agency's setting), by the employee or the pengelola
 * kinerja, read by the SKP's readers, and taken as realisasi in an evaluation of the covered days.
 */
const s = regionSuite(['kasubbag', 'staff1', 'staff2', 'adminA', 'auditor']);
const rhkIds = [newId(), newId()];
const ikiIds = [newId(), newId()];
let skpId = '';

const url = (path = '') => `/api/v1/agencies/${s.A}/skp/${skpId}/rencana-aksi${path}`;
const auditCount = async (action: string) =>
  Number((await s.t.ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

async function draftSkp() {
  const c = s.c.staff1!;
  const period = (await c.get('/api/v1/skp/periods?year=2026')).json().items[0];
  const created = await ok(await c.send('POST', `/api/v1/agencies/${s.A}/employees/${s.t.fixture.people.staff1!.id}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start: 'kosong' }), 201);
  skpId = created.skp.id;
  const rhk = ['Tersusunnya laporan kepegawaian', 'Terkelolanya arsip surat'].map((text, i) => ({
    id: rhkIds[i]!,
    jenis: 'utama',
    text,
    parentRhkId: newId(),
    cascadingType: 'langsung',
    perspektif: null,
    penugasanDari: null,
    iki: [{ id: ikiIds[i]!, aspek: 'kuantitas', text: `Jumlah ${text.toLowerCase()}`, target: '12 Laporan' }],
  }));
  await ok(await c.send('PUT', `/api/v1/agencies/${s.A}/skp/${skpId}/draft`, { requestId: newId(), content: { rhk, perilaku: [], lampiran: [] } }));
}

describe('rencana aksi', () => {
  const first = newId();
  const second = newId();

  it('offers the SKP’s quarters and RHK, and nothing written yet', async () => {
    await draftSkp();
    const answer = await ok(await s.c.staff1!.get(url()));
    expect(answer.periode).toBe('triwulanan');
    expect(answer.periods.map((p: { key: string; periodFrom: string; periodTo: string }) => [p.key, p.periodFrom, p.periodTo])).toEqual([
      ['2026-T1', '2026-01-01', '2026-03-31'],
      ['2026-T2', '2026-04-01', '2026-06-30'],
      ['2026-T3', '2026-07-01', '2026-09-30'],
      ['2026-T4', '2026-10-01', '2026-12-31'],
    ]);
    expect(answer.rhk.map((r: { id: string }) => r.id)).toEqual(rhkIds);
    expect(answer.items).toEqual([]);
    expect(answer.canEdit).toBe(true);
  });

  it('is written by the employee with its periodic target; a repeat changes nothing', async () => {
    const body = { rhkId: rhkIds[0], periode: '2026-T1', text: 'Menghimpun data kepegawaian triwulan I', target: '1 dokumen' };
    const item = await ok(await s.c.staff1!.send('PUT', url(`/${first}`), body));
    expect(item).toMatchObject({ id: first, rhkId: rhkIds[0], periode: '2026-T1', label: 'Triwulan I 2026', periodFrom: '2026-01-01', periodTo: '2026-03-31', target: '1 dokumen', rhkMissing: false });
    const audits = await auditCount('skp.rencana_aksi_added');
    const again = await ok(await s.c.staff1!.send('PUT', url(`/${first}`), body));
    expect(again.updatedAt).toBe(item.updatedAt);
    expect(await auditCount('skp.rencana_aksi_added')).toBe(audits);
    // The pengelola kinerja writes on the employee's behalf, recorded as such.
    await ok(await s.c.adminA!.send('PUT', url(`/${second}`), { rhkId: rhkIds[1], periode: '2026-T2', text: 'Menata arsip surat masuk', target: '100%' }));
    const audit = await s.t.ctx.db.selectFrom('audit_log').select('data').where('action', '=', 'skp.rencana_aksi_added').orderBy('at', 'desc').executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ rencanaAksiId: second, onBehalf: true });
    const list = await ok(await s.c.staff1!.get(url()));
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([first, second]);
  });

  it('refuses an RHK not on the SKP and a period that is not one of its quarters, field by field in Bahasa Indonesia', async () => {
    const res = await s.c.staff1!.send('PUT', url(`/${newId()}`), { rhkId: newId(), periode: '2026-05', text: 'Sesuatu', target: '1' });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual(['periode', 'rhkId']);
    expect(error.details.find((d: { field: string }) => d.field === 'periode').message).toMatch(/triwulan/);
    expect((await s.c.staff1!.send('PUT', url(`/${newId()}`), { rhkId: rhkIds[0], periode: '2027-T1', text: 'Sesuatu', target: '1' })).statusCode).toBe(400);
    expect((await s.c.staff1!.send('PUT', url(`/${newId()}`), { rhkId: rhkIds[0], periode: '2026-T5', text: 'Sesuatu', target: '1' })).statusCode).toBe(400);
    expect((await s.c.staff1!.send('PUT', url(`/${newId()}`), { rhkId: rhkIds[0], periode: '2026-T1', text: '', target: '1' })).statusCode).toBe(400);
  });

  it('is read by the penilai and the auditor, written by neither, and hidden from a peer', async () => {
    const penilai = await ok(await s.c.kasubbag!.get(url()));
    expect(penilai.items).toHaveLength(2);
    expect(penilai.canEdit).toBe(false);
    expect((await ok(await s.c.auditor!.get(url()))).canEdit).toBe(false);
    const body = { rhkId: rhkIds[0], periode: '2026-T3', text: 'Oleh atasan', target: '1' };
    expect((await s.c.kasubbag!.send('PUT', url(`/${newId()}`), body)).statusCode).toBe(403);
    expect((await s.c.auditor!.send('PUT', url(`/${newId()}`), body)).statusCode).toBe(403);
    expect((await s.c.staff2!.get(url())).statusCode).toBe(403);
    expect((await s.c.staff2!.send('DELETE', url(`/${first}`))).statusCode).toBe(403);
  });

  it('shows one whose RHK a revision removed, and removes one for good (a repeat changes nothing)', async () => {
    const stale = newId();
    const gone = newId();
    await s.t.ctx.db
      .insertInto('skp_rencana_aksi')
      .values({ agency_id: s.A, skp_id: skpId, id: stale, rhk_id: gone, periode: '2026-T4', period_from: '2026-10-01', period_to: '2026-12-31', text: 'Untuk RHK yang dihapus', target: '1', updated_by_account_id: (await s.t.ctx.db.selectFrom('accounts').select('id').where('nip', '=', s.t.fixture.people.staff1!.nip).executeTakeFirstOrThrow()).id })
      .execute();
    const list = await ok(await s.c.staff1!.get(url()));
    expect(list.items.find((i: { id: string }) => i.id === stale).rhkMissing).toBe(true);
    expect((await s.c.staff1!.send('DELETE', url(`/${stale}`))).statusCode).toBe(204);
    expect((await s.c.staff1!.send('DELETE', url(`/${stale}`))).statusCode).toBe(204);
    expect(await auditCount('skp.rencana_aksi_removed')).toBe(1);
    expect((await s.c.staff1!.send('DELETE', url(`/${newId()}`))).statusCode).toBe(404);
    expect((await ok(await s.c.staff1!.get(url()))).items.map((i: { id: string }) => i.id)).toEqual([first, second]);
    // A removed id is not brought back by a write.
    expect((await s.c.staff1!.send('PUT', url(`/${stale}`), { rhkId: rhkIds[0], periode: '2026-T4', text: 'Lagi', target: '1' })).statusCode).toBe(409);
  });

  it('follows the agency’s setting: per month once an admin chooses it from a date, not for a reader', async () => {
    const settings = `/api/v1/agencies/${s.A}/skp-settings`;
    expect((await ok(await s.c.adminA!.get(settings))).settings).toEqual({ rencanaAksi: 'triwulanan' });
    expect((await s.c.auditor!.send('PUT', settings, { settings: { rencanaAksi: 'bulanan' } })).statusCode).toBe(403);
    expect((await s.c.adminA!.send('PUT', settings, { settings: { rencanaAksi: 'harian' } })).statusCode).toBe(400);
    // The SKP reads the setting in force on its first day: set it from the agency's today, then look at the SKP as if it began then.
    const saved = await ok(await s.c.adminA!.send('PUT', settings, { settings: { rencanaAksi: 'bulanan' }, note: 'Rencana aksi bulanan' }));
    expect(saved.settings).toEqual({ rencanaAksi: 'bulanan' });
    const before = await ok(await s.c.staff1!.get(url()));
    expect(before.periode).toBe('triwulanan');
    await s.t.ctx.db.updateTable('skp').set({ period_from: saved.effectiveFrom, period_to: `${saved.effectiveFrom.slice(0, 4)}-12-31` }).where('agency_id', '=', s.A).where('id', '=', skpId).execute();
    try {
      const after = await ok(await s.c.staff1!.get(url()));
      expect(after.periode).toBe('bulanan');
      expect(after.periods[0].key).toBe(saved.effectiveFrom.slice(0, 7));
      // What was written per quarter stays as written.
      expect(after.items.map((i: { periode: string }) => i.periode)).toEqual(['2026-T1', '2026-T2']);
      expect((await s.c.staff1!.send('PUT', url(`/${newId()}`), { rhkId: rhkIds[0], periode: '2026-T4', text: 'Per triwulan', target: '1' })).statusCode).toBe(400);
      const monthly = await ok(await s.c.staff1!.send('PUT', url(`/${newId()}`), { rhkId: rhkIds[0], periode: after.periods[0].key, text: 'Per bulan', target: '1 dokumen' }));
      expect(monthly.periodFrom).toBe(saved.effectiveFrom);
      expect((await s.c.staff1!.send('DELETE', url(`/${monthly.id}`))).statusCode).toBe(204);
    } finally {
      await s.t.ctx.db.updateTable('skp').set({ period_from: '2026-01-01', period_to: '2026-12-31' }).where('agency_id', '=', s.A).where('id', '=', skpId).execute();
    }
  });

  it('is what the evaluation takes realisasi against: those of the covered days, per RHK, by the employee', async () => {
    await s.t.ctx.db.updateTable('skp').set({ status: 'disetujui', version_in_force: 1 }).where('agency_id', '=', s.A).where('id', '=', skpId).execute();
    await s.t.ctx.db.updateTable('skp_versions').set({ status: 'disetujui' }).where('agency_id', '=', s.A).where('skp_id', '=', skpId).execute();
    const opened = await ok(await s.c.staff1!.send('POST', `/api/v1/agencies/${s.A}/skp/${skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' }));
    const ev = (path = '') => `/api/v1/agencies/${s.A}/evaluations/${opened.evaluation.id}${path}`;
    // Triwulan I holds the first rencana aksi, on the first RHK; the second (Triwulan II) is not in it.
    expect(opened.rhk.map((r: { rencanaAksi: { id: string }[] }) => r.rencanaAksi.map((a) => a.id))).toEqual([[first], []]);
    expect(opened.rhk[0].rencanaAksi[0]).toMatchObject({ label: 'Triwulan I 2026', target: '1 dokumen', realisasi: null });
    const saved = await ok(await s.c.staff1!.send('PUT', ev(`/realisasi-aksi/${first}`), { realisasi: 'Data 120 pegawai terhimpun' }));
    expect(saved.rhk[0].rencanaAksi[0].realisasi.text).toBe('Data 120 pegawai terhimpun');
    const audits = await auditCount('evaluation.realisasi_aksi_saved');
    await ok(await s.c.staff1!.send('PUT', ev(`/realisasi-aksi/${first}`), { realisasi: 'Data 120 pegawai terhimpun' }));
    expect(await auditCount('evaluation.realisasi_aksi_saved')).toBe(audits);
    // Outside the covered days, or by the penilai: refused.
    expect((await s.c.staff1!.send('PUT', ev(`/realisasi-aksi/${second}`), { realisasi: 'x' })).statusCode).toBe(404);
    expect((await s.c.kasubbag!.send('PUT', ev(`/realisasi-aksi/${first}`), { realisasi: 'x' })).statusCode).toBe(403);
    // The annual evaluation holds both, its realisasi its own.
    const annual = await ok(await s.c.staff1!.send('POST', `/api/v1/agencies/${s.A}/skp/${skpId}/evaluations`, { kind: 'tahunan', periodFrom: '2026-01-01' }));
    expect(annual.rhk.map((r: { rencanaAksi: { id: string; realisasi: unknown }[] }) => r.rencanaAksi.map((a) => [a.id, a.realisasi]))).toEqual([[[first, null]], [[second, null]]]);
  });
});
