import type { Principal } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';
import { samplePdf } from '../evidence/samples.js';
import { allowedIds, may, PERMISSIONS, requireAccess, type Permission } from './index.js';

/**
 * The access point itself, below the HTTP layer: every permission for every kind of caller, the
 * batched answers, and the org chart of the agency's today (Plt within its decree, a vacancy passing
 * up). The route-by-route view is the access matrix (src/access/access-matrix.test.ts).
 *
 * Fixture (agency A): Kadis → Sekretaris → Kasubbag → staff1, staff2; Bidang P2P's head post is vacant
 * with the Sekretaris as Plt (2026-01-01 … 2027-12-31), and its Seksi has a vacant head, so staff3
 * reports to the Plt Kabid. Agency B has a teacher and its admin; the auditor belongs to no agency.
 */
let t: TestApp;
let A: string;
let B: string;
const who: Record<string, Principal> = {};
const id: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  B = t.fixture.agencyIds.B;
  const p = t.fixture.people;
  const roles: Record<string, Principal['role']> = { adminA: 'agency_admin', adminB: 'agency_admin', bkdAdmin: 'bkd_admin', auditor: 'auditor' };
  for (const [key, person] of Object.entries(p)) {
    const isAuditor = key === 'auditor';
    who[key] = { accountId: person.accountId, role: roles[key] ?? 'employee', agencyId: isAuditor ? null : person.agencyId, employeeId: isAuditor ? null : person.id };
    id[key] = person.id;
  }
  // An auditor tied to agency A reads A only.
  who.auditorA = { accountId: '0190b7a0-0000-7000-8000-0000000000aa', role: 'auditor', agencyId: A, employeeId: null };
}, 120_000);

afterAll(async () => {
  await t.close();
});

const sorted = (s: Set<string>) => [...s].sort();
const names = (...keys: string[]) => keys.map((k) => id[k]!).sort();

describe('agency permissions (ids are agencies)', () => {
  // Expected agencies of [A, B] per caller, for agency.see / agency.read / agency.manage.
  const table: [string, string, string, string][] = [
    ['staff1', 'A', '', ''],
    ['teacherB', 'B', '', ''],
    ['adminA', 'A', 'A', 'A'],
    ['adminB', 'B', 'B', 'B'],
    ['bkdAdmin', 'AB', 'AB', 'AB'],
    ['auditor', 'AB', 'AB', ''],
    ['auditorA', 'A', 'A', ''],
  ];
  it.each(table)('%s: see %s, read %s, manage %s (one batched call each)', async (caller, see, read, manage) => {
    const as = (letters: string) => [...letters].map((l) => (l === 'A' ? A : B)).sort();
    // The attendance machines are read as the agency is read, and managed as it is managed.
    for (const [permission, expected] of [['agency.see', see], ['agency.read', read], ['agency.manage', manage], ['attendance.machines.read', read], ['attendance.machines.manage', manage]] as const) {
      expect(sorted(await allowedIds(t.ctx, who[caller]!, permission, { ids: [A, B] })), permission).toEqual(as(expected));
    }
  });

  it('checks the target agency when no ids are given', async () => {
    expect(await may(t.ctx, who.adminA!, 'agency.manage', { agencyId: A })).toBe(true);
    expect(await may(t.ctx, who.adminA!, 'agency.manage', { agencyId: B })).toBe(false);
  });
});

describe('province permissions', () => {
  const table: [string, boolean, boolean][] = [
    // caller, province.manage = dictionary.manage, imports.run
    ['staff1', false, false],
    ['adminA', false, true],
    ['bkdAdmin', true, true],
    ['auditor', false, false],
    ['auditorA', false, false],
  ];
  it.each(table)('%s: province %s, imports %s', async (caller, province, imports) => {
    const p = who[caller]!;
    expect(await may(t.ctx, p, 'province.manage')).toBe(province);
    expect(await may(t.ctx, p, 'dictionary.manage')).toBe(province);
    expect(await may(t.ctx, p, 'imports.run')).toBe(imports);
    // Unregistered machine serials: whoever registers things for an agency.
    expect(await may(t.ctx, p, 'attendance.serials.decide')).toBe(imports);
  });

  it("judging disputed selfie check-ins: the agency's own admin only (not the BKD, not auditors, not staff)", async () => {
    const judge = async (caller: string, agencyId: string) => may(t.ctx, who[caller]!, 'attendance.selfie.resolve', { agencyId });
    expect(await judge('adminA', A)).toBe(true);
    expect(await judge('adminA', B)).toBe(false);
    for (const caller of ['bkdAdmin', 'auditor', 'auditorA', 'staff1', 'kasubbag']) expect(await judge(caller, A), caller).toBe(false);
  });
});

