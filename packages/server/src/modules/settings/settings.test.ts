import { DEFAULT_JOURNAL_SETTINGS } from '@kinerja/core';
import { sql } from 'kysely';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';
import { forgetJournalContext } from '../journal/index.js';
import { forgetSettings } from './index.js';

// Effective-dated agency settings (migration 0011): a past date answers with the settings in force then.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const settingsUrl = () => `/api/v1/agencies/${t.fixture.agencyIds.A}/journal-settings`;
/** Signs in at the test clock's time (a session from another month would have expired). */
const as = (who: 'adminA' | 'staff1' | 'bkdAdmin') => signIn(t.app, t.fixture.people[who]!.nip);
const auditRows = () =>
  t.ctx.db.selectFrom('audit_log').select(['data']).where('action', '=', 'journal.settings_changed').where('agency_id', '=', t.fixture.agencyIds.A).orderBy('chain_seq').execute();

describe('a change in July', () => {
  it('leaves the target and reporting deadline of a March day as they were; July days follow it', async () => {
    t.setNow(new Date('2026-07-01T03:00:00Z')); // Wednesday 1 July, 10:00 WIB
    const staff = await as('staff1');
    const day = async (date: string) => (await staff.get(`/api/v1/journal/days/${date}`)).json() as { targetMinutes: number; closesAt: string };
    const marchBefore = await day('2026-03-16');
    const julyBefore = await day('2026-07-06');

    const admin = await as('adminA');
    const res = await admin.send('PUT', settingsUrl(), { reportingWindowWorkingDays: 7, dailyTargetMinutes: { mon: 420, tue: 420, wed: 420, thu: 420, fri: 420, sat: 0, sun: 0 } });
    expect(res.statusCode).toBe(200);

    expect(await day('2026-03-16')).toMatchObject({ targetMinutes: marchBefore.targetMinutes, closesAt: marchBefore.closesAt });
    expect(marchBefore.targetMinutes).not.toBe(420);
    const julyAfter = await day('2026-07-06');
    expect(julyAfter.targetMinutes).toBe(420);
    expect(Date.parse(julyAfter.closesAt)).toBeGreaterThan(Date.parse(julyBefore.closesAt));
    // Read on a date: the March settings are still there to recompute March with.
    expect((await admin.get(`${settingsUrl()}?on=2026-03-16`)).json()).toMatchObject({ reportingWindowWorkingDays: 3, dailyTargetMinutes: { mon: marchBefore.targetMinutes } });
    expect((await admin.get(settingsUrl())).json()).toMatchObject({ reportingWindowWorkingDays: 7 });
    const [audit] = await auditRows();
    expect(audit!.data).toMatchObject({ effectiveFrom: '2026-07-01', replaced: false, before: { reportingWindowWorkingDays: 3 }, after: { reportingWindowWorkingDays: 7 } });
  });
});

