import { sql, type Kysely, type Transaction } from 'kysely';
import { JOURNAL_PARTITIONED_TABLES, MOVING_ROWS_SETTING } from './journal-tables.js';
import { addMonths, defaultPartitionName, monthBounds, monthOf, monthsBetween, partitionName, type Month } from './months.js';

export interface PartitionOptions {
  now: Date;
  /** How many months after the current one must already have partitions. */
  monthsAhead?: number;
  /** How far back rows waiting in a default partition are still given a month of their own. */
  monthsBack?: number;
}

export interface PartitionOutcome {
  created: Month[];
  /** Rows (of all four tables) moved out of the default partitions into a new month's partition. */
  moved: number;
}

/** Serialises the work of several app processes that start at once. */
const LOCK_KEY = 73_104_062;

/**
 * Makes sure the journal tables have a partition for the current month and the coming ones, and for
 * every recent month whose rows are waiting in the default partition (a restored backup; a phone
 * whose clock ran ahead). Rows in a default partition are moved into their month's new partition in
 * the same transaction, so no row is ever unreachable and none is lost. Cheap when there is nothing
 * to do: one catalog query and one look at the (small) default partition.
 */
export async function ensureJournalPartitions(db: Kysely<any>, options: PartitionOptions): Promise<PartitionOutcome> {
  const current = monthOf(options.now);
  const last = addMonths(current, options.monthsAhead ?? 3);
  const first = addMonths(current, -(options.monthsBack ?? 120));
  const have = await partitionMonths(db);
  const waiting = (await monthsOfStoredIds(db, defaultPartitionName('journal_entries'))).filter((m) => m >= first && m <= last);
  const wanted = [...new Set([...monthsBetween(addMonths(current, -1), last), ...waiting])].filter((m) => !have.has(m)).sort();
  const outcome: PartitionOutcome = { created: [], moved: 0 };
  // One transaction a month: creating ten years at once (a restore) would need more locks than
  // PostgreSQL's lock table holds by default.
  for (const month of wanted) {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
      // Inserts routed to a default partition wait here, so none can land in the month being split off.
      for (const { table } of JOURNAL_PARTITIONED_TABLES) await sql`lock table ${sql.id(defaultPartitionName(table))} in access exclusive mode`.execute(trx);
      if ((await partitionMonths(trx)).has(month)) return;
      outcome.moved += await createMonth(trx, month);
      outcome.created.push(month);
    });
  }
  return outcome;
}

/** Months that already have partitions (read from the partitions of journal_entries). */
async function partitionMonths(db: Kysely<any>): Promise<Set<Month>> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
     where i.inhparent = 'journal_entries'::regclass`.execute(db);
  const months = rows.map((r) => /_p(\d{4})(\d{2})$/.exec(r.name)).filter((m) => m !== null).map((m) => `${m[1]}-${m[2]}`);
  return new Set(months);
}

/**
 * The months of the v7 ids in one table (other ids have no month). For journal_entries' default
 * partition: the other tables' rows follow their entry.
 */
export async function monthsOfStoredIds(db: Kysely<any>, table: string): Promise<Month[]> {
  const { rows } = await sql<{ month: string }>`
    select distinct to_char(to_timestamp(('x' || substr(replace(id::text, '-', ''), 1, 12))::bit(48)::bigint / 1000.0) at time zone 'UTC', 'YYYY-MM') as month
      from ${sql.id(table)}
     where substr(id::text, 15, 1) = '7'`.execute(db);
  return rows.map((r) => r.month);
}

/**
 * Creates one month's partition of each table. Rows of that month waiting in the default partitions
 * are first set aside (children before parents, for the foreign keys), then put back through the
 * parent tables once the partitions exist; PostgreSQL refuses a new partition while the default one
 * holds rows that belong to it.
 */
async function createMonth(trx: Transaction<any>, month: Month): Promise<number> {
  const { from, to } = monthBounds(month);
  await sql`select set_config(${MOVING_ROWS_SETTING}, 'on', true)`.execute(trx);
  let moved = 0;
  for (const { table, key } of [...JOURNAL_PARTITIONED_TABLES].reverse()) {
    const held = `kinerja_moving_${table}`;
    const inRange = sql`${sql.id(key)} >= ${from}::uuid and ${sql.id(key)} < ${to}::uuid`;
    await sql`create temp table ${sql.id(held)} on commit drop as select * from ${sql.id(defaultPartitionName(table))} where ${inRange}`.execute(trx);
    const deleted = await sql`delete from ${sql.id(defaultPartitionName(table))} where ${inRange}`.execute(trx);
    moved += Number(deleted.numAffectedRows ?? 0);
  }
  for (const { table } of JOURNAL_PARTITIONED_TABLES) {
    await sql`create table ${sql.id(partitionName(table, month))} partition of ${sql.id(table)} for values from (${sql.lit(from)}) to (${sql.lit(to)})`.execute(trx);
    await sql`insert into ${sql.id(table)} select * from ${sql.id(`kinerja_moving_${table}`)}`.execute(trx);
    await sql`drop table ${sql.id(`kinerja_moving_${table}`)}`.execute(trx);
  }
  await sql`select set_config(${MOVING_ROWS_SETTING}, 'off', true)`.execute(trx);
  return moved;
}
