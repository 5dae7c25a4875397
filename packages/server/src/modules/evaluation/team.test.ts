import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_POPPLER, readBack, words } from '../skp-print/test-support.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { approvedSkp, type TestRhk } from './test-support.js';

/**
 * The penilai's team view and an employee's annual result on the fixture's Dinas Kesehatan: staff1
 * and staff2 rated by the Kasubbag in Triwulan I 2026, the curve of the Dinas moving as they are rated.
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const skp: Record<string, { skpId: string; rhk: TestRhk[] }> = {};
const Q1 = 'periodFrom=2026-01-01&periodTo=2026-03-31';

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['kasubbag', 'staff1', 'staff2', 'adminA', 'auditor']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  skp.staff1 = await approvedSkp(t, c.staff1!, 'staff1', 2026, ['Tersusunnya laporan kepegawaian']);
  skp.staff2 = await approvedSkp(t, c.staff2!, 'staff2', 2026, ['Terlaksananya layanan umum']);
}, 120_000);
afterAll(() => t.close());

async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
async function refused(res: { statusCode: number; body: string; json(): any }, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
}
async function openAndRate(key: string, kind: 'periodik' | 'tahunan', hasil: string, perilaku: string): Promise<string> {
  const opened = await ok(await c[key]!.send('POST', `/api/v1/agencies/${A}/skp/${skp[key]!.skpId}/evaluations`, { kind, periodFrom: '2026-01-01' }));
  const id = opened.evaluation.id as string;
  await ok(await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/evaluations/${id}/rating`, { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, note: '' }));
  return id;
}
const team = async (who = 'kasubbag', q = Q1) => ok(await c[who]!.get(`/api/v1/evaluation-team?${q}`));

describe('the penilai’s team view', () => {
  it('lists everyone the penilai rates in the period, not yet opened, outside any curve before a capaian is set', async () => {
    const answer = await team();
    expect(answer).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-03-31', label: 'Triwulan I', curves: [], outsideCurve: 2 });
    expect(answer.periods.map((p: { label: string }) => p.label)).toEqual(['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Tahunan']);
    expect(answer.items.map((i: { employeeId: string; status: string; predikat: null }) => [i.employeeId, i.status, i.predikat]).sort()).toEqual(
      [
        [t.fixture.people.staff1!.id, 'belum_dibuka', null],
        [t.fixture.people.staff2!.id, 'belum_dibuka', null],
      ].sort(),
    );
  });

  it('shows the live predikat and the organisation’s curve warning, then the curve once the mix fits', async () => {
    await ok(await c.adminA!.send('PUT', `/api/v1/agencies/${A}/units/${t.fixture.units.DINKES!.id}/capaian-organisasi`, { periodFrom: '2026-01-01', periodTo: '2026-03-31', capaian: 'baik' }));
    const first = await openAndRate('staff1', 'periodik', 'sesuai_ekspektasi', 'sesuai_ekspektasi');
    let answer = await team();
    const staff1 = answer.items.find((i: { employeeId: string }) => i.employeeId === t.fixture.people.staff1!.id);
    expect(staff1).toMatchObject({ evaluationId: first, status: 'berjalan', ratingHasilKerja: 'sesuai_ekspektasi', predikat: 'baik', curveUnitId: t.fixture.units.DINKES!.id });
    expect(answer.outsideCurve).toBe(0);
    expect(answer.curves).toHaveLength(1);
    expect(answer.curves[0]).toMatchObject({ agencyId: A, unitId: t.fixture.units.DINKES!.id, capaian: 'baik', curvePolicy: 'warn', total: 1 });
    // 1 of 1 Baik is over 70 %, and Baik needs someone Butuh Perbaikan or Kurang.
    expect(answer.curves[0].breaches).toHaveLength(2);

    await openAndRate('staff2', 'periodik', 'di_bawah_ekspektasi', 'sesuai_ekspektasi');
    answer = await team();
    expect(answer.curves[0]).toMatchObject({ total: 2, breaches: [], counts: { sangat_baik: 0, baik: 1, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 } });
    expect(answer.items.map((i: { predikat: string }) => i.predikat).sort()).toEqual(['baik', 'butuh_perbaikan']);
  });

  it('shows the period holding today by default, and refuses half a period or one the agency does not have', async () => {
    const now = await team('kasubbag', '');
    expect(now.periods.some((p: { periodFrom: string; periodTo: string }) => p.periodFrom === now.periodFrom && p.periodTo === now.periodTo)).toBe(true);
    await refused(await c.kasubbag!.get('/api/v1/evaluation-team?periodFrom=2026-01-01'), 400, 'VALIDATION');
    await refused(await c.kasubbag!.get('/api/v1/evaluation-team?periodFrom=2026-01-01&periodTo=2026-02-28'), 400, 'VALIDATION');
    await refused(await c.kasubbag!.get('/api/v1/evaluation-team?periodFrom=2026-01-01&periodTo=kemarin'), 400, 'VALIDATION');
  });

  it('is empty for someone who rates nobody, and not for an account without an employee', async () => {
    expect((await team('staff1')).items).toEqual([]);
    await refused(await c.auditor!.get(`/api/v1/evaluation-team?${Q1}`), 403, 'FORBIDDEN');
  });
});

describe('the Penetapan Predikat Kinerja Pegawai of an organisation', () => {
  const pdfUrl = (unit: string) => `/api/v1/agencies/${A}/units/${unit}/penetapan-predikat/pdf?${Q1}`;

  it('prints everyone in the Dinas’s curve with their predikat and the distribution, a draft until all are finalised', async () => {
    const res = await c.adminA!.get(pdfUrl(t.fixture.units.DINKES!.id));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Penetapan-Predikat-2026-01-01-2026-03-31-draf.pdf');
    if (!HAVE_POPPLER) return;
    const { text } = await readBack(res.rawPayload, 'penetapan-predikat', process.env.KINERJA_PDF_OUT);
    const w = words(text);
    for (const expected of ['PENETAPAN PREDIKAT KINERJA PEGAWAI', 'PERIODE: TRIWULAN I', 'CAPAIAN KINERJA ORGANISASI BAIK', 'Baik paling banyak 70%', t.fixture.people.staff1!.name, t.fixture.people.staff2!.name, 'Butuh Perbaikan *', 'DRAF']) {
      expect(w).toContain(words(expected));
    }
  });

  it('is for the agency’s readers and whoever sets the capaian, and needs the capaian set', async () => {
    await refused(await c.kasubbag!.get(pdfUrl(t.fixture.units.DINKES!.id)), 403, 'FORBIDDEN');
    await refused(await c.staff1!.get(pdfUrl(t.fixture.units.DINKES!.id)), 403, 'FORBIDDEN');
    await refused(await c.adminA!.get(pdfUrl(t.fixture.units['DINKES-SEK']!.id)), 409, 'CONFLICT');
    await refused(await c.adminA!.get(`/api/v1/agencies/${A}/units/${t.fixture.units.DINKES!.id}/penetapan-predikat/pdf?periodFrom=2026-01-01&periodTo=2026-02-28`), 400, 'VALIDATION');
  });
});

describe('the annual result of an employee', () => {
  const url = (year = 2026) => `/api/v1/agencies/${A}/employees/${t.fixture.people.staff1!.id}/evaluation-annual?year=${year}`;

  it('is provisional until the annual evaluation is finalised, then complete with its predikat', async () => {
    const id = await openAndRate('staff1', 'tahunan', 'di_atas_ekspektasi', 'di_atas_ekspektasi');
    let year = await ok(await c.staff1!.get(url()));
    expect(year).toMatchObject({ year: 2026, complete: false, predikat: null, angkaKredit: null });
    expect(year.skps).toEqual([
      expect.objectContaining({ skpId: skp.staff1!.skpId, evaluationId: id, status: 'berjalan', predikat: 'sangat_baik', chosen: false, coveredFrom: '2026-01-01', coveredTo: '2026-12-31' }),
    ]);
    await ok(await c.kasubbag!.send('POST', `/api/v1/agencies/${A}/evaluations/${id}/finalise`, {}));
    year = await ok(await c.kasubbag!.get(url()));
    expect(year).toMatchObject({ complete: true, ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', predikat: 'sangat_baik' });
    expect(year.skps[0]).toMatchObject({ status: 'final', chosen: true });
    expect((await ok(await c.adminA!.get(url()))).predikat).toBe('sangat_baik');
  });

  it('is empty for a year with no SKP, refused to a colleague and to a bad year', async () => {
    expect(await ok(await c.staff1!.get(url(2019)))).toMatchObject({ skps: [], complete: false, predikat: null });
    await refused(await c.staff2!.get(url()), 403, 'FORBIDDEN');
    await refused(await c.staff1!.get(url(99999)), 400, 'VALIDATION');
  });
});
