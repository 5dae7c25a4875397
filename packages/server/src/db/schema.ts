import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AssignmentRole, EmployeeKind, JfLevel, PositionKind, Role, Sex } from '@kinerja/core';

/** Timestamps are read as Date and may be written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Dates (no time) are yyyy-mm-dd strings on both PGlite and PostgreSQL (see db/connect.ts). */
type DateString = string;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface AgencySettings {
  /** Reporting settings arrive with the daily journal; kept as data, never constants. */
  [key: string]: unknown;
}

export interface AgenciesTable {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  time_zone: Generated<string>;
  settings: Json<AgencySettings>;
  org_version: ColumnType<number, number | undefined, number>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UnitsTable {
  agency_id: string;
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PositionsTable {
  agency_id: string;
  id: string;
  unit_id: string;
  code: string;
  name: string;
  kind: PositionKind;
  jf_level: JfLevel | null;
  kelas_jabatan: number;
  is_unit_head: boolean;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EmployeesTable {
  agency_id: string;
  id: string;
  nip: string;
  kind: EmployeeKind;
  name: string;
  front_title: string | null;
  back_title: string | null;
  sex: Sex;
  birth_date: DateString;
  rank_code: string | null;
  email: string | null;
  phone: string | null;
  supervisor_override_id: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PositionAssignmentsTable {
  agency_id: string;
  id: string;
  employee_id: string;
  position_id: string;
  role: AssignmentRole;
  starts_on: DateString;
  ends_on: DateString | null;
  decree_number: string | null;
  created_at: Timestamp;
}

export interface AccountsTable {
  id: string;
  nip: string;
  role: Role;
  agency_id: string | null;
  employee_id: string | null;
  password_hash: string | null;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Date | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ImportJobsTable {
  id: string;
  account_id: string;
  agency_id: string | null;
  file_name: string;
  file_sha256: string;
  file_format: 'csv' | 'xlsx';
  dry_run: boolean;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  problems: Json<ImportProblem[]>;
  summary: Json<Record<string, unknown>>;
  created_at: Timestamp;
  finished_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  agency_id: string | null;
  at: Timestamp;
  actor_account_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: Json<Record<string, unknown>>;
}

export interface Database {
  agencies: AgenciesTable;
  units: UnitsTable;
  positions: PositionsTable;
  employees: EmployeesTable;
  position_assignments: PositionAssignmentsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  import_jobs: ImportJobsTable;
  audit_log: AuditLogTable;
}

export type Agency = Selectable<AgenciesTable>;
export type Unit = Selectable<UnitsTable>;
export type Position = Selectable<PositionsTable>;
export type Employee = Selectable<EmployeesTable>;
export type PositionAssignment = Selectable<PositionAssignmentsTable>;
export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
