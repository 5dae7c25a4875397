import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { seedRegion } from './test-support.js';

/**
 * The SKP workflow through the API on the fixture's Dinas Kesehatan (Kadis → Sekretaris → Kasubbag
 * → staff1), with the regional chain above the Kepala Dinas (Sekda, Gubernur). The Sekretaris is an
 * administrator like a Kepala Bidang, the Kasubbag a pengawas like a Kepala Seksi.
 */
let t: TestApp;
let A: string;
let region: Awaited<ReturnType<typeof seedRegion>>;
const c: Record<string, Client> = {};

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  region = await seedRegion(t);
  const p = t.fixture.people;
  for (const key of ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'adminA', 'teacherB', 'auditor']) c[key] = await signIn(t.app, p[key]!.nip);
  c.sekda = await signIn(t.app, region.sekdaNip);
}, 120_000);
afterAll(() => t.close());

interface Rhk {
  id: string;
  jenis: 'utama' | 'tambahan';
  text: string;
  parentRhkId: string | null;
  cascadingType: 'langsung' | 'tidak_langsung' | null;
  perspektif: string | null;
  penugasanDari: string | null;
  iki: { id: string; aspek: string | null; text: string; target: string }[];
}
const rhk = (text: string, over: Partial<Rhk> = {}): Rhk => ({
  id: newId(),
  jenis: 'utama',
  text,
  parentRhkId: null,
  cascadingType: null,
  perspektif: null,
  penugasanDari: null,
  iki: [{ id: newId(), aspek: 'kuantitas', text: `Jumlah ${text.toLowerCase()}`, target: '12 Laporan' }],
  ...over,
});
const content = (list: Rhk[]) => ({ rhk: list, perilaku: [{ id: 'akuntabel', ekspektasi: 'Menyelesaikan laporan tepat waktu' }], lampiran: [] });

