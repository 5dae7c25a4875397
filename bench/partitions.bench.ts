/**
 * What monthly partitioning costs the journal's queries. The journal tables are partitioned on the
 * entry's UUIDv7 id (docs/scaling.md), so a lookup by id reads one month, but the queries by
 * employee and work date (a day, the inbox, a month's recap) cannot prune and visit every month's
 * index. This bench loads the same entries into the unpartitioned tables (migration 0005) and into
 * the partitioned ones (one partition a month), for 3 and for 10 years of history, and times each
 * query as the app sends it (parameters, no prepared statement: planned every time).
 *
 * BENCH_KINDS=postgres,pglite  BENCH_ROWS (entries per run, default 200,000)  BENCH_REPEATS (default 400)
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../packages/server/src/db/connect.js';
import { migrateTo, migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureJournalPartitions } from '../packages/server/src/db/partitions/ensure.js';
import { addMonths, monthOf } from '../packages/server/src/db/partitions/months.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { seedFixture } from '../packages/server/src/testing/fixtures.js';
import { machineLine, writeSection } from './lib/report.js';
import { summarise } from './lib/stats.js';

const KINDS = (process.env.BENCH_KINDS ?? 'postgres,pglite').split(',') as ('postgres' | 'pglite')[];
const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 400);
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Setup {
  years: number;
  partitioned: boolean;
}

async function open(kind: 'postgres' | 'pglite'): Promise<DatabaseHandle> {
  if (kind === 'pglite') return connectDatabase({});
  const schema = `bench_part_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await connectDatabase({ url: PG_URL, schema, poolSize: 2 });
  const close = async () => {
    // Table by table: ten years of partitions and their indexes in one DROP SCHEMA exceed the lock table.
    for (const table of ['entry_decisions', 'journal_entry_evidence', 'journal_entry_events', 'journal_entries']) await sql`drop table if exists ${sql.id(table)} cascade`.execute(handle.db);
    await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db);
    await handle.close();
  };
  return { ...handle, close };
}

/**
 * `ROWS` entries spread over the last `years`, each id a v7 id of its work date (as phones make
 * them), 10% of them pending; one history event each.
 */
async function load(db: Kysely<any>, agencyId: string, employees: string[], dictionaryVersion: number, years: number): Promise<void> {
  const days = years * 365;
  const start = new Date(Date.UTC(new Date().getUTCFullYear() - years, new Date().getUTCMonth(), 1));
  await sql`
    insert into journal_entries (agency_id, id, employee_id, work_date, start_minute, end_minute, activity_code, activity_version, volume, credited_minutes, status)
    select ${agencyId}::uuid,
           (lpad(to_hex((extract(epoch from d) * 1000)::bigint), 12, '0') || '7' || substr(md5(g::text), 1, 3) || '8' || substr(md5(g::text), 4, 15))::uuid,
           (${employees}::uuid[])[(g % ${employees.length}) + 1], d::date, 480, 540, 'ADM-001', ${dictionaryVersion}, 1, 60,
           case when g % 10 = 0 then 'submitted' else 'approved' end
      from generate_series(1, ${ROWS}) g,
           lateral (select ${start.toISOString()}::timestamptz + ((g::bigint * 7919) % ${days}) * interval '1 day' + interval '9 hours' as d) x`.execute(db);
  await sql`insert into journal_entry_events (agency_id, entry_id, seq, action) select agency_id, id, 1, 'created' from journal_entries`.execute(db);
  await sql`analyze`.execute(db);
}

function queries(agencyId: string, employees: string[], ids: string[], years: number) {
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const date = () => new Date(Date.now() - Math.floor(Math.random() * years * 365) * 86_400_000).toISOString().slice(0, 10);
  return {
    'a day (employee, date)': (db: Kysely<any>) =>
      sql`select id, status, start_minute, end_minute from journal_entries where agency_id = ${agencyId} and employee_id = ${pick(employees)} and work_date = ${date()} and deleted_at is null`.execute(db),
    'inbox (40 people, pending)': (db: Kysely<any>) =>
      sql`select id, employee_id, work_date from journal_entries where agency_id = ${agencyId} and employee_id = any(${employees}::uuid[]) and status = 'submitted' and deleted_at is null order by work_date limit 50`.execute(db),
    'month recap (agency)': (db: Kysely<any>) => {
      const month = date().slice(0, 7);
      return sql`select employee_id, sum(credited_minutes) from journal_entries where agency_id = ${agencyId} and work_date >= ${`${month}-01`}::date and work_date < (${`${month}-01`}::date + interval '1 month') and deleted_at is null group by 1`.execute(db);
    },
    'entry by id': (db: Kysely<any>) => sql`select * from journal_entries where agency_id = ${agencyId} and id = ${pick(ids)}`.execute(db),
    'history of an entry': (db: Kysely<any>) => sql`select seq, action from journal_entry_events where agency_id = ${agencyId} and entry_id = ${pick(ids)} order by seq`.execute(db),
  };
}

async function run(kind: 'postgres' | 'pglite', setup: Setup): Promise<Record<string, { p50: number; p95: number }>> {
  const handle = await open(kind);
  try {
    if (setup.partitioned) {
      await migrateToLatest(handle.db, handle.schema);
      const first = addMonths(monthOf(new Date()), -12 * setup.years);
      // Every month of the history gets its partition, as ensure.ts would have made them month by month.
      await ensureJournalPartitions(handle.db, { now: new Date(`${first}-15T00:00:00Z`), monthsAhead: 12 * setup.years + 1 });
    } else {
      await migrateTo(handle.db, '0005_sync_retention', handle.schema);
    }
    await ensureReferenceData(handle.db);
    const fixture = await seedFixture(handle.db);
    const agencyId = fixture.agencyIds.A;
    const employees = Object.values(fixture.people).filter((p) => p.agencyId === agencyId).map((p) => p.id);
    await load(handle.db, agencyId, employees, fixture.dictionaryVersion, setup.years);
    const ids = (await sql<{ id: string }>`select id from journal_entries tablesample system (1) limit 2000`.execute(handle.db)).rows.map((r) => r.id);
    const out: Record<string, { p50: number; p95: number }> = {};
    for (const [name, q] of Object.entries(queries(agencyId, employees, ids, setup.years))) {
      for (let i = 0; i < 20; i++) await q(handle.db);
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const t = performance.now();
        await q(handle.db);
        times.push(performance.now() - t);
      }
      const s = summarise(times);
      out[name] = { p50: s.p50, p95: s.p95 };
    }
    return out;
  } finally {
    await handle.close();
  }
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const lines: string[] = [`${machineLine()}. ${ROWS.toLocaleString('en')} entries (and one history event each) spread over the years named; ${REPEATS} runs per query; p50 / p95 in ms.`, ''];
for (const kind of KINDS) {
  for (const years of [3, 10]) {
    const plain = await run(kind, { years, partitioned: false });
    const parted = await run(kind, { years, partitioned: true });
    lines.push(`**${kind}, ${years} years (${years * 12} monthly partitions)**`, '', '| query | unpartitioned | partitioned | ratio (p50) |', '|---|---|---|---|');
    for (const name of Object.keys(plain)) {
      const a = plain[name]!;
      const b = parted[name]!;
      lines.push(`| ${name} | ${fmt(a.p50)} / ${fmt(a.p95)} | ${fmt(b.p50)} / ${fmt(b.p95)} | ${(b.p50 / a.p50).toFixed(1)}× |`);
    }
    lines.push('');
    console.log(lines.slice(-Object.keys(plain).length - 4).join('\n'));
  }
}
writeSection('partitions', lines.join('\n'));