describe('employee permissions on today’s org chart (2026-11-23, Plt in force)', () => {
  const people = () => names('kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3');
  // Which of agency A's people each caller may read (journal.read = employee.read), review, decide, see the rate of.
  const table: { caller: string; read: string[]; review: string[]; decide: string[]; rates: string[] }[] = [
    // Own journal only; a peer's is closed.
    { caller: 'staff1', read: ['staff1'], review: [], decide: [], rates: ['staff1'] },
    // The pejabat penilai reads and decides for both staff.
    { caller: 'kasubbag', read: ['kasubbag', 'staff1', 'staff2'], review: ['staff1', 'staff2'], decide: ['staff1', 'staff2'], rates: ['kasubbag'] },
    // Atasan of the staff (reads, does not decide); pejabat penilai of the Kasubbag; as Plt Kabid over
    // the vacant Kasi, pejabat penilai of staff3.
    { caller: 'sekretaris', read: ['sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'], review: ['kasubbag', 'staff3'], decide: ['kasubbag', 'staff3'], rates: ['sekretaris'] },
    // Pejabat penilai of the Sekretaris; atasan of the Kasubbag and of staff3 (above the Kabid post the
    // Plt holds), but staff3 is the Plt's to decide.
    { caller: 'kadisA', read: ['kadisA', 'sekretaris', 'kasubbag', 'staff3'], review: ['sekretaris'], decide: ['sekretaris'], rates: ['kadisA'] },
    // The agency's readers read and review everyone, decide for no one.
    { caller: 'adminA', read: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'], review: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'], decide: [], rates: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'] },
    { caller: 'auditor', read: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'], review: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'], decide: [], rates: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'] },
    { caller: 'bkdAdmin', read: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'], review: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'], decide: [], rates: ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3'] },
    // Another agency's admin and employees see nothing of A.
    { caller: 'adminB', read: [], review: [], decide: [], rates: [] },
    { caller: 'teacherB', read: [], review: [], decide: [], rates: [] },
  ];
  it.each(table)('$caller', async ({ caller, read, review, decide, rates }) => {
    const p = who[caller]!;
    const answer = async (permission: Permission) => sorted(await allowedIds(t.ctx, p, permission, { agencyId: A, ids: people() }));
    expect(await answer('journal.read'), 'journal.read').toEqual(names(...read));
    expect(await answer('employee.read'), 'employee.read').toEqual(names(...read));
    expect(await answer('journal.review'), 'journal.review').toEqual(names(...review));
    expect(await answer('journal.decide'), 'journal.decide').toEqual(names(...decide));
    expect(await answer('validation.rates'), 'validation.rates').toEqual(names(...rates));
    // Attendance: read like the journal, leave decided like entries (the direct supervisor, Plt/Plh included).
    expect(await answer('attendance.read'), 'attendance.read').toEqual(names(...read));
    expect(await answer('attendance.leave.decide'), 'attendance.leave.decide').toEqual(names(...decide));
  });

  it('reads the org chart at most once per call, and not at all when the role decides', async () => {
    const charts = t.ctx.charts;
    const original = charts.get.bind(charts);
    let calls = 0;
    charts.get = (...args: Parameters<typeof charts.get>) => {
      calls++;
      return original(...args);
    };
    try {
      await allowedIds(t.ctx, who.sekretaris!, 'journal.read', { agencyId: A, ids: people() });
      expect(calls).toBe(1);
      calls = 0;
      await allowedIds(t.ctx, who.adminA!, 'journal.read', { agencyId: A, ids: people() });
      await allowedIds(t.ctx, who.staff1!, 'journal.read', { agencyId: A, ids: [id.staff1!] });
      await allowedIds(t.ctx, who.teacherB!, 'journal.decide', { agencyId: A, ids: people() });
      expect(calls).toBe(0);
    } finally {
      charts.get = original;
    }
  });
});