async function create(who: string, employee: string, start = 'kosong') {
  const periods = (await c[who === 'adminA' ? employee : who]!.get('/api/v1/skp/periods?year=2026')).json();
  const period = periods.items[0];
  const res = await c[who]!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people[employee]!.id}/skp`, {
    positionId: period.positionId,
    periodFrom: period.periodFrom,
    pendekatan: 'kuantitatif',
    start,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const url = (skpId: string, path = '') => `/api/v1/agencies/${A}/skp/${skpId}${path}`;
async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

const ids = {} as Record<'kadis' | 'sekretaris' | 'kasubbag' | 'staff1' | 'staff2', string>;
const rhkIds = {} as Record<'kadis' | 'sekretaris' | 'kasubbag', string[]>;

describe('SKP workflow from the Kepala Dinas down', () => {
  it('rates the Kepala Dinas by the Sekda, with the Gubernur (no ASN, no account) as atasan', async () => {
    const skp = await create('kadisA', 'kadisA');
    ids.kadis = skp.skp.id;
    expect(skp.skp).toMatchObject({ form: 'jpt', status: 'draft', currentVersion: 1, periodFrom: '2026-01-01', periodTo: '2026-12-31' });
    expect(skp.people.map((x: { role: string; name: string }) => [x.role, x.name])).toEqual([
      ['pegawai', 'Hendra Wijaya'],
      ['pejabat_penilai', 'Dr. Ahmad Fauzi, M.Si'],
      ['atasan_pejabat_penilai', 'H. Sutarmidji'],
    ]);
    expect(skp.people[1]).toMatchObject({ positionName: 'Sekretaris Daerah', agencyId: region.agencyId, rank: 'IV/e', status: 'pns' });
    expect(skp.people[2]).toMatchObject({ status: 'non_asn', nip: null, positionName: 'Gubernur', officialId: region.gubernurId });
    expect(skp.capacities).toEqual(['pegawai']);

    const list = [rhk('Meningkatnya cakupan imunisasi', { perspektif: 'penerima_layanan' }), rhk('Terlaksananya reformasi birokrasi', { perspektif: 'proses_bisnis' })];
    rhkIds.kadis = list.map((r) => r.id);
    await ok(await c.kadisA!.send('PUT', url(ids.kadis, '/draft'), { requestId: newId(), content: content(list) }));
    await ok(await c.kadisA!.send('POST', url(ids.kadis, '/submit'), {}));
    const waiting = await ok(await c.sekda!.get('/api/v1/skp/waiting'));
    expect(waiting.items.map((s: { id: string }) => s.id)).toEqual([ids.kadis]);
    const approved = await ok(await c.sekda!.send('POST', url(ids.kadis, '/approve'), {}));
    expect(approved.skp).toMatchObject({ status: 'disetujui', versionInForce: 1 });
  });

  it('lets the Sekretaris start from the Kepala Dinas’s RHK, and the Kepala Dinas approve', async () => {
    const skp = await create('sekretaris', 'sekretaris', 'rhk_atasan');
    ids.sekretaris = skp.skp.id;
    expect(skp.skp.form).toBe('ja');
    expect(skp.content.rhk.map((r: Rhk) => [r.parentRhkId, r.cascadingType, r.text])).toEqual([
      [rhkIds.kadis![0], 'langsung', 'Meningkatnya cakupan imunisasi'],
      [rhkIds.kadis![1], 'langsung', 'Terlaksananya reformasi birokrasi'],
    ]);
    expect(skp.content.rhk[0].iki[0]).toMatchObject({ aspek: 'kuantitas', target: '12 Laporan' });
    expect(skp.cascade).toEqual([]);
    rhkIds.sekretaris = skp.content.rhk.map((r: Rhk) => r.id);
    await ok(await c.sekretaris!.send('POST', url(ids.sekretaris, '/submit'), {}));
    await ok(await c.kadisA!.send('POST', url(ids.sekretaris, '/approve'), {}));
  });

  it('refuses the Kasubbag’s submit while an RHK utama intervenes nothing, naming the field', async () => {
    const skp = await create('kasubbag', 'kasubbag');
    ids.kasubbag = skp.skp.id;
    const list = [rhk('Tersusunnya laporan kepegawaian')];
    await ok(await c.kasubbag!.send('PUT', url(ids.kasubbag, '/draft'), { requestId: newId(), content: content(list) }));
    const res = await c.kasubbag!.send('POST', url(ids.kasubbag, '/submit'), {});
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('SKP_CASCADE');
    expect(res.json().error.details).toEqual([{ field: 'content.rhk[0].parentRhkId', message: expect.stringMatching(/wajib mengintervensi/) }]);
    expect((await ok(await c.kasubbag!.get(url(ids.kasubbag)))).skp.status).toBe('draft');
  });

  it('offers the Kasubbag the RHK of the Sekretaris’s approved SKP to intervene, to the SKP’s readers only', async () => {
    const offered = await ok(await c.kasubbag!.get(url(ids.kasubbag, '/penilai-rhk')));
    expect(offered.items.map((r: { id: string; text: string; jenis: string; skpId: string }) => [r.id, r.text, r.jenis, r.skpId])).toEqual([
      [rhkIds.sekretaris![0], 'Meningkatnya cakupan imunisasi', 'utama', ids.sekretaris],
      [rhkIds.sekretaris![1], 'Terlaksananya reformasi birokrasi', 'utama', ids.sekretaris],
    ]);
    expect(offered.items[0]).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-12-31' });
    // The penilai reads the same list on the subordinate's SKP; a peer reads nothing of it.
    expect((await ok(await c.sekretaris!.get(url(ids.kasubbag, '/penilai-rhk')))).items).toHaveLength(2);
    expect((await c.staff2!.get(url(ids.kasubbag, '/penilai-rhk'))).statusCode).toBe(403);
    // The Sekda keeps no SKP here yet: the Kepala Dinas has nothing to intervene.
    expect((await ok(await c.kadisA!.get(url(ids.kadis, '/penilai-rhk')))).items).toEqual([]);
  });

  it('is returned with a required note, revised and approved by the Sekretaris', async () => {
    const list = [rhk('Tersusunnya laporan kepegawaian', { parentRhkId: rhkIds.sekretaris![1]!, cascadingType: 'tidak_langsung' }), rhk('Terdatanya sasaran imunisasi', { parentRhkId: rhkIds.sekretaris![0]!, cascadingType: 'tidak_langsung' })];
    rhkIds.kasubbag = list.map((r) => r.id);
    await ok(await c.kasubbag!.send('PUT', url(ids.kasubbag, '/draft'), { requestId: newId(), content: content(list) }));
    await ok(await c.kasubbag!.send('POST', url(ids.kasubbag, '/submit'), {}));

    const noNote = await c.sekretaris!.send('POST', url(ids.kasubbag, '/return'), { note: '  ' });
    expect(noNote.statusCode).toBe(400);
    const returned = await ok(await c.sekretaris!.send('POST', url(ids.kasubbag, '/return'), { note: 'Target laporan kepegawaian dibuat bulanan.' }));
    expect(returned.skp.status).toBe('dikembalikan');
    expect((await ok(await c.kasubbag!.get(url(ids.kasubbag)))).returnNote).toBe('Target laporan kepegawaian dibuat bulanan.');

    list[0]!.iki[0]!.target = '12 Laporan bulanan';
    await ok(await c.kasubbag!.send('PUT', url(ids.kasubbag, '/draft'), { requestId: newId(), content: content(list) }));
    await ok(await c.kasubbag!.send('POST', url(ids.kasubbag, '/submit'), {}));
    const approved = await ok(await c.sekretaris!.send('POST', url(ids.kasubbag, '/approve'), {}));
    expect(approved.skp).toMatchObject({ status: 'disetujui', currentVersion: 1, versionInForce: 1 });

    const versions = await ok(await c.kasubbag!.get(url(ids.kasubbag, '/versions')));
    expect(versions.items[0].events.map((e: { action: string }) => e.action)).toEqual(['create', 'edit', 'edit', 'submit', 'return', 'edit', 'submit', 'approve']);
  });

  it('lets staff draft from the Kasubbag’s RHK, and an admin draft for another on their behalf', async () => {
    const skp = await create('staff1', 'staff1', 'rhk_atasan');
    expect(skp.content.rhk.map((r: Rhk) => r.parentRhkId)).toEqual(rhkIds.kasubbag);
    ids.staff1 = skp.skp.id;
    await ok(await c.staff1!.send('POST', url(ids.staff1, '/submit'), {}));
    await ok(await c.kasubbag!.send('POST', url(ids.staff1, '/approve'), {}));

    const onBehalf = await create('adminA', 'staff2');
    ids.staff2 = onBehalf.skp.id;
    expect(onBehalf.capacities).toEqual(['pengelola_kinerja']);
    const versions = await ok(await c.staff2!.get(url(ids.staff2, '/versions')));
    expect(versions.items[0].events[0]).toMatchObject({ action: 'create', capacity: 'pengelola_kinerja', onBehalf: true, actorName: 'Rina Marlina' });
  });

  it('keeps a subordinate’s link through the supervisor’s revision, and shows the one to a removed RHK as broken', async () => {
    const revising = await ok(await c.sekretaris!.send('POST', url(ids.sekretaris, '/revise'), {}));
    expect(revising.skp).toMatchObject({ status: 'draft', currentVersion: 2, versionInForce: 1 });
    const kept = { ...revising.content.rhk[0], text: 'Meningkatnya cakupan imunisasi dasar lengkap' };
    await ok(await c.sekretaris!.send('PUT', url(ids.sekretaris, '/draft'), { requestId: newId(), content: { ...revising.content, rhk: [kept] } }));
    await ok(await c.sekretaris!.send('POST', url(ids.sekretaris, '/submit'), {}));
    await ok(await c.kadisA!.send('POST', url(ids.sekretaris, '/approve'), {}));

    const diff = await ok(await c.sekretaris!.get(url(ids.sekretaris, '/diff?from=1&to=2')));
    expect(diff.rhk.removed.map((r: Rhk) => r.id)).toEqual([rhkIds.sekretaris![1]]);
    expect(diff.rhk.changed).toEqual([{ id: rhkIds.sekretaris![0], changes: [{ field: 'text', before: 'Meningkatnya cakupan imunisasi', after: 'Meningkatnya cakupan imunisasi dasar lengkap' }] }]);
    expect(diff.rhk.added).toEqual([]);

    const matriks = await ok(await c.sekretaris!.get(url(ids.sekretaris, '/matriks')));
    expect(matriks.version).toBe(2);
    expect(matriks.rows).toEqual([
      { leaderRhkId: rhkIds.sekretaris![0], leaderRhkText: 'Meningkatnya cakupan imunisasi dasar lengkap', carriers: [expect.objectContaining({ rhkId: rhkIds.kasubbag![1], employeeName: 'Budi Santoso' })] },
    ]);
    expect(matriks.brokenLinks).toEqual([expect.objectContaining({ rhkId: rhkIds.kasubbag![0], skpId: ids.kasubbag })]);
    expect(matriks.uncarried).toEqual([]);

    const kasubbag = await ok(await c.kasubbag!.get(url(ids.kasubbag)));
    expect(kasubbag.skp.status).toBe('disetujui');
    expect(kasubbag.cascade).toEqual([]);
    // The approved SKP is not re-checked; its next revision is, and names the broken link.
    const revision = await ok(await c.kasubbag!.send('POST', url(ids.kasubbag, '/revise'), {}));
    expect(revision.cascade).toEqual([expect.objectContaining({ code: 'RHK_PARENT_NOT_IN_FORCE', rhkId: rhkIds.kasubbag![0] })]);
    expect(revision.content.rhk.map((r: Rhk) => r.parentRhkId)).toEqual([rhkIds.sekretaris![1], rhkIds.sekretaris![0]]);
  });

  it('lets the penilai edit and approve in one step', async () => {
    const current = await ok(await c.kasubbag!.get(url(ids.kasubbag)));
    const fixed = current.content.rhk.map((r: Rhk) => ({ ...r, parentRhkId: rhkIds.sekretaris![0] }));
    await ok(await c.kasubbag!.send('POST', url(ids.kasubbag, '/submit'), {}).then(async (res) => {
      expect(res.statusCode, res.body).toBe(422);
      return c.kasubbag!.send('PUT', url(ids.kasubbag, '/draft'), { requestId: newId(), content: { ...current.content, rhk: [current.content.rhk[1]] } });
    }));
    await ok(await c.kasubbag!.send('POST', url(ids.kasubbag, '/submit'), {}));
    const approved = await ok(await c.sekretaris!.send('POST', url(ids.kasubbag, '/edit-and-approve'), { content: { ...current.content, rhk: fixed } }));
    expect(approved.skp).toMatchObject({ status: 'disetujui', currentVersion: 2, versionInForce: 2 });
    expect(approved.content.rhk).toHaveLength(2);
    const events = (await ok(await c.kasubbag!.get(url(ids.kasubbag, '/versions')))).items[1].events;
    expect(events.at(-1)).toMatchObject({ action: 'edit_and_approve', capacity: 'pejabat_penilai', actorName: 'Siti Rahmawati' });
  });
});

describe('withdrawing and giving up a revision', () => {
  it('withdraws a submitted SKP to draft, and gives up a revision leaving the approved version in force', async () => {
    // The Kadis's SKP is approved (version 1): a revision, submitted, withdrawn, then given up.
    const revising = await ok(await c.kadisA!.send('POST', url(ids.kadis, '/revise'), {}));
    expect(revising.skp).toMatchObject({ currentVersion: 2, status: 'draft', versionInForce: 1 });
    await ok(await c.kadisA!.send('POST', url(ids.kadis, '/submit'), {}));
    const withdrawn = await ok(await c.kadisA!.send('POST', url(ids.kadis, '/withdraw'), {}));
    expect(withdrawn.skp.status).toBe('draft');
    const cancelled = await ok(await c.kadisA!.send('POST', url(ids.kadis, '/cancel-revision'), {}));
    expect(cancelled.skp).toMatchObject({ status: 'dibatalkan', currentVersion: 2, versionInForce: 1 });
    // The Sekretaris's start still reads the Kepala Dinas's version in force.
    const matriks = await ok(await c.kadisA!.get(url(ids.kadis, '/matriks')));
    expect(matriks.version).toBe(1);
    const first = await c.staff1!.send('POST', url(ids.staff1, '/cancel-revision'), {});
    expect(first.statusCode).toBe(409);
  });

  it('lists an employee’s periods for their supervisor and the pengelola kinerja, not for a peer', async () => {
    const path = `/api/v1/agencies/${A}/employees/${t.fixture.people.kasubbag!.id}/skp?year=2026`;
    expect((await ok(await c.sekretaris!.get(path))).items[0].skp.id).toBe(ids.kasubbag);
    expect((await c.adminA!.get(path)).statusCode).toBe(200);
    expect((await c.staff2!.get(path)).statusCode).toBe(403);
  });
});

describe('a first draft in one tap', () => {
  it('copies last year’s SKP with new ids, keeping its links to be checked again', async () => {
    const periods = (await c.staff1!.get('/api/v1/skp/periods?year=2027')).json();
    expect(periods.items).toEqual([expect.objectContaining({ periodFrom: '2027-01-01', periodTo: '2027-12-31', form: 'ja', skp: null })]);
    const res = await c.staff1!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people.staff1!.id}/skp`, { positionId: periods.items[0].positionId, periodFrom: '2027-01-01', pendekatan: 'kualitatif', start: 'salin_tahun_lalu' });
    const copy = await ok(res, 201);
    const source = await ok(await c.staff1!.get(url(ids.staff1)));
    expect(copy.skp).toMatchObject({ periodFrom: '2027-01-01', pendekatan: 'kualitatif', status: 'draft' });
    expect(copy.content.rhk.map((r: Rhk) => [r.text, r.parentRhkId])).toEqual(source.content.rhk.map((r: Rhk) => [r.text, r.parentRhkId]));
    expect(copy.content.rhk.map((r: Rhk) => r.id)).not.toContain(source.content.rhk[0].id);
    // The Kasubbag has no approved SKP for 2027: the copied links cannot be submitted yet.
    expect(copy.cascade.map((i: { code: string }) => i.code)).toEqual(['PENILAI_SKP_NOT_APPROVED']);
  });

  it('refuses to start from the supervisor’s RHK before the supervisor’s SKP is approved', async () => {
    const periods = (await c.kasubbag!.get('/api/v1/skp/periods?year=2027')).json();
    const res = await c.kasubbag!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people.kasubbag!.id}/skp`, { positionId: periods.items[0].positionId, periodFrom: '2027-01-01', pendekatan: 'kuantitatif', start: 'rhk_atasan' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/belum disetujui/);
    // Nothing was made.
    expect((await c.kasubbag!.get('/api/v1/skp/periods?year=2027')).json().items[0].skp).toBeNull();
  });

  it('refuses a copy when there is no earlier SKP', async () => {
    const periods = (await c.staff1!.get('/api/v1/skp/periods?year=2025')).json();
    const res = await c.staff1!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people.staff1!.id}/skp`, { positionId: periods.items[0].positionId, periodFrom: '2025-01-01', pendekatan: 'kuantitatif', start: 'salin_tahun_lalu' });
    expect(res.statusCode).toBe(409);
  });
});

