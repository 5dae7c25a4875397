import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { approvedEntries, approvedSkp, type TestRhk } from './test-support.js';

/**
 * A full quarter (Triwulan I 2026) on the fixture's Dinas Kesehatan: staff1 and staff2 rated by the
 * Kasubbag, staff3 (Epidemiolog Ahli Pertama, a JF) by the Sekretaris as Plt Kepala Bidang, the
 * Sekretaris (head of the Sekretariat) by the Kepala Dinas.
 */
let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const skp: Record<string, { skpId: string; rhk: TestRhk[] }> = {};
const evaluation: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  for (const key of ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3', 'adminA', 'auditor']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  skp.staff1 = await approvedSkp(t, c.staff1!, 'staff1', 2026, ['Tersusunnya laporan kepegawaian', 'Terkelolanya arsip surat']);
  skp.staff2 = await approvedSkp(t, c.staff2!, 'staff2', 2026, ['Terlaksananya layanan umum']);
  skp.staff3 = await approvedSkp(t, c.staff3!, 'staff3', 2026, ['Tersedianya laporan surveilans']);
  skp.sekretaris = await approvedSkp(t, c.sekretaris!, 'sekretaris', 2026, ['Terselenggaranya kesekretariatan']);
}, 120_000);
afterAll(() => t.close());