describe('changing settings from a date', () => {
  beforeAll(() => t.setNow(new Date('2026-11-23T03:00:00Z'))); // Monday 23 November, 10:00 WIB

  it('refuses a change to a day already past with VALIDATION and an Indonesian message; nothing is written', async () => {
    const admin = await as('adminA');
    const auditsBefore = (await auditRows()).length;
    const res = await admin.send('PUT', settingsUrl(), { effectiveFrom: '2026-11-20', maxMinutesPerDay: 600 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/sudah lewat/), details: [{ field: 'effectiveFrom' }] });
    expect((await admin.get(`${settingsUrl()}/versions`)).json().items.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual(['2026-07-01']);
    expect(await auditRows()).toHaveLength(auditsBefore);
  });

  it('schedules a future change, replaces it on a second change of that date, and leaves later versions alone on a change from today', async () => {
    const admin = await as('adminA');
    const december = await admin.send('PUT', settingsUrl(), { effectiveFrom: '2026-12-01', creditMode: 'time_range', note: 'Mulai Desember' });
    expect(december.json()).toMatchObject({ creditMode: 'time_range', reportingWindowWorkingDays: 7 });
    expect((await admin.get(settingsUrl())).json()).toMatchObject({ creditMode: 'standard_minutes' });
    const staff = await as('staff1');
    expect((await staff.get('/api/v1/journal/days/2026-12-07')).json().targetMinutes).toBe(420);

    await admin.send('PUT', settingsUrl(), { effectiveFrom: '2026-12-01', maxMinutesPerDay: 600 });
    await admin.send('PUT', settingsUrl(), { maxClockSkewMinutes: 30 }); // from today, 23 November

    const versions = (await admin.get(`${settingsUrl()}/versions`)).json().items;
    expect(versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual(['2026-12-01', '2026-11-23', '2026-07-01']);
    expect(versions[0]).toMatchObject({ settings: { creditMode: 'time_range', maxMinutesPerDay: 600, maxClockSkewMinutes: DEFAULT_JOURNAL_SETTINGS.maxClockSkewMinutes }, createdByAccountId: t.fixture.people.adminA!.accountId, note: null });
    expect(versions[1]).toMatchObject({ settings: { creditMode: 'standard_minutes', maxClockSkewMinutes: 30 } });
    expect(versions[2]).toMatchObject({ note: null, settings: { reportingWindowWorkingDays: 7 } });
    const audits = await auditRows();
    expect(audits.at(-2)!.data).toMatchObject({ effectiveFrom: '2026-12-01', replaced: true, before: { maxMinutesPerDay: DEFAULT_JOURNAL_SETTINGS.maxMinutesPerDay }, after: { maxMinutesPerDay: 600 } });
  });

  it('a window widened from today does not reopen a day closed under its own: the day view and the save agree', async () => {
    const adminB = await signIn(t.app, t.fixture.people.adminB!.nip);
    expect((await adminB.send('PUT', `/api/v1/agencies/${t.fixture.agencyIds.B}/journal-settings`, { reportingWindowWorkingDays: 10 })).statusCode).toBe(200);
    const teacher = await signIn(t.app, t.fixture.people.teacherB!.nip);
    expect((await teacher.get('/api/v1/journal/days/2026-11-17')).json().windowOpen).toBe(false);
    const entry = (workDate: string) => ({ workDate, startTime: '07:30', endTime: '08:30', activityCode: 'UMM-001', volume: 1 });
    const past = await teacher.send('PUT', `/api/v1/journal/entries/${v7()}`, entry('2026-11-17'));
    expect(past.statusCode).toBe(422);
    expect((await teacher.send('PUT', `/api/v1/journal/entries/${v7()}`, entry('2026-11-23'))).statusCode).toBe(201);
  });

  it('lists versions only to who may read the agency, 404 for an unknown agency', async () => {
    const staff = await as('staff1');
    expect((await staff.get(`${settingsUrl()}/versions`)).statusCode).toBe(403);
    const admin = await as('adminA');
    const other = `/api/v1/agencies/${t.fixture.agencyIds.B}/journal-settings/versions`;
    expect((await admin.get(other)).statusCode).toBe(403);
    const bkd = await as('bkdAdmin');
    expect((await bkd.get(`${settingsUrl()}/versions`)).statusCode).toBe(200);
    expect((await bkd.get(`/api/v1/agencies/${v7()}/journal-settings/versions`)).json().error.code).toBe('NOT_FOUND');
  });
});

describe('migration 0011', () => {
  it('goes down to one blob per agency (the version in force today) and up to one version from 1900-01-01', async () => {
    const schema = t.handle.schema;
    const C = t.fixture.agencyIds.C;
    await t.ctx.db
      .insertInto('agency_settings_versions')
      .values([
        { agency_id: C, effective_from: '2000-01-01', settings: JSON.stringify({ journal: { maxMinutesPerDay: 700 } }) },
        { agency_id: C, effective_from: '2199-01-01', settings: JSON.stringify({ journal: { maxMinutesPerDay: 900 } }) },
      ])
      .execute();
    await migrateTo(t.ctx.db, '0010_audit_chain', schema);
    const blobs = await sql<{ id: string; settings: unknown }>`select id, settings from agencies order by code`.execute(t.ctx.db);
    const blobOf = (id: string) => blobs.rows.find((r) => r.id === id)!.settings;
    expect(blobOf(C)).toEqual({ journal: { maxMinutesPerDay: 700 } });
    expect(blobOf(t.fixture.agencyIds.B)).toMatchObject({ journal: { reportingWindowWorkingDays: 10 } });
    await migrateToLatest(t.ctx.db, schema);
    const rows = await t.ctx.db.selectFrom('agency_settings_versions').select(['agency_id', 'effective_from', 'settings']).where('agency_id', '=', C).execute();
    expect(rows).toEqual([{ agency_id: C, effective_from: '1900-01-01', settings: { journal: { maxMinutesPerDay: 700 } } }]);
    forgetSettings(t.ctx.db);
    forgetJournalContext(t.ctx.db);
  });
});