describe('saving a draft', () => {
  it('is idempotent: a repeated request id changes nothing, even with other content', async () => {
    const requestId = newId();
    const linked = { parentRhkId: rhkIds.kasubbag![1]!, cascadingType: 'langsung' as const };
    const first = await ok(await c.staff2!.send('PUT', url(ids.staff2, '/draft'), { requestId, content: content([rhk('Terarsipnya surat masuk', linked)]) }));
    const again = await ok(await c.staff2!.send('PUT', url(ids.staff2, '/draft'), { requestId, content: content([rhk('Sesuatu yang lain')]) }));
    expect(again.content).toEqual(first.content);
    const events = (await ok(await c.staff2!.get(url(ids.staff2, '/versions')))).items[0].events;
    expect(events.filter((e: { action: string }) => e.action === 'edit')).toHaveLength(1);
  });

  it('refuses an RHK id twice in one version with the field named', async () => {
    const r = rhk('Ganda');
    const res = await c.staff2!.send('PUT', url(ids.staff2, '/draft'), { requestId: newId(), content: content([r, { ...r, iki: [] }]) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('content.rhk[1].id');
  });

  it('refuses to edit a submitted SKP', async () => {
    await ok(await c.staff2!.send('POST', url(ids.staff2, '/submit'), {}));
    const res = await c.staff2!.send('PUT', url(ids.staff2, '/draft'), { requestId: newId(), content: content([]) });
    expect(res.statusCode).toBe(409);
  });

  it('refuses a second SKP for the same post and period', async () => {
    const periods = (await c.staff2!.get('/api/v1/skp/periods?year=2026')).json();
    expect(periods.items[0].skp.id).toBe(ids.staff2);
    const res = await c.staff2!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people.staff2!.id}/skp`, { positionId: periods.items[0].positionId, periodFrom: '2026-01-01', pendekatan: 'kualitatif', start: 'kosong' });
    expect(res.statusCode).toBe(409);
  });
});

describe('who may do what', () => {
  it('lets the employee, the penilai, the atasan and the agency’s readers read; no one else', async () => {
    const status = async (who: string) => (await c[who]!.get(url(ids.kasubbag))).statusCode;
    expect(await status('kasubbag')).toBe(200);
    expect(await status('sekretaris')).toBe(200);
    expect(await status('kadisA')).toBe(200);
    expect(await status('adminA')).toBe(200);
    expect(await status('auditor')).toBe(200);
    expect(await status('staff1')).toBe(403);
    expect(await status('teacherB')).toBe(403);
    // The Sekda, two levels up in another agency, rates the Kepala Dinas but not the Kasubbag.
    expect(await status('sekda')).toBe(403);
    expect((await c.sekda!.get(url(ids.kadis))).statusCode).toBe(200);
  });

  it('refuses approval by anyone but the pejabat penilai named on the SKP', async () => {
    const submitted = await ok(await c.staff1!.send('POST', url(ids.staff1, '/revise'), {}));
    expect(submitted.skp.status).toBe('draft');
    await ok(await c.staff1!.send('POST', url(ids.staff1, '/submit'), {}));
    for (const who of ['staff1', 'adminA', 'sekretaris', 'auditor']) {
      const res = await c[who]!.send('POST', url(ids.staff1, '/approve'), {});
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    // The penilai may not draft for the employee; the auditor reads but never writes.
    expect((await c.kasubbag!.send('PUT', url(ids.staff1, '/draft'), { requestId: newId(), content: content([]) })).statusCode).toBe(403);
    expect((await c.auditor!.send('POST', `/api/v1/agencies/${A}/employees/${t.fixture.people.staff1!.id}/skp`, { positionId: newId(), periodFrom: '2026-01-01', pendekatan: 'kuantitatif', start: 'kosong' })).statusCode).toBe(403);
  });

  it('answers 404 for an SKP of another agency named under this one, to its readers', async () => {
    expect((await c.adminA!.get(`/api/v1/agencies/${A}/skp/${newId()}`)).statusCode).toBe(404);
    expect((await c.auditor!.get(`/api/v1/agencies/${t.fixture.agencyIds.B}/skp/${ids.kasubbag}`)).statusCode).toBe(404);
  });
});
