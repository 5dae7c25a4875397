import { sql } from 'kysely';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../../modules/evidence/samples.js';
import { decide, people } from '../../modules/validation/test-support.js';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { ensureJournalPartitions } from './ensure.js';
import { JOURNAL_PARTITIONED_TABLES } from './journal-tables.js';
import { addMonths, monthOf, partitionName } from './months.js';

let t: TestApp;
let as: ReturnType<typeof people>;
beforeAll(async () => {
  t = await createTestApp({ syncSettleMs: 0 });
  as = people(t);
});
afterAll(() => t.close());

/** Which partition holds each row of an entry, table by table. */
async function homes(entryId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { table, key } of JOURNAL_PARTITIONED_TABLES) {
    const { rows } = await sql<{ home: string }>`select tableoid::regclass::text as home from ${sql.id(table)} where ${sql.id(key)} = ${entryId}`.execute(t.ctx.db);
    out[table] = [...new Set(rows.map((r) => r.home.replace(/^.*\./, '')))];
  }
  return out;
}

async function counts(): Promise<number[]> {
  const out: number[] = [];
  for (const { table } of JOURNAL_PARTITIONED_TABLES) {
    const { rows } = await sql<{ n: string }>`select count(*)::text as n from ${sql.id(table)}`.execute(t.ctx.db);
    out.push(Number(rows[0]!.n));
  }
  return out;
}

/** An entry with a photo, sent and approved: a row in each of the four tables. */
async function approvedEntry(entryId: string, date: string, start: string, end: string): Promise<void> {
  const staff = await as('staff1');
  const sha = await staff.upload(samplePdf('Notulen rapat'), 'application/pdf');
  const now = t.ctx.now().toISOString();
  const res = await staff.send('POST', '/api/v1/sync/push', {
    deviceId: '0190b7a0-0000-7000-8000-00000000d0b2',
    deviceNow: now,
    items: [
      { itemId: v7(), kind: 'entry.put', entryId, baseVersion: null, deviceTime: now, entry: { workDate: date, startTime: start, endTime: end, activityCode: 'ADM-001', volume: 1, description: 'Agenda surat masuk', evidence: [sha] } },
      { itemId: v7(), kind: 'day.submit', date, deviceTime: now },
    ],
  });
  expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
  expect((await decide(await as('kasubbag'), entryId, { decision: 'approved' })).statusCode).toBe(200);
}

describe('monthly partitions of the journal', () => {
  it('stores the journal tables as partitioned tables with a default partition and this month’s partition', async () => {
    const { rows } = await sql<{ name: string; kind: string }>`
      select c.relname as name, c.relkind as kind from pg_class c
       where c.relnamespace = to_regnamespace(current_schema()) and c.relname = any(${JOURNAL_PARTITIONED_TABLES.map((p) => p.table)})`.execute(t.ctx.db);
    expect(rows.map((r) => r.kind)).toEqual(['p', 'p', 'p', 'p']);

    const entryId = v7();
    await approvedEntry(entryId, '2026-11-20', '07:00', '08:00');
    const month = partitionName('x', monthOf(new Date())).slice(1);
    expect(await homes(entryId)).toEqual(Object.fromEntries(JOURNAL_PARTITIONED_TABLES.map(({ table }) => [table, [`${table}${month}`]])));
  });

  it('creates the coming months once, and moves rows waiting in the default partition into their month', async () => {
    // A phone whose clock ran eight months ahead: its entry's id belongs to a month with no partition yet.
    const ahead = Date.now() + 8 * 31 * 86_400_000;
    const entryId = v7({ msecs: ahead });
    await approvedEntry(entryId, '2026-11-19', '07:00', '08:00');
    const defaults = Object.fromEntries(JOURNAL_PARTITIONED_TABLES.map(({ table }) => [table, [`${table}_default`]]));
    expect(await homes(entryId)).toEqual(defaults);
    const before = await counts();

    // Months ahead of today: created, with nothing to move.
    const soon = await ensureJournalPartitions(t.ctx.db, { now: new Date(), monthsAhead: 4 });
    expect(soon.moved).toBe(0);
    expect(soon.created).toContain(addMonths(monthOf(new Date()), 4));
    expect(await ensureJournalPartitions(t.ctx.db, { now: new Date(), monthsAhead: 4 })).toEqual({ created: [], moved: 0 });
    expect(await homes(entryId)).toEqual(defaults);

    // The default partition's month is within reach now: its partition is made and the rows move in.
    const done = await ensureJournalPartitions(t.ctx.db, { now: new Date(), monthsAhead: 9 });
    const month = monthOf(new Date(ahead));
    expect(done.created).toContain(month);
    const events = Number((await sql<{ n: string }>`select count(*)::text as n from journal_entry_events where entry_id = ${entryId}`.execute(t.ctx.db)).rows[0]!.n);
    expect(done.moved).toBe(1 + events + 1 + 1);
    expect(await homes(entryId)).toEqual(Object.fromEntries(JOURNAL_PARTITIONED_TABLES.map(({ table }) => [table, [partitionName(table, month)]])));
    expect(await counts()).toEqual(before);

    // Still one entry to the API, approved, with its photo and history; history is still append-only.
    const day = await (await as('staff1')).get('/api/v1/journal/days/2026-11-19');
    expect(day.json().entries.find((e: { id: string }) => e.id === entryId)).toMatchObject({ status: 'approved', evidence: [expect.anything()] });
    await expect(sql`delete from journal_entry_events where entry_id = ${entryId}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from entry_decisions where entry_id = ${entryId}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it('keeps ids of other versions (old copies, v4) in the default partition, where they are found as before', async () => {
    const staff = await as('staff1');
    const id = '3f2c8a1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';
    const res = await staff.send('PUT', `/api/v1/journal/entries/${id}`, { workDate: '2026-11-18', startTime: '07:00', endTime: '08:00', activityCode: 'ADM-001', volume: 1, description: 'Agenda surat keluar' });
    expect(res.statusCode).toBe(201);
    expect((await homes(id)).journal_entries).toEqual(['journal_entries_default']);
    const day = await staff.get('/api/v1/journal/days/2026-11-18');
    expect(day.json().entries.map((e: { id: string }) => e.id)).toContain(id);
  });
});