describe('the chart of the agency’s today', () => {
  it('after the Plt decree ends, the vacancy passes staff3 up to the Kadis', async () => {
    const decides = async (caller: string) => sorted(await allowedIds(t.ctx, who[caller]!, 'journal.decide', { agencyId: A, ids: names('staff3') }));
    expect(await decides('sekretaris')).toEqual(names('staff3'));
    expect(await decides('kadisA')).toEqual([]);
    t.setNow(new Date('2028-01-02T03:00:00Z'));
    try {
      expect(await decides('sekretaris')).toEqual([]);
      expect(await decides('kadisA')).toEqual(names('staff3'));
    } finally {
      t.setNow(new Date('2026-11-23T03:00:00Z'));
    }
  });

  it('before the Plt decree starts, the same', async () => {
    t.setNow(new Date('2025-12-31T03:00:00Z'));
    try {
      expect(await may(t.ctx, who.kadisA!, 'journal.decide', { agencyId: A, ids: [id.staff3!] })).toBe(true);
      expect(await may(t.ctx, who.sekretaris!, 'journal.decide', { agencyId: A, ids: [id.staff3!] })).toBe(false);
    } finally {
      t.setNow(new Date('2026-11-23T03:00:00Z'));
    }
  });
});

describe('evidence (ids are SHA-256)', () => {
  it('the uploader, then whoever reads the journal of an entry holding it; nobody else', async () => {
    const staff1 = await signIn(t.app, t.fixture.people.staff1!.nip);
    const sha = await staff1.upload(samplePdf('Undangan rapat'), 'application/pdf');
    const unknown = '0'.repeat(64);
    const readable = async (caller: string) => sorted(await allowedIds(t.ctx, who[caller]!, 'evidence.read', { ids: [sha, unknown] }));
    expect(await readable('staff1')).toEqual([sha]);
    for (const caller of ['staff2', 'kasubbag', 'adminA', 'bkdAdmin']) expect(await readable(caller), caller).toEqual([]);

    const entryId = '0190b7a0-0042-7000-8000-000000000001';
    expect((await staff1.send('PUT', `/api/v1/journal/entries/${entryId}`, { workDate: '2026-11-23', activityCode: 'ADM-001', volume: 1 })).statusCode).toBe(201);
    expect((await staff1.send('POST', `/api/v1/journal/entries/${entryId}/evidence`, { sha256: sha, fileName: 'undangan.pdf' })).statusCode).toBe(200);
    // The employee, pejabat penilai, atasan, A's readers and the province-wide ones.
    for (const caller of ['staff1', 'kasubbag', 'sekretaris', 'adminA', 'auditorA', 'auditor', 'bkdAdmin']) expect(await readable(caller), caller).toEqual([sha]);
    // A peer, the Kadis (two levels up), and agency B.
    for (const caller of ['staff2', 'kadisA', 'adminB', 'teacherB']) expect(await readable(caller), caller).toEqual([]);
  });
});

describe('accounts (ids are accounts of the target agency)', () => {
  it('account.sign_out: A\'s admin for A\'s employees and admins, the BKD for any, a province-wide role only by the BKD; unknown ids never', async () => {
    const p = t.fixture.people;
    const accounts = [p.staff1!.accountId, p.adminA!.accountId, p.bkdAdmin!.accountId, p.teacherB!.accountId, '0190b7a0-0000-7000-8000-00000000abcd'];
    const signsOut = async (caller: string, agencyId: string) => sorted(await allowedIds(t.ctx, who[caller]!, 'account.sign_out', { agencyId, ids: accounts }));
    expect(await signsOut('adminA', A)).toEqual([p.staff1!.accountId, p.adminA!.accountId].sort());
    expect(await signsOut('adminA', B)).toEqual([]);
    expect(await signsOut('bkdAdmin', A)).toEqual([p.staff1!.accountId, p.adminA!.accountId].sort());
    expect(await signsOut('bkdAdmin', t.fixture.agencyIds.C)).toEqual([p.bkdAdmin!.accountId]);
    for (const caller of ['staff1', 'kadisA', 'auditor', 'auditorA', 'adminB']) expect(await signsOut(caller, A), caller).toEqual([]);
  });

  it('a BKD admin\'s account is out of reach of its own agency\'s admin', async () => {
    const bkdAgencyAdmin: Principal = { accountId: '0190b7a0-0000-7000-8000-0000000000bb', role: 'agency_admin', agencyId: t.fixture.agencyIds.C, employeeId: null };
    const p = t.fixture.people;
    expect(sorted(await allowedIds(t.ctx, bkdAgencyAdmin, 'account.sign_out', { agencyId: t.fixture.agencyIds.C, ids: [p.bkdAdmin!.accountId] }))).toEqual([]);
  });
});

