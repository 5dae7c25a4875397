import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AssignmentRole, EmployeeKind, JfLevel, ManualIndikator, PositionKind, Role, Sex } from '@kinerja/core';

/** Timestamps are read as Date and may be written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Dates (no time) are yyyy-mm-dd strings on both PGlite and PostgreSQL (see db/connect.ts). */
type DateString = string;
type Json<T> = ColumnType<T, string | undefined, string>;

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

export interface AccountsTable {
  id: string;
  nip: string;
  role: Role;
  agency_id: string | null;
  employee_id: string | null;
  /** Only for accounts without an employee record; otherwise the employee's name is shown. */
  display_name: Generated<string | null>;
  password_hash: string | null;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Date | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Exempt from the two-factor requirement of its role: the demo province's demo accounts only (migration 0016). */
  two_factor_exempt: Generated<boolean>;
  /** Until when a temporary password (reset, create-admin) signs in; null once the person chose their own (migration 0028). */
  temporary_password_expires_at: Generated<Date | null>;
}

export interface SessionsTable {
  token_hash: string;
  /** The public id (migration 0013); the token hash never leaves the server. */
  id: Generated<string>;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
  /** Set while the password is verified but the second factor is not (migration 0016): the session may only finish it. */
  second_factor: Generated<'verify' | 'enrol' | null>;
}

/** An account's authenticator (migration 0016); secrets are encrypted (modules/auth/totp-secret.ts). */
export interface AccountTotpTable {
  account_id: string;
  secret: string | null;
  enabled_at: Date | null;
  /** The highest TOTP time step accepted: a code is never accepted twice. */
  last_step: number | null;
  failed_attempts: Generated<number>;
  pending_secret: string | null;
  pending_until: Date | null;
}

