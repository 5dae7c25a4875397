import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, Json } from './columns.js';

// TPP: rule sets, payroll attributes, position groups, hukdis, runs, recalculations and signers.

export interface TppRuleSetsTable {
  rule_set_id: string;
  version: number;
  name: string;
  region: string;
  effective_from: string;
  effective_to: string | null;
  document: Json<unknown>;
  note: Generated<string>;
  used_at: Date | null;
  imported_at: Timestamp;
  imported_by_account_id: string | null;
}

export interface TppPayrollTable {
  agency_id: string;
  employee_id: string;
  golongan: string | null;
  cpns: Generated<boolean>;
  kelas_override: number | null;
  /** bigint: read as a number (db/connect.ts). */
  salary: number | null;
  bank_account: ColumnType<{ bank: string; number: string; holder: string } | null, string | null | undefined, string | null>;
  objective: ColumnType<{ percent: number; reason: string } | null, string | null | undefined, string | null>;
  part_scores: Json<Record<string, number>>;
  /** Neither an NPWP nor a NIK validated as NPWP (0049): PPh 21 may be higher (core/tpp/pph21.ts). */
  without_npwp: Generated<boolean>;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

/** The signers of an agency's daftar nominatif (migration 0037), one row per role. */
export interface TppSignersTable {
  agency_id: string;
  role: 'pa' | 'bendahara';
  name: string;
  nip: string | null;
  title: string | null;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

/** The post's TPP position group (migration 0046): a rule set scoped to the group applies to its holder. */
export interface TppPositionGroupsTable {
  agency_id: string;
  position_id: string;
  group_code: string;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

export interface TppHukdisTable {
  agency_id: string;
  id: string;
  employee_id: string;
  hukdis_id: string;
  from_month: string;
  to_month: string;
  decree_number: string;
  created_at: Timestamp;
  created_by_account_id: string | null;
  withdrawn_at: Date | null;
  withdrawn_by_account_id: string | null;
}

export interface TppRunsTable {
  agency_id: string;
  id: string;
  month: string;
  status: 'draft' | 'checked' | 'locked';
  rule_set_id: string;
  rule_set_version: number;
  totals: Json<unknown>;
  not_final: Json<unknown>;
  computed_at: Timestamp;
  created_at: Timestamp;
  created_by_account_id: string | null;
  checked_at: Date | null;
  checked_by_account_id: string | null;
  locked_at: Date | null;
  locked_by_account_id: string | null;
}

export interface TppRunEmployeesTable {
  agency_id: string;
  run_id: string;
  employee_id: string;
  nip: string;
  name: string;
  unit_id: string | null;
  unit_name: string | null;
  position_name: string | null;
  kelas: number | null;
  golongan: string | null;
  bank_account: ColumnType<{ bank: string; number: string; holder: string } | null, string | null, string | null>;
  status: 'paid' | 'held' | 'non_tpp' | 'failed';
  input: ColumnType<unknown, string | null, string | null>;
  result: ColumnType<unknown, string | null, string | null>;
  error: string | null;
  basic: number;
  gross: number;
  cuts: number;
  pph21: number;
  bpjs_employee: number;
  net: number;
  payable: number;
  latest_recalculation_id: string | null;
  current_payable: number;
  carried: Generated<number>;
  /** The post's position group when the run read it (migration 0046). */
  position_group: string | null;
  /** The rule set version that computed the row when it is not the run's own (null: the run's). */
  rule_set_id: string | null;
  rule_set_version: number | null;
}

export interface TppRecalculationsTable {
  agency_id: string;
  id: string;
  run_id: string;
  seq: number;
  reason: string;
  settle_month: string;
  total: number;
  changed: number;
  created_at: Timestamp;
  created_by_account_id: string | null;
}

export interface TppRecalculationEmployeesTable {
  agency_id: string;
  recalculation_id: string;
  employee_id: string;
  input: ColumnType<unknown, string | null, string | null>;
  result: ColumnType<unknown, string | null, string | null>;
  error: string | null;
  before_payable: number;
  after_payable: number;
  difference: number;
}

export interface TppRunEventsTable {
  agency_id: string;
  run_id: string;
  seq: number;
  action: string;
  at: Timestamp;
  account_id: string | null;
  note: Generated<string>;
}