describe('refusals keep their codes and messages', () => {
  const refusal = async (p: Principal, permission: Permission, target: Parameters<typeof requireAccess>[3] = {}) => {
    try {
      await requireAccess(t.ctx, p, permission, target);
      return null;
    } catch (e) {
      const err = e as { code: string; message: string };
      return { code: err.code, message: err.message };
    }
  };

  it('answers each permission’s own refusal', async () => {
    expect(await refusal(who.staff1!, 'agency.read', { agencyId: A })).toEqual({ code: 'FORBIDDEN', message: 'Anda tidak berhak melakukan tindakan ini.' });
    expect(await refusal(who.staff1!, 'journal.decide', { agencyId: A, ids: [id.staff2!] })).toEqual({
      code: 'FORBIDDEN',
      message: 'Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) yang dapat memvalidasi kegiatannya.',
    });
    expect(await refusal(who.staff1!, 'journal.review', { agencyId: A, ids: [id.staff2!] })).toEqual({
      code: 'FORBIDDEN',
      message: 'Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) dan admin instansinya yang dapat melihat kegiatan ini.',
    });
    expect(await refusal(who.adminA!, 'dictionary.manage')).toEqual({ code: 'FORBIDDEN', message: 'Hanya admin BKD yang dapat menerbitkan kamus aktivitas.' });
    expect(await refusal(who.staff1!, 'imports.run')).toEqual({ code: 'FORBIDDEN', message: 'Hanya Admin OPD dan Admin BKD yang dapat mengimpor data.' });
    // A hash or another admin's import reveals nothing: 404, as if it did not exist.
    expect(await refusal(who.staff2!, 'evidence.read', { ids: ['0'.repeat(64)] })).toEqual({ code: 'NOT_FOUND', message: 'Berkas bukti tidak ditemukan.' });
    expect(await refusal(who.adminA!, 'imports.read', { ids: ['0190b7a0-0000-7000-8000-000000000000'] })).toEqual({ code: 'NOT_FOUND', message: 'Impor tidak ditemukan.' });
    expect(await refusal(who.bkdAdmin!, 'imports.read', { ids: ['0190b7a0-0000-7000-8000-000000000000'] })).toBeNull();
    expect(await refusal(who.adminB!, 'account.sign_out', { agencyId: A, ids: [t.fixture.people.staff1!.accountId] })).toEqual({ code: 'NOT_FOUND', message: 'Akun tidak ditemukan.' });
    expect(await refusal(who.kasubbag!, 'journal.decide', { agencyId: A, ids: [id.staff1!, id.staff2!] })).toBeNull();
    // A batch passes only when every id does.
    expect(await refusal(who.kasubbag!, 'journal.decide', { agencyId: A, ids: [id.staff1!, id.staff3!] })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses to check an id permission without ids (a forgotten target must not pass)', async () => {
    await expect(requireAccess(t.ctx, who.adminA!, 'journal.read', { agencyId: A })).rejects.toThrow(/name the ids/);
  });

  it('has a rule for every permission it lists', async () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      const target = PERMISSIONS[permission].on === 'agency' ? { agencyId: A } : PERMISSIONS[permission].on === 'province' ? {} : { agencyId: A, ids: [] };
      await expect(allowedIds(t.ctx, who.bkdAdmin!, permission, target)).resolves.toBeInstanceOf(Set);
    }
  });
});
