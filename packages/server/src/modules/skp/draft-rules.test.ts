import { describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { expectOk as ok, regionSuite } from './test-support.js';

/**
 * What a draft save keeps and refuses on the server. Only the pejabat penilai writes the Ekspektasi
 * Khusus Pimpinan (edit-and-approve). A draft saved by the employee, or by an admin on their behalf,
 * keeps what the version holds, whatever perilaku the device sent: a copy typed before the penilai
 * wrote them must not erase them, and an employee cannot write their own. An empty Lampiran item is
 * refused naming its path, so the editor shows the refusal under that item. The fixture's Kepala Dinas (rated by the Sekda) needs no cascade.
 */
const suite = regionSuite(['kadisA', 'adminA']);
const { c } = suite;
const url = (skpId: string, path = '') => `/api/v1/agencies/${suite.A}/skp/${skpId}${path}`;

const PENILAI = [{ id: 'akuntabel', ekspektasi: 'Laporan kinerja dinas diserahkan paling lambat tanggal 10 setiap triwulan.' }];
const rhk = [
  {
    id: newId(),
    jenis: 'utama',
    text: 'Meningkatnya cakupan imunisasi',
    parentRhkId: null,
    cascadingType: null,
    perspektif: 'penerima_layanan',
    penugasanDari: null,
    iki: [{ id: newId(), aspek: null, text: 'Persentase imunisasi dasar lengkap', target: '95%' }],
  },
];
const content = (perilaku: { id: string; ekspektasi: string }[], text = rhk[0]!.text) => ({ rhk: [{ ...rhk[0]!, text }], perilaku, lampiran: [] });

describe('the Ekspektasi Khusus Pimpinan', () => {
  it('is not written by the employee’s own draft save, which keeps the rest of what they typed', async () => {
    const period = (await ok(await c.kadisA!.get('/api/v1/skp/periods?year=2026'))).items[0];
    const created = await ok(
      await c.kadisA!.send('POST', `/api/v1/agencies/${suite.A}/employees/${suite.t.fixture.people.kadisA!.id}/skp`, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kuantitatif', start: 'kosong' }),
      201,
    );
    const skpId = created.skp.id;
    const saved = await ok(await c.kadisA!.send('PUT', url(skpId, '/draft'), { requestId: newId(), content: content([{ id: 'loyal', ekspektasi: 'Saya tulis sendiri' }]) }));
    expect(saved.content.perilaku).toEqual([]);
    expect(saved.content.rhk.map((r: { text: string }) => r.text)).toEqual([rhk[0]!.text]);

    // The penilai writes them, approving in one step.
    await ok(await c.kadisA!.send('POST', url(skpId, '/submit'), {}));
    const approved = await ok(await c.sekda!.send('POST', url(skpId, '/edit-and-approve'), { requestId: newId(), content: content(PENILAI) }));
    expect(approved.content.perilaku).toEqual(PENILAI);

    // A revision starts from them; a save from a device that still holds none, or changed ones, keeps them.
    const revising = await ok(await c.kadisA!.send('POST', url(skpId, '/revise'), {}));
    expect(revising.content.perilaku).toEqual(PENILAI);
    const stale = await ok(await c.kadisA!.send('PUT', url(skpId, '/draft'), { requestId: newId(), content: content([], 'Meningkatnya cakupan imunisasi dasar lengkap') }));
    expect(stale.content.perilaku).toEqual(PENILAI);
    expect(stale.content.rhk[0].text).toBe('Meningkatnya cakupan imunisasi dasar lengkap');
    const rewritten = await ok(await c.kadisA!.send('PUT', url(skpId, '/draft'), { requestId: newId(), content: content([{ id: 'akuntabel', ekspektasi: 'Lebih longgar' }]) }));
    expect(rewritten.content.perilaku).toEqual(PENILAI);

    // Nor on the employee's behalf by an admin (pengelola kinerja).
    const byAdmin = await ok(await c.adminA!.send('PUT', url(skpId, '/draft'), { requestId: newId(), content: content([{ id: 'harmonis', ekspektasi: 'Dari admin' }]) }));
    expect(byAdmin.content.perilaku).toEqual(PENILAI);

    // So the revision differs from the approved version in its RHK only.
    const diff = await ok(await c.kadisA!.get(url(skpId, '/diff?from=1&to=2')));
    expect([diff.perilaku.added, diff.perilaku.removed, diff.perilaku.changed]).toEqual([[], [], []]);
  });
});

describe('an empty Lampiran item', () => {
  it('is refused with its path, so the editor can show it under the item, and nothing is written', async () => {
    const skp = (await ok(await c.kadisA!.get('/api/v1/skp/periods?year=2026'))).items[0].skp;
    const before = await ok(await c.kadisA!.get(url(skp.id)));
    const lampiran = [
      { id: newId(), jenis: 'konsekuensi', text: 'Keterlambatan dicatat dalam umpan balik.' },
      { id: newId(), jenis: 'dukungan_sumber_daya', text: '' },
    ];
    const res = await c.kadisA!.send('PUT', url(skp.id, '/draft'), { requestId: newId(), content: { ...content([]), lampiran } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', details: [{ field: 'content.lampiran.1.text', message: 'Tidak boleh kosong.' }] });
    expect((await ok(await c.kadisA!.get(url(skp.id)))).content).toEqual(before.content);
  });
});
