import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, DateString, Json } from './columns.js';

// Attendance: machines, punches, selfie check-ins, schedules, leave, alerts and apel.

export interface AttendanceSerialsTable {
  serial_number: string;
  state: 'pending' | 'accepted' | 'refused';
  agency_id: string | null;
  machine_id: string | null;
  first_seen_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  last_ip: string | null;
  push_version: string | null;
  requests: Generated<number>;
  decided_at: Date | null;
  decided_by_account_id: string | null;
}

export interface AttendanceMachinesTable {
  agency_id: string;
  id: string;
  serial_number: string;
  name: string;
  zone: 'WIB' | 'WITA' | 'WIT';
  active: Generated<boolean>;
  attlog_stamp: Generated<string>;
  operlog_stamp: Generated<string>;
  last_seen_at: Date | null;
  last_ip: string | null;
  push_version: string | null;
  clock_drift_seconds: number | null;
  drift_measured_at: Date | null;
  bad_lines: Generated<number>;
  created_at: Generated<Date>;
  created_by_account_id: string | null;
}

export interface AttendancePinsTable {
  agency_id: string;
  pin: string;
  employee_id: string;
}

export interface AttendancePunchesTable {
  agency_id: string;
  machine_id: string;
  pin: string;
  /** The machine's own clock, no zone: written as 'yyyy-mm-dd hh:mm:ss', read only through to_char. */
  local_time: ColumnType<never, string, never>;
  at: Timestamp;
  employee_id: string | null;
  status: number;
  verify: number;
  work_code: Generated<string>;
  source: 'push' | 'file';
  received_at: Generated<Date>;
}

/** Migration 0034: an office area of an agency for the selfie check-in. */
export interface SelfieGeofencesTable {
  agency_id: string;
  id: string;
  name: string;
  kind: 'radius' | 'polygon';
  center_lat: number | null;
  center_lon: number | null;
  radius_meters: number | null;
  /** [[lat, lon], …] */
  points: Json<[number, number][]> | null;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

/** Migration 0034: an employee's face reference (photo and descriptor), approved by an admin. */
export interface SelfieReferencesTable {
  agency_id: string;
  id: string;
  employee_id: string;
  photo_sha256: string;
  descriptor: Json<number[]>;
  state: 'pending' | 'approved' | 'rejected' | 'replaced';
  submitted_at: Timestamp;
  submitted_by_account_id: string;
  decided_at: Timestamp | null;
  decided_by_account_id: string | null;
  note: string | null;
}

/** Migration 0034: one selfie check-in; `accepted` ones are punches (source 'selfie'). */
export interface SelfieCheckinsTable {
  agency_id: string;
  id: string;
  employee_id: string;
  account_id: string;
  device_id: string;
  device_time: Timestamp;
  received_at: Timestamp;
  skew_seconds: number;
  clock_skewed: boolean;
  at: Timestamp;
  /** Null once redacted (migration 0047: retention removes the precise location and the photo). */
  lat: number | null;
  lon: number | null;
  accuracy_meters: number | null;
  place: 'inside' | 'outside' | 'inaccurate' | 'no_fence' | 'invalid_fix';
  geofence_id: string | null;
  distance_meters: number | null;
  photo_sha256: string | null;
  reference_id: string | null;
  match_score: number;
  liveness_score: number;
  antispoof_score: number;
  face: 'matched' | 'no_match' | 'not_live' | 'invalid_scores' | 'stale_reference';
  descriptor: Json<number[]> | null;
  accepted: boolean;
  /** When retention removed the photo and the precise location (0047). */
  redacted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When an admin resolved a rejected or anomalous check-in (its photo may then go, 0047). */
  resolved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  resolved_by_account_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The admin's verdict on a disputed check-in (0050): accepted makes it a punch, rejected confirms it is none. */
  resolution: ColumnType<'accepted' | 'rejected' | null, 'accepted' | 'rejected' | null | undefined, 'accepted' | 'rejected' | null>;
  resolution_note: ColumnType<string | null, string | null | undefined, string | null>;
  /** The employee whose approved reference the face matched better than the employee's own (0050). */
  other_employee_id: ColumnType<string | null, string | null | undefined, string | null>;
  other_match: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface AttendanceCommandsTable {
  agency_id: string;
  machine_id: string;
  id: number;
  kind: 'enrol' | 'remove';
  employee_id: string | null;
  pin: string;
  command: string;
  request_id: string | null;
  created_at: Generated<Date>;
  created_by_account_id: string | null;
  sent_at: Date | null;
  sent_count: Generated<number>;
  return_code: number | null;
  returned_at: Date | null;
  result: string | null;
}

export interface AttendanceOperlogTable {
  agency_id: string;
  machine_id: string;
  body_sha256: string;
  body: string;
  stamp: string | null;
  received_at: Generated<Date>;
}

export interface AttendanceSchedulesTable {
  agency_id: string;
  id: string;
  name: string;
  time_zone: 'WIB' | 'WITA' | 'WIT';
  observes_holidays: boolean;
  /** core/api's PatternSpec (shifts as the wall-clock specs an admin typed). */
  pattern: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

/** Migration 0036: an agency's TL/PSW table (core's AttendanceRules) from the first of a month. */
export interface AttendanceRuleVersionsTable {
  agency_id: string;
  /** yyyy-mm-01 */
  effective_from: string;
  rules: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

/** Migration 0036: an agency's leave catalogue. */
export interface AttendanceLeaveTypesTable {
  agency_id: string;
  code: string;
  name: string;
  counts: 'present' | 'absent_excused' | 'non_tpp';
  active: boolean;
  position: number;
  updated_at: Timestamp;
  updated_by_account_id: string | null;
}

export interface AttendanceScheduleAssignmentsTable {
  agency_id: string;
  id: string;
  schedule_id: string;
  scope_kind: 'agency' | 'unit' | 'employee';
  unit_id: string | null;
  employee_id: string | null;
  starts_on: DateString;
  ends_on: DateString | null;
  created_at: Timestamp;
  created_by_account_id: string | null;
}

export interface AttendanceLeaveRequestsTable {
  agency_id: string;
  id: string;
  request_id: string;
  employee_id: string;
  type_code: string;
  part: 'day' | 'arrival' | 'departure';
  starts_on: DateString;
  ends_on: DateString;
  reason: string;
  attachment_sha256: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  approver_employee_id: string | null;
  decided_by_employee_id: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  created_at: Timestamp;
  created_by_account_id: string;
}

export interface AttendanceAlertsTable {
  agency_id: string;
  employee_id: string;
  year: number;
  code: string;
  recipient: 'employee' | 'supervisor' | 'bkd';
  recipient_employee_id: string | null;
  level: string;
  sanction: string;
  reached_on: DateString;
  days: number;
  raised_at: Timestamp;
}

export interface AttendanceEventsTable {
  agency_id: string;
  id: string;
  kind: 'apel' | 'upacara';
  name: string;
  date: DateString;
  start_minute: number;
  end_minute: number;
  machine_id: string | null;
  created_at: Timestamp;
  created_by_account_id: string | null;
}

export interface AttendanceEventAttendeesTable {
  agency_id: string;
  event_id: string;
  employee_id: string;
  recorded_at: Timestamp;
  recorded_by_account_id: string | null;
}
