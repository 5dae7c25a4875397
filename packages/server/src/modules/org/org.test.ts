import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /me', () => {
  it('shows my position, my supervisor, my atasan and no subordinates for staff', async () => {
    const { people } = t.fixture;
    const c = await signIn(t.app, people.staff1!.nip);
    const me = (await c.get('/api/v1/me')).json();
    expect(me.employee.name).toBe('Dewi Lestari');
    expect(me.account.displayName).toBe(me.employee.displayName);
    expect(me.position.name).toBe('Pengadministrasi Perkantoran');
    expect(me.position.unit.name).toBe('Subbagian Umum dan Kepegawaian');
    expect(me.agency.code).toBe('DINKES');
    expect(me.supervisor).toMatchObject({ employeeId: people.kasubbag!.id, capacity: 'definitive', positionName: 'Kepala Subbagian Umum dan Kepegawaian' });
    expect(me.appraiser).toMatchObject({ employeeId: people.sekretaris!.id, capacity: 'definitive' });
    expect(me.subordinates).toEqual([]);
  });

  it('lists a supervisor’s subordinates', async () => {
    const { people } = t.fixture;
    const me = (await (await signIn(t.app, people.kasubbag!.nip)).get('/api/v1/me')).json();
    expect(me.subordinates.map((s: { employeeId: string }) => s.employeeId).sort()).toEqual(
      [people.staff1!.id, people.staff2!.id, people.adminA!.id].sort(),
    );
  });

  it('resolves through a vacant post to the Plt of the post above, showing the acted post', async () => {
    const { people } = t.fixture;
    const me = (await (await signIn(t.app, people.staff3!.nip)).get('/api/v1/me')).json();
    // Seksi Surveilans has no head: the Kabid P2P post decides, and the Sekretaris acts in it.
    expect(me.supervisor).toMatchObject({ employeeId: people.sekretaris!.id, capacity: 'plt', positionName: 'Kepala Bidang P2P' });
    // The atasan follows the acted post (Kabid reports to the Kepala Dinas).
    expect(me.appraiser).toMatchObject({ employeeId: people.kadisA!.id });
  });

  it('shows the acting post and the subordinates gained through it', async () => {
    const { people } = t.fixture;
    const me = (await (await signIn(t.app, people.sekretaris!.nip)).get('/api/v1/me')).json();
    expect(me.acting).toEqual([
      { role: 'plt', positionName: 'Kepala Bidang P2P', unitName: 'Bidang Pencegahan dan Pengendalian Penyakit', startsOn: '2026-01-01', endsOn: '2027-12-31' },
    ]);
    const ids = me.subordinates.map((s: { employeeId: string }) => s.employeeId);
    expect(ids).toContain(people.staff3!.id);
    expect(ids).toContain(people.kasubbag!.id);
  });

  it('a top official has no supervisor inside the agency', async () => {
    const me = (await (await signIn(t.app, t.fixture.people.kadisA!.nip)).get('/api/v1/me')).json();
    expect(me.supervisor).toBeNull();
    expect(me.position.kind).toBe('jpt_pratama');
  });

  it('an auditor without an employee record gets an account-only answer, named by the account', async () => {
    const me = (await (await signIn(t.app, t.fixture.people.auditor!.nip)).get('/api/v1/me')).json();
    expect(me.account.role).toBe('auditor');
    expect(me.employee).toBeNull();
    expect(me.account.displayName).toBe('Auditor Provinsi');
  });

  it('an account with neither an employee record nor a name of its own has a null name, never its NIP', async () => {
    const { auditor } = t.fixture.people;
    await t.ctx.db.updateTable('accounts').set({ display_name: null }).where('id', '=', auditor!.accountId!).execute();
    try {
      const me = (await (await signIn(t.app, auditor!.nip)).get('/api/v1/me')).json();
      expect(me.account.displayName).toBeNull();
    } finally {
      await t.ctx.db.updateTable('accounts').set({ display_name: 'Auditor Provinsi' }).where('id', '=', auditor!.accountId!).execute();
    }
  });

  it('refuses a blank account name in the database itself', async () => {
    const { auditor } = t.fixture.people;
    await expect(t.ctx.db.updateTable('accounts').set({ display_name: '  ' }).where('id', '=', auditor!.accountId!).execute()).rejects.toThrow(/check/i);
  });
});

