import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as claimsMigration from '../../db/migrations/0009_entry_id_claims.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { batchContext, pushAtOnce } from '../sync/index.js';
import type { SyncItem } from '@kinerja/core/api';

// Entry ids are unique province-wide: Dinas Kesehatan (A) and Dinas Pendidikan (B) cannot share one.
// The test clock: Monday 23 November 2026, 10:00 WIB.
const NOW = new Date('2026-11-23T03:00:00Z');
const DEVICE = '0190b7a0-0000-7000-8000-00000000e1d5';

let t: TestApp;
let dataDir: string;
let staff1: Client;
let staff2: Client;
let teacherB: Client;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-entry-ids-'));
  t = await createTestApp({ dataDir, syncSettleMs: 0 });
  staff1 = await signIn(t.app, t.fixture.people.staff1!.nip);
  staff2 = await signIn(t.app, t.fixture.people.staff2!.nip);
  teacherB = await signIn(t.app, t.fixture.people.teacherB!.nip);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

let hour = 6;
/** A fresh hour of the day, so that no two entries of a test overlap. */
const body = (over: Record<string, unknown> = {}) => {
  hour++;
  const hh = (h: number) => String(h).padStart(2, '0');
  return { workDate: '2026-11-23', startTime: `${hh(hour)}:00`, endTime: `${hh(hour)}:30`, activityCode: 'UMM-002', volume: 1, description: 'Laporan harian', ...over };
};
const put = (c: Client, id: string, b: Record<string, unknown>) => c.send('PUT', `/api/v1/journal/entries/${id}`, b);
const rowsWithId = async (id: string) => (await t.ctx.db.selectFrom('journal_entries').select(['agency_id', 'employee_id']).where('id', '=', id).execute()).length;
const putItem = (entryId: string, entry: Record<string, unknown>) => ({ itemId: v7(), kind: 'entry.put', entryId, baseVersion: null, deviceTime: NOW.toISOString(), entry });

describe('an entry id belongs to one entry in the whole province', () => {
  it('PUT with another agency’s entry id is 409, answered exactly as another person’s id in the same agency', async () => {
    const id = v7();
    expect((await put(staff1, id, body())).statusCode).toBe(201);
    const sameAgency = await put(staff2, id, body());
    const otherAgency = await put(teacherB, id, body({ activityCode: 'UMM-001', description: 'Rapat guru' }));
    expect(sameAgency.statusCode).toBe(409);
    expect(otherAgency.statusCode).toBe(409);
    // Nothing about the other entry is told: the same code and sentence either way.
    expect(otherAgency.json()).toEqual(sameAgency.json());
    expect(otherAgency.json().error.code).toBe('CONFLICT');
    expect(await rowsWithId(id)).toBe(1);
  });

  it('a push item with another agency’s id is rejected like one with a colleague’s id, on both push paths', async () => {
    const id = v7();
    expect((await put(staff1, id, body())).statusCode).toBe(201);
    const push = (c: Client, items: unknown[]) => c.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items });
    // Item by item (a lone put goes all at once only when new everywhere: refused there, answered here).
    const colleague = (await push(staff2, [putItem(id, body())])).json().results[0];
    const stranger = (await push(teacherB, [putItem(id, body())])).json().results[0];
    expect(colleague).toMatchObject({ status: 'rejected', code: 'VALIDATION' });
    expect({ ...stranger, itemId: colleague.itemId }).toEqual(colleague);
    // The usual day push (new entries and the submit): the taken id keeps it off the all-at-once path,
    // and item by item the others are applied.
    const mine = v7();
    const items = [putItem(mine, body()), putItem(id, body()), { itemId: v7(), kind: 'day.submit', date: '2026-11-23', deviceTime: NOW.toISOString() }] as SyncItem[];
    const who = { accountId: t.fixture.people.teacherB!.accountId, agencyId: t.fixture.agencyIds.B, employeeId: t.fixture.people.teacherB!.id };
    expect(await pushAtOnce(t.ctx, await batchContext(t.ctx, who, { deviceId: DEVICE, deviceNow: NOW.toISOString() }), items)).toBeUndefined();
    const day = (await push(teacherB, items)).json().results;
    expect(day.map((r: { status: string; code?: string }) => [r.status, r.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'VALIDATION'],
      ['applied', undefined],
    ]);
    expect(await rowsWithId(id)).toBe(1);
  });

  it('two agencies saving the same new id at the same moment: one entry, the other 409', async () => {
    const id = v7();
    const answers = await Promise.all([put(staff1, id, body()), put(teacherB, id, body())]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await rowsWithId(id)).toBe(1);
  });

  it('every saved entry holds its claim, and a claim is never deleted', async () => {
    const id = v7();
    expect((await put(teacherB, id, body())).statusCode).toBe(201);
    const claim = await t.ctx.db.selectFrom('entry_id_claims').selectAll().where('id', '=', id).executeTakeFirst();
    expect(claim).toEqual({ id, agency_id: t.fixture.agencyIds.B, employee_id: t.fixture.people.teacherB!.id });
    await expect(t.ctx.db.deleteFrom('entry_id_claims').where('id', '=', id).execute()).rejects.toThrow(/never deleted/);
  });

  it('the migration claims the ids of existing entries; of an id two agencies already share, the older entry keeps it', async () => {
    const shared = v7();
    const base = { work_date: '2026-11-20', activity_code: 'UMM-002', activity_version: t.fixture.dictionaryVersion, volume: 1, credited_minutes: 30, start_minute: null, end_minute: null, duration_minutes: null, rhk_id: null };
    const at = (iso: string) => ({ received_at: new Date(iso), created_at: new Date(iso), updated_at: new Date(iso) });
    // As the old code let it happen: the same id in two agencies, B's first.
    await t.ctx.db
      .insertInto('journal_entries')
      .values([
        { agency_id: t.fixture.agencyIds.B, id: shared, employee_id: t.fixture.people.teacherB!.id, ...base, ...at('2026-11-20T02:00:00Z') },
        { agency_id: t.fixture.agencyIds.A, id: shared, employee_id: t.fixture.people.staff1!.id, ...base, ...at('2026-11-20T03:00:00Z') },
      ])
      .execute();
    await sql`drop table entry_id_claims`.execute(t.ctx.db);
    await claimsMigration.up(t.ctx.db as never);
    const claims = await t.ctx.db.selectFrom('entry_id_claims').select(['id', 'agency_id']).execute();
    const entries = await t.ctx.db.selectFrom('journal_entries').select('id').distinct().execute();
    expect(claims).toHaveLength(entries.length);
    expect(claims.find((c) => c.id === shared)?.agency_id).toBe(t.fixture.agencyIds.B);
  });
});
