import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * TPP (issue 19): the finance role, stored rule sets, the payroll attributes the engine needs that
 * the org tables do not hold, and the monthly runs with their per-employee snapshots, results and
 * recalculations. One statement per call (Citus); tenant tables keyed by agency first.
 *
 * - tpp_rule_sets: province-wide (a reference table on Citus), one row per (rule set id, version),
 *   the whole file as read by core's parseTppRuleSet; `used_at` is set when a run first uses it,
 *   after which the row is never replaced (a change is a new version).
 * - tpp_payroll: per employee (golongan, CPNS, kelas override, salary, bank account, variabel
 *   objektif, extra parts' scores); tpp_hukdis: sanctions with their months, withdrawn not deleted.
 * - tpp_runs: one per agency and month (draft → checked → locked); tpp_run_employees holds each
 *   employee's input snapshot and result as the run computed them (never changed once locked);
 *   tpp_recalculations / tpp_recalculation_employees hold every later recalculation and its
 *   difference per employee; tpp_run_events who did what.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table accounts drop constraint if exists accounts_role_check`);
  await ddl(db, sql`alter table accounts add constraint accounts_role_check check (role in ('employee','agency_admin','bkd_admin','auditor','finance'))`);
  await ddl(db, sql`alter table personal_data_reads drop constraint if exists personal_data_reads_kind_check`);
  await ddl(db, sql`alter table personal_data_reads add constraint personal_data_reads_kind_check check (kind in ('profile', 'journal', 'validation', 'skp', 'evaluation', 'evidence', 'tpp'))`);
  await ddl(db, sql`
    create table tpp_rule_sets (
      rule_set_id text not null,
      version integer not null check (version >= 1),
      name text not null,
      region text not null,
      effective_from text not null check (effective_from ~ '^[0-9]{4}-[0-9]{2}$'),
      effective_to text check (effective_to ~ '^[0-9]{4}-[0-9]{2}$'),
      document jsonb not null,
      note text not null default '',
      used_at timestamptz,
      imported_at timestamptz not null,
      imported_by_account_id uuid,
      primary key (rule_set_id, version)
    )
  `);
  await ddl(db, sql`
    create table tpp_payroll (
      agency_id uuid not null,
      employee_id uuid not null,
      golongan text,
      cpns boolean not null default false,
      kelas_override integer check (kelas_override between 1 and 17),
      salary bigint check (salary >= 0),
      bank_account jsonb,
      objective jsonb,
      part_scores jsonb not null default '{}',
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (agency_id, employee_id),
      foreign key (agency_id, employee_id) references employees (agency_id, id)
    )
  `);
  await ddl(db, sql`
    create table tpp_hukdis (
      agency_id uuid not null,
      id uuid not null,
      employee_id uuid not null,
      hukdis_id text not null,
      from_month text not null check (from_month ~ '^[0-9]{4}-[0-9]{2}$'),
      to_month text not null check (to_month ~ '^[0-9]{4}-[0-9]{2}$'),
      decree_number text not null,
      created_at timestamptz not null,
      created_by_account_id uuid,
      withdrawn_at timestamptz,
      withdrawn_by_account_id uuid,
      primary key (agency_id, id),
      foreign key (agency_id, employee_id) references employees (agency_id, id),
      check (to_month >= from_month)
    )
  `);
  await ddl(db, sql`create index tpp_hukdis_by_employee on tpp_hukdis (agency_id, employee_id, from_month)`);
  await ddl(db, sql`
    create table tpp_runs (
      agency_id uuid not null,
      id uuid not null,
      month text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
      status text not null check (status in ('draft', 'checked', 'locked')),
      rule_set_id text not null,
      rule_set_version integer not null,
      totals jsonb not null,
      not_final jsonb not null,
      computed_at timestamptz not null,
      created_at timestamptz not null,
      created_by_account_id uuid,
      checked_at timestamptz,
      checked_by_account_id uuid,
      locked_at timestamptz,
      locked_by_account_id uuid,
      primary key (agency_id, id),
      unique (agency_id, month)
    )
  `);
  await ddl(db, sql`
    create table tpp_run_employees (
      agency_id uuid not null,
      run_id uuid not null,
      employee_id uuid not null,
      nip text not null,
      name text not null,
      unit_id uuid,
      unit_name text,
      position_name text,
      kelas integer,
      golongan text,
      bank_account jsonb,
      status text not null check (status in ('paid', 'held', 'non_tpp', 'failed')),
      input jsonb,
      result jsonb,
      error text,
      basic bigint not null,
      gross bigint not null,
      cuts bigint not null,
      pph21 bigint not null,
      bpjs_employee bigint not null,
      net bigint not null,
      payable bigint not null,
      latest_recalculation_id uuid,
      current_payable bigint not null,
      carried bigint not null default 0,
      primary key (agency_id, run_id, employee_id),
      foreign key (agency_id, run_id) references tpp_runs (agency_id, id)
    )
  `);
  await ddl(db, sql`create index tpp_run_employees_by_employee on tpp_run_employees (agency_id, employee_id)`);
  await ddl(db, sql`
    create table tpp_recalculations (
      agency_id uuid not null,
      id uuid not null,
      run_id uuid not null,
      seq integer not null,
      reason text not null,
      settle_month text not null,
      total bigint not null,
      changed integer not null,
      created_at timestamptz not null,
      created_by_account_id uuid,
      primary key (agency_id, id),
      unique (agency_id, run_id, seq),
      foreign key (agency_id, run_id) references tpp_runs (agency_id, id)
    )
  `);
  await ddl(db, sql`
    create table tpp_recalculation_employees (
      agency_id uuid not null,
      recalculation_id uuid not null,
      employee_id uuid not null,
      input jsonb,
      result jsonb,
      error text,
      before_payable bigint not null,
      after_payable bigint not null,
      difference bigint not null,
      primary key (agency_id, recalculation_id, employee_id),
      foreign key (agency_id, recalculation_id) references tpp_recalculations (agency_id, id)
    )
  `);
  await ddl(db, sql`
    create table tpp_run_events (
      agency_id uuid not null,
      run_id uuid not null,
      seq integer not null,
      action text not null,
      at timestamptz not null,
      account_id uuid,
      note text not null default '',
      primary key (agency_id, run_id, seq),
      foreign key (agency_id, run_id) references tpp_runs (agency_id, id)
    )
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists tpp_run_events`);
  await ddl(db, sql`drop table if exists tpp_recalculation_employees`);
  await ddl(db, sql`drop table if exists tpp_recalculations`);
  await ddl(db, sql`drop table if exists tpp_run_employees`);
  await ddl(db, sql`drop table if exists tpp_runs`);
  await ddl(db, sql`drop table if exists tpp_hukdis`);
  await ddl(db, sql`drop table if exists tpp_payroll`);
  await ddl(db, sql`drop table if exists tpp_rule_sets`);
  await ddl(db, sql`delete from personal_data_reads where kind = 'tpp'`);
  await ddl(db, sql`alter table personal_data_reads drop constraint if exists personal_data_reads_kind_check`);
  await ddl(db, sql`alter table personal_data_reads add constraint personal_data_reads_kind_check check (kind in ('profile', 'journal', 'validation', 'skp', 'evaluation', 'evidence'))`);
  await ddl(db, sql`delete from accounts where role = 'finance'`);
  await ddl(db, sql`alter table accounts drop constraint if exists accounts_role_check`);
  await ddl(db, sql`alter table accounts add constraint accounts_role_check check (role in ('employee','agency_admin','bkd_admin','auditor'))`);
}