describe('admin reads', () => {
  it('lists units with heads (Plt marked) and headcounts', async () => {
    const c = await signIn(t.app, t.fixture.people.adminA!.nip);
    const { items } = (await c.get(`/api/v1/agencies/${t.fixture.agencyIds.A}/units`)).json();
    const byCode = Object.fromEntries(items.map((u: { code: string }) => [u.code, u]));
    expect(byCode['DINKES-P2P'].headName).toBe('Plt. Siti Rahmawati');
    expect(byCode['DINKES-SURV'].headName).toBeNull();
    expect(byCode['DINKES-UMUM'].employeeCount).toBe(4);
    expect(byCode['DINKES-UMUM'].parentId).toBe(byCode['DINKES-SEK'].id);
  });

  it('searches employees by name and by NIP prefix, with paging', async () => {
    const c = await signIn(t.app, t.fixture.people.adminA!.nip);
    const url = `/api/v1/agencies/${t.fixture.agencyIds.A}/employees`;
    const all = (await c.get(`${url}?limit=3`)).json();
    expect(all.total).toBe(7);
    expect(all.items).toHaveLength(3);
    const page2 = (await c.get(`${url}?limit=3&offset=3`)).json();
    expect(page2.items.map((i: { id: string }) => i.id)).not.toContain(all.items[0].id);
    const byName = (await c.get(`${url}?q=lestari`)).json();
    expect(byName.items.map((i: { name: string }) => i.name)).toEqual(['Dewi Lestari']);
    const nip = t.fixture.people.staff3!.nip;
    const byNip = (await c.get(`${url}?q=${nip}`)).json();
    expect(byNip.items).toHaveLength(1);
    expect(byNip.items[0].positionKind).toBe('fungsional');
    const wildcard = (await c.get(`${url}?q=${encodeURIComponent('%')}`)).json();
    expect(wildcard.total).toBe(0);
  });

  it('rejects bad paging and unknown query fields with 400', async () => {
    const c = await signIn(t.app, t.fixture.people.adminA!.nip);
    const url = `/api/v1/agencies/${t.fixture.agencyIds.A}/employees`;
    for (const q of ['limit=0', 'limit=1000', 'offset=-1', 'limit=abc', 'foo=bar', 'unitId=not-a-uuid']) {
      const res = await c.get(`${url}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
    }
    const badAgency = await c.get('/api/v1/agencies/not-a-uuid/units');
    expect(badAgency.statusCode).toBe(400);
  });
});

describe('admin changes', () => {
  it('an override changes the supervisor at once and is audited', async () => {
    const { people, agencyIds } = t.fixture;
    const admin = await signIn(t.app, people.adminA!.nip);
    const url = `/api/v1/agencies/${agencyIds.A}/employees/${people.staff2!.id}/supervisor-override`;
    const res = await admin.send('PUT', url, { supervisorEmployeeId: people.sekretaris!.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().supervisor).toMatchObject({ employeeId: people.sekretaris!.id, capacity: 'override' });
    const me = (await (await signIn(t.app, people.staff2!.nip)).get('/api/v1/me')).json();
    expect(me.supervisor.employeeId).toBe(people.sekretaris!.id);
    const self = await admin.send('PUT', url, { supervisorEmployeeId: people.staff2!.id });
    expect(self.statusCode).toBe(400);
    const otherAgency = await admin.send('PUT', url, { supervisorEmployeeId: people.teacherB!.id });
    expect(otherAgency.statusCode).toBe(400);
    const back = await admin.send('PUT', url, { supervisorEmployeeId: null });
    expect(back.json().supervisor.employeeId).toBe(people.kasubbag!.id);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'org.supervisor_override').execute();
    expect(audit).toHaveLength(2);
  });

  it('a Plh for a post takes over supervision for exactly its dates, and history keeps it', async () => {
    const { people, agencyIds, positions } = t.fixture;
    const admin = await signIn(t.app, people.adminA!.nip);
    const res = await admin.send('POST', `/api/v1/agencies/${agencyIds.A}/acting-assignments`, {
      employeeId: people.staff2!.id,
      positionId: positions.KASUBBAG!.id,
      role: 'plh',
      startsOn: '2026-11-23',
      endsOn: '2026-11-27',
      decreeNumber: 'ND-PLH-7',
    });
    expect(res.statusCode).toBe(201);
    const staff1 = await signIn(t.app, people.staff1!.nip);
    expect((await staff1.get('/api/v1/me')).json().supervisor).toMatchObject({ employeeId: people.staff2!.id, capacity: 'plh' });
    t.setNow(new Date('2026-11-28T03:00:00Z'));
    expect((await staff1.get('/api/v1/me')).json().supervisor).toMatchObject({ employeeId: people.kasubbag!.id, capacity: 'definitive' });
    t.setNow(new Date('2026-11-23T03:00:00Z'));
    const overlap = await admin.send('POST', `/api/v1/agencies/${agencyIds.A}/acting-assignments`, {
      employeeId: people.staff1!.id,
      positionId: positions.KASUBBAG!.id,
      role: 'plh',
      startsOn: '2026-11-25',
      endsOn: '2026-11-30',
    });
    expect(overlap.statusCode).toBe(409);
    const backwards = await admin.send('POST', `/api/v1/agencies/${agencyIds.A}/acting-assignments`, {
      employeeId: people.staff1!.id,
      positionId: positions.KASUBBAG!.id,
      role: 'plt',
      startsOn: '2026-12-25',
      endsOn: '2026-12-01',
    });
    expect(backwards.statusCode).toBe(400);
    const detail = (await admin.get(`/api/v1/agencies/${agencyIds.A}/employees/${people.staff2!.id}`)).json();
    expect(detail.positionHistory.map((h: { role: string }) => h.role).sort()).toEqual(['definitive', 'plh']);
  });
});
