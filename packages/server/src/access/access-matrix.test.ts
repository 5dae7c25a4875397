import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf, multipart, upload, waitForJob, xlsxOf } from '../modules/imports/test-support.js';
import { createTestApp, FIXTURE_PASSWORD, signIn, type Client, type TestApp } from '../testing/index.js';
import { attendanceMatrixCases } from './attendance-matrix-cases.js';
import { selfieMatrixCases } from './selfie-matrix-cases.js';
import { tppMatrixCases } from './tpp-matrix-cases.js';

/**
 * Every API route × every kind of caller. The matrix is checked against the OpenAPI document, so a
 * new route without a row here fails this test: nobody can add a route and forget who may call it.
 *
 * Callers, all seen from agency A (Dinas Kesehatan) whose data the requests target:
 * own = the employee the data is about; peer = another employee of A; boss = the employee's supervisor;
 * outsider = an employee of agency B; admin = admin of A; otherAdmin = admin of B; bkd; auditor; none.
 */
type Caller = 'own' | 'peer' | 'boss' | 'outsider' | 'admin' | 'otherAdmin' | 'bkd' | 'auditor' | 'none';
const CALLERS: Caller[] = ['own', 'peer', 'boss', 'outsider', 'admin', 'otherAdmin', 'bkd', 'auditor', 'none'];

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  url: (caller: Caller, i: number) => string;
  body?: (caller: Caller, i: number) => unknown;
  /** For bodies that are not JSON (multipart uploads). */
  raw?: () => { payload: Buffer; headers: Record<string, string> };
  expect: Record<Caller, number>;
}