export interface RecoveryCodesTable {
  id: string;
  account_id: string;
  code_hash: string;
  created_at: Date;
  used_at: Date | null;
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

export interface HolidaysTable {
  date: DateString;
  name: string;
  kind: 'national' | 'cuti_bersama' | 'regional';
}

export interface OutagesTable {
  id: string;
  agency_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reason: string;
  declared_by: string | null;
  created_at: Timestamp;
}

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

export interface EvidenceFilesTable {
  sha256: string;
  byte_size: number;
  stored_size: number;
  media_type: 'image/jpeg' | 'application/pdf';
  width: number | null;
  height: number | null;
  captured_at: Date | null;
  created_at: Timestamp;
}

export interface EvidenceUploadsTable {
  sha256: string;
  account_id: string;
  uploaded_at: Timestamp;
}

export interface JournalEntryEvidenceTable {
  agency_id: string;
  entry_id: string;
  sha256: string;
  file_name: Generated<string>;
  added_at: Timestamp;
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

export interface SkpTable {
  agency_id: string;
  id: string;
  employee_id: string;
  position_id: string;
  period_from: DateString;
  period_to: DateString;
  form: string;
  pendekatan: string;
  /** The status of the last version (denormalised for lists). */
  status: string;
  current_version: number;
  version_in_force: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SkpVersionsTable {
  agency_id: string;
  skp_id: string;
  version: number;
  status: string;
  perilaku: Json<{ id: string; ekspektasi: string }[]>;
  lampiran: Json<{ id: string; jenis: string; text: string }[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SkpRhkTable {
  agency_id: string;
  skp_id: string;
  version: number;
  id: string;
  ordinal: number;
  jenis: string;
  text: string;
  parent_rhk_id: string | null;
  cascading_type: string | null;
  perspektif: string | null;
  penugasan_dari: string | null;
}

export interface SkpIkiTable {
  agency_id: string;
  skp_id: string;
  version: number;
  rhk_id: string;
  id: string;
  ordinal: number;
  aspek: string | null;
  text: string;
  target: string;
  /** JPT: the Manual Indikator Kinerja (migration 0027); null when none is written. */
  mik: ColumnType<ManualIndikator | null, string | null | undefined, string | null>;
}

export interface SkpPeopleTable {
  agency_id: string;
  skp_id: string;
  role: 'pegawai' | 'pejabat_penilai' | 'atasan_pejabat_penilai';
  person_agency_id: string | null;
  employee_id: string | null;
  official_id: string | null;
  capacity: string;
  status: 'pns' | 'pppk' | 'non_asn';
  name: string;
  nip: string | null;
  rank: string | null;
  position_name: string;
  unit_name: string;
  taken_at: Timestamp;
}

/** A signed scan kept with an approved SKP (migration 0017); the bytes are an evidence file. */
export interface SignedSkpScansTable {
  agency_id: string;
  skp_id: string;
  sha256: string;
  version: number;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

/** Migration 0030: a rencana aksi of one RHK (by its stable id) for one month or quarter of the SKP. */
export interface SkpRencanaAksiTable {
  agency_id: string;
  skp_id: string;
  id: string;
  rhk_id: string;
  periode: string;
  period_from: DateString;
  period_to: DateString;
  text: string;
  target: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by_account_id: string;
  removed_at: Date | null;
}

/** Migration 0030: the employee's realisasi of one rencana aksi in one evaluation. */
export interface EvaluationRealisasiAksiTable {
  agency_id: string;
  evaluation_id: string;
  rencana_aksi_id: string;
  rhk_id: string;
  text: string;
  updated_by_account_id: string;
  updated_at: Timestamp;
}

/** Migration 0032: a signed scan kept with a finalised evaluation, and the finalisation it signs. */
export interface SignedEvaluationScansTable {
  agency_id: string;
  evaluation_id: string;
  sha256: string;
  finalised_at: Date;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface SkpEventsTable {
  agency_id: string;
  skp_id: string;
  id: string;
  version: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_account_id: string;
  capacity: string;
  on_behalf: boolean;
  note: string | null;
  request_id: string | null;
  at: Timestamp;
}

export interface EvaluationsTable {
  agency_id: string;
  id: string;
  skp_id: string;
  kind: 'periodik' | 'tahunan';
  label: string;
  period_from: DateString;
  period_to: DateString;
  covered_from: DateString;
  covered_to: DateString;
  credited_months: number;
  status: ColumnType<'berjalan' | 'final', 'berjalan' | 'final' | undefined, 'berjalan' | 'final'>;
  rating_hasil_kerja: string | null;
  rating_perilaku_kerja: string | null;
  rating_note: Generated<string>;
  rated_by_account_id: string | null;
  rated_at: Date | null;
  predikat: string | null;
  /** numeric(10,4): read as a string by both engines. */
  angka_kredit: ColumnType<string | null, number | string | null, number | string | null>;
  finalised_at: Date | null;
  finalised_by_account_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvaluationRealisasiTable {
  agency_id: string;
  evaluation_id: string;
  iki_id: string;
  rhk_id: string;
  text: string;
  bukti: Json<({ kind: 'link'; url: string } | { kind: 'file'; sha256: string })[]>;
  updated_by_account_id: string;
  updated_at: Timestamp;
}

export interface EvaluationFeedbackTable {
  agency_id: string;
  id: string;
  evaluation_id: string;
  target: string;
  target_id: string;
  preset: string | null;
  text: string;
  author_account_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  answer_text: string | null;
  answered_at: Date | null;
  answered_by_account_id: string | null;
}

export interface EvaluationEventsTable {
  agency_id: string;
  evaluation_id: string;
  id: string;
  action: 'finalise' | 'reopen';
  reason: string | null;
  actor_account_id: string;
  request_id: string | null;
  at: Timestamp;
}

export interface OrganisationResultsTable {
  agency_id: string;
  unit_id: string;
  period_from: DateString;
  period_to: DateString;
  capaian: string;
  note: string | null;
  set_by_account_id: string;
  set_at: Timestamp;
}

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

/** SIASN's reference codes (migration 0043): one row per list and our key; the BKD keeps `code`. */
export interface SiasnReferenceCodesTable {
  list: 'perilakuDanKinerja' | 'kuadranNilai' | 'periodik' | 'koefisien' | 'golonganPns';
  key: string;
  label: string;
  code: string;
  position: number;
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

export interface Database {
  agencies: AgenciesTable;
  agency_settings_versions: AgencySettingsVersionsTable;
  units: UnitsTable;
  positions: PositionsTable;
  employees: EmployeesTable;
  position_assignments: PositionAssignmentsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  account_totp: AccountTotpTable;
  recovery_codes: RecoveryCodesTable;
  import_jobs: ImportJobsTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  personal_data_reads: PersonalDataReadsTable;
  data_exports: DataExportsTable;
  holidays: HolidaysTable;
  outages: OutagesTable;
  activity_dictionary_versions: ActivityDictionaryVersionsTable;
  activities: ActivitiesTable;
  journal_entries: JournalEntriesTable;
  entry_id_claims: EntryIdClaimsTable;
  journal_entry_events: JournalEntryEventsTable;
  entry_decisions: EntryDecisionsTable;
  evidence_files: EvidenceFilesTable;
  evidence_uploads: EvidenceUploadsTable;
  journal_entry_evidence: JournalEntryEvidenceTable;
  activity_favourites: ActivityFavouritesTable;
  activity_sets: ActivitySetsTable;
  sync_applied_items: SyncAppliedItemsTable;
  regional_officials: RegionalOfficialsTable;
  regional_leadership_terms: RegionalLeadershipTermsTable;
  skp: SkpTable;
  skp_versions: SkpVersionsTable;
  skp_rhk: SkpRhkTable;
  skp_iki: SkpIkiTable;
  skp_people: SkpPeopleTable;
  skp_events: SkpEventsTable;
  signed_skp_scans: SignedSkpScansTable;
  evaluations: EvaluationsTable;
  evaluation_realisasi: EvaluationRealisasiTable;
  evaluation_realisasi_aksi: EvaluationRealisasiAksiTable;
  skp_rencana_aksi: SkpRencanaAksiTable;
  evaluation_feedback: EvaluationFeedbackTable;
  evaluation_events: EvaluationEventsTable;
  signed_evaluation_scans: SignedEvaluationScansTable;
  organisation_results: OrganisationResultsTable;
  attendance_serials: AttendanceSerialsTable;
  attendance_machines: AttendanceMachinesTable;
  attendance_pins: AttendancePinsTable;
  attendance_punches: AttendancePunchesTable;
  selfie_geofences: SelfieGeofencesTable;
  selfie_references: SelfieReferencesTable;
  selfie_checkins: SelfieCheckinsTable;
  attendance_commands: AttendanceCommandsTable;
  attendance_operlog: AttendanceOperlogTable;
  attendance_schedules: AttendanceSchedulesTable;
  attendance_schedule_assignments: AttendanceScheduleAssignmentsTable;
  attendance_rule_versions: AttendanceRuleVersionsTable;
  attendance_leave_types: AttendanceLeaveTypesTable;
  attendance_leave_requests: AttendanceLeaveRequestsTable;
  attendance_alerts: AttendanceAlertsTable;
  attendance_events: AttendanceEventsTable;
  attendance_event_attendees: AttendanceEventAttendeesTable;
  tpp_rule_sets: TppRuleSetsTable;
  tpp_payroll: TppPayrollTable;
  tpp_signers: TppSignersTable;
  tpp_position_groups: TppPositionGroupsTable;
  siasn_reference_codes: SiasnReferenceCodesTable;
  tpp_hukdis: TppHukdisTable;
  tpp_runs: TppRunsTable;
  tpp_run_employees: TppRunEmployeesTable;
  tpp_recalculations: TppRecalculationsTable;
  tpp_recalculation_employees: TppRecalculationEmployeesTable;
  tpp_run_events: TppRunEventsTable;
}

export type Agency = Selectable<AgenciesTable>;
export type Unit = Selectable<UnitsTable>;
export type Position = Selectable<PositionsTable>;
export type Employee = Selectable<EmployeesTable>;
export type PositionAssignment = Selectable<PositionAssignmentsTable>;
export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
