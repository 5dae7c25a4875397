import { DEFAULT_JOURNAL_SETTINGS } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';

// The phone judges dates itself (open, closed, still to come; the entry rules before queuing): it needs
// every settings version, not only today's, to agree with the server about a past day.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ContextAnswer {
  settings: { reportingWindowWorkingDays: number };
  settingsVersions: { effectiveFrom: string; settings: Record<string, unknown> }[];
}

describe('GET /journal/context', () => {
  it("answers the agency's settings versions with defaults filled in, and today's settings as before", async () => {
    t.setNow(new Date('2026-07-01T03:00:00Z')); // Wednesday 1 July, 10:00 WIB
    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    expect((await admin.send('PUT', `/api/v1/agencies/${t.fixture.agencyIds.A}/journal-settings`, { reportingWindowWorkingDays: 1 })).statusCode).toBe(200);

    const staff = await signIn(t.app, t.fixture.people.staff1!.nip);
    const res = await staff.get('/api/v1/journal/context');
    expect(res.statusCode).toBe(200);
    const body = res.json() as ContextAnswer;
    expect(body.settings.reportingWindowWorkingDays).toBe(1);
    // Oldest first, the July change last; each version complete (defaults filled in), as the server reads it.
    expect(body.settingsVersions.at(-1)).toMatchObject({ effectiveFrom: '2026-07-01', settings: { reportingWindowWorkingDays: 1 } });
    for (const v of body.settingsVersions) expect(Object.keys(v.settings).sort()).toEqual(Object.keys(DEFAULT_JOURNAL_SETTINGS).sort());
    const dates = body.settingsVersions.map((v) => v.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
  });

  it("answers only the caller's agency's versions", async () => {
    const teacher = await signIn(t.app, t.fixture.people.teacherB!.nip);
    const body = (await teacher.get('/api/v1/journal/context')).json() as ContextAnswer;
    expect(body.settingsVersions.map((v) => v.effectiveFrom)).not.toContain('2026-07-01');
    expect(body.settingsVersions.every((v) => v.settings.reportingWindowWorkingDays !== 1)).toBe(true);
  });
});