let t: TestApp;
const clients = new Map<Caller, Client>();
let cases: Case[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const p = t.fixture.people;
  const who: Record<Exclude<Caller, 'none'>, string> = {
    own: p.staff1!.nip,
    peer: p.staff2!.nip,
    boss: p.kasubbag!.nip,
    outsider: p.teacherB!.nip,
    admin: p.adminA!.nip,
    otherAdmin: p.adminB!.nip,
    bkd: p.bkdAdmin!.nip,
    auditor: p.auditor!.nip,
  };
  for (const [caller, nip] of Object.entries(who)) clients.set(caller as Caller, await signIn(t.app, nip));

  const A = t.fixture.agencyIds.A;
  const own = p.staff1!.id;
  // A dry-run import by agency A's admin, whose job the other callers then try to read.
  const validCsv = () => ({ filename: 'unit.csv', content: csvOf([['kode_opd', 'nama_opd', 'kode_unit', 'nama_unit', 'kode_unit_induk'], ['DINKES', 'Dinas Kesehatan', 'DINKES-BARU', 'Seksi Baru', 'DINKES-P2P']]) });
  const job = (await upload(t.app, clients.get('admin')!, validCsv(), { dryRun: 'true' })).json() as { id: string };
  await waitForJob(clients.get('admin')!, job.id);
  const all = (status: number): Record<Caller, number> => Object.fromEntries(CALLERS.map((c) => [c, c === 'none' ? 401 : status])) as Record<Caller, number>;
  const adminRead = { own: 403, peer: 403, boss: 403, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 };
  const manage = (ok: number) => ({ own: 403, peer: 403, boss: 403, outsider: 403, admin: ok, otherAdmin: 403, bkd: ok, auditor: 403, none: 401 });
  // The journal is personal: every account linked to an employee has its own; the auditor has none.
  const personal = (ok: number) => ({ ...all(ok), auditor: 403 });
  const uuidFor = (i: number, salt: number) => `0190b7a0-${String(salt).padStart(4, '0')}-7000-8000-${String(i).padStart(12, '0')}`;
  const journalEntry = (i: number) => ({ workDate: '2026-11-23', startTime: `${String(7 + i).padStart(2, '0')}:00`, endTime: `${String(7 + i).padStart(2, '0')}:30`, activityCode: 'ADM-001', volume: 1 });
  // An entry of the employee, sent to the supervisor, for the validation routes.
  const sentEntry = uuidFor(99, 9);
  const ownClient = clients.get('own')!;
  await ownClient.send('PUT', `/api/v1/journal/entries/${sentEntry}`, { workDate: '2026-11-20', activityCode: 'ADM-002', volume: 1 });
  await ownClient.send('POST', '/api/v1/journal/days/2026-11-20/submit');
  // Deciding: only the supervisor; another agency does not find the entry at all.
  const decideOnly = { own: 403, peer: 403, boss: 200, outsider: 404, admin: 403, otherAdmin: 404, bkd: 404, auditor: 403, none: 401 };
  const decidePerson = { ...decideOnly, outsider: 403, otherAdmin: 403, bkd: 403 };
  // SKP of the employee (boss = their pejabat penilai): 2026 a draft, 2025, 2023 and 2022 submitted (set so
  // directly: a real submit needs the boss's own approved SKP), 2024 left for the create route.
  const skpOf = async (year: number) => {
    const res = await ownClient.send('POST', `/api/v1/agencies/${A}/employees/${own}/skp`, { positionId: t.fixture.positions.PENGADM!.id, periodFrom: `${year}-01-01`, pendekatan: 'kuantitatif', start: 'kosong' });
    return (res.json() as { skp: { id: string } }).skp.id;
  };
  const skpDraft = await skpOf(2026);
  const skpReturned = await skpOf(2025);
  const skpApproved = await skpOf(2023);
  const skpWithdrawn = await skpOf(2022);
  for (const id of [skpReturned, skpApproved, skpWithdrawn]) {
    await t.ctx.db.updateTable('skp').set({ status: 'diajukan' }).where('agency_id', '=', A).where('id', '=', id).execute();
    await t.ctx.db.updateTable('skp_versions').set({ status: 'diajukan' }).where('agency_id', '=', A).where('skp_id', '=', id).execute();
  }
  const skpUrl = (id: string, path = '') => `/api/v1/agencies/${A}/skp/${id}${path}`;
  // Read: the employee, the penilai, the agency's admins and auditors. Draft: the employee and the pengelola kinerja.
  const skpRead = { own: 200, peer: 403, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 };
  const skpDrafter = (ok: number, adminOk = ok) => ({ own: ok, peer: 403, boss: 403, outsider: 403, admin: adminOk, otherAdmin: 403, bkd: adminOk, auditor: 403, none: 401 });
  const skpPenilai = (ok: number) => ({ own: 403, peer: 403, boss: ok, outsider: 403, admin: 403, otherAdmin: 403, bkd: 403, auditor: 403, none: 401 });
  const emptySkp = { rhk: [], perilaku: [], lampiran: [] };
  const scanBody = Buffer.from('%PDF-1.4\n%%EOF\n');
  // The SKP's RHK import (issue 16 item 10): one RHK, nothing to intervene yet; a dry run changes nothing.
  const rhkFile = await xlsxOf({ RHK: [['No RHK', 'Jenis RHK', 'Rencana Hasil Kerja', 'Kode RHK Atasan', 'Jenis Cascading', 'Aspek', 'Indikator Kinerja Individu', 'Target'], ['1', 'Utama', 'Tersusunnya laporan', '', '', 'Kuantitas', 'Jumlah laporan', '12 Laporan']] });

  // Evaluation: the employee's approved 2021 SKP (set so directly, as above) with one RHK and IKI, its
  // Triwulan I opened by the employee, and one umpan balik of the boss for the employee to answer.
  const skpEvaluated = await skpOf(2021);
  const evalRhk = uuidFor(1, 21);
  const evalIki = uuidFor(2, 21);
  await ownClient.send('PUT', skpUrl(skpEvaluated, '/draft'), {
    requestId: uuidFor(3, 21),
    content: { rhk: [{ id: evalRhk, jenis: 'utama', text: 'Tersusunnya laporan', parentRhkId: uuidFor(4, 21), cascadingType: 'langsung', perspektif: null, penugasanDari: null, iki: [{ id: evalIki, aspek: 'kuantitas', text: 'Jumlah laporan', target: '4 Laporan' }] }], perilaku: [], lampiran: [] },
  });
  await t.ctx.db.updateTable('skp').set({ status: 'disetujui', version_in_force: 1 }).where('agency_id', '=', A).where('id', '=', skpEvaluated).execute();
  await t.ctx.db.updateTable('skp_versions').set({ status: 'disetujui' }).where('agency_id', '=', A).where('skp_id', '=', skpEvaluated).execute();
  const evaluationId = ((await ownClient.send('POST', `/api/v1/agencies/${A}/skp/${skpEvaluated}/evaluations`, { kind: 'periodik', periodFrom: '2021-01-01' })).json() as { evaluation: { id: string } }).evaluation.id;
  const evalUrl = (path = '') => `/api/v1/agencies/${A}/evaluations/${evaluationId}${path}`;
  const answeredFeedback = uuidFor(5, 21);
  await clients.get('boss')!.send('PUT', evalUrl(`/feedback/${answeredFeedback}`), { target: 'iki', targetId: evalIki, preset: 'dapat_dipertahankan', text: '' });
  const evalSelf = { own: 200, peer: 403, boss: 403, outsider: 403, admin: 403, otherAdmin: 403, bkd: 403, auditor: 403, none: 401 };
  // A rencana aksi of Triwulan I 2021 on that RHK, for the evaluation's realisasi per rencana aksi and for removing.
  const evalAksi = uuidFor(6, 21);
  await ownClient.send('PUT', skpUrl(skpEvaluated, `/rencana-aksi/${evalAksi}`), { rhkId: evalRhk, periode: '2021-T1', text: 'Menyusun draf laporan', target: '1 draf' });
  const evalQuarter = 'periodFrom=2021-01-01&periodTo=2021-03-31';

  // An attendance machine of A, and serials that asked unregistered (one per caller, to accept or refuse).
  const machineRes = await clients.get('admin')!.send('POST', `/api/v1/agencies/${A}/attendance/machines`, { serialNumber: 'MATRIXBASE', name: 'Lobi', zone: 'WIB' });
  const attendanceMachine = (machineRes.json() as { id: string }).id;
  for (let i = 0; i < 40; i++) await t.app.inject({ method: 'GET', url: `/iclock/getrequest?SN=WAITING${i}` });

  // A finished archive of the employee's data (UU PDP), made by themselves, for the read and download rows.
  const exportsUrl = `/api/v1/agencies/${A}/employees/${own}/data-exports`;
  const dataExport = ((await ownClient.send('POST', exportsUrl, {})).json() as { export: { id: string } }).export.id;
  for (let i = 0; i < 200 && ((await ownClient.get(`/api/v1/agencies/${A}/data-exports/${dataExport}`)).json() as { export: { status: string } }).export.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
  // The employee, and the agency's admins and the BKD (on a written request); nobody else, not the supervisor.
  const exporter = (ok: number, others = 403) => ({ own: ok, peer: others, boss: others, outsider: others, admin: ok, otherAdmin: others, bkd: ok, auditor: others, none: 401 });

  // TPP (issue 19): its rows and their setup live beside this file.
  const tppCases = await tppMatrixCases(t, clients);
  // Attendance screens (issue 18): rows and setup beside this file.
  const attendanceCases = await attendanceMatrixCases(t, clients);
  // Selfie check-in (issue 18 item 3): rows and setup beside this file.
  const selfieCases = await selfieMatrixCases(t, clients);

  cases = [
    { method: 'GET', path: '/api/v1/health', url: () => '/api/v1/health', expect: { ...all(200), none: 200 } },
    { method: 'GET', path: '/api/v1/me', url: () => '/api/v1/me', expect: all(200) },
    // Signing in needs no session; an unknown NIP is the same 401 for everyone (a known one would lock).
    { method: 'POST', path: '/api/v1/auth/login', url: () => '/api/v1/auth/login', body: () => ({ nip: '199001012015031001', password: 'bukan-sandinya' }), expect: { ...all(401) } },
    { method: 'POST', path: '/api/v1/auth/password', url: () => '/api/v1/auth/password', body: () => ({ currentPassword: 'salah-salah', newPassword: 'kata-sandi-baru-1' }), expect: all(400) },
    // My devices: everyone sees only their own; another account's session id is as unknown as a made-up one.
    { method: 'GET', path: '/api/v1/auth/sessions', url: () => '/api/v1/auth/sessions', expect: all(200) },
    // Who read my data: everyone sees only reads of their own; an account with no employee record has none (404).
    { method: 'GET', path: '/api/v1/me/data-reads', url: () => '/api/v1/me/data-reads', expect: { ...all(200), auditor: 404 } },
    { method: 'GET', path: '/api/v1/retention', url: () => '/api/v1/retention', expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 403, otherAdmin: 403, bkd: 200, auditor: 403, none: 401 } },
    { method: 'GET', path: '/api/v1/retention/report', url: () => '/api/v1/retention/report', expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 403, otherAdmin: 403, bkd: 200, auditor: 403, none: 401 } },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/data-exports', url: () => exportsUrl, body: () => ({ reason: 'Surat permohonan No. 800/1/2026' }), expect: exporter(202) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/data-exports', url: () => exportsUrl, expect: exporter(200) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/data-exports/{exportId}', url: () => `/api/v1/agencies/${A}/data-exports/${dataExport}`, expect: exporter(200, 404) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/data-exports/{exportId}/file', url: () => `/api/v1/agencies/${A}/data-exports/${dataExport}/file`, expect: exporter(200, 404) },
    {
      method: 'DELETE',
      path: '/api/v1/auth/sessions/{sessionId}',
      url: (_c, i) => `/api/v1/auth/sessions/${uuidFor(i, 13)}`,
      body: () => ({ password: FIXTURE_PASSWORD }),
      expect: all(404),
    },
    { method: 'POST', path: '/api/v1/auth/sessions/sign-out-others', url: () => '/api/v1/auth/sessions/sign-out-others', body: () => ({ password: FIXTURE_PASSWORD }), expect: all(200) },
    // Two-factor sign-in acts on the caller's own account only (no ids to probe). From a full session:
    // the second step is not awaited (409), nor an enrolment confirmed (409); changes need the password (400).
    // Sessions waiting for their second factor: modules/auth/two-factor.test.ts.
    { method: 'GET', path: '/api/v1/auth/two-factor', url: () => '/api/v1/auth/two-factor', expect: all(200) },
    { method: 'POST', path: '/api/v1/auth/two-factor/verify', url: () => '/api/v1/auth/two-factor/verify', body: () => ({ code: '123456' }), expect: all(409) },
    { method: 'POST', path: '/api/v1/auth/two-factor/enrolment', url: () => '/api/v1/auth/two-factor/enrolment', body: () => ({ password: 'bukan-sandinya' }), expect: all(400) },
    { method: 'POST', path: '/api/v1/auth/two-factor/enrolment/confirm', url: () => '/api/v1/auth/two-factor/enrolment/confirm', body: () => ({ code: '123456' }), expect: all(409) },
    { method: 'POST', path: '/api/v1/auth/two-factor/recovery-codes', url: () => '/api/v1/auth/two-factor/recovery-codes', body: () => ({ password: 'bukan-sandinya' }), expect: all(400) },
    { method: 'POST', path: '/api/v1/auth/two-factor/disable', url: () => '/api/v1/auth/two-factor/disable', body: () => ({ password: 'bukan-sandinya' }), expect: all(400) },
    // Forced sign-out of staff3 (no caller here): A's admin and the BKD; unknown to everyone else.
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/accounts/{accountId}/sign-out',
      url: () => `/api/v1/agencies/${A}/accounts/${p.staff3!.accountId}/sign-out`,
      expect: { own: 404, peer: 404, boss: 404, outsider: 404, admin: 200, otherAdmin: 404, bkd: 200, auditor: 404, none: 401 },
    },
    { method: 'GET', path: '/api/v1/agencies', url: () => '/api/v1/agencies', expect: all(200) },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}',
      url: () => `/api/v1/agencies/${A}`,
      expect: { own: 200, peer: 200, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/units', url: () => `/api/v1/agencies/${A}/units`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/employees', url: () => `/api/v1/agencies/${A}/employees`, expect: adminRead },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/employees/{employeeId}',
      url: () => `/api/v1/agencies/${A}/employees/${own}`,
      expect: { own: 200, peer: 403, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/supervisor-override',
      url: () => `/api/v1/agencies/${A}/employees/${p.staff3!.id}/supervisor-override`,
      body: () => ({ supervisorEmployeeId: null }),
      expect: manage(200),
    },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/acting-assignments',
      url: () => `/api/v1/agencies/${A}/acting-assignments`,
      // A different year per caller so successful calls never overlap each other.
      body: (_c, i) => ({ employeeId: p.staff2!.id, positionId: t.fixture.positions['KASI-SURV']!.id, role: 'plt', startsOn: `${2030 + i}-01-01`, endsOn: `${2030 + i}-06-30` }),
      expect: manage(201),
    },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/password-reset',
      url: () => `/api/v1/agencies/${A}/employees/${p.kadisA!.id}/password-reset`,
      expect: manage(200),
    },
    { method: 'GET', path: '/api/v1/journal/context', url: () => '/api/v1/journal/context', expect: personal(200) },
    { method: 'GET', path: '/api/v1/journal/days', url: () => '/api/v1/journal/days?from=2026-11-01&to=2026-11-30', expect: personal(200) },
    { method: 'GET', path: '/api/v1/journal/days/{date}', url: () => '/api/v1/journal/days/2026-11-23', expect: personal(200) },
    { method: 'PUT', path: '/api/v1/journal/entries/{entryId}', url: (_c, i) => `/api/v1/journal/entries/${uuidFor(i, 1)}`, body: (_c, i) => journalEntry(i), expect: personal(201) },
    { method: 'DELETE', path: '/api/v1/journal/entries/{entryId}', url: (_c, i) => `/api/v1/journal/entries/${uuidFor(i, 2)}`, expect: personal(404) },
    { method: 'POST', path: '/api/v1/journal/days/{date}/submit', url: () => '/api/v1/journal/days/2026-11-23/submit', expect: personal(200) },
    { method: 'POST', path: '/api/v1/journal/days/{date}/copy', url: () => '/api/v1/journal/days/2026-11-23/copy', body: () => ({ fromDate: '2026-11-20' }), expect: personal(200) },
    { method: 'GET', path: '/api/v1/journal/sets', url: () => '/api/v1/journal/sets', expect: personal(200) },
    { method: 'PUT', path: '/api/v1/journal/sets/{setId}', url: (_c, i) => `/api/v1/journal/sets/${uuidFor(i, 3)}`, body: () => ({ name: 'Rutin', items: [{ activityCode: 'ADM-001', volume: 1 }] }), expect: personal(204) },
    { method: 'DELETE', path: '/api/v1/journal/sets/{setId}', url: (_c, i) => `/api/v1/journal/sets/${uuidFor(i, 3)}`, expect: personal(204) },
    { method: 'POST', path: '/api/v1/journal/days/{date}/apply-set/{setId}', url: (_c, i) => `/api/v1/journal/days/2026-11-23/apply-set/${uuidFor(i, 4)}`, expect: personal(404) },
    { method: 'GET', path: '/api/v1/activities', url: () => '/api/v1/activities', expect: all(200) },
    { method: 'GET', path: '/api/v1/activities/favourites', url: () => '/api/v1/activities/favourites', expect: personal(200) },
    { method: 'PUT', path: '/api/v1/activities/favourites/{code}', url: () => '/api/v1/activities/favourites/ADM-001', expect: personal(204) },
    { method: 'DELETE', path: '/api/v1/activities/favourites/{code}', url: () => '/api/v1/activities/favourites/ADM-001', expect: personal(204) },
    { method: 'GET', path: '/api/v1/activities/recent', url: () => '/api/v1/activities/recent', expect: personal(200) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/journal-settings', url: () => `/api/v1/agencies/${A}/journal-settings`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/journal-settings/versions', url: () => `/api/v1/agencies/${A}/journal-settings/versions`, expect: adminRead },
    { method: 'PUT', path: '/api/v1/agencies/{agencyId}/journal-settings', url: () => `/api/v1/agencies/${A}/journal-settings`, body: () => ({ reportingWindowWorkingDays: 3 }), expect: manage(200) },
    { method: 'GET', path: '/api/v1/outages', url: () => '/api/v1/outages', expect: all(200) },
    {
      method: 'POST',
      path: '/api/v1/outages',
      url: () => '/api/v1/outages',
      body: () => ({ agencyId: A, startsAt: '2026-10-01T01:00:00Z', endsAt: '2026-10-01T02:00:00Z', reason: 'Uji akses' }),
      expect: manage(201),
    },
    { method: 'POST', path: '/api/v1/journal/entries/{entryId}/evidence', url: (_c, i) => `/api/v1/journal/entries/${uuidFor(i, 5)}/evidence`, body: () => ({ sha256: 'a'.repeat(64) }), expect: personal(404) },
    { method: 'DELETE', path: '/api/v1/journal/entries/{entryId}/evidence/{sha256}', url: (_c, i) => `/api/v1/journal/entries/${uuidFor(i, 5)}/evidence/${'a'.repeat(64)}`, expect: personal(404) },
    // A JSON body is not a photo: every employee who gets past the access check meets 415.
    { method: 'PUT', path: '/api/v1/evidence/{sha256}', url: () => `/api/v1/evidence/${'b'.repeat(64)}`, body: () => ({ not: 'a photo' }), expect: personal(415) },
    // An unknown file is 404 for everyone signed in: existence is never revealed.
    { method: 'GET', path: '/api/v1/evidence/{sha256}', url: () => `/api/v1/evidence/${'c'.repeat(64)}`, expect: all(404) },
    { method: 'GET', path: '/api/v1/evidence/{sha256}/meta', url: () => `/api/v1/evidence/${'c'.repeat(64)}/meta`, expect: all(404) },
    // Resumable uploads: any account with a journal; a JSON body is not a chunk of a file.
    { method: 'GET', path: '/api/v1/evidence/uploads/{sha256}', url: () => `/api/v1/evidence/uploads/${'d'.repeat(64)}`, expect: personal(200) },
    { method: 'PUT', path: '/api/v1/evidence/uploads/{sha256}', url: () => `/api/v1/evidence/uploads/${'d'.repeat(64)}`, body: () => ({ not: 'a chunk' }), expect: personal(415) },
    // Offline sync: the caller's own journal only (an empty batch still answers who may push).
    {
      method: 'POST',
      path: '/api/v1/sync/push',
      url: () => '/api/v1/sync/push',
      body: (_c, i) => ({ deviceId: uuidFor(i, 6), deviceNow: '2026-11-23T03:00:00Z', items: [{ itemId: uuidFor(i, 7), kind: 'day.submit', date: '2026-11-23', deviceTime: '2026-11-23T03:00:00Z' }] }),
      expect: personal(200),
    },
    { method: 'GET', path: '/api/v1/sync/pull', url: () => '/api/v1/sync/pull', expect: personal(200) },
    {
      method: 'POST',
      path: '/api/v1/imports',
      url: () => '/api/v1/imports',
      raw: () => multipart({ dryRun: 'true' }, validCsv()),
      expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 202, otherAdmin: 202, bkd: 202, auditor: 403, none: 401 },
    },
    {
      method: 'POST',
      path: '/api/v1/activities/import',
      url: () => '/api/v1/activities/import',
      raw: () => multipart({ dryRun: 'true' }, { filename: 'kamus.csv', content: csvOf([['kode', 'nama', 'satuan', 'menit_standar'], ['ADM-9', 'Menyusun laporan', 'Laporan', '30']], ';') }),
      expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 403, otherAdmin: 403, bkd: 200, auditor: 403, none: 401 },
    },
    { method: 'GET', path: '/api/v1/imports/template.xlsx', url: () => '/api/v1/imports/template.xlsx', expect: { ...manage(200), otherAdmin: 200 } },
    // Only the admin who started an import (or the BKD) may read it; others learn nothing, not even that it exists.
    { method: 'GET', path: '/api/v1/imports/{importId}', url: () => `/api/v1/imports/${job.id}`, expect: { ...manage(200), otherAdmin: 404 } },
    // Supervisor validation. The inbox and "approve all" answer every employee (empty for someone without
    // subordinates). The single decision comes first, while the entry is still pending.
    { method: 'GET', path: '/api/v1/validation/inbox', url: () => '/api/v1/validation/inbox', expect: personal(200) },
    { method: 'POST', path: '/api/v1/validation/entries/{entryId}/decision', url: () => `/api/v1/validation/entries/${sentEntry}/decision`, body: () => ({ decision: 'approved' }), expect: decideOnly },
    { method: 'POST', path: '/api/v1/validation/approve-all', url: () => '/api/v1/validation/approve-all', body: () => ({}), expect: personal(200) },
    {
      method: 'POST',
      path: '/api/v1/validation/people/{employeeId}/days/{date}/decision',
      url: () => `/api/v1/validation/people/${own}/days/2026-11-23/decision`,
      body: () => ({ decision: 'approved' }),
      expect: decidePerson,
    },
    { method: 'POST', path: '/api/v1/validation/people/{employeeId}/decision', url: () => `/api/v1/validation/people/${own}/decision`, body: () => ({ decision: 'approved' }), expect: decidePerson },
    // Reading a day in the validation view: the supervisor, and the agency's admins and auditors (read-only).
    {
      method: 'GET',
      path: '/api/v1/validation/people/{employeeId}/days/{date}',
      url: () => `/api/v1/validation/people/${own}/days/2026-11-20?agencyId=${A}`,
      expect: { own: 403, peer: 403, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/entries/{entryId}/history',
      url: () => `/api/v1/agencies/${A}/entries/${sentEntry}/history`,
      expect: { own: 200, peer: 403, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    // Rates: an employee of the agency gets their own row; admins, auditors and the BKD every supervisor's.
    {
      method: 'GET',
      path: '/api/v1/validation/rates',
      url: () => `/api/v1/validation/rates?month=2026-11&agencyId=${A}`,
      expect: { own: 200, peer: 200, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/validation/recap', url: () => `/api/v1/agencies/${A}/validation/recap?month=2026-11`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/validation/recap.xlsx', url: () => `/api/v1/agencies/${A}/validation/recap.xlsx?month=2026-11`, expect: adminRead },
    // SKP: the employee's own periods and the penilai's waiting list answer every employee.
    { method: 'GET', path: '/api/v1/skp/periods', url: () => '/api/v1/skp/periods?year=2026', expect: personal(200) },
    { method: 'GET', path: '/api/v1/skp/waiting', url: () => '/api/v1/skp/waiting', expect: personal(200) },
    // The employee creates the 2024 SKP; the pengelola kinerja after them find it made (409).
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/skp',
      url: () => `/api/v1/agencies/${A}/employees/${own}/skp`,
      body: () => ({ positionId: t.fixture.positions.PENGADM!.id, periodFrom: '2024-01-01', pendekatan: 'kuantitatif', start: 'kosong' }),
      expect: skpDrafter(201, 409),
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}', url: () => skpUrl(skpDraft), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/overview', url: () => `/api/v1/agencies/${A}/skp/overview?year=2026`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/overview.xlsx', url: () => `/api/v1/agencies/${A}/skp/overview.xlsx?year=2026`, expect: adminRead },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/draft',
      url: () => skpUrl(skpDraft, '/draft'),
      body: (_c, i) => ({ requestId: uuidFor(i, 20), content: emptySkp }),
      expect: skpDrafter(200),
    },
    // Allowed callers reach the cascade rule, which refuses an SKP without RHK utama (422).
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/submit', url: () => skpUrl(skpDraft, '/submit'), body: () => ({}), expect: skpDrafter(422) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/versions', url: () => skpUrl(skpDraft, '/versions'), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/diff', url: () => skpUrl(skpDraft, '/diff?from=1&to=1'), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/matriks', url: () => skpUrl(skpDraft, '/matriks'), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/penilai-rhk', url: () => skpUrl(skpDraft, '/penilai-rhk'), expect: skpRead },
    // RHK import: who may edit the draft by hand (the employee, the pengelola kinerja); the penilai and readers may not.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/rhk-import/template.xlsx', url: () => skpUrl(skpDraft, '/rhk-import/template.xlsx'), expect: skpDrafter(200) },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/rhk-import',
      url: () => skpUrl(skpDraft, '/rhk-import'),
      raw: () => multipart({ dryRun: 'true' }, { filename: 'rhk.xlsx', content: rhkFile }),
      expect: skpDrafter(200),
    },
    // The printed SKP and its signed scans: read like the SKP; keeping a scan is for the employee, the penilai and
    // the pengelola kinerja (a draft is refused with 409 after access is granted: only an approved SKP keeps one).
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/pdf', url: () => skpUrl(skpDraft, '/pdf'), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/scans', url: () => skpUrl(skpDraft, '/scans'), expect: skpRead },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/scans/{sha256}',
      url: () => skpUrl(skpDraft, `/scans/${'0'.repeat(64)}`),
      expect: { ...skpRead, own: 404, boss: 404, admin: 404, bkd: 404, auditor: 404 },
    },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/scans/{sha256}',
      url: () => skpUrl(skpDraft, `/scans/${createHash('sha256').update(scanBody).digest('hex')}`),
      raw: () => ({ payload: scanBody, headers: { 'content-type': 'application/pdf' } }),
      expect: { own: 409, peer: 403, boss: 409, outsider: 403, admin: 409, otherAdmin: 403, bkd: 409, auditor: 403, none: 401 },
    },
    // Evaluation: read as the SKP; the employee's part (realisasi, answers) only theirs; umpan balik, rating and
    // finalising only the penilai's; opening by either; reopening by the penilai or the pengelola kinerja.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/evaluations', url: () => skpUrl(skpEvaluated, '/evaluations'), expect: skpRead },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/evaluations',
      url: () => skpUrl(skpEvaluated, '/evaluations'),
      body: () => ({ kind: 'periodik', periodFrom: '2021-01-01' }),
      expect: { ...skpPenilai(200), own: 200 },
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}', url: () => evalUrl(), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/proposal', url: () => evalUrl('/proposal'), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/document/pdf', url: () => evalUrl('/document/pdf'), expect: skpRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/detail/pdf', url: () => evalUrl('/detail/pdf'), expect: skpRead },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/realisasi/{ikiId}',
      url: () => evalUrl(`/realisasi/${evalIki}`),
      body: () => ({ realisasi: '1 laporan', bukti: [{ kind: 'link', url: 'https://drive.example.go.id/a' }] }),
      expect: evalSelf,
    },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/realisasi-aksi/{rencanaAksiId}',
      url: () => evalUrl(`/realisasi-aksi/${evalAksi}`),
      body: () => ({ realisasi: 'Draf selesai' }),
      expect: evalSelf,
    },
    // Rencana aksi: read as the SKP; written and removed by the employee or the pengelola kinerja on their behalf.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/rencana-aksi', url: () => skpUrl(skpEvaluated, '/rencana-aksi'), expect: skpRead },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/rencana-aksi/{rencanaAksiId}',
      url: (_c, i) => skpUrl(skpEvaluated, `/rencana-aksi/${uuidFor(i, 23)}`),
      body: () => ({ rhkId: evalRhk, periode: '2021-T2', text: 'Menyusun laporan', target: '1 laporan' }),
      expect: skpDrafter(200),
    },
    {
      method: 'DELETE',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/rencana-aksi/{rencanaAksiId}',
      url: (_c, i) => skpUrl(skpEvaluated, `/rencana-aksi/${uuidFor(i, 23)}`),
      expect: skpDrafter(204),
    },
    // One RHK file for many employees: the agency's admins and the BKD (the dry run of a file naming nobody answers 200).
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp-rhk-import/template.xlsx', url: () => `/api/v1/agencies/${A}/skp-rhk-import/template.xlsx?year=2026`, expect: manage(200) },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/skp-rhk-import',
      url: () => `/api/v1/agencies/${A}/skp-rhk-import?year=2026`,
      raw: () => multipart({ dryRun: 'true' }, { filename: 'rhk.xlsx', content: rhkFile }),
      expect: manage(200),
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/skp-settings', url: () => `/api/v1/agencies/${A}/skp-settings`, expect: adminRead },
    { method: 'PUT', path: '/api/v1/agencies/{agencyId}/skp-settings', url: () => `/api/v1/agencies/${A}/skp-settings`, body: () => ({ settings: { rencanaAksi: 'triwulanan' } }), expect: manage(200) },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/feedback/{feedbackId}',
      url: (_c, i) => evalUrl(`/feedback/${uuidFor(i, 22)}`),
      body: () => ({ target: 'perilaku', targetId: 'akuntabel', preset: null, text: 'Tepat waktu.' }),
      expect: skpPenilai(200),
    },
    { method: 'PUT', path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/feedback/{feedbackId}/answer', url: () => evalUrl(`/feedback/${answeredFeedback}/answer`), body: () => ({ text: 'Siap.' }), expect: evalSelf },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/rating',
      url: () => evalUrl('/rating'),
      body: () => ({ ratingHasilKerja: 'sesuai_ekspektasi', ratingPerilakuKerja: 'sesuai_ekspektasi', note: '' }),
      expect: skpPenilai(200),
    },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/finalise', url: () => evalUrl('/finalise'), body: () => ({}), expect: skpPenilai(200) },
    // The boss reopens first; the admins after them find nothing final to reopen.
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/reopen',
      url: () => evalUrl('/reopen'),
      body: () => ({ reason: 'Koreksi realisasi.' }),
      expect: { ...skpPenilai(200), admin: 409, bkd: 409 },
    },
    // Signed scans of the evaluation: read like it; keeping one is for the employee, the penilai and the pengelola
    // kinerja, and only once final (reopened just above: 409 after access is granted).
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/scans', url: () => evalUrl('/scans'), expect: skpRead },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/scans/{sha256}',
      url: () => evalUrl(`/scans/${'0'.repeat(64)}`),
      expect: { ...skpRead, own: 404, boss: 404, admin: 404, bkd: 404, auditor: 404 },
    },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/evaluations/{evaluationId}/scans/{sha256}',
      url: () => evalUrl(`/scans/${createHash('sha256').update(scanBody).digest('hex')}`),
      raw: () => ({ payload: scanBody, headers: { 'content-type': 'application/pdf' } }),
      expect: { own: 409, peer: 403, boss: 409, outsider: 403, admin: 409, otherAdmin: 403, bkd: 409, auditor: 403, none: 401 },
    },
    // Capaian of Subbag Umum (its head is the boss; the Sekretaris above is no caller here): the pengelola kinerja.
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/units/{unitId}/capaian-organisasi',
      url: () => `/api/v1/agencies/${A}/units/${t.fixture.units['DINKES-UMUM']!.id}/capaian-organisasi`,
      body: () => ({ periodFrom: '2021-04-01', periodTo: '2021-06-30', capaian: 'baik' }),
      expect: manage(200),
    },
    // The curve (counts, no names): the agency's readers and whoever supervises someone there.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-curve', url: () => `/api/v1/agencies/${A}/evaluation-curve?${evalQuarter}`, expect: { ...adminRead, boss: 200 } },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-progress', url: () => `/api/v1/agencies/${A}/evaluation-progress?${evalQuarter}`, expect: adminRead },
    // The agency's evaluation overview and its XLSX downloads (issue 17 item 9): the agency's readers.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-overview', url: () => `/api/v1/agencies/${A}/evaluation-overview?${evalQuarter}`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-overview.xlsx', url: () => `/api/v1/agencies/${A}/evaluation-overview.xlsx?${evalQuarter}`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-overview/unfinished.xlsx', url: () => `/api/v1/agencies/${A}/evaluation-overview/unfinished.xlsx?${evalQuarter}`, expect: adminRead },
    // The penilai's team: every account with an employee gets its own (empty unless it rates someone); the auditor has none.
    { method: 'GET', path: '/api/v1/evaluation-team', url: () => `/api/v1/evaluation-team?${evalQuarter}`, expect: personal(200) },
    { method: 'GET', path: '/api/v1/evaluation-team.xlsx', url: () => `/api/v1/evaluation-team.xlsx?${evalQuarter}`, expect: personal(200) },
    // An employee's annual result: whoever reads the employee (themselves, the supervisor, the agency's readers).
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/evaluation-annual', url: () => `/api/v1/agencies/${A}/employees/${own}/evaluation-annual?year=2021`, expect: skpRead },
    // The Penetapan Predikat of the unit whose capaian the row above set: the agency's readers and whoever sets that capaian.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/units/{unitId}/penetapan-predikat/pdf', url: () => `/api/v1/agencies/${A}/units/${t.fixture.units['DINKES-UMUM']!.id}/penetapan-predikat/pdf?periodFrom=2021-04-01&periodTo=2021-06-30`, expect: adminRead },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-settings', url: () => `/api/v1/agencies/${A}/evaluation-settings`, expect: adminRead },
    // The SIASN export and push: the agency's admins and the BKD only; each download and push audited. The push is off on this server (409 past the access check).
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-exports/siasn.csv', url: () => `/api/v1/agencies/${A}/evaluation-exports/siasn.csv?year=2021`, expect: manage(200) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-exports/siasn.xlsx', url: () => `/api/v1/agencies/${A}/evaluation-exports/siasn.xlsx?year=2021`, expect: manage(200) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/evaluation-exports/siasn.json', url: () => `/api/v1/agencies/${A}/evaluation-exports/siasn.json?year=2021`, expect: manage(200) },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/evaluation-exports/siasn-push', url: () => `/api/v1/agencies/${A}/evaluation-exports/siasn-push?year=2021`, expect: manage(409) },
    // SIASN's reference codes: every admin and auditor reads them; only the BKD changes them (national lists, one table).
    { method: 'GET', path: '/api/v1/siasn/reference-codes', url: () => '/api/v1/siasn/reference-codes', expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 200, otherAdmin: 200, bkd: 200, auditor: 200, none: 401 } },
    {
      method: 'PUT',
      path: '/api/v1/siasn/reference-codes/{list}/{key}',
      url: () => '/api/v1/siasn/reference-codes/periodik/semesteran',
      body: () => ({ code: '3', label: 'Semesteran' }),
      expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 403, otherAdmin: 403, bkd: 200, auditor: 403, none: 401 },
    },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/evaluation-settings',
      url: () => `/api/v1/agencies/${A}/evaluation-settings`,
      body: () => ({ settings: { frequency: 'triwulanan', curvePolicy: 'warn', annualDeadline: '01-10' } }),
      expect: manage(200),
    },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/return', url: () => skpUrl(skpReturned, '/return'), body: () => ({ note: 'Lengkapi IKI.' }), expect: skpPenilai(200) },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/approve', url: () => skpUrl(skpApproved, '/approve'), body: () => ({}), expect: skpPenilai(200) },
    // The returned SKP is the employee's to revise now: the penilai reaches the state machine's 409.
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/edit-and-approve', url: () => skpUrl(skpReturned, '/edit-and-approve'), body: () => ({ content: emptySkp }), expect: skpPenilai(409) },
    // Any of the three may open a revision of the approved SKP; after the employee's, the next find one open (409).
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/revise',
      url: () => skpUrl(skpApproved, '/revise'),
      body: () => ({}),
      expect: { own: 200, peer: 403, boss: 409, outsider: 403, admin: 409, otherAdmin: 403, bkd: 409, auditor: 403, none: 401 },
    },
    // The employee gives the revision up; the others then find none to give up (409).
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/skp/{skpId}/cancel-revision',
      url: () => skpUrl(skpApproved, '/cancel-revision'),
      body: () => ({}),
      expect: { own: 200, peer: 403, boss: 409, outsider: 403, admin: 409, otherAdmin: 403, bkd: 409, auditor: 403, none: 401 },
    },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/skp/{skpId}/withdraw', url: () => skpUrl(skpWithdrawn, '/withdraw'), body: () => ({}), expect: skpDrafter(200, 409) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/employees/{employeeId}/skp', url: () => `/api/v1/agencies/${A}/employees/${own}/skp?year=2026`, expect: skpRead },
    // Attendance machines of A: read by its admins and auditors and the BKD, managed by its admins and the BKD.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/machines', url: () => `/api/v1/agencies/${A}/attendance/machines`, expect: adminRead },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/machines',
      url: () => `/api/v1/agencies/${A}/attendance/machines`,
      body: (_c, i) => ({ serialNumber: `MATRIX${i}`, name: 'Lobi', zone: 'WIB' }),
      expect: manage(201),
    },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/attendance/machines/{machineId}/commands',
      url: () => `/api/v1/agencies/${A}/attendance/machines/${attendanceMachine}/commands`,
      expect: adminRead,
    },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/machines/{machineId}/commands',
      url: () => `/api/v1/agencies/${A}/attendance/machines/${attendanceMachine}/commands`,
      body: (_c, i) => ({ requestId: uuidFor(i, 15), action: 'enrol', employees: [{ employeeId: own }] }),
      expect: manage(200),
    },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/machines/{machineId}/imports',
      url: () => `/api/v1/agencies/${A}/attendance/machines/${attendanceMachine}/imports`,
      raw: () => multipart({ dryRun: 'true' }, { filename: 'attlog.dat', content: Buffer.from(`${p.staff1!.nip}\t2026-11-20 07:30:00\t0\t1\t0\t0\n`) }),
      expect: manage(200),
    },
    // Serials that asked unregistered belong to no agency: any agency admin and the BKD list and decide them.
    {
      method: 'GET',
      path: '/api/v1/attendance/pending-serials',
      url: () => '/api/v1/attendance/pending-serials',
      expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 200, otherAdmin: 200, bkd: 200, auditor: 403, none: 401 },
    },
    {
      method: 'POST',
      path: '/api/v1/attendance/pending-serials/{serialNumber}/accept',
      url: (_c, i) => `/api/v1/attendance/pending-serials/WAITING${i}/accept`,
      body: () => ({ agencyId: A, name: 'Aula', zone: 'WIB' }),
      // B's admin may decide serials but not put a machine into A.
      expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 201, otherAdmin: 403, bkd: 201, auditor: 403, none: 401 },
    },
    {
      method: 'POST',
      path: '/api/v1/attendance/pending-serials/{serialNumber}/refuse',
      url: (_c, i) => `/api/v1/attendance/pending-serials/WAITING${i + 20}/refuse`,
      expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 204, otherAdmin: 204, bkd: 204, auditor: 403, none: 401 },
    },
    { method: 'GET', path: '/api/v1/holidays', url: () => '/api/v1/holidays?year=2026', expect: all(200) },
    {
      method: 'PUT',
      path: '/api/v1/holidays/{year}',
      url: () => '/api/v1/holidays/2030',
      body: () => ({ holidays: [{ date: '2030-01-01', name: 'Tahun Baru', kind: 'national' }] }),
      expect: { own: 403, peer: 403, boss: 403, outsider: 403, admin: 403, otherAdmin: 403, bkd: 204, auditor: 403, none: 401 },
    },
    ...tppCases,
    ...attendanceCases,
    ...selfieCases,
  ];
});
afterAll(() => t.close());

