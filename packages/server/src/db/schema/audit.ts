import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, DateString, Json } from './columns.js';

// The audit trail, its signed cuts, who read whose data, and the my-data archives.

export interface AuditLogTable {
  id: Generated<string>;
  agency_id: string | null;
  at: Timestamp;
  actor_account_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: Json<Record<string, unknown>>;
  /** Set by the database's chain trigger (migration 0010), never by the writer. */
  chain_seq: Generated<number>;
  prev_hash: Generated<string>;
  hash: Generated<string>;
}

/** Where a chain of the audit trail was cut by retention (migration 0048), signed with the server key. */
export interface AuditCheckpointsTable {
  agency_id: string | null;
  through_seq: ColumnType<string, never, never>;
  through_hash: ColumnType<string, never, never>;
  through_at: ColumnType<Date, never, never>;
  rows_cut: ColumnType<string, never, never>;
  key_id: ColumnType<string, never, string>;
  signature: ColumnType<string, never, string>;
  created_at: ColumnType<Date, never, never>;
}

/** One reader, person, kind of data and day (migration 0019); see modules/data-reads. */
export interface PersonalDataReadsTable {
  agency_id: string;
  employee_id: string;
  read_on: DateString;
  reader_account_id: string;
  kind: 'profile' | 'journal' | 'validation' | 'skp' | 'evaluation' | 'evidence' | 'tpp';
  reader_role: string;
  reader_agency_id: string | null;
  reader_employee_id: string | null;
  first_at: Timestamp;
}

/** A "my data" archive asked for (migration 0020); see modules/my-data. */
export interface DataExportsTable {
  agency_id: string;
  id: string;
  employee_id: string;
  requested_by_account_id: string;
  reason: string | null;
  status: 'queued' | 'running' | 'ready' | 'failed';
  parts_total: Generated<number>;
  parts_done: Generated<number>;
  /** bigint: read as a string by node-postgres. */
  size_bytes: ColumnType<string | null, number | null | undefined, number | null>;
  error: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
  expires_at: Date | null;
}
