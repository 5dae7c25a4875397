/**
 * The history insert (`appendEntryEvents`) alone, at the province bench's full size (160,000
 * entries, two events each), on an in-memory and a file-backed PGlite: per call of 8 events (a day)
 * and of 900 (a large team's approve-all), as loaded, after ANALYZE and after VACUUM. The province
 * bench's profile showed this statement at 6 ms a call under load; this separates the statement's own
 * cost from the load around it.
 *
 * BENCH_ROWS (entries, default 160,000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { appendEntryEvents } from '../packages/server/src/modules/journal/queries.js';
import { seedFixture } from '../packages/server/src/testing/fixtures.js';
import { machineLine, writeSection } from './lib/report.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 160_000);
const SMALL_CALLS = 100;
const LARGE_CALLS = 5;

const folder = mkdtempSync(join(tmpdir(), 'kinerja-history-bench-'));
const lines = [`${machineLine()}. ${ROWS.toLocaleString('en')} entries with 2 events each; ms per call.`, '', '| PGlite storage | state | 8 events | 900 events |', '|---|---|---|---|'];
try {
  for (const [storage, dataDir] of [['in memory', 'memory://'], ['data folder', join(folder, 'data')]] as const) {
    const h = await connectDatabase({ dataDir });
    try {
      await migrateToLatest(h.db);
      await ensureReferenceData(h.db);
      const f = await seedFixture(h.db);
      const agencyId = f.agencyIds.A;
      const employees = Object.values(f.people).filter((p) => p.agencyId === agencyId).map((p) => p.id);
      await sql`
        insert into journal_entries (agency_id, id, employee_id, work_date, start_minute, end_minute, activity_code, activity_version, volume, credited_minutes, status)
        select ${agencyId}::uuid, gen_random_uuid(), (${employees}::uuid[])[(g % ${employees.length}) + 1], date '2026-01-01' + (g % 300), 480, 540, 'ADM-001', ${f.dictionaryVersion}, 1, 60, 'submitted'
          from generate_series(1, ${ROWS}) g`.execute(h.db);
      await sql`insert into journal_entry_events (agency_id, entry_id, seq, action) select agency_id, id, s, 'created' from journal_entries, generate_series(1, 2) s`.execute(h.db);
      const ids = (await sql<{ id: string }>`select id from journal_entries order by random() limit ${3 * (SMALL_CALLS * 8 + LARGE_CALLS * 900)}`.execute(h.db)).rows.map((r) => r.id);
      let next = 0;
      const approve = (n: number) => appendEntryEvents(h.db, agencyId, null, ids.slice(next, (next += n)).map((entryId) => ({ entryId, action: 'approved' })));
      const perCall = async (calls: number, n: number) => {
        const t = performance.now();
        for (let i = 0; i < calls; i++) await approve(n);
        return (performance.now() - t) / calls;
      };
      for (const [state, prepare] of [['as loaded', null], ['after ANALYZE', sql`analyze`], ['after VACUUM', sql`vacuum`]] as const) {
        if (prepare) await prepare.execute(h.db);
        const small = await perCall(SMALL_CALLS, 8);
        const large = await perCall(LARGE_CALLS, 900);
        lines.push(`| ${storage} | ${state} | ${small.toFixed(2)} | ${large.toFixed(0)} |`);
        console.log(lines.at(-1));
      }
    } finally {
      await h.close();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
writeSection('history-insert', lines.join('\n'));
