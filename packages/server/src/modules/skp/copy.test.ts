import { describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { expectOk as ok, regionSuite } from './test-support.js';

/**
 * "Copy last year's SKP" (issue 16 item 4, item 8's leftover): the copy carries the RHK with their
 * IKI and the Ekspektasi Khusus Pimpinan of the version copied (the penilai's words, which a draft
 * save never writes), so the penilai starts from last year's expectations too.
 */
const s = regionSuite(['staff1']);

describe('copying last year’s SKP', () => {
  it('copies the RHK, IKI, lampiran and the ekspektasi of the version in force, with new ids', async () => {
    const c = s.c.staff1!;
    const employee = s.t.fixture.people.staff1!.id;
    const period = (await c.get('/api/v1/skp/periods?year=2025')).json().items[0];
    const source = await ok(await c.send('POST', `/api/v1/agencies/${s.A}/employees/${employee}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start: 'kosong' }), 201);
    const rhkId = newId();
    await ok(
      await c.send('PUT', `/api/v1/agencies/${s.A}/skp/${source.skp.id}/draft`, {
        requestId: newId(),
        content: {
          rhk: [{ id: rhkId, jenis: 'utama', text: 'Tersusunnya laporan', parentRhkId: newId(), cascadingType: 'langsung', perspektif: null, penugasanDari: null, iki: [{ id: newId(), aspek: 'kuantitas', text: 'Jumlah laporan', target: '12 Laporan' }] }],
          perilaku: [],
          lampiran: [{ id: newId(), jenis: 'konsekuensi', text: 'Sesuai ketentuan' }],
        },
      }),
    );
    // As the penilai's edit-and-approve leaves it: approved, with an Ekspektasi Khusus Pimpinan per value written.
    const ekspektasi = [
      { id: 'berorientasi_pelayanan', ekspektasi: 'Melayani pegawai dengan ramah' },
      { id: 'akuntabel', ekspektasi: 'Menyelesaikan laporan tepat waktu' },
    ];
    await s.t.ctx.db.updateTable('skp_versions').set({ status: 'disetujui', perilaku: JSON.stringify(ekspektasi) }).where('agency_id', '=', s.A).where('skp_id', '=', source.skp.id).execute();
    await s.t.ctx.db.updateTable('skp').set({ status: 'disetujui', version_in_force: 1 }).where('agency_id', '=', s.A).where('id', '=', source.skp.id).execute();

    const next = (await c.get('/api/v1/skp/periods?year=2026')).json().items[0];
    const copy = await ok(await c.send('POST', `/api/v1/agencies/${s.A}/employees/${employee}/skp`, { positionId: next.positionId, periodFrom: next.periodFrom, pendekatan: 'kuantitatif', start: 'salin_tahun_lalu' }), 201);
    expect(copy.content.perilaku).toEqual(ekspektasi);
    expect(copy.content.rhk.map((r: { text: string; iki: { target: string }[] }) => [r.text, r.iki.map((k) => k.target)])).toEqual([['Tersusunnya laporan', ['12 Laporan']]]);
    expect(copy.content.rhk[0].id).not.toBe(rhkId);
    expect(copy.content.lampiran.map((l: { text: string }) => l.text)).toEqual(['Sesuai ketentuan']);
  });
});
