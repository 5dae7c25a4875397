import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import type { PushAnswer } from './push.js';

// The test clock: Monday 23 November 2026, 10:00 WIB.
const NOW = '2026-11-23T03:00:00Z';
const DEVICE = '0190b7a0-0000-7000-8000-00000000d0b2';

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(() => t.close());

const body = (over: Record<string, unknown>) => ({ workDate: '2026-11-23', startTime: '13:00', endTime: '14:00', activityCode: 'ADM-001', volume: 1, ...over });
const put = (entry: Record<string, unknown>) => ({ itemId: v7(), kind: 'entry.put', entryId: v7(), baseVersion: null, deviceTime: NOW, entry });
const push = async (items: Record<string, unknown>[]) => {
  const res = await staff.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW, items });
  expect(res.statusCode).toBe(200);
  return (res.json() as PushAnswer).results;
};

describe('a rejected push item', () => {
  it.each([
    ['times that end before they start', { startTime: '15:00', endTime: '14:00' }, '07:30'],
    ['an unknown activity code', { activityCode: 'NOPE-1' }, '08:00'],
  ])('carries the same field details as PUT /journal/entries for %s (alone, and beside items the all-at-once path would take)', async (_name, over, freeSlot) => {
    const refused = await staff.send('PUT', `/api/v1/journal/entries/${v7()}`, body(over));
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    const expected = refused.json().error.details as { field: string; message: string }[];
    expect(expected.length).toBeGreaterThan(0);

    const [alone] = await push([put(body(over))]);
    expect(alone).toMatchObject({ status: 'rejected', code: refused.json().error.code, details: expected });

    const results = await push([put(body({ startTime: freeSlot, endTime: freeSlot.replace(':00', ':15').replace(':30', ':45') })), put(body(over))]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(results[1]!.details).toEqual(expected);
  });

  it('names the overlapped field, as PUT does', async () => {
    const [first] = await push([put(body({ startTime: '09:00', endTime: '10:00' }))]);
    expect(first!.status).toBe('applied');
    const refused = await staff.send('PUT', `/api/v1/journal/entries/${v7()}`, body({ startTime: '09:30', endTime: '10:30' }));
    const [overlap] = await push([put(body({ startTime: '09:30', endTime: '10:30' }))]);
    expect(overlap).toMatchObject({ status: 'rejected', code: 'OVERLAP', details: refused.json().error.details });
  });

  it('that is malformed names the refused field', async () => {
    const [bad] = await push([put(body({ volume: 'banyak' }))]);
    expect(bad!.status).toBe('rejected');
    expect(bad!.details?.some((d) => d.field.endsWith('volume'))).toBe(true);
  });
});