async function call(c: Case, caller: Caller, i: number) {
  const url = c.url(caller, i);
  if (c.raw) {
    const { payload, headers } = c.raw();
    const client = clients.get(caller);
    const auth = client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {};
    return t.app.inject({ method: c.method, url, payload, headers: { ...headers, ...auth } });
  }
  const body = c.body?.(caller, i);
  const client = clients.get(caller);
  if (!client) return t.app.inject({ method: c.method, url, ...(body === undefined ? {} : { payload: body as object }) });
  return c.method === 'GET' ? client.get(url) : client.send(c.method, url, body);
}

describe('access matrix', () => {
  it('covers every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set(cases.map((c) => `${c.method} ${c.path}`));
    // Sign-out ends the caller's session, so it is tested on its own in auth.test.ts.
    covered.add('POST /api/v1/auth/logout');
    expect(documented.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('answers every caller of every route as the matrix says, with the error shape', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      for (const [i, caller] of CALLERS.entries()) {
        const res = await call(c, caller, i);
        if (res.statusCode !== c.expect[caller]) failures.push(`${c.method} ${c.path} as ${caller}: ${res.statusCode} (expected ${c.expect[caller]}) ${res.body.slice(0, 120)}`);
        if (res.statusCode >= 400) {
          const err = res.json().error;
          if (!err?.code || !err?.message) failures.push(`${c.method} ${c.path} as ${caller}: error without code/message`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Every route × nine callers, the TPP runs among them: longer than one ordinary test.
  }, 240_000);

  it('lists only the caller’s own agency for an agency-bound account', async () => {
    const ids = (caller: Caller) => clients.get(caller)!.get('/api/v1/agencies').then((r) => r.json().items.map((a: { id: string }) => a.id));
    expect(await ids('otherAdmin')).toEqual([t.fixture.agencyIds.B]);
    expect(await ids('own')).toEqual([t.fixture.agencyIds.A]);
    expect((await ids('bkd')).length).toBe(3);
    expect((await ids('auditor')).length).toBe(3);
  });

  it('refuses writes from the read-only auditor even where reads are allowed', async () => {
    const res = await clients.get('auditor')!.send('POST', `/api/v1/agencies/${t.fixture.agencyIds.A}/employees/${t.fixture.people.staff1!.id}/password-reset`);
    expect(res.statusCode).toBe(403);
  });
});
