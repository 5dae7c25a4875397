import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, people, slots, submitEntries } from '../../modules/validation/test-support.js';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { stableIdOnDate } from '../ids.js';
import { currentMigration, migrateTo, migrateToLatest } from '../migrate.js';
import { JOURNAL_PARTITIONED_TABLES } from '../partitions/journal-tables.js';
import { monthOfId, partitionName } from '../partitions/months.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Every row of the four tables, in a stable order, as text (what a migration must keep exactly). */
async function journalRows(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { table } of JOURNAL_PARTITIONED_TABLES) {
    const { rows } = await sql<{ row: string }>`select t::text as row from ${sql.id(table)} t order by 1`.execute(t.ctx.db);
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

async function kinds(): Promise<string[]> {
  const { rows } = await sql<{ kind: string }>`
    select c.relkind as kind from pg_class c
     where c.relnamespace = to_regnamespace(current_schema()) and c.relname = any(${JOURNAL_PARTITIONED_TABLES.map((p) => p.table)}) order by c.relname`.execute(t.ctx.db);
  return rows.map((r) => r.kind);
}

describe('migration 0006: the journal tables become partitioned by month', () => {
  it('keeps every row through down and up again, and puts v7 rows in their month’s partition', async () => {
    const as = people(t);
    const staff = await as('staff1');
    const ids = await submitEntries(staff, '2026-11-20', slots(3));
    for (const id of ids.slice(0, 2)) expect((await decide(await as('kasubbag'), id, { decision: 'approved' })).statusCode).toBe(200);
    const copied = await staff.send('POST', '/api/v1/journal/days/2026-11-23/copy', { fromDate: '2026-11-20' });
    expect(copied.json()).toMatchObject({ copied: 3 });
    // An id that is not v7 (as old copies had) has no month: it lives in the default partition.
    const other = '3f2c8a1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';
    const put = await staff.send('PUT', `/api/v1/journal/entries/${other}`, { workDate: '2026-11-23', startTime: '13:00', endTime: '14:00', activityCode: 'ADM-001', volume: 1, description: 'Agenda surat keluar' });
    expect(put.statusCode).toBe(201);
    const stored = await journalRows();
    expect(stored.journal_entries!.length).toBe(7);
    expect(stored.entry_decisions!.length).toBe(2);

    await migrateTo(t.ctx.db, '0005_sync_retention', t.handle.schema);
    expect(await kinds()).toEqual(['r', 'r', 'r', 'r']);
    expect(await journalRows()).toEqual(stored);

    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await currentMigration(t.ctx.db, t.handle.schema)).toBe('0006_journal_partitions');
    expect(await kinds()).toEqual(['p', 'p', 'p', 'p']);
    expect(await journalRows()).toEqual(stored);
    const { rows } = await sql<{ id: string; home: string }>`select id::text, tableoid::regclass::text as home from journal_entries`.execute(t.ctx.db);
    const month = (id: string) => monthOfId(id);
    for (const r of rows) expect(r.home.replace(/^.*\./, '')).toBe(month(r.id) ? partitionName('journal_entries', month(r.id)!) : 'journal_entries_default');
    // Copies get v7-shaped ids of the day they are copied to.
    expect(rows.filter((r) => !ids.includes(r.id) && r.id !== other).map((r) => r.id).sort()).toEqual(
      ids.map((id) => stableIdOnDate('2026-11-23', `${id}|2026-11-23`, '6f1c9b2e-5d1a-4c7e-9a57-0d3c1e2b7a11')).sort(),
    );

    // The app works on the rebuilt tables: a decision on the third entry lands beside its entry.
    expect((await decide(await as('kasubbag'), ids[2]!, { decision: 'approved' })).statusCode).toBe(200);
  });
});
