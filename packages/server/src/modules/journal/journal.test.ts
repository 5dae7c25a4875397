import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { forgetSettings } from '../settings/index.js';
import { forgetJournalContext } from './context.js';

// The test clock: Monday 23 November 2026, 10:00 WIB (Asia/Pontianak).
let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(() => t.close());

const put = (c: Client, id: string, body: Record<string, unknown>) => c.send('PUT', `/api/v1/journal/entries/${id}`, body);
const entry = (over: Record<string, unknown> = {}) => ({ workDate: '2026-11-23', startTime: '07:30', endTime: '09:30', activityCode: 'UMM-001', volume: 1, description: 'Rakor persiapan imunisasi', ...over });
const countEntries = async () => Number((await t.ctx.db.selectFrom('journal_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('entries', () => {
  it('creates an entry with credited minutes from the standard minutes, and a repeat changes nothing', async () => {
    const id = v7();
    const first = await put(staff, id, entry());
    expect(first.statusCode).toBe(201);
    expect(first.json().entry).toMatchObject({ id, creditedMinutes: 120, status: 'draft', version: 1, activityName: 'Rapat koordinasi' });
    expect(first.json().day).toMatchObject({ date: '2026-11-23', targetMinutes: 510, creditedMinutes: 120, remainingMinutes: 390, status: 'incomplete' });
    const again = await put(staff, id, entry());
    expect(again.statusCode).toBe(200);
    expect(again.json().entry.version).toBe(1);
    const events = await t.ctx.db.selectFrom('journal_entry_events').selectAll().where('entry_id', '=', id).execute();
    expect(events.map((e) => e.action)).toEqual(['created']);
  });

  it('never credits more than the span of its times, and the supervisor sees a figure far from them', async () => {
    // A 120-minute meeting (norma waktu) logged 13:00–13:30.
    const c = await signIn(t.app, t.fixture.people.staff2!.nip);
    const id = v7();
    const res = await put(c, id, entry({ workDate: '2026-11-19', startTime: '13:00', endTime: '13:30' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().entry.creditedMinutes).toBe(30);
    expect((await c.send('POST', '/api/v1/journal/days/2026-11-19/submit')).statusCode).toBe(200);
    const boss = await signIn(t.app, t.fixture.people.kasubbag!.nip);
    const day = (await boss.get(`/api/v1/validation/people/${t.fixture.people.staff2!.id}/days/2026-11-19`)).json();
    const seen = day.day.entries.find((e: { id: string }) => e.id === id);
    expect(seen.creditedMinutes).toBe(30);
    expect(seen.flags).toEqual([{ code: 'MINUTES_MISMATCH', message: 'Volume × norma waktu 120 menit, jauh dari jam 13:00–13:30 (30 menit); dihitung 30 menit.' }]);
  });

  it('refuses an overlapping time with a message naming the other activity', async () => {
    const res = await put(staff, v7(), entry({ startTime: '09:00', endTime: '10:00', activityCode: 'ADM-002' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('OVERLAP');
    expect(res.json().error.message).toBe("Waktu 09:00–10:00 bertabrakan dengan 'Rapat koordinasi' 07:30–09:30.");
    // Touching at 09:30 is not an overlap.
    expect((await put(staff, v7(), entry({ startTime: '09:30', endTime: '10:30', activityCode: 'ADM-002' }))).statusCode).toBe(201);
  });

  it('edits with a version check and keeps the history', async () => {
    const id = v7();
    await put(staff, id, entry({ startTime: '13:00', endTime: '14:00', activityCode: 'ADM-001', volume: 4 }));
    const edited = await put(staff, id, entry({ startTime: '13:00', endTime: '14:00', activityCode: 'ADM-001', volume: 6, baseVersion: 1 }));
    expect(edited.statusCode).toBe(200);
    expect(edited.json().entry).toMatchObject({ version: 2, volume: 6, creditedMinutes: 30 });
    const stale = await put(staff, id, entry({ startTime: '13:00', endTime: '14:00', activityCode: 'ADM-001', volume: 7, baseVersion: 1 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const events = await t.ctx.db.selectFrom('journal_entry_events').select(['action', 'data']).where('entry_id', '=', id).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['created', 'updated']);
    expect(events[1]!.data).toMatchObject({ volume: { from: 4, to: 6 } });
  });

  it('keeps HTML in a description as plain text', async () => {
    const id = v7();
    const html = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const res = await put(staff, id, entry({ startTime: '14:00', endTime: '14:30', activityCode: 'ADM-001', description: html }));
    expect(res.statusCode).toBe(201);
    expect(res.json().entry.description).toBe(html);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('does not let another employee overwrite an entry by reusing its id', async () => {
    const id = v7();
    await put(staff, id, entry({ startTime: '15:00', endTime: '15:30', activityCode: 'ADM-001' }));
    const other = await signIn(t.app, t.fixture.people.staff2!.nip);
    const res = await put(other, id, entry({ startTime: '15:00', endTime: '15:30', activityCode: 'ADM-002' }));
    expect(res.statusCode).toBe(409);
    const row = await t.ctx.db.selectFrom('journal_entries').select(['employee_id', 'activity_code']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ employee_id: t.fixture.people.staff1!.id, activity_code: 'ADM-001' });
  });
});

describe('bad input is refused with a clear 4xx and nothing is written', () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    ['negative volume', { volume: -1 }, 400, 'VALIDATION'],
    ['huge volume', { volume: 1e9 }, 400, 'VALIDATION'],
    ['huge duration', { startTime: null, endTime: null, durationMinutes: 5000 }, 400, 'VALIDATION'],
    ['hour 25', { startTime: '25:00' }, 400, 'VALIDATION'],
    ['end before start', { startTime: '16:00', endTime: '15:00' }, 400, 'VALIDATION'],
    ['impossible date', { workDate: '2026-02-30' }, 400, 'VALIDATION'],
    ['far future', { workDate: '2099-01-01' }, 422, 'FUTURE_DATE'],
    ['tomorrow', { workDate: '2026-11-24' }, 422, 'FUTURE_DATE'],
    ['unknown code', { activityCode: 'NOPE-999' }, 422, 'UNKNOWN_ACTIVITY'],
    ['long description', { description: 'x'.repeat(2001) }, 400, 'VALIDATION'],
    ['unknown field', { admin: true }, 400, 'VALIDATION'],
    ['volume as text', { volume: 'banyak' }, 400, 'VALIDATION'],
    // Fastify's Ajv coerces types; this body is taken as sent: "60" is not a number, 0 is not "no duration".
    ['duration zero', { startTime: null, endTime: null, durationMinutes: 0 }, 400, 'VALIDATION'],
    ['duration as text', { startTime: null, endTime: null, durationMinutes: '60' }, 400, 'VALIDATION'],
    ['volume as numeric text', { volume: '2' }, 400, 'VALIDATION'],
  ];
  for (const [name, over, status, code] of cases) {
    it(name, async () => {
      const before = await countEntries();
      const res = await put(staff, v7(), entry({ startTime: '17:00', endTime: '17:30', ...over }));
      expect(res.statusCode).toBe(status);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message.length).toBeGreaterThan(5);
      expect(await countEntries()).toBe(before);
    });
  }

  it('names the duration field plainly: zero, and a number sent as text', async () => {
    const zero = (await put(staff, v7(), entry({ startTime: null, endTime: null, durationMinutes: 0 }))).json().error;
    expect(zero.details).toEqual([{ field: 'durationMinutes', message: 'Tidak boleh kurang dari 1.' }]);
    const text = (await put(staff, v7(), entry({ startTime: null, endTime: null, durationMinutes: '60' }))).json().error;
    expect(text.details).toEqual([{ field: 'durationMinutes', message: 'Harus berupa bilangan bulat atau kosong.' }]);
  });

  it('a 10 MB description is refused before it is read', async () => {
    const res = await put(staff, v7(), entry({ description: 'y'.repeat(10 * 1024 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a bad entry id is refused', async () => {
    const res = await put(staff, 'not-a-uuid', entry());
    expect(res.statusCode).toBe(400);
  });
});

describe('deadlines', () => {
  it('refuses a date whose window closed, saying which date closed when', async () => {
    // Tuesday 17 Nov: three working days later is Friday 20 Nov, closed at 23:59 WIB.
    const res = await put(staff, v7(), entry({ workDate: '2026-11-17' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('WINDOW_CLOSED');
    expect(res.json().error.message).toContain('Selasa, 17 November 2026');
    expect(res.json().error.message).toContain('Jumat, 20 November 2026');
  });

  it('accepts a date still inside its window across the weekend', async () => {
    // Wednesday 18 Nov: Thu, Fri, Mon → open until tonight.
    expect((await put(staff, v7(), entry({ workDate: '2026-11-18' }))).statusCode).toBe(201);
  });

  it('an outage declared over the closing day extends the window automatically', async () => {
    await t.ctx.db
      .insertInto('outages')
      .values({ id: v7(), agency_id: t.fixture.agencyIds.A, starts_at: new Date('2026-11-20T02:00:00Z'), ends_at: new Date('2026-11-20T09:00:00Z'), reason: 'Server down', declared_by: null })
      .execute();
    forgetJournalContext(t.ctx.db); // written behind the app's back, as another process would
    const res = await put(staff, v7(), entry({ workDate: '2026-11-17', startTime: '08:00', endTime: '09:00' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().day.extendedByOutage).toBe(true);
  });
});

describe('days, submission and copying', () => {
  it('submits a day; submitted entries can no longer be edited or deleted', async () => {
    const c = await signIn(t.app, t.fixture.people.staff3!.nip);
    const id = v7();
    await put(c, id, entry({ workDate: '2026-11-20', startTime: '07:30', endTime: '16:30', activityCode: 'KES-001', volume: 6 }));
    const sub = await c.send('POST', '/api/v1/journal/days/2026-11-20/submit');
    expect(sub.statusCode).toBe(200);
    expect(sub.json()).toMatchObject({ submitted: 1, day: { status: 'waiting', creditedMinutes: 540 } });
    const edit = await put(c, id, entry({ workDate: '2026-11-20', startTime: '07:30', endTime: '16:30', activityCode: 'KES-001', volume: 5 }));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('ENTRY_NOT_EDITABLE');
    expect((await c.send('DELETE', `/api/v1/journal/entries/${id}`)).statusCode).toBe(409);
  });

  it('copies yesterday as drafts, skips what would overlap, and copying twice adds nothing', async () => {
    const c = await signIn(t.app, t.fixture.people.kasubbag!.nip);
    await put(c, v7(), entry({ workDate: '2026-11-20', startTime: '07:30', endTime: '09:30' }));
    await put(c, v7(), entry({ workDate: '2026-11-20', startTime: '10:00', endTime: '11:00', activityCode: 'ADM-002' }));
    await put(c, v7(), entry({ workDate: '2026-11-23', startTime: '10:30', endTime: '11:30', activityCode: 'UMM-002' }));
    const first = await c.send('POST', '/api/v1/journal/days/2026-11-23/copy', { fromDate: '2026-11-20' });
    expect(first.json()).toMatchObject({ copied: 1, skipped: 1 });
    const second = await c.send('POST', '/api/v1/journal/days/2026-11-23/copy', { fromDate: '2026-11-20' });
    expect(second.json()).toMatchObject({ copied: 0 });
    const day = (await c.get('/api/v1/journal/days/2026-11-23')).json();
    expect(day.entries.map((e: { startTime: string; status: string }) => `${e.startTime} ${e.status}`)).toEqual(['07:30 draft', '10:30 draft']);
  });

  it('a full 510-minute day reads complete; the month view marks every day', async () => {
    const c = await signIn(t.app, t.fixture.people.adminA!.nip);
    for (const [s, e, code, vol] of [['07:30', '09:30', 'UMM-001', 1], ['09:30', '11:30', 'UMM-001', 1], ['12:30', '14:30', 'UMM-001', 1], ['14:30', '17:00', 'UMM-002', 5]] as const) {
      expect((await put(c, v7(), entry({ startTime: s, endTime: e, activityCode: code, volume: vol }))).statusCode).toBe(201);
    }
    const month = (await c.get('/api/v1/journal/days?from=2026-11-01&to=2026-11-30')).json().days;
    const byDate = Object.fromEntries(month.map((d: { date: string }) => [d.date, d]));
    expect(byDate['2026-11-23']).toMatchObject({ status: 'complete', creditedMinutes: 510, remainingMinutes: 0, windowOpen: true });
    expect(byDate['2026-11-22']).toMatchObject({ status: 'non_working', isWorkingDay: false, targetMinutes: 0 });
    expect(byDate['2026-11-16']).toMatchObject({ status: 'empty', windowOpen: false });
    expect(byDate['2026-11-19']).toMatchObject({ status: 'empty', windowOpen: true });
    expect(byDate['2026-11-24']).toMatchObject({ windowOpen: false });
    expect(month).toHaveLength(30);
  });

  it('refuses a range that is backwards or longer than 62 days', async () => {
    expect((await staff.get('/api/v1/journal/days?from=2026-11-30&to=2026-11-01')).statusCode).toBe(400);
    expect((await staff.get('/api/v1/journal/days?from=2026-01-01&to=2026-12-31')).statusCode).toBe(400);
  });

  it('deletes a draft; its id is never reused', async () => {
    const id = v7();
    await put(staff, id, entry({ startTime: '16:00', endTime: '16:30', activityCode: 'ADM-001' }));
    expect((await staff.send('DELETE', `/api/v1/journal/entries/${id}`)).statusCode).toBe(204);
    expect((await staff.send('DELETE', `/api/v1/journal/entries/${id}`)).statusCode).toBe(204);
    expect((await put(staff, id, entry({ startTime: '16:00', endTime: '16:30', activityCode: 'ADM-001' }))).statusCode).toBe(409);
  });
});

describe('dictionary, favourites and recents', () => {
  it('serves the dictionary with an ETag and answers 304 to a repeat', async () => {
    const first = await staff.get('/api/v1/activities');
    expect(first.json().items).toHaveLength(5);
    const etag = first.headers.etag as string;
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/activities', headers: { cookie: staff.cookie, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('keeps favourites and reports recent activities', async () => {
    expect((await staff.send('PUT', '/api/v1/activities/favourites/ADM-002')).statusCode).toBe(204);
    expect((await staff.send('PUT', '/api/v1/activities/favourites/ADM-002')).statusCode).toBe(204);
    expect((await staff.send('PUT', '/api/v1/activities/favourites/NOPE')).statusCode).toBe(422);
    expect((await staff.get('/api/v1/activities/favourites')).json().codes).toEqual(['ADM-002']);
    const recent = (await staff.get('/api/v1/activities/recent')).json().items.map((i: { code: string }) => i.code);
    expect(recent).toContain('UMM-001');
  });
});

describe('who has a journal', () => {
  it('an account without an employee record gets 403 NOT_AN_EMPLOYEE', async () => {
    const auditor = await signIn(t.app, t.fixture.people.auditor!.nip);
    const res = await auditor.get('/api/v1/journal/days/2026-11-23');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOT_AN_EMPLOYEE');
  });

  it('time-range crediting follows the agency setting', async () => {
    await t.ctx.db.insertInto('agency_settings_versions').values({ agency_id: t.fixture.agencyIds.B, effective_from: '1900-01-01', settings: JSON.stringify({ journal: { creditMode: 'time_range' } }) }).execute();
    forgetSettings(t.ctx.db);
    forgetJournalContext(t.ctx.db);
    const teacher = await signIn(t.app, t.fixture.people.teacherB!.nip);
    const res = await put(teacher, v7(), entry({ startTime: '07:30', endTime: '08:15', activityCode: 'UMM-001' }));
    expect(res.json().entry.creditedMinutes).toBe(45);
  });
});

describe('drafts left when the window closes', () => {
  it('are submitted automatically and logged as such', async () => {
    const c = await signIn(t.app, t.fixture.people.kadisB!.nip);
    const id = v7();
    await put(c, id, entry({ workDate: '2026-11-18', startTime: '08:00', endTime: '09:00' }));
    const { submitClosedDrafts } = await import('./auto-submit.js');
    expect(await submitClosedDrafts(t.ctx)).toBe(0);
    // Wednesday 18 Nov closes at the end of Monday 23 Nov: one minute past midnight WIB it is sent.
    t.setNow(new Date('2026-11-23T17:01:00Z'));
    try {
      expect(await submitClosedDrafts(t.ctx)).toBeGreaterThanOrEqual(1);
      // The Kepala Dinas is a JPT: nobody validates them, so the sent entry is approved at once.
      const row = await t.ctx.db.selectFrom('journal_entries').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'approved', version: 3 });
      const events = await t.ctx.db.selectFrom('journal_entry_events').select('action').where('entry_id', '=', id).orderBy('seq').execute();
      expect(events.map((e) => e.action)).toEqual(['created', 'auto_submitted', 'auto_approved']);
    } finally {
      t.setNow(new Date('2026-11-23T03:00:00Z'));
    }
  });
});
