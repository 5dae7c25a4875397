import { sql, type Kysely } from 'kysely';
import { JOURNAL_PARTITIONED_TABLES, MOVING_ROWS_SETTING } from '../partitions/journal-tables.js';
import { monthsOfStoredIds } from '../partitions/ensure.js';
import { addMonths, defaultPartitionName, monthBounds, monthOf, monthsBetween, partitionName } from '../partitions/months.js';

/**
 * The journal's four tables become range-partitioned by month on the entry's UUIDv7 id
 * (docs/scaling.md, "Monthly partitioning"): the national scale needs it for vacuum, index size and
 * retention; keys, foreign keys and queries stay as they were. A decision's key now includes its
 * entry id (PostgreSQL wants the partition column in every unique key). Rows already stored are
 * copied into the new tables; ids that are not v7 (old copies) live in the default partition.
 * db/partitions/ensure.ts keeps months ahead created; this migration creates the months holding
 * data and the ones around today.
 */
type Shape = 'partitioned' | 'plain';

function tables(shape: Shape) {
  const byMonth = (key: string) => (shape === 'partitioned' ? sql.raw(`partition by range (${key})`) : sql``);
  const decisionKey = shape === 'partitioned' ? sql.raw('primary key (agency_id, entry_id, id)') : sql.raw('primary key (agency_id, id)');
  return sql`
    create table journal_entries (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      employee_id uuid not null,
      work_date date not null,
      start_minute smallint check (start_minute between 0 and 1439),
      end_minute smallint check (end_minute between 1 and 1440),
      duration_minutes smallint check (duration_minutes between 1 and 1440),
      activity_code text not null,
      activity_version integer not null,
      volume numeric(10,2) not null check (volume > 0 and volume <= 1000),
      description text not null default '' check (length(description) <= 2000),
      rhk_id uuid,
      credited_minutes integer not null check (credited_minutes between 0 and 1440),
      status text not null default 'draft' check (status in ('draft','submitted','approved','rejected','returned')),
      version integer not null default 1,
      device_recorded_at timestamptz,
      received_at timestamptz not null default now(),
      submitted_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      change_seq bigint not null default nextval('journal_change_seq'),
      change_at timestamptz not null default clock_timestamp(),
      clock_skew_seconds integer,
      primary key (agency_id, id),
      foreign key (agency_id, employee_id) references employees(agency_id, id),
      foreign key (activity_code, activity_version) references activities(code, version),
      check (end_minute is null or start_minute is null or end_minute > start_minute)
    ) ${byMonth('id')};
    create index journal_entries_by_day on journal_entries (agency_id, employee_id, work_date) where deleted_at is null;
    create index journal_entries_pending on journal_entries (agency_id, employee_id, work_date) where status = 'submitted' and deleted_at is null;
    create index journal_entries_by_work_date on journal_entries (agency_id, work_date) where deleted_at is null;
    create index journal_entries_changes on journal_entries (agency_id, employee_id, change_seq);
    create trigger journal_entries_change before update on journal_entries
      for each row execute function journal_entries_touch_change();

    create table journal_entry_events (
      agency_id uuid not null,
      entry_id uuid not null,
      seq integer not null,
      at timestamptz not null default now(),
      actor_account_id uuid,
      action text not null,
      data jsonb not null default '{}'::jsonb,
      primary key (agency_id, entry_id, seq),
      foreign key (agency_id, entry_id) references journal_entries(agency_id, id)
    ) ${byMonth('entry_id')};
    create trigger journal_entry_events_no_update before update or delete on journal_entry_events
      for each row execute function forbid_change();

    create table journal_entry_evidence (
      agency_id uuid not null,
      entry_id uuid not null,
      sha256 text not null references evidence_files(sha256),
      file_name text not null default '',
      added_at timestamptz not null default now(),
      primary key (agency_id, entry_id, sha256),
      foreign key (agency_id, entry_id) references journal_entries(agency_id, id)
    ) ${byMonth('entry_id')};
    create index journal_entry_evidence_by_file on journal_entry_evidence (sha256);
    create index journal_entry_evidence_by_agency_file on journal_entry_evidence (agency_id, sha256);

    create table entry_decisions (
      agency_id uuid not null,
      id uuid not null,
      entry_id uuid not null,
      decision text not null check (decision in ('approved','rejected','returned')),
      note text not null default '' check (length(note) <= 1000),
      decided_by_account_id uuid,
      decided_by_employee_id uuid,
      capacity text not null check (capacity in ('definitive','plt','plh','override','automatic')),
      auto_reason text check (auto_reason in ('position_kind','no_supervisor','window')),
      entry_version integer not null,
      submitted_at timestamptz not null,
      decided_at timestamptz not null default now(),
      ${decisionKey},
      foreign key (agency_id, entry_id) references journal_entries(agency_id, id),
      foreign key (agency_id, decided_by_employee_id) references employees(agency_id, id),
      check ((capacity = 'automatic') = (decided_by_employee_id is null)),
      check ((capacity = 'automatic') = (auto_reason is not null)),
      check (decision = 'approved' or capacity <> 'automatic'),
      check (decision <> 'rejected' or length(btrim(note)) >= 5),
      check (decision <> 'returned' or length(btrim(note)) >= 1)
    ) ${byMonth('entry_id')};
    create unique index entry_decisions_one_per_version on entry_decisions (agency_id, entry_id, entry_version);
    create index entry_decisions_by_decider on entry_decisions (agency_id, decided_by_employee_id, decided_at);
    create trigger entry_decisions_no_update before update or delete on entry_decisions
      for each row execute function forbid_change();
  `;
}

