import { SUPPORTED_DATES } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

/**
 * Dates outside core's SUPPORTED_DATES are refused at the schema with 400 VALIDATION: before, the
 * year 9999 froze the process in the day arithmetic, and the years 0000-0001 reached PostgreSQL and
 * came back as 500.
 */
let t: TestApp;
let staff: Client;
let admin: Client;
const entry = (workDate: string) => ({ workDate, activityCode: 'ADM-001', volume: 1 });
const entryId = '0190b7a0-0000-7000-8000-00000000d001';

beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
  admin = await signIn(t.app, t.fixture.people.adminA!.nip);
});
afterAll(() => t.close());

function expectRefusedDate(res: { statusCode: number; json(): unknown }, field: string) {
  expect(res.statusCode).toBe(400);
  const { error } = res.json() as { error: { code: string; details?: { field: string; message: string }[] } };
  expect(error.code).toBe('VALIDATION');
  expect(error.details?.map((d) => d.field)).toContain(field);
}

describe('out-of-range dates are refused at the schema', () => {
  it.each(['9999-12-31', '0000-01-01', '0001-01-01', '1899-12-31', '2201-01-01'])('GET /journal/days/%s', async (date) => {
    const started = performance.now();
    expectRefusedDate(await staff.get(`/api/v1/journal/days/${date}`), 'date');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('GET /journal/days?from=9999-12-01&to=9999-12-31', async () => {
    expectRefusedDate(await staff.get('/api/v1/journal/days?from=9999-12-01&to=9999-12-31'), 'from');
  });

  it.each(['0000-01-01', '0001-01-01', '9999-12-31'])('PUT /journal/entries with workDate %s; nothing is stored', async (date) => {
    expectRefusedDate(await staff.send('PUT', `/api/v1/journal/entries/${entryId}`, entry(date)), 'workDate');
    expect((await staff.get(`/api/v1/journal/days/2026-11-23`)).json().entries).toEqual([]);
  });

  it('a date-time outside the range (deviceRecordedAt, an outage) is refused too', async () => {
    const res = await staff.send('PUT', `/api/v1/journal/entries/${entryId}`, { ...entry('2026-11-23'), deviceRecordedAt: '0000-01-01T00:00:00Z' });
    expectRefusedDate(res, 'deviceRecordedAt');
    const bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
    const outage = await bkd.send('POST', '/api/v1/outages', { agencyId: null, startsAt: '2026-11-23T01:00:00Z', endsAt: '9999-12-31T23:59:59Z', reason: 'Gangguan uji' });
    expectRefusedDate(outage, 'endsAt');
  });

  it('a month outside the range is refused for the recap', async () => {
    expectRefusedDate(await admin.get(`/api/v1/agencies/${t.fixture.agencyIds.A}/validation/recap?month=9999-12`), 'month');
    expectRefusedDate(await admin.get(`/api/v1/agencies/${t.fixture.agencyIds.A}/validation/recap?month=0000-01`), 'month');
  });

  it('the first and last supported days are accepted', async () => {
    expect((await staff.get(`/api/v1/journal/days/${SUPPORTED_DATES.min}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/journal/days/${SUPPORTED_DATES.max}`)).statusCode).toBe(200);
  });

  it('a pushed sync item with a date outside the range is rejected on its own; the batch is answered', async () => {
    const res = await staff.send('POST', '/api/v1/sync/push', {
      deviceId: '0190b7a0-0000-7000-8000-00000000d0d0',
      deviceNow: '2026-11-23T03:00:00Z',
      items: [
        { itemId: '0190b7a0-0000-7000-8000-00000000d101', kind: 'day.submit', date: '0000-01-01', deviceTime: '2026-11-23T03:00:00Z' },
        { itemId: '0190b7a0-0000-7000-8000-00000000d102', kind: 'entry.put', entryId, baseVersion: null, deviceTime: '0001-01-01T00:00:00Z', entry: entry('2026-11-23') },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { status: string; code?: string }) => [r.status, r.code])).toEqual([
      ['rejected', 'VALIDATION'],
      ['rejected', 'VALIDATION'],
    ]);
  });

  it('a forged pull cursor with an impossible date or a change number past bigint is a 400, not a 500', async () => {
    for (const forged of ['0:0000-01-01', '0:2026-02-30', '99999999999999999999', '9999999999999999999']) {
      const res = await staff.get(`/api/v1/sync/pull?cursor=${Buffer.from(forged).toString('base64url')}`);
      expect(res.statusCode, forged).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
    }
  });
});
