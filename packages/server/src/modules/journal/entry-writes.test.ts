import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { currentDictionaryVersion, listDictionary, publishDictionary } from './dictionary.js';

// The test clock: Monday 23 November 2026, 10:00 WIB; Friday the 20th is still open.
let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(() => t.close());

const put = (id: string, body: Record<string, unknown>) => staff.send('PUT', `/api/v1/journal/entries/${id}`, { workDate: '2026-11-20', volume: 1, ...body });

describe('copying a day writes each copy as a hand-made entry (writeEntry)', () => {
  it('under today’s dictionary: an activity withdrawn since is skipped, the rest point at the current version', async () => {
    expect((await put(v7(), { startTime: '07:30', endTime: '08:30', activityCode: 'ADM-001' })).statusCode).toBe(201);
    expect((await put(v7(), { startTime: '09:00', endTime: '10:00', activityCode: 'ADM-002' })).statusCode).toBe(201);
    // A new dictionary version without ADM-002: PUT would refuse it now, so a copy must not make one.
    const version = (await currentDictionaryVersion(t.ctx.db))!;
    const items = (await listDictionary(t.ctx.db, version)).filter((a) => a.code !== 'ADM-002');
    const next = await publishDictionary(t.ctx.db, items, 'uji', null);
    expect((await put(v7(), { startTime: '11:00', endTime: '12:00', activityCode: 'ADM-002' })).json().error.code).toBe('UNKNOWN_ACTIVITY');

    const copy = await staff.send('POST', '/api/v1/journal/days/2026-11-23/copy', { fromDate: '2026-11-20' });
    expect(copy.statusCode).toBe(200);
    expect(copy.json()).toMatchObject({ copied: 1, skipped: 1 });
    const rows = await t.ctx.db
      .selectFrom('journal_entries')
      .select(['activity_code', 'activity_version'])
      .where('employee_id', '=', t.fixture.people.staff1!.id)
      .where('work_date', '=', '2026-11-23')
      .execute();
    expect(rows).toEqual([{ activity_code: 'ADM-001', activity_version: next }]);
    const again = await staff.send('POST', '/api/v1/journal/days/2026-11-23/copy', { fromDate: '2026-11-20' });
    expect(again.json()).toMatchObject({ copied: 0, skipped: 2 });
  });
});
