import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf } from '../evidence/samples.js';
import { sha256Hex } from '../evidence/index.js';
import type { Journalist } from '../journal/index.js';
import { batchContext } from './batch-context.js';
import { pushItemByItem, type PushAnswer, type PushBatch } from './push.js';
import { pushAtOnce } from './push-at-once.js';
import type { SyncItem } from '@kinerja/core/api';

// Monday 23 November 2026, 10:00 WIB; the reporting window is 3 working days.
const NOW = new Date('2026-11-23T03:00:00Z');
const DEVICE = '0190b7a0-0000-7000-8000-00000000d0a1';

let t: TestApp;
let dataDir: string;
let fast: Journalist;
let slow: Journalist;
let fastClient: Client;
let slowClient: Client;
const photo = samplePdf('Foto rapat');
const notUploaded = sha256Hex(samplePdf('Belum terunggah'));

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-push-at-once-'));
  t = await createTestApp({ dataDir, syncSettleMs: 0 });
  // Two people in the same post under the same supervisor: what one is answered, the other must be.
  const person = (key: 'staff1' | 'staff2'): Journalist => {
    const p = t.fixture.people[key]!;
    return { accountId: p.accountId, agencyId: p.agencyId, employeeId: p.id };
  };
  fast = person('staff1');
  slow = person('staff2');
  fastClient = await signIn(t.app, t.fixture.people.staff1!.nip);
  slowClient = await signIn(t.app, t.fixture.people.staff2!.nip);
  for (const c of [fastClient, slowClient]) await c.upload(photo, 'application/pdf');
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** An entry as an offline phone sends it; dates and slots are drawn so that refusals and overlaps happen. */
/** One of `usual`, and one of `rare` about one time in twelve. */
const often = <T>(usual: T[], rare: T[]) => fc.integer({ min: 0, max: 11 }).map((i) => (i < 11 ? usual[i % usual.length]! : rare[i % rare.length]!));
const entryArb = fc.record({
  date: often(['2026-11-23', '2026-11-20'], ['2026-11-16', '2026-11-24']),
  slot: fc.integer({ min: 0, max: 11 }),
  // Rarely backwards: times that end before they start, or a negative duration (a refusal with field details).
  length: often([15, 30], [-15]),
  timed: fc.boolean(),
  code: often(['ADM-001', 'ADM-002'], ['NOPE-1']),
  files: often<string[]>([[], [sha256Hex(photo)]], [[notUploaded]]),
  // Now; rarely a clock that ran ahead (then set right), or a change made days ago (a window since closed).
  madeAt: often([NOW.toISOString()], [new Date(NOW.getTime() + 2 * 86_400_000).toISOString(), '2026-11-17T03:00:00Z']),
});
const batchArb = fc.record({
  entries: fc.array(entryArb, { minLength: 1, maxLength: 5 }),
  submit: fc.constantFrom(undefined, '2026-11-23', '2026-11-20'),
  repeatPrevious: often([false], [true]),
  deleteFirst: often([false], [true]),
});

const RUNS = 60;
let run = 0;
let atOnceRuns = 0;
let refusalsWithDetails = 0;
let lastBatch: SyncItem[] = [];

type Batch = typeof batchArb extends fc.Arbitrary<infer T> ? T : never;

function itemsOf(b: Batch): SyncItem[] {
  // Each run logs into its own part of the day, so earlier runs overlap it only now and then.
  const base = (run++ * 211) % (24 * 60 - 210);
  const items: SyncItem[] = b.entries.map((e) => ({
    itemId: v7(),
    kind: 'entry.put',
    entryId: v7(),
    baseVersion: null,
    deviceTime: e.madeAt,
    entry: {
      workDate: e.date,
      ...(e.timed ? { startTime: fmt(base + e.slot * 15), endTime: fmt(base + e.slot * 15 + e.length) } : { durationMinutes: e.length }),
      activityCode: e.code,
      volume: 1,
      description: `Kegiatan ${e.slot}`,
      ...(e.files.length ? { evidence: e.files } : {}),
    },
  }));
  if (b.submit) items.push({ itemId: v7(), kind: 'day.submit', date: b.submit, deviceTime: NOW.toISOString() });
  if (b.repeatPrevious && lastBatch[0]) items.unshift(lastBatch[0]);
  const firstPut = lastBatch.find((i) => i.kind === 'entry.put');
  if (b.deleteFirst && firstPut) items.push({ itemId: v7(), kind: 'entry.delete', entryId: firstPut.entryId, baseVersion: 1, deviceTime: NOW.toISOString() });
  return items;
}

/** The same batch for the other person: every id replaced, and the map to read the answers back. */
function renamed(items: SyncItem[], ids: Map<string, string>): SyncItem[] {
  const other = (id: string) => {
    if (!ids.has(id)) ids.set(id, v7());
    return ids.get(id)!;
  };
  return items.map((i) => ({ ...i, itemId: other(i.itemId), ...(i.kind === 'day.submit' ? {} : { entryId: other(i.entryId) }) }) as SyncItem);
}

function readBack(value: unknown, back: Map<string, string>): unknown {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' && back.has(v) ? back.get(v) : v));
}