const ev = (id: string, path = '') => `/api/v1/agencies/${A}/evaluations/${id}${path}`;
async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
async function refused(res: { statusCode: number; body: string; json(): any }, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
  return res.json().error;
}
async function open(key: string, who = key, kind = 'periodik', periodFrom = '2026-01-01') {
  const detail = await ok(await c[who]!.send('POST', `/api/v1/agencies/${A}/skp/${skp[key]!.skpId}/evaluations`, { kind, periodFrom }));
  evaluation[key] = detail.evaluation.id;
  return detail;
}
const auditCount = async (action: string) =>
  Number((await t.ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

describe('a quarter of evaluation', () => {
  it('lists the SKP’s periods at the agency’s frequency plus the annual one', async () => {
    const periods = await ok(await c.staff1!.get(`/api/v1/agencies/${A}/skp/${skp.staff1!.skpId}/evaluations`));
    expect(periods.frequency).toBe('triwulanan');
    expect(periods.items.map((i: { label: string; periodFrom: string; periodTo: string; creditedMonths: number }) => [i.label, i.periodFrom, i.periodTo, i.creditedMonths])).toEqual([
      ['Triwulan I', '2026-01-01', '2026-03-31', 3],
      ['Triwulan II', '2026-04-01', '2026-06-30', 3],
      ['Triwulan III', '2026-07-01', '2026-09-30', 3],
      ['Triwulan IV', '2026-10-01', '2026-12-31', 3],
      ['Tahunan', '2026-01-01', '2026-12-31', 12],
    ]);
    expect(periods.items.every((i: { evaluation: unknown }) => i.evaluation === null)).toBe(true);
  });

  it('opens Triwulan I once, however often it is asked, and refuses a period the SKP does not have', async () => {
    const first = await open('staff1');
    expect(first.evaluation).toMatchObject({ status: 'berjalan', label: 'Triwulan I', predikat: null, angkaKredit: null });
    expect(first.capacities).toEqual(['pegawai']);
    expect(first.rhk.map((r: { text: string }) => r.text)).toEqual(['Tersusunnya laporan kepegawaian', 'Terkelolanya arsip surat']);
    const again = await open('staff1', 'kasubbag');
    expect(again.evaluation.id).toBe(first.evaluation.id);
    expect(again.capacities).toEqual(['pejabat_penilai']);
    expect(await auditCount('evaluation.opened')).toBe(1);
    await refused(await c.staff1!.send('POST', `/api/v1/agencies/${A}/skp/${skp.staff1!.skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-02-01' }), 400, 'VALIDATION');
    // The agency's admin reads it but opens nothing: that is the employee's or the penilai's.
    await refused(await c.adminA!.send('POST', `/api/v1/agencies/${A}/skp/${skp.staff1!.skpId}/evaluations`, { kind: 'periodik', periodFrom: '2026-01-01' }), 403, 'FORBIDDEN');
  });

  it('proposes realisasi from the approved journal per RHK, and counts entries without an RHK of this SKP apart', async () => {
    const [r1, r2] = skp.staff1!.rhk;
    await approvedEntries(t, 'staff1', [
      { date: '2026-01-05', minutes: 60, volume: 2, rhkId: r1!.id },
      { date: '2026-03-31', minutes: 90, volume: 1.5, rhkId: r1!.id },
      { date: '2026-02-10', minutes: 30, volume: 1, rhkId: null },
      { date: '2026-02-11', minutes: 45, volume: 1, rhkId: newId() },
      // Outside the quarter, or not approved: not proposed.
      { date: '2026-04-01', minutes: 600, volume: 9, rhkId: r1!.id },
      { date: '2026-02-12', minutes: 600, volume: 9, rhkId: r2!.id, status: 'submitted' },
    ]);
    const proposal = await ok(await c.staff1!.get(ev(evaluation.staff1!, '/proposal')));
    expect(proposal.items).toEqual([
      { rhkId: r1!.id, rhkText: r1!.text, entries: 2, minutes: 150, volume: 3.5 },
      { rhkId: r2!.id, rhkText: r2!.text, entries: 0, minutes: 0, volume: 0 },
    ]);
    expect(proposal.unlinked).toEqual({ entries: 2, minutes: 75 });
  });

  it('takes the employee’s realisasi with a link as bukti dukung; a repeat changes nothing; a file not theirs is refused', async () => {
    const iki = skp.staff1!.rhk[0]!.ikiId;
    const body = { realisasi: '3,5 laporan (usulan jurnal diterima)', bukti: [{ kind: 'link', url: 'https://drive.example.go.id/laporan-tw1' }] };
    const saved = await ok(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/realisasi/${iki}`), body));
    expect(saved.rhk[0].iki[0].realisasi).toMatchObject({ text: body.realisasi, bukti: body.bukti });
    await ok(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/realisasi/${iki}`), body));
    expect(await auditCount('evaluation.realisasi_saved')).toBe(1);
    const file = await c.staff1!.send('PUT', ev(evaluation.staff1!, `/realisasi/${iki}`), { realisasi: 'x', bukti: [{ kind: 'file', sha256: 'a'.repeat(64) }] });
    expect((await refused(file, 422, 'EVIDENCE_MISSING')).details[0].field).toBe('bukti[0].sha256');
    await refused(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/realisasi/${newId()}`), body), 404, 'NOT_FOUND');
    await refused(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/realisasi/${iki}`), { realisasi: 'x', bukti: [{ kind: 'link', url: 'javascript:alert(1)' }] }), 400, 'VALIDATION');
    // Realisasi is the employee's: the penilai does not type it.
    await refused(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/realisasi/${iki}`), body), 403, 'FORBIDDEN');
  });

  it('lets the penilai give umpan balik per IKI and per BerAKHLAK value, and the employee answer', async () => {
    const iki = skp.staff1!.rhk[0]!.ikiId;
    const f1 = newId();
    const f2 = newId();
    await ok(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/feedback/${f1}`), { target: 'iki', targetId: iki, preset: 'dapat_dipertahankan', text: 'Laporan rapi.' }));
    await ok(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/feedback/${f1}`), { target: 'iki', targetId: iki, preset: 'dapat_dipertahankan', text: 'Laporan rapi.' }));
    await ok(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/feedback/${f2}`), { target: 'perilaku', targetId: 'akuntabel', preset: null, text: 'Selalu tepat waktu.' }));
    expect(await auditCount('evaluation.feedback_given')).toBe(2);
    await refused(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/feedback/${newId()}`), { target: 'perilaku', targetId: 'jujur', preset: null, text: 'x' }), 400, 'VALIDATION');
    await refused(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/feedback/${newId()}`), { target: 'iki', targetId: iki, preset: null, text: '  ' }), 400, 'VALIDATION');
    await refused(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/feedback/${newId()}`), { target: 'iki', targetId: iki, preset: null, text: 'Saya baik' }), 403, 'FORBIDDEN');
    const answered = await ok(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/feedback/${f2}/answer`), { text: 'Terima kasih, akan saya pertahankan.' }));
    expect(answered.feedback.map((f: { id: string; targetId: string; authorName: string; answer: { text: string } | null }) => [f.targetId, f.authorName, f.answer?.text ?? null])).toEqual([
      [iki, 'Budi Santoso', null],
      ['akuntabel', 'Budi Santoso', 'Terima kasih, akan saya pertahankan.'],
    ]);
    await refused(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/feedback/${f2}/answer`), { text: 'Bukan jawaban saya' }), 403, 'FORBIDDEN');
  });

  it('refuses the ratings from anyone but the penilai, and finalising before both ratings are given', async () => {
    await refused(await c.staff1!.send('PUT', ev(evaluation.staff1!, '/rating'), { ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', note: '' }), 403, 'FORBIDDEN');
    await refused(await c.kadisA!.send('PUT', ev(evaluation.staff1!, '/rating'), { ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', note: '' }), 403, 'FORBIDDEN');
    const err = await refused(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/finalise'), {}), 422, 'EVALUATION_NOT_READY');
    expect(err.details.map((d: { field: string }) => d.field)).toEqual(['RATING_HASIL_KERJA_MISSING', 'RATING_PERILAKU_KERJA_MISSING']);
  });

  it('rates, gives the predikat of the matrix, shows the curve’s warning, finalises and then is read-only', async () => {
    // The agency's capaian for the quarter, recorded by its pengelola kinerja (the Kepala Dinas's penilai is the Sekda).
    await refused(await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/units/${t.fixture.units.DINKES!.id}/capaian-organisasi`, { periodFrom: '2026-01-01', periodTo: '2026-03-31', capaian: 'baik' }), 403, 'FORBIDDEN');
    await ok(await c.adminA!.send('PUT', `/api/v1/agencies/${A}/units/${t.fixture.units.DINKES!.id}/capaian-organisasi`, { periodFrom: '2026-01-01', periodTo: '2026-03-31', capaian: 'baik' }));
    const rated = await ok(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, '/rating'), { ratingHasilKerja: 'sesuai_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', note: 'Target triwulan tercapai.' }));
    expect(rated.evaluation).toMatchObject({ ratingHasilKerja: 'sesuai_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', predikat: 'baik' });
    expect(rated.capaianOrganisasi).toBe('baik');
    expect(rated.curve).toMatchObject({ unitId: t.fixture.units.DINKES!.id, capaian: 'baik', total: 1 });
    expect(rated.curve.counts.baik).toBe(1);
    expect(rated.check.blocking).toEqual([]);
    expect(rated.check.warnings.map((w: { code: string }) => w.code)).toEqual(['DISTRIBUTION_BREACH', 'DISTRIBUTION_BREACH']);
    // The employee sees the ratings and predikat, not the curve of colleagues.
    expect((await ok(await c.staff1!.get(ev(evaluation.staff1!)))).curve).toBeNull();

    const requestId = newId();
    const final = await ok(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/finalise'), { requestId }));
    expect(final.evaluation).toMatchObject({ status: 'final', predikat: 'baik', angkaKredit: null });
    await ok(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/finalise'), { requestId }));
    expect(await auditCount('evaluation.finalised')).toBe(1);
    await refused(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/finalise'), {}), 409, 'EVALUATION_FINALISED');

    const iki = skp.staff1!.rhk[0]!.ikiId;
    await refused(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/realisasi/${iki}`), { realisasi: 'Ubah', bukti: [] }), 409, 'EVALUATION_FINALISED');
    await refused(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, '/rating'), { ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', note: '' }), 409, 'EVALUATION_FINALISED');
    await refused(await c.kasubbag!.send('PUT', ev(evaluation.staff1!, `/feedback/${newId()}`), { target: 'perilaku', targetId: 'loyal', preset: 'dapat_dipertahankan', text: '' }), 409, 'EVALUATION_FINALISED');
  });

  it('reopens only with a reason, by the penilai or the pengelola kinerja, and records it', async () => {
    await refused(await c.staff1!.send('POST', ev(evaluation.staff1!, '/reopen'), { reason: 'Saya ingin mengubah' }), 403, 'FORBIDDEN');
    await refused(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/reopen'), { reason: '   ' }), 400, 'VALIDATION');
    const reopened = await ok(await c.adminA!.send('POST', ev(evaluation.staff1!, '/reopen'), { reason: 'Bukti dukung IKI kedua tertinggal.' }));
    expect(reopened.evaluation).toMatchObject({ status: 'berjalan', finalisedAt: null, predikat: 'baik' });
    expect(reopened.events.map((e: { action: string; reason: string | null; actorName: string }) => [e.action, e.reason, e.actorName])).toEqual([
      ['finalise', null, 'Budi Santoso'],
      ['reopen', 'Bukti dukung IKI kedua tertinggal.', 'Rina Marlina'],
    ]);
    await refused(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/reopen'), { reason: 'Lagi' }), 409, 'CONFLICT');
    await ok(await c.staff1!.send('PUT', ev(evaluation.staff1!, `/realisasi/${skp.staff1!.rhk[1]!.ikiId}`), { realisasi: '10 arsip', bukti: [{ kind: 'link', url: 'https://drive.example.go.id/arsip' }] }));
    expect(await auditCount('evaluation.reopened')).toBe(1);
  });

  it('blocks finalising on a curve breach when the agency says block, and lets it through once the mix fits', async () => {
    await refused(await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/evaluation-settings`, { settings: { frequency: 'triwulanan', curvePolicy: 'block', annualDeadline: '01-10' } }), 403, 'FORBIDDEN');
    const set = await ok(await c.adminA!.send('PUT', `/api/v1/agencies/${A}/evaluation-settings`, { settings: { frequency: 'triwulanan', curvePolicy: 'block', annualDeadline: '01-10' } }));
    expect(set.settings.curvePolicy).toBe('block');
    const err = await refused(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/finalise'), {}), 422, 'EVALUATION_NOT_READY');
    expect(err.details.map((d: { field: string }) => d.field)).toEqual(['DISTRIBUTION_BREACH', 'DISTRIBUTION_BREACH']);
    expect(err.details[1].message).toMatch(/harus ada pegawai berpredikat "Butuh Perbaikan" dan\/atau "Kurang\/Misconduct"/);

    await open('staff2', 'kasubbag');
    const staff2 = await ok(await c.kasubbag!.send('PUT', ev(evaluation.staff2!, '/rating'), { ratingHasilKerja: 'di_bawah_ekspektasi', ratingPerilakuKerja: 'sesuai_ekspektasi', note: 'Target belum tercapai.' }));
    expect(staff2.evaluation.predikat).toBe('butuh_perbaikan');
    expect(staff2.curve.total).toBe(2);
    expect(staff2.check).toEqual({ blocking: [], warnings: [] });
    await ok(await c.kasubbag!.send('POST', ev(evaluation.staff1!, '/finalise'), {}));
    await ok(await c.kasubbag!.send('POST', ev(evaluation.staff2!, '/finalise'), {}));
  });

  it('gives a JF its angka kredit: (3/12) × 150 % × 12,5 for Sangat Baik as Ahli Pertama', async () => {
    await open('staff3');
    // The Plt Kepala Bidang is the penilai of the vacant Seksi's Epidemiolog.
    await refused(await c.kasubbag!.send('PUT', ev(evaluation.staff3!, '/rating'), { ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', note: '' }), 403, 'FORBIDDEN');
    await ok(await c.sekretaris!.send('PUT', ev(evaluation.staff3!, '/rating'), { ratingHasilKerja: 'di_atas_ekspektasi', ratingPerilakuKerja: 'di_atas_ekspektasi', note: 'Istimewa.' }));
    const final = await ok(await c.sekretaris!.send('POST', ev(evaluation.staff3!, '/finalise'), {}));
    expect(final.jf).toBe(true);
    expect(final.evaluation).toMatchObject({ predikat: 'sangat_baik', angkaKredit: 4.6875 });
    const periods = await ok(await c.staff3!.get(`/api/v1/agencies/${A}/skp/${skp.staff3!.skpId}/evaluations`));
    expect(periods.angkaKreditPeriodik).toBe(4.6875);
  });

  it('answers the agency’s curve and who has not finished', async () => {
    const curve = await ok(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-curve?periodFrom=2026-01-01&periodTo=2026-03-31`));
    expect(curve.curvePolicy).toBe('block');
    expect(curve.items).toEqual([
      expect.objectContaining({ unitName: 'Dinas Kesehatan', capaian: 'baik', total: 3, breaches: [], counts: { sangat_baik: 1, baik: 1, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 } }),
    ]);
    // A supervisor sees the agency's curve; an employee with nobody to rate does not.
    await ok(await c.kasubbag!.get(`/api/v1/agencies/${A}/evaluation-curve?periodFrom=2026-01-01&periodTo=2026-03-31`));
    await refused(await c.staff1!.get(`/api/v1/agencies/${A}/evaluation-curve?periodFrom=2026-01-01&periodTo=2026-03-31`), 403, 'FORBIDDEN');

    const progress = await ok(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-progress?periodFrom=2026-01-01&periodTo=2026-03-31`));
    expect(progress).toMatchObject({ total: 4, finalised: 3, deadline: null });
    const annual = await ok(await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-progress?periodFrom=2026-01-01&periodTo=2026-12-31`));
    expect(annual).toMatchObject({ total: 4, finalised: 0, deadline: '2027-01-10' });
    expect(progress.items).toEqual([{ employeeId: t.fixture.people.sekretaris!.id, employeeName: 'Siti Rahmawati', nip: t.fixture.people.sekretaris!.nip, skpId: skp.sekretaris!.skpId, penilaiName: 'Hendra Wijaya', evaluationId: null, status: 'belum_dibuka' }]);
    await refused(await c.kasubbag!.get(`/api/v1/agencies/${A}/evaluation-progress?periodFrom=2026-01-01&periodTo=2026-03-31`), 403, 'FORBIDDEN');
  });

  it('takes a unit head’s rating hasil kerja from the capaian of the unit they lead, set by the leader above', async () => {
    const sek = t.fixture.units['DINKES-SEK']!.id;
    // The Kasubbag is not above the Sekretariat; the Kepala Dinas is.
    await refused(await c.kasubbag!.send('PUT', `/api/v1/agencies/${A}/units/${sek}/capaian-organisasi`, { periodFrom: '2026-04-01', periodTo: '2026-06-30', capaian: 'istimewa' }), 403, 'FORBIDDEN');
    await refused(await c.kadisA!.send('PUT', `/api/v1/agencies/${A}/units/${sek}/capaian-organisasi`, { periodFrom: '2026-04-01', periodTo: '2026-05-31', capaian: 'istimewa' }), 400, 'VALIDATION');
    await ok(await c.kadisA!.send('PUT', `/api/v1/agencies/${A}/units/${sek}/capaian-organisasi`, { periodFrom: '2026-04-01', periodTo: '2026-06-30', capaian: 'istimewa' }));
    await ok(await c.adminA!.send('PUT', `/api/v1/agencies/${A}/units/${t.fixture.units.DINKES!.id}/capaian-organisasi`, { periodFrom: '2026-04-01', periodTo: '2026-06-30', capaian: 'baik' }));
    await open('sekretaris', 'sekretaris', 'periodik', '2026-04-01');
    const rated = await ok(await c.kadisA!.send('PUT', ev(evaluation.sekretaris!, '/rating'), { ratingHasilKerja: 'di_bawah_ekspektasi', ratingPerilakuKerja: 'sesuai_ekspektasi', note: '' }));
    expect(rated.leadsOrganisation).toBe(true);
    expect(rated.capaianOrganisasi).toBe('istimewa');
    // The typed rating is ignored: Istimewa gives Di Atas Ekspektasi, and with Sesuai the matrix says Baik.
    expect(rated.evaluation).toMatchObject({ ratingHasilKerja: 'di_atas_ekspektasi', predikat: 'baik' });
    // She counts in the curve of the Dinas above, not of the Sekretariat she leads.
    expect(rated.curve).toMatchObject({ unitName: 'Dinas Kesehatan', total: 1 });
    expect(await auditCount('evaluation.capaian_set')).toBe(3);
  });

  it('lists the penilai opening the evaluation among the reads of the employee’s data, not the employee’s own', async () => {
    await ok(await c.staff1!.get(ev(evaluation.staff1!)));
    await ok(await c.kasubbag!.get(ev(evaluation.staff1!)));
    const { reads } = await ok(await c.staff1!.get('/api/v1/me/data-reads'));
    const readers = (reads as { kind: string; reader: { nip: string } }[]).filter((r) => r.kind === 'evaluation').map((r) => r.reader.nip);
    expect(readers).toContain(t.fixture.people.kasubbag!.nip);
    expect(readers).not.toContain(t.fixture.people.staff1!.nip);
  });
});