/** forbid_change() with the one exception ensure.ts needs: moving rows out of a default partition. */
const FORBID_CHANGE = {
  partitioned: sql.raw(`
    create or replace function forbid_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and coalesce(current_setting('${MOVING_ROWS_SETTING}', true), '') = 'on' then
        return old;
      end if;
      raise exception '% is append-only', tg_table_name;
    end $$`),
  plain: sql.raw(`
    create or replace function forbid_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$`),
};

async function rebuild(db: Kysely<any>, shape: Shape): Promise<void> {
  const names = JOURNAL_PARTITIONED_TABLES.map((t) => t.table);
  const months = shape === 'partitioned' ? await monthsToCreate(db) : [];
  for (const name of names) {
    await sql`alter table ${sql.id(name)} rename to ${sql.id(`${name}_old`)}`.execute(db);
    const { rows } = await sql<{ index: string }>`select indexname as index from pg_indexes where schemaname = current_schema() and tablename = ${`${name}_old`}`.execute(db);
    for (const { index } of rows) await sql`alter index ${sql.id(index)} rename to ${sql.id(`${index}_old`)}`.execute(db);
  }
  await FORBID_CHANGE[shape].execute(db);
  await tables(shape).execute(db);
  if (shape === 'partitioned') {
    for (const name of names) {
      await sql`create table ${sql.id(defaultPartitionName(name))} partition of ${sql.id(name)} default`.execute(db);
      for (const month of months) {
        const { from, to } = monthBounds(month);
        await sql`create table ${sql.id(partitionName(name, month))} partition of ${sql.id(name)} for values from (${sql.lit(from)}) to (${sql.lit(to)})`.execute(db);
      }
    }
  }
  for (const name of names) {
    const { rows } = await sql<{ column: string }>`
      select column_name as column from information_schema.columns
       where table_schema = current_schema() and table_name = ${name} order by ordinal_position`.execute(db);
    const columns = sql.join(rows.map((r) => sql.id(r.column)));
    await sql`insert into ${sql.id(name)} (${columns}) select ${columns} from ${sql.id(`${name}_old`)}`.execute(db);
  }
  for (const name of [...names].reverse()) await sql`drop table ${sql.id(`${name}_old`)}`.execute(db);
}

/** The months of the v7 ids already stored, and the months around today. */
async function monthsToCreate(db: Kysely<any>): Promise<string[]> {
  const current = monthOf(new Date());
  const stored = (await monthsOfStoredIds(db, 'journal_entries')).filter((m) => m >= addMonths(current, -120) && m <= addMonths(current, 3));
  return [...new Set([...monthsBetween(addMonths(current, -1), addMonths(current, 2)), ...stored])].sort();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rebuild(db as Kysely<any>, 'partitioned');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rebuild(db as Kysely<any>, 'plain');
}
