import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { seedRegion } from './test-support.js';

/**
 * The JPT form (PermenPANRB 6/2022): RHK with perspektif and "penugasan dari", IKI without an
 * aspect, and a Manual Indikator Kinerja per IKI, kept with its version, compared by the diff, and
 * refused on a JA/JF form. The fixture's Kepala Dinas (JPT, rated by the Sekda) and its staff (JA).
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  const region = await seedRegion(t);
  for (const key of ['kadisA', 'staff1']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  c.sekda = await signIn(t.app, region.sekdaNip);
}, 120_000);
afterAll(() => t.close());

const url = (skpId: string, path = '') => `/api/v1/agencies/${A}/skp/${skpId}${path}`;
async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
async function create(who: string) {
  const period = (await ok(await c[who]!.get('/api/v1/skp/periods?year=2026'))).items[0];
  const body = { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan: 'kualitatif', start: 'kosong' };
  return ok(await c[who]!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people[who]!.id}/skp`, body), 201);
}

const MIK = {
  tujuan: 'Mengukur keberhasilan layanan kesehatan ibu',
  definisi: 'Jumlah kematian ibu per 100.000 kelahiran hidup',
  formula: '(Kematian ibu / kelahiran hidup) x 100.000',
  satuanPengukuran: 'Per 100.000 kelahiran hidup',
  kualitasTingkatKendali: 'Outcome, kendali sedang',
  sumberData: 'Laporan KIA kabupaten/kota',
  periodePelaporan: 'Triwulanan',
  jenisIndikator: 'outcome',
};
const EMPTY = { tujuan: '', definisi: ' ', formula: '', satuanPengukuran: '', kualitasTingkatKendali: '', sumberData: '', periodePelaporan: '', jenisIndikator: null };

describe('the JPT form', () => {
  it('keeps perspektif, penugasan and each IKI’s manual; an empty or absent manual reads as none', async () => {
    const skp = await create('kadisA');
    expect(skp.skp).toMatchObject({ form: 'jpt', pendekatan: 'kualitatif' });
    const [r1, r2, k1, k2, k3] = [newId(), newId(), newId(), newId(), newId()];
    const content = {
      rhk: [
        {
          id: r1,
          jenis: 'utama',
          text: 'Meningkatnya derajat kesehatan ibu',
          parentRhkId: null,
          cascadingType: null,
          perspektif: 'penerima_layanan',
          penugasanDari: 'Gubernur',
          iki: [
            { id: k1, aspek: null, text: 'Angka kematian ibu', target: '150', mik: MIK },
            { id: k2, aspek: null, text: 'Cakupan K4', target: '95%', mik: EMPTY },
          ],
        },
        { id: r2, jenis: 'utama', text: 'Terserapnya anggaran', parentRhkId: null, cascadingType: null, perspektif: 'anggaran', penugasanDari: null, iki: [{ id: k3, aspek: null, text: 'Realisasi', target: '95%' }] },
      ],
      perilaku: [],
      lampiran: [],
    };
    const saved = await ok(await c.kadisA!.send('PUT', url(skp.skp.id, '/draft'), { requestId: newId(), content }));
    expect(saved.content.rhk.map((r: any) => [r.perspektif, r.penugasanDari])).toEqual([
      ['penerima_layanan', 'Gubernur'],
      ['anggaran', null],
    ]);
    expect(saved.content.rhk.flatMap((r: any) => r.iki.map((k: any) => k.mik))).toEqual([MIK, null, null]);
    expect(saved.cascade).toEqual([]);

    // Approved by the Sekda, revised: the diff names the IKI whose manual changed.
    await ok(await c.kadisA!.send('POST', url(skp.skp.id, '/submit'), {}));
    await ok(await c.sekda!.send('POST', url(skp.skp.id, '/approve'), {}));
    await ok(await c.kadisA!.send('POST', url(skp.skp.id, '/revise'), {}));
    const revised = structuredClone(content);
    (revised.rhk[0]!.iki[0] as { mik: unknown }).mik = { ...MIK, periodePelaporan: 'Bulanan' };
    await ok(await c.kadisA!.send('PUT', url(skp.skp.id, '/draft'), { requestId: newId(), content: revised }));
    const diff = await ok(await c.kadisA!.get(url(skp.skp.id, '/diff?from=1&to=2')));
    expect(diff.rhk.changed.map((x: any) => [x.id, x.changes.map((ch: any) => ch.field)])).toEqual([[r1, ['iki']]]);
    const after = diff.rhk.changed[0].changes[0].after as { id: string; mik: { periodePelaporan: string } }[];
    expect(after[0]!.mik.periodePelaporan).toBe('Bulanan');
  });

  it('refuses a manual on a JA/JF form, naming the field, and writes nothing', async () => {
    const skp = await create('staff1');
    expect(skp.skp.form).toBe('ja');
    const iki: { id: string; aspek: string; text: string; target: string; mik: unknown }[] = [{ id: newId(), aspek: 'kuantitas', text: 'Jumlah laporan', target: '12 Laporan', mik: MIK }];
    const content = { rhk: [{ id: newId(), jenis: 'utama', text: 'Laporan', parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki }], perilaku: [], lampiran: [] };
    const res = await c.staff1!.send('PUT', url(skp.skp.id, '/draft'), { requestId: newId(), content });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'content.rhk[0].iki[0].mik', message: 'Manual Indikator Kinerja hanya diisi pada SKP Jabatan Pimpinan Tinggi.' }]);
    expect((await ok(await c.staff1!.get(url(skp.skp.id)))).content.rhk).toEqual([]);
    // An empty manual says nothing and is accepted as none.
    iki[0]!.mik = EMPTY;
    const saved = await ok(await c.staff1!.send('PUT', url(skp.skp.id, '/draft'), { requestId: newId(), content }));
    expect(saved.content.rhk[0].iki[0].mik).toBeNull();
  });

  it('refuses a manual with an unknown jenis indikator or a field too long with 400', async () => {
    const skp = (await ok(await c.kadisA!.get('/api/v1/skp/periods?year=2026'))).items[0].skp;
    const bad = async (mik: unknown) => {
      const iki = [{ id: newId(), aspek: null, text: 'IKI', target: '1', mik }];
      const content = { rhk: [{ id: newId(), jenis: 'utama', text: 'RHK', parentRhkId: null, cascadingType: null, perspektif: 'anggaran', penugasanDari: null, iki }], perilaku: [], lampiran: [] };
      return c.kadisA!.send('PUT', url(skp.id, '/draft'), { requestId: newId(), content });
    };
    expect((await bad({ ...MIK, jenisIndikator: 'input' })).statusCode).toBe(400);
    expect((await bad({ ...MIK, formula: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await bad({ ...MIK, extra: 1 })).statusCode).toBe(400);
  });
});
