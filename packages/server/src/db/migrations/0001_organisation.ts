import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Organisation and access. Every table that belongs to an agency carries agency_id first in its
 * primary key, unique keys and foreign keys, so it can be distributed by agency_id (Citus) and
 * co-located without a rewrite. `agencies` is the tenant root; `accounts` and `sessions` are looked
 * up by NIP / token and are not tenant tables (see docs/scaling.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table agencies (
      id uuid primary key,
      code text not null unique,
      name text not null,
      short_name text,
      time_zone text not null default 'Asia/Pontianak',
      settings jsonb not null default '{}'::jsonb,
      org_version bigint not null default 1,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table units (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      code text not null,
      name text not null,
      parent_id uuid,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, code),
      foreign key (agency_id, parent_id) references units(agency_id, id),
      check (parent_id is null or parent_id <> id)
    );

    create table positions (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      unit_id uuid not null,
      code text not null,
      name text not null,
      kind text not null check (kind in ('jpt_utama','jpt_madya','jpt_pratama','administrator','pengawas','pelaksana','fungsional')),
      jf_level text check (jf_level in ('pemula','terampil','mahir','penyelia','ahli_pertama','ahli_muda','ahli_madya','ahli_utama')),
      kelas_jabatan smallint not null check (kelas_jabatan between 1 and 17),
      is_unit_head boolean not null default false,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, code),
      foreign key (agency_id, unit_id) references units(agency_id, id),
      check ((kind = 'fungsional') = (jf_level is not null))
    );
    create unique index positions_one_head_per_unit on positions (agency_id, unit_id) where is_unit_head and active;

    create table employees (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      nip text not null check (nip ~ '^[0-9]{18}$'),
      kind text not null check (kind in ('pns','pppk')),
      name text not null,
      front_title text,
      back_title text,
      sex text not null check (sex in ('L','P')),
      birth_date date not null,
      rank_code text,
      email text,
      phone text,
      supervisor_override_id uuid,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, nip),
      foreign key (agency_id, supervisor_override_id) references employees(agency_id, id)
    );
    create index employees_name_idx on employees (agency_id, lower(name));

    create table position_assignments (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      employee_id uuid not null,
      position_id uuid not null,
      role text not null check (role in ('definitive','plt','plh')),
      starts_on date not null,
      ends_on date,
      decree_number text,
      created_at timestamptz not null default now(),
      primary key (agency_id, id),
      foreign key (agency_id, employee_id) references employees(agency_id, id),
      foreign key (agency_id, position_id) references positions(agency_id, id),
      check (ends_on is null or ends_on >= starts_on)
    );
    create index position_assignments_by_position on position_assignments (agency_id, position_id, starts_on);
    create index position_assignments_by_employee on position_assignments (agency_id, employee_id, starts_on);

    create table accounts (
      id uuid primary key,
      nip text not null unique check (nip ~ '^[0-9]{18}$'),
      role text not null check (role in ('employee','agency_admin','bkd_admin','auditor')),
      agency_id uuid references agencies(id),
      employee_id uuid,
      password_hash text,
      must_change_password boolean not null default true,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      password_changed_at timestamptz,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (agency_id, employee_id) references employees(agency_id, id),
      check (role in ('bkd_admin','auditor') or agency_id is not null),
      check (role <> 'employee' or employee_id is not null)
    );

    create table sessions (
      token_hash text primary key,
      account_id uuid not null references accounts(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    );
    create index sessions_by_account on sessions (account_id);

    create table import_jobs (
      id uuid primary key,
      account_id uuid not null references accounts(id),
      agency_id uuid references agencies(id),
      file_name text not null,
      file_sha256 text not null,
      file_format text not null check (file_format in ('csv','xlsx')),
      dry_run boolean not null,
      status text not null check (status in ('queued','running','succeeded','failed')),
      total_rows integer not null default 0,
      processed_rows integer not null default 0,
      problems jsonb not null default '[]'::jsonb,
      summary jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );

    create table audit_log (
      id bigint generated always as identity,
      agency_id uuid,
      at timestamptz not null default now(),
      actor_account_id uuid,
      action text not null,
      entity text not null,
      entity_id text,
      data jsonb not null default '{}'::jsonb,
      primary key (id)
    );
    create index audit_log_by_agency on audit_log (agency_id, at);

    -- Trails are append-only: no statement may change or remove a row (used by later tables too).
    create function forbid_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function forbid_change();
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table if exists audit_log, import_jobs, sessions, accounts, position_assignments, employees, positions, units, agencies cascade;
    drop function if exists forbid_change();
  `);
}
