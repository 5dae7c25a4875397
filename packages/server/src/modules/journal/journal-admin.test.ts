import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('routine sets', () => {
  it('saves a set, applies it to a day once, and applying again adds nothing', async () => {
    const c = await signIn(t.app, t.fixture.people.staff1!.nip);
    const setId = v7();
    const body = {
      name: 'Rutin pagi',
      items: [
        { activityCode: 'UMM-001', volume: 1, startTime: '07:30', endTime: '09:30' },
        { activityCode: 'ADM-001', volume: 6, startTime: '09:30', endTime: '10:00' },
        { activityCode: 'NOPE', volume: 1 },
      ],
    };
    expect((await c.send('PUT', `/api/v1/journal/sets/${setId}`, body)).statusCode).toBe(204);
    expect((await c.get('/api/v1/journal/sets')).json().items[0]).toMatchObject({ id: setId, name: 'Rutin pagi' });
    const applied = await c.send('POST', `/api/v1/journal/days/2026-11-23/apply-set/${setId}`);
    expect(applied.json()).toMatchObject({ created: 2, problems: [{ item: 3 }] });
    const again = await c.send('POST', `/api/v1/journal/days/2026-11-23/apply-set/${setId}`);
    expect(again.json().created).toBe(0);
    expect((await c.get('/api/v1/journal/days/2026-11-23')).json().creditedMinutes).toBe(150);
    const closed = await c.send('POST', `/api/v1/journal/days/2026-11-02/apply-set/${setId}`);
    expect(closed.statusCode).toBe(422);
    expect((await c.send('DELETE', `/api/v1/journal/sets/${setId}`)).statusCode).toBe(204);
    expect((await c.get('/api/v1/journal/sets')).json().items).toEqual([]);
  });
});

describe('agency journal settings', () => {
  it('an agency admin changes the daily target and reporting window; the change is audited', async () => {
    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    const url = `/api/v1/agencies/${t.fixture.agencyIds.A}/journal-settings`;
    expect((await admin.get(url)).json()).toMatchObject({ reportingWindowWorkingDays: 3, dailyTargetMinutes: { fri: 510 } });
    const res = await admin.send('PUT', url, { reportingWindowWorkingDays: 7, dailyTargetMinutes: { mon: 450, tue: 450, wed: 450, thu: 450, fri: 420, sat: 0, sun: 0 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reportingWindowWorkingDays: 7, dailyTargetMinutes: { fri: 420 } });
    // The change is in force from today, Monday 23 November: days from today follow it, past days keep
    // the settings they had (migration 0011, effective-dated settings).
    const staff = await signIn(t.app, t.fixture.people.staff2!.nip);
    expect((await staff.get('/api/v1/journal/days/2026-11-27')).json().targetMinutes).toBe(420);
    expect((await staff.get('/api/v1/journal/days/2026-11-20')).json().targetMinutes).toBe(510);
    // Today's window counts 7 working days; Tuesday 17 November stays closed under its 3.
    expect((await staff.get('/api/v1/journal/days/2026-11-23')).json().closesAt).toBe('2026-12-02T16:59:59.999Z');
    expect((await staff.get('/api/v1/journal/days/2026-11-17')).json().windowOpen).toBe(false);
    const bad = await admin.send('PUT', url, { reportingWindowWorkingDays: 99 });
    expect(bad.statusCode).toBe(400);
    const noWorkingDay = await admin.send('PUT', url, { dailyTargetMinutes: { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 } });
    expect(noWorkingDay.statusCode).toBe(400);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'journal.settings_changed').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('outages and holidays', () => {
  it('an admin declares an outage for their agency; only the BKD declares a province-wide one', async () => {
    const admin = await signIn(t.app, t.fixture.people.adminB!.nip);
    const body = { agencyId: t.fixture.agencyIds.B, startsAt: '2026-11-20T01:00:00Z', endsAt: '2026-11-20T05:00:00Z', reason: 'Listrik padam di ruang server' };
    expect((await admin.send('POST', '/api/v1/outages', body)).statusCode).toBe(201);
    expect((await admin.send('POST', '/api/v1/outages', { ...body, agencyId: null })).statusCode).toBe(403);
    expect((await admin.send('POST', '/api/v1/outages', { ...body, agencyId: t.fixture.agencyIds.A })).statusCode).toBe(403);
    expect((await admin.send('POST', '/api/v1/outages', { ...body, endsAt: '2026-11-19T00:00:00Z' })).statusCode).toBe(400);
    const bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
    expect((await bkd.send('POST', '/api/v1/outages', { ...body, agencyId: null })).statusCode).toBe(201);
    const listA = (await (await signIn(t.app, t.fixture.people.adminA!.nip)).get('/api/v1/outages')).json().items;
    expect(listA.every((o: { agencyId: string | null }) => o.agencyId === null)).toBe(true);
    expect((await bkd.get('/api/v1/outages')).json().items).toHaveLength(2);
  });

  it('lists the year’s holidays and lets the BKD replace them; a new holiday becomes a non-working day', async () => {
    const staff = await signIn(t.app, t.fixture.people.staff3!.nip);
    const year = (await staff.get('/api/v1/holidays?year=2026')).json().items;
    expect(year.find((h: { date: string }) => h.date === '2026-12-25')).toMatchObject({ kind: 'national' });
    const bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
    const replaced = [...year.map((h: { date: string; name: string; kind: string }) => ({ date: h.date, name: h.name, kind: h.kind })), { date: '2026-11-26', name: 'Cuti bersama uji', kind: 'cuti_bersama' }];
    expect((await staff.send('PUT', '/api/v1/holidays/2026', { holidays: replaced })).statusCode).toBe(403);
    expect((await bkd.send('PUT', '/api/v1/holidays/2026', { holidays: replaced })).statusCode).toBe(204);
    expect((await bkd.send('PUT', '/api/v1/holidays/2026', { holidays: [{ date: '2027-01-01', name: 'x', kind: 'national' }] })).statusCode).toBe(400);
    const day = (await staff.get('/api/v1/journal/days/2026-11-26')).json();
    expect(day).toMatchObject({ isWorkingDay: false, holiday: { name: 'Cuti bersama uji' } });
  });
});
