import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The daily journal (e-Activity). Reference tables shared by the whole province (holidays, the
 * activity dictionary, evidence file bodies) carry no agency_id: on Citus they become reference
 * tables (or, for evidence, distributed by sha256). Journal tables are tenant tables keyed
 * (agency_id, …). Entry ids come from the client (UUIDv7), which makes every write idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table holidays (
      date date not null,
      name text not null,
      kind text not null check (kind in ('national','cuti_bersama','regional')),
      primary key (date, name)
    );

    create table outages (
      id uuid primary key,
      agency_id uuid references agencies(id),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      reason text not null,
      declared_by uuid references accounts(id),
      created_at timestamptz not null default now(),
      check (ends_at > starts_at)
    );
    create index outages_by_time on outages (starts_at, ends_at);

    create table activity_dictionary_versions (
      version integer primary key,
      source text not null,
      item_count integer not null,
      created_by uuid references accounts(id),
      created_at timestamptz not null default now()
    );

    -- One row per code and version: an entry keeps the version it was logged against.
    create table activities (
      code text not null,
      version integer not null references activity_dictionary_versions(version),
      name text not null,
      unit text not null,
      standard_minutes integer not null check (standard_minutes between 1 and 1440),
      position_kinds text[] not null default '{}',
      -- Empty: every agency may use the item; otherwise only the agencies with these codes.
      agency_codes text[] not null default '{}',
      group_name text not null default '',
      active boolean not null default true,
      primary key (code, version)
    );
    create index activities_current on activities (version) where active;

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
      primary key (agency_id, id),
      foreign key (agency_id, employee_id) references employees(agency_id, id),
      foreign key (activity_code, activity_version) references activities(code, version),
      check (end_minute is null or start_minute is null or end_minute > start_minute)
    );
    create index journal_entries_by_day on journal_entries (agency_id, employee_id, work_date) where deleted_at is null;

    -- Every change to an entry, append-only: the entry's history for the employee and the supervisor.
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
    );

    -- Addressed by the SHA-256 of the bytes the client sent (it can name a file before uploading it);
    -- what is stored is the server's re-encoded copy. The same photo sent twice is stored once.
    create table evidence_files (
      sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
      byte_size integer not null,
      stored_size integer not null,
      media_type text not null check (media_type in ('image/jpeg','application/pdf')),
      width integer,
      height integer,
      captured_at timestamptz,
      created_at timestamptz not null default now()
    );

    -- Who sent a file: an uploader may see it before it is attached to an entry.
    create table evidence_uploads (
      sha256 text not null references evidence_files(sha256),
      account_id uuid not null references accounts(id),
      uploaded_at timestamptz not null default now(),
      primary key (sha256, account_id)
    );

    create table journal_entry_evidence (
      agency_id uuid not null,
      entry_id uuid not null,
      sha256 text not null references evidence_files(sha256),
      file_name text not null default '',
      added_at timestamptz not null default now(),
      primary key (agency_id, entry_id, sha256),
      foreign key (agency_id, entry_id) references journal_entries(agency_id, id)
    );
    create index journal_entry_evidence_by_file on journal_entry_evidence (sha256);

    create table activity_favourites (
      agency_id uuid not null,
      employee_id uuid not null,
      activity_code text not null,
      created_at timestamptz not null default now(),
      primary key (agency_id, employee_id, activity_code),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    );

    -- Saved sets of routine activities ("rutin pagi"), applied in one tap.
    create table activity_sets (
      agency_id uuid not null,
      id uuid not null,
      employee_id uuid not null,
      name text not null check (length(name) between 1 and 80),
      items jsonb not null,
      created_at timestamptz not null default now(),
      primary key (agency_id, id),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    );

    create trigger journal_entry_events_no_update before update or delete on journal_entry_events
      for each row execute function forbid_change();
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table if exists activity_sets, activity_favourites, journal_entry_evidence, evidence_uploads, evidence_files,
      journal_entry_events, journal_entries, activities, activity_dictionary_versions, outages, holidays cascade;
  `);
}
