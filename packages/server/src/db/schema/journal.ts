import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, DateString, Json } from './columns.js';

// The daily journal: the activity dictionary, entries, their events and decisions, favourites and sets.

export interface ActivityDictionaryVersionsTable {
  version: number;
  source: string;
  item_count: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ActivitiesTable {
  code: string;
  version: number;
  name: string;
  unit: string;
  standard_minutes: number;
  position_kinds: ColumnType<string[], string[] | undefined, string[]>;
  agency_codes: ColumnType<string[], string[] | undefined, string[]>;
  group_name: Generated<string>;
  active: Generated<boolean>;
}

export type EntryStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'returned';

export interface JournalEntriesTable {
  agency_id: string;
  id: string;
  employee_id: string;
  work_date: DateString;
  start_minute: number | null;
  end_minute: number | null;
  duration_minutes: number | null;
  activity_code: string;
  activity_version: number;
  /** numeric(10,2): read as a string by both engines, written as number or string. */
  volume: ColumnType<string, number | string, number | string>;
  description: Generated<string>;
  rhk_id: string | null;
  credited_minutes: number;
  status: ColumnType<EntryStatus, EntryStatus | undefined, EntryStatus>;
  version: ColumnType<number, number | undefined, number>;
  device_recorded_at: Date | null;
  received_at: Timestamp;
  submitted_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  /** Numbered on insert; edits no longer renumber it (0029): read only to answer a phone's cursor of the old form. */
  change_seq: ColumnType<string, never, never>;
  /** The database clock of the entry's last change, set by every statement that changes it: the pull order of offline sync. */
  change_at: ColumnType<Date, never, Date>;
  /** Server − device clock (seconds) of the sync push that last wrote the entry; null when written online. */
  clock_skew_seconds: ColumnType<number | null, number | null | undefined, number | null>;
  /** Last write received after the reporting window closed, accepted on the device's time (LATE_ON_DEVICE_TIME). */
  late_received_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** When that window had closed; null exactly when late_received_at is. */
  late_window_closed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** Every entry id ever used, province-wide (ids are unique across agencies; migration 0009). */
export interface EntryIdClaimsTable {
  id: string;
  agency_id: string;
  employee_id: string;
}

export interface SyncAppliedItemsTable {
  agency_id: string;
  account_id: string;
  item_id: string;
  employee_id: string;
  device_id: string;
  kind: 'entry.put' | 'entry.delete' | 'day.submit';
  entry_id: string | null;
  status: 'applied' | 'incomplete';
  missing_evidence: ColumnType<string[], string[] | undefined, string[]>;
  device_time: Date | null;
  received_at: Date;
}

export interface JournalEntryEventsTable {
  agency_id: string;
  entry_id: string;
  seq: number;
  at: Timestamp;
  actor_account_id: string | null;
  action: string;
  data: Json<Record<string, unknown>>;
}

export type DecisionKind = 'approved' | 'rejected' | 'returned';

export type DecisionCapacityColumn = 'definitive' | 'plt' | 'plh' | 'override' | 'automatic';

/** Append-only (trigger): decisions are never changed or removed. */
export interface EntryDecisionsTable {
  agency_id: string;
  id: string;
  entry_id: string;
  decision: DecisionKind;
  note: Generated<string>;
  decided_by_account_id: string | null;
  decided_by_employee_id: string | null;
  capacity: DecisionCapacityColumn;
  auto_reason: 'position_kind' | 'no_supervisor' | 'window' | null;
  entry_version: number;
  submitted_at: Timestamp;
  decided_at: Timestamp;
}

export interface ActivityFavouritesTable {
  agency_id: string;
  employee_id: string;
  activity_code: string;
  created_at: Timestamp;
}

export interface ActivitySetsTable {
  agency_id: string;
  id: string;
  employee_id: string;
  name: string;
  items: Json<{ activityCode: string; volume: number; startTime?: string; endTime?: string; description?: string }[]>;
  created_at: Timestamp;
}
