import type { ColumnType, Generated } from 'kysely';
import type { AssignmentRole, EmployeeKind, JfLevel, PositionKind, Sex } from '@kinerja/core';
import type { Timestamp, DateString, Json } from './columns.js';

// Agencies, their settings, units, posts, employees and the regional officials above the OPD heads.

export interface AgencySettings {
  /** Reporting settings arrive with the daily journal; kept as data, never constants. */
  [key: string]: unknown;
}

/** One version of an agency's settings, in force from `effective_from` until the next version's. */
export interface AgencySettingsVersionsTable {
  agency_id: string;
  effective_from: DateString;
  settings: Json<AgencySettings>;
  created_at: Timestamp;
  created_by_account_id: string | null;
  note: string | null;
}

export interface AgenciesTable {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  time_zone: Generated<string>;
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

/** The kepala daerah (Gubernur, Bupati, Wali Kota): a named official, not necessarily an ASN (migration 0012). */
export interface RegionalOfficialsTable {
  id: string;
  title: 'Gubernur' | 'Bupati' | 'Wali Kota';
  name: string;
  account_id: string | null;
  created_at: Timestamp;
}

/** Who held the Sekda or kepala daerah post when: province-wide, a reference table on Citus. */
export interface RegionalLeadershipTermsTable {
  id: string;
  post: 'sekda' | 'kepala_daerah';
  capacity: 'definitive' | 'pj' | 'plt' | 'plh';
  official_id: string | null;
  employee_agency_id: string | null;
  employee_id: string | null;
  starts_on: DateString;
  ends_on: DateString | null;
  decree_number: string | null;
  created_at: Timestamp;
}
