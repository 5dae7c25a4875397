import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { decide, fresh, people, slots, statusOf, submitEntries, wib } from './test-support.js';

// The test clock: Monday 23 November 2026, 10:00 WIB. Open dates: 18, 19, 20 and 23 November.
let t: TestApp;
let as: ReturnType<typeof people>;
let A: string;
beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
  A = t.fixture.agencyIds.A;
});
afterAll(() => t.close());
afterEach(() => t.setNow(wib('2026-11-23')));

const id = (person: string) => t.fixture.people[person]!.id;
const dayOf = async (person: string, date: string) => (await (await as(person)).get(`/api/v1/journal/days/${date}`)).json();
const decisionRows = (entryId: string) => t.ctx.db.selectFrom('entry_decisions').selectAll().where('entry_id', '=', entryId).execute();

describe('deciding one entry', () => {
  it('the supervisor approves; the employee’s day shows the decision, who took it and in what capacity', async () => {
    const [entry] = await submitEntries(await as('staff1'), '2026-11-20', [{}]);
    const res = await decide(await as('kasubbag'), entry!, { decision: 'approved' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ entryId: entry, decision: 'approved', capacity: 'definitive', version: 3 });
    const day = await dayOf('staff1', '2026-11-20');
    const shown = day.entries.find((e: { id: string }) => e.id === entry);
    expect(shown).toMatchObject({
      status: 'approved',
      decision: { decision: 'approved', note: '', capacity: 'definitive', autoReason: null, decidedBy: { employeeId: id('kasubbag'), name: 'Budi Santoso' }, entryVersion: 2 },
    });
    expect(day.approvedMinutes).toBeGreaterThanOrEqual(60);
    const rows = await decisionRows(entry!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ decided_by_account_id: t.fixture.people.kasubbag!.accountId, decided_by_employee_id: id('kasubbag'), capacity: 'definitive', entry_version: 2 });
  });

  it('a rejection needs a reason of at least 5 characters; the employee reads it', async () => {
    const [entry] = await submitEntries(await as('staff1'), '2026-11-20', [{}]);
    const boss = await as('kasubbag');
    for (const note of [undefined, '', '  abc  ']) {
      const res = await decide(boss, entry!, { decision: 'rejected', ...(note === undefined ? {} : { note }) });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION', message: 'Alasan penolakan wajib diisi, minimal 5 karakter.', details: [{ field: 'note' }] });
    }
    expect(await statusOf(t, entry!)).toBe('submitted');
    expect(await decisionRows(entry!)).toHaveLength(0);
    const ok = await decide(boss, entry!, { decision: 'rejected', note: ' Foto tidak menunjukkan kegiatan ini. ' });
    expect(ok.statusCode).toBe(200);
    const shown = (await dayOf('staff1', '2026-11-20')).entries.find((e: { id: string }) => e.id === entry);
    expect(shown).toMatchObject({ status: 'rejected', decision: { decision: 'rejected', note: 'Foto tidak menunjukkan kegiatan ini.' } });
  });

  it('a return for revision needs a note; the entry becomes editable again', async () => {
    const [entry] = await submitEntries(await as('staff1'), '2026-11-20', [{}]);
    const boss = await as('kasubbag');
    const bad = await decide(boss, entry!, { decision: 'returned', note: '   ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Catatan perbaikan wajib diisi: tuliskan apa yang perlu diperbaiki.');
    expect((await decide(boss, entry!, { decision: 'returned', note: 'Foto' })).statusCode).toBe(200);
    expect(await statusOf(t, entry!)).toBe('returned');
    const edit = await (await as('staff1')).send('PUT', `/api/v1/journal/entries/${entry}`, { workDate: '2026-11-20', activityCode: 'ADM-002', volume: 2, description: 'Diperbaiki' });
    expect(edit.statusCode).toBe(200);
  });

  it('deciding an entry already decided is 409, naming who decided and when', async () => {
    const [entry] = await submitEntries(await as('staff2'), '2026-11-20', [{}]);
    const boss = await as('kasubbag');
    expect((await decide(boss, entry!, { decision: 'approved' })).statusCode).toBe(200);
    const again = await decide(boss, entry!, { decision: 'rejected', note: 'Berubah pikiran' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({ code: 'CONFLICT', message: 'Kegiatan ini sudah diputuskan oleh Budi Santoso pada Senin, 23 November 2026 pukul 10.00 WIB (disetujui).' });
    expect(await decisionRows(entry!)).toHaveLength(1);
  });

  it('a decision on a version the supervisor did not see is 409; an unsent or unknown entry is 409 / 404', async () => {
    const [entry] = await submitEntries(await as('staff2'), '2026-11-20', [{}]);
    const boss = await as('kasubbag');
    const stale = await decide(boss, entry!, { decision: 'approved', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('diajukan ulang');
    expect((await decide(boss, entry!, { decision: 'approved', version: 2 })).statusCode).toBe(200);
    const [draft] = await (await import('./test-support.js')).logEntries(await as('staff2'), '2026-11-20', [{}]);
    const unsent = await decide(boss, draft!, { decision: 'approved' });
    expect(unsent.statusCode).toBe(409);
    expect(unsent.json().error.message).toBe('Kegiatan ini belum diajukan oleh pegawai, sehingga belum dapat divalidasi.');
    expect((await decide(boss, '0190b7a0-0000-7000-8000-00000000abcd', { decision: 'approved' })).statusCode).toBe(404);
  });
});

describe('who may decide', () => {
  it('not a peer, the employee, the atasan, an admin, another agency or the auditor', async () => {
    const [entry] = await submitEntries(await as('staff1'), '2026-11-19', [{}]);
    const expected: [string, number, string][] = [
      ['staff2', 403, 'FORBIDDEN'],
      ['staff1', 403, 'FORBIDDEN'],
      ['sekretaris', 403, 'FORBIDDEN'],
      ['adminA', 403, 'FORBIDDEN'],
      ['kadisA', 403, 'FORBIDDEN'],
      ['teacherB', 404, 'NOT_FOUND'],
      ['adminB', 404, 'NOT_FOUND'],
      ['bkdAdmin', 404, 'NOT_FOUND'],
      ['auditor', 403, 'NOT_AN_EMPLOYEE'],
    ];
    for (const [person, status, code] of expected) {
      const res = await decide(await as(person), entry!, { decision: 'approved' });
      expect([person, res.statusCode, res.json().error.code]).toEqual([person, status, code]);
    }
    const forbidden = await decide(await as('staff2'), entry!, { decision: 'approved' });
    expect(forbidden.json().error.message).toBe('Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) yang dapat memvalidasi kegiatannya.');
    expect(await statusOf(t, entry!)).toBe('submitted');
    expect(await decisionRows(entry!)).toHaveLength(0);
  });

  it('the Plt validates for the post acted in (the Seksi head is vacant, so the Plt Kabid above it)', async () => {
    const [entry] = await submitEntries(await as('staff3'), '2026-11-19', [{ code: 'KES-001' }]);
    const res = await decide(await as('sekretaris'), entry!, { decision: 'approved' });
    expect(res.statusCode).toBe(200);
    expect(res.json().capacity).toBe('plt');
    const shown = (await dayOf('staff3', '2026-11-19')).entries.find((e: { id: string }) => e.id === entry);
    expect(shown.decision).toMatchObject({ capacity: 'plt', decidedBy: { name: 'Siti Rahmawati' } });
  });

  it('after the Plt’s dates end the Plt may no longer decide: the post is vacant and the Kepala Dinas, next level up, decides', async () => {
    const [entry] = await submitEntries(await as('staff3'), '2026-11-20', [{ code: 'KES-001' }]);
    t.setNow(wib('2028-01-04'));
    const plt = await decide(await fresh(t, 'sekretaris'), entry!, { decision: 'approved' });
    expect(plt.statusCode).toBe(403);
    const kadis = await decide(await fresh(t, 'kadisA'), entry!, { decision: 'returned', note: 'Lengkapi laporan surveilans.' });
    expect(kadis.statusCode).toBe(200);
    expect(kadis.json().capacity).toBe('definitive');
  });

  it('an acting appointment counts only within its dates', async () => {
    const admin = await as('adminA');
    const appoint = await admin.send('POST', `/api/v1/agencies/${A}/acting-assignments`, {
      employeeId: id('staff2'),
      positionId: t.fixture.positions['KASI-SURV']!.id,
      role: 'plh',
      startsOn: '2026-12-01',
      endsOn: '2026-12-31',
    });
    expect(appoint.statusCode).toBe(201);
    const [early, late] = await submitEntries(await as('staff3'), '2026-11-23', [{ code: 'KES-001' }, { code: 'KES-001' }]);
    // Before the first day, the Plh is nobody's supervisor yet.
    expect((await decide(await as('staff2'), early!, { decision: 'approved' })).statusCode).toBe(403);
    t.setNow(wib('2026-12-02'));
    const plh = await decide(await fresh(t, 'staff2'), late!, { decision: 'approved' });
    expect(plh.statusCode).toBe(200);
    expect(plh.json().capacity).toBe('plh');
    expect((await decide(await fresh(t, 'sekretaris'), early!, { decision: 'approved' })).statusCode).toBe(403);
    t.setNow(wib('2027-01-04'));
    expect((await decide(await fresh(t, 'staff2'), early!, { decision: 'approved' })).statusCode).toBe(403);
    expect((await decide(await fresh(t, 'sekretaris'), early!, { decision: 'approved' })).statusCode).toBe(200);
  });
});

describe('automatic approval', () => {
  it('a Kepala Dinas (JPT) is approved at submission, by nobody', async () => {
    const [a, b] = await submitEntries(await as('kadisA'), '2026-11-23', slots(2, 8));
    const day = await dayOf('kadisA', '2026-11-23');
    for (const entry of [a, b]) {
      const shown = day.entries.find((e: { id: string }) => e.id === entry);
      expect(shown).toMatchObject({ status: 'approved', decision: { decision: 'approved', capacity: 'automatic', autoReason: 'position_kind', decidedBy: null } });
      expect(shown.decision.note).toContain('Disetujui otomatis');
    }
    const rows = await decisionRows(a!);
    expect(rows[0]).toMatchObject({ capacity: 'automatic', decided_by_account_id: null, decided_by_employee_id: null, auto_reason: 'position_kind' });
  });

  it('the kinds are the agency’s choice; someone without any supervisor is approved all the same', async () => {
    const set = await (await as('adminB')).send('PUT', `/api/v1/agencies/${t.fixture.agencyIds.B}/journal-settings`, { autoApprovePositionKinds: [] });
    expect(set.statusCode).toBe(200);
    expect(set.json().autoApprovePositionKinds).toEqual([]);
    const [top] = await submitEntries(await as('kadisB'), '2026-11-23', slots(1, 9));
    expect((await decisionRows(top!))[0]).toMatchObject({ capacity: 'automatic', auto_reason: 'no_supervisor' });
    const [teacher] = await submitEntries(await as('teacherB'), '2026-11-23', slots(1, 9));
    expect(await statusOf(t, teacher!)).toBe('submitted');
    expect((await decide(await as('kadisB'), teacher!, { decision: 'approved' })).statusCode).toBe(200);
  });

  it('refuses an unknown position kind in the settings', async () => {
    const res = await (await as('adminB')).send('PUT', `/api/v1/agencies/${t.fixture.agencyIds.B}/journal-settings`, { autoApprovePositionKinds: ['eselon_2'] });
    expect(res.statusCode).toBe(400);
  });
});

describe('deciding a day, a person, or everything unflagged', () => {
  it('approves a whole day in one action', async () => {
    const ids = await submitEntries(await as('staff2'), '2026-11-19', slots(3));
    const res = await (await as('kasubbag')).send('POST', `/api/v1/validation/people/${id('staff2')}/days/2026-11-19/decision`, { decision: 'approved' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ decided: 3, skipped: 0, flagged: 0 });
    for (const e of ids) expect(await statusOf(t, e)).toBe('approved');
  });

  it('rejecting a day needs a reason, and applies it to every entry', async () => {
    const ids = await submitEntries(await as('staff2'), '2026-11-18', slots(2));
    const boss = await as('kasubbag');
    const url = `/api/v1/validation/people/${id('staff2')}/days/2026-11-18/decision`;
    expect((await boss.send('POST', url, { decision: 'rejected' })).statusCode).toBe(400);
    expect((await boss.send('POST', url, { decision: 'rejected', note: 'Hari ini cuti, bukan dinas.' })).json()).toMatchObject({ decided: 2 });
    for (const e of ids) expect((await decisionRows(e))[0]).toMatchObject({ decision: 'rejected', note: 'Hari ini cuti, bukan dinas.' });
  });

  it('returns everything a person sent, across days', async () => {
    const a = await submitEntries(await as('adminA'), '2026-11-18', slots(1));
    const b = await submitEntries(await as('adminA'), '2026-11-19', slots(2));
    const res = await (await as('kasubbag')).send('POST', `/api/v1/validation/people/${id('adminA')}/decision`, { decision: 'returned', note: 'Uraian terlalu singkat.' });
    expect(res.json()).toMatchObject({ decided: 3 });
    for (const e of [...a, ...b]) expect(await statusOf(t, e)).toBe('returned');
    const shown = (await dayOf('adminA', '2026-11-19')).entries[0];
    expect(shown.decision).toMatchObject({ decision: 'returned', note: 'Uraian terlalu singkat.' });
  });

  it('leaves entries sent after the supervisor looked (asOf) alone', async () => {
    const [first] = await submitEntries(await as('staff2'), '2026-11-23', slots(1, 7));
    const asOf = wib('2026-11-23', '10:00').toISOString();
    t.setNow(wib('2026-11-23', '10:05'));
    const [later] = await submitEntries(await as('staff2'), '2026-11-23', slots(1, 8));
    const res = await (await as('kasubbag')).send('POST', `/api/v1/validation/people/${id('staff2')}/days/2026-11-23/decision`, { decision: 'approved', asOf });
    expect(res.json()).toMatchObject({ decided: 1 });
    expect(await statusOf(t, first!)).toBe('approved');
    expect(await statusOf(t, later!)).toBe('submitted');
  });

  it('refuses a day or person scope for someone I do not supervise', async () => {
    const boss = await as('kasubbag');
    expect((await boss.send('POST', `/api/v1/validation/people/${id('staff3')}/days/2026-11-23/decision`, { decision: 'approved' })).statusCode).toBe(403);
    expect((await boss.send('POST', `/api/v1/validation/people/${id('teacherB')}/decision`, { decision: 'approved' })).statusCode).toBe(403);
    expect((await (await as('staff1')).send('POST', `/api/v1/validation/people/${id('staff2')}/decision`, { decision: 'approved' })).statusCode).toBe(403);
  });

  it('approves everything except flagged entries and entries on flagged days', async () => {
    const boss = await as('kasubbag');
    await boss.send('POST', '/api/v1/validation/approve-all', {});
    // A 600-minute day (over the 510 target) stays; a normal day goes.
    const heavy = await submitEntries(await as('staff1'), '2026-11-18', Array.from({ length: 10 }, () => ({})));
    const normal = await submitEntries(await as('staff1'), '2026-11-19', slots(2, 13));
    const res = await boss.send('POST', '/api/v1/validation/approve-all', {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ decided: 2, skipped: 0, flagged: 10 });
    for (const e of normal) expect(await statusOf(t, e)).toBe('approved');
    for (const e of heavy) expect(await statusOf(t, e)).toBe('submitted');
    // With nothing unflagged left, a repeat decides nothing.
    expect((await boss.send('POST', '/api/v1/validation/approve-all', {})).json()).toMatchObject({ decided: 0, flagged: 10 });
  });
});

describe('the employee side', () => {
  it('a returned entry is fixed and sent again; the supervisor sees the earlier note; the history shows every step', async () => {
    const staff = await as('staff1');
    const boss = await as('kasubbag');
    const [entry] = await submitEntries(staff, '2026-11-20', [{ start: '13:00', end: '14:00', code: 'UMM-002', description: 'Laporan harian' }]);
    expect((await decide(boss, entry!, { decision: 'returned', note: 'Sebutkan laporan apa.' })).statusCode).toBe(200);
    const fixed = await staff.send('PUT', `/api/v1/journal/entries/${entry}`, { workDate: '2026-11-20', startTime: '13:00', endTime: '14:00', activityCode: 'UMM-002', volume: 1, description: 'Laporan harian surveilans campak', baseVersion: 3 });
    expect(fixed.statusCode).toBe(200);
    const resent = await staff.send('POST', '/api/v1/journal/days/2026-11-20/submit');
    expect(resent.statusCode).toBe(200);
    expect(await statusOf(t, entry!)).toBe('submitted');

    const view = await boss.get(`/api/v1/validation/people/${id('staff1')}/days/2026-11-20`);
    expect(view.statusCode).toBe(200);
    const pending = view.json().day.entries.find((e: { id: string }) => e.id === entry);
    expect(pending).toMatchObject({ status: 'submitted', description: 'Laporan harian surveilans campak', decision: { decision: 'returned', note: 'Sebutkan laporan apa.' }, deadline: { dueOn: '2026-11-30', daysLeft: 5, overdue: false } });
    expect(view.json().canDecide).toBe(true);

    expect((await decide(boss, entry!, { decision: 'approved', version: 5 })).statusCode).toBe(200);
    const history = await staff.get(`/api/v1/agencies/${A}/entries/${entry}/history`);
    expect(history.statusCode).toBe(200);
    // The page names the activity the steps belong to.
    expect(history.json().entry).toMatchObject({ status: 'approved', startTime: '13:00', endTime: '14:00', creditedMinutes: 30, description: 'Laporan harian surveilans campak', activityCode: 'UMM-002', activityName: 'Menyusun laporan harian' });
    expect(history.json().events.map((e: { action: string }) => e.action)).toEqual(['created', 'submitted', 'returned', 'updated', 'resubmitted', 'approved']);
    expect(history.json().events[2]).toMatchObject({ actor: { name: 'Budi Santoso' }, data: { decision: 'returned', note: 'Sebutkan laporan apa.', capacity: 'definitive' } });
    expect(history.json().events[3].data).toMatchObject({ description: { from: 'Laporan harian', to: 'Laporan harian surveilans campak' } });
    expect(history.json().decisions.map((d: { decision: string; entryVersion: number }) => [d.decision, d.entryVersion])).toEqual([
      ['returned', 2],
      ['approved', 5],
    ]);
  });

  it('the history is readable by the employee, the supervisor and the atasan, and the agency’s admins; not by others', async () => {
    const [entry] = await submitEntries(await as('staff1'), '2026-11-23', slots(1, 15));
    const url = `/api/v1/agencies/${A}/entries/${entry}/history`;
    const expected: [string, number][] = [
      ['staff1', 200],
      ['kasubbag', 200],
      ['sekretaris', 200],
      ['adminA', 200],
      ['bkdAdmin', 200],
      ['auditor', 200],
      ['staff2', 403],
      ['teacherB', 403],
      ['adminB', 403],
    ];
    for (const [person, status] of expected) expect([person, (await (await as(person)).get(url)).statusCode]).toEqual([person, status]);
    expect((await (await as('staff1')).get(`/api/v1/agencies/${A}/entries/0190b7a0-0000-7000-8000-00000000dcba/history`)).statusCode).toBe(404);
  });

  it('one person’s day in the validation view: the supervisor decides, admins and auditors only read', async () => {
    const url = `/api/v1/validation/people/${id('staff1')}/days/2026-11-20`;
    const expected: [string, number, boolean | undefined][] = [
      ['kasubbag', 200, true],
      ['adminA', 200, false],
      ['staff1', 403, undefined],
      ['staff2', 403, undefined],
      ['sekretaris', 403, undefined],
      ['teacherB', 403, undefined],
      // Their own agency by default, where this person does not exist.
      ['adminB', 404, undefined],
    ];
    for (const [person, status, canDecide] of expected) {
      const res = await (await as(person)).get(url);
      expect([person, res.statusCode, res.json().canDecide]).toEqual([person, status, canDecide]);
    }
    expect((await (await as('adminB')).get(`${url}?agencyId=${A}`)).statusCode).toBe(403);
    expect((await (await as('teacherB')).get(`${url}?agencyId=${A}`)).statusCode).toBe(403);
    const bkd = await (await as('bkdAdmin')).get(`${url}?agencyId=${A}`);
    expect(bkd.statusCode).toBe(200);
    expect(bkd.json().employee).toMatchObject({ name: 'Dewi Lestari', positionName: 'Pengadministrasi Perkantoran', unitName: 'Subbagian Umum dan Kepegawaian' });
    expect((await (await as('auditor')).get(url)).statusCode).toBe(400);
    expect((await (await as('auditor')).get(`${url}?agencyId=${A}`)).statusCode).toBe(200);
  });
});