/** Everything stored for one person, with their ids read back to the first person's. */
async function stored(who: Journalist, back: Map<string, string>) {
  const db = t.ctx.db;
  const entries = await db
    .selectFrom('journal_entries')
    .select(['id', 'work_date', 'start_minute', 'end_minute', 'duration_minutes', 'activity_code', 'credited_minutes', 'status', 'version', 'deleted_at', 'clock_skew_seconds', 'device_recorded_at', 'late_received_at', 'late_window_closed_at', 'updated_at'])
    .where('employee_id', '=', who.employeeId)
    .execute();
  const ids = entries.map((e) => e.id);
  const events = ids.length
    ? await db.selectFrom('journal_entry_events').select(['entry_id', 'seq', 'action', 'data']).where('entry_id', 'in', ids).execute()
    : [];
  const evidence = ids.length ? await db.selectFrom('journal_entry_evidence').select(['entry_id', 'sha256', 'added_at']).where('entry_id', 'in', ids).execute() : [];
  const items = await db.selectFrom('sync_applied_items').select(['item_id', 'kind', 'entry_id', 'status', 'missing_evidence']).where('account_id', '=', who.accountId).execute();
  const sorted = <T>(rows: T[]) => (readBack(rows, back) as Record<string, unknown>[]).map((r) => JSON.stringify(r)).sort();
  return { entries: sorted(entries), events: sorted(events), evidence: sorted(evidence), items: sorted(items) };
}

/** A working day as a phone sends it: 8 one-hour entries from 07:30 (the first `withPhoto` with the photo), then the submit. */
function dayOfEight(date: string, withPhoto: number): SyncItem[] {
  const items: SyncItem[] = Array.from({ length: 8 }, (_, i) => ({
    itemId: v7(),
    kind: 'entry.put' as const,
    entryId: v7(),
    baseVersion: null,
    deviceTime: NOW.toISOString(),
    entry: { workDate: date, startTime: fmt(450 + i * 60), endTime: fmt(510 + i * 60), activityCode: 'ADM-001', volume: 1, ...(i < withPhoto ? { evidence: [sha256Hex(photo)] } : {}) },
  }));
  items.push({ itemId: v7(), kind: 'day.submit', date, deviceTime: NOW.toISOString() });
  return items;
}

describe('a batch applied all at once', () => {
  it('answers and stores exactly what applying it item by item does', async () => {
    const back = new Map<string, string>();
    const ids = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(batchArb, async (b) => {
        const items = itemsOf(b);
        lastBatch = items;
        const batch = { deviceId: DEVICE, deviceNow: NOW.toISOString() };
        const atOnce = await pushAtOnce(t.ctx, await batchContext(t.ctx, fast, batch), items);
        if (atOnce) atOnceRuns++;
        const fastAnswer: PushAnswer['results'] = atOnce ?? (await pushItemByItem(t.ctx, fast, { ...batch, items } as PushBatch)).results;
        const slowItems = renamed(items, ids);
        for (const [a, b2] of ids) back.set(b2, a);
        back.set(slow.employeeId, fast.employeeId);
        back.set(slow.accountId, fast.accountId);
        const slowAnswer = (await pushItemByItem(t.ctx, slow, { ...batch, items: slowItems } as PushBatch)).results;
        expect(readBack(slowAnswer, back)).toEqual(readBack(fastAnswer, new Map()));
        refusalsWithDetails += fastAnswer.filter((r) => r.status === 'rejected' && r.details?.length).length;
        expect(await stored(slow, back)).toEqual(await stored(fast, back));
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    // The property means little unless the all-at-once path was actually taken, and refused too.
    expect(atOnceRuns).toBeGreaterThanOrEqual(RUNS / 5);
    expect(atOnceRuns).toBeLessThan(RUNS);
    expect(refusalsWithDetails).toBeGreaterThan(0);
  }, 120_000);

  it('is taken for a day of new entries with files and its submit, and a repeat of it is answered already_applied', async () => {
    const date = '2026-11-19';
    const items = dayOfEight(date, 2);
    const res = await fastClient.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items });
    expect(res.statusCode).toBe(200);
    const results = (res.json() as PushAnswer).results;
    expect(results.map((r) => r.status)).toEqual(Array(9).fill('applied'));
    expect(results[0]!.entry).toMatchObject({ status: 'draft', version: 1, evidence: [{ sha256: sha256Hex(photo), mediaType: 'application/pdf' }] });
    const day = await fastClient.get(`/api/v1/journal/days/${date}`);
    expect((day.json() as { entries: { status: string }[] }).entries.map((e) => e.status)).toEqual(Array(8).fill('submitted'));
    const again = await pushAtOnce(t.ctx, await batchContext(t.ctx, fast, { deviceId: DEVICE, deviceNow: NOW.toISOString() }), items);
    expect(again).toBeUndefined();
    const repeat = await fastClient.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items });
    expect((repeat.json() as PushAnswer).results.map((r) => r.status)).toEqual(Array(9).fill('already_applied'));
  });

  it('the same day pushed by five connections at once is stored once; every push is answered without an error', async () => {
    const date = '2026-11-18';
    const items = dayOfEight(date, 0);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => fastClient.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items })),
    );
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      for (const r of (res.json() as PushAnswer).results) expect(['applied', 'already_applied']).toContain(r.status);
    }
    const ids = items.flatMap((i) => (i.kind === 'entry.put' ? [i.entryId] : []));
    const stored = await t.ctx.db.selectFrom('journal_entries').select(['id', 'status']).where('id', 'in', ids).execute();
    expect(stored.map((e) => e.status).sort()).toEqual(Array(8).fill('submitted'));
    const created = await t.ctx.db.selectFrom('journal_entry_events').select('entry_id').where('entry_id', 'in', ids).where('action', '=', 'created').execute();
    expect(created).toHaveLength(8);
    const remembered = await t.ctx.db.selectFrom('sync_applied_items').select('item_id').where('item_id', 'in', items.map((i) => i.itemId)).execute();
    expect(remembered).toHaveLength(9);
  });
});
