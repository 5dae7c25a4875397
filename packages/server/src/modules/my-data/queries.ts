/**
 * Everything Kinerja holds about one employee, for their archive, and the archive requests
 * themselves. Each read names the agency first (one shard on a cluster).
 */
import { defineQuery } from '../../db/query.js';
import type { DataExportsTable } from '../../db/schema.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
const ACCOUNT = '00000000-0000-7000-8000-000000000003';
const EXPORT = '00000000-0000-7000-8000-000000000004';

export type ExportStatus = DataExportsTable['status'];

export const insertExport = defineQuery(
  'my-data',
  'insertExport',
  [[{ agencyId: AGENCY, id: EXPORT, employeeId: EMPLOYEE, requestedBy: ACCOUNT, reason: null, at: new Date(0) }]],
  async (db, e: { agencyId: string; id: string; employeeId: string; requestedBy: string; reason: string | null; at: Date }): Promise<void> => {
    await db
      .insertInto('data_exports')
      .values({ agency_id: e.agencyId, id: e.id, employee_id: e.employeeId, requested_by_account_id: e.requestedBy, reason: e.reason, status: 'queued', created_at: e.at })
      .execute();
  },
);

const EXPORT_COLUMNS = ['id', 'employee_id', 'requested_by_account_id', 'reason', 'status', 'parts_total', 'parts_done', 'size_bytes', 'error', 'created_at', 'finished_at', 'expires_at'] as const;

export const exportById = defineQuery('my-data', 'exportById', [[AGENCY, EXPORT]], (db, agencyId: string, id: string) =>
  db.selectFrom('data_exports').select(EXPORT_COLUMNS).where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst(),
);

export const exportsOf = defineQuery('my-data', 'exportsOf', [[AGENCY, EMPLOYEE, 10]], (db, agencyId: string, employeeId: string, limit: number) =>
  db.selectFrom('data_exports').select(EXPORT_COLUMNS).where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).orderBy('created_at', 'desc').limit(limit).execute(),
);

export type ExportRow = Awaited<ReturnType<typeof exportById>> & object;

export const setExportProgress = defineQuery(
  'my-data',
  'setExportProgress',
  [[AGENCY, EXPORT, 'running' as ExportStatus, 3, 10]],
  async (db, agencyId: string, id: string, status: ExportStatus, done: number, total: number): Promise<void> => {
    await db.updateTable('data_exports').set({ status, parts_done: done, parts_total: total }).where('agency_id', '=', agencyId).where('id', '=', id).execute();
  },
);

export const finishExport = defineQuery(
  'my-data',
  'finishExport',
  [[AGENCY, EXPORT, { status: 'ready' as ExportStatus, sizeBytes: 1024, error: null, at: new Date(0), expiresAt: new Date(0) }]],
  async (db, agencyId: string, id: string, f: { status: ExportStatus; sizeBytes: number | null; error: string | null; at: Date; expiresAt: Date | null }): Promise<void> => {
    await db
      .updateTable('data_exports')
      .set({ status: f.status, size_bytes: f.sizeBytes, error: f.error, finished_at: f.at, expires_at: f.expiresAt })
      .where('agency_id', '=', agencyId)
      .where('id', '=', id)
      .execute();
  },
);

/** Archives whose work stopped with the process that ran them (a restart): they are told so, not left spinning. */
export const failUnfinishedExports = defineQuery('my-data', 'failUnfinishedExports', [[new Date(0), 'Terputus']], async (db, at: Date, error: string) => {
  const r = await db.updateTable('data_exports').set({ status: 'failed', error, finished_at: at }).where('status', 'in', ['queued', 'running']).executeTakeFirst();
  return Number(r.numUpdatedRows);
});

/** Ready archives past their expiry: the caller deletes their files. */
export const expiredExports = defineQuery('my-data', 'expiredExports', [[new Date(0)]], (db, now: Date) =>
  db.selectFrom('data_exports').select(['agency_id', 'id']).where('status', '=', 'ready').where('expires_at', '<=', now).execute(),
);

export const forgetExportFile = defineQuery('my-data', 'forgetExportFile', [[AGENCY, EXPORT]], async (db, agencyId: string, id: string): Promise<void> => {
  await db.updateTable('data_exports').set({ status: 'failed', error: 'Kedaluwarsa', size_bytes: null }).where('agency_id', '=', agencyId).where('id', '=', id).execute();
});

// ---------- what is held about the person ----------

export const personRow = defineQuery('my-data', 'personRow', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('employees as e')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(['e.id', 'e.nip', 'e.kind', 'e.name', 'e.front_title', 'e.back_title', 'e.sex', 'e.birth_date', 'e.rank_code', 'e.email', 'e.phone', 'e.active', 'e.created_at', 'e.updated_at', 'a.name as agency_name', 'a.time_zone'])
    .where('e.agency_id', '=', agencyId)
    .where('e.id', '=', employeeId)
    .executeTakeFirst(),
);

/** The person's accounts: never a password hash. */
export const accountsOfPerson = defineQuery('my-data', 'accountsOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('accounts')
    .select(['id', 'nip', 'role', 'active', 'created_at', 'password_changed_at'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .execute(),
);

export const assignmentsOfPerson = defineQuery('my-data', 'assignmentsOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('position_assignments as pa')
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'pa.agency_id').onRef('p.id', '=', 'pa.position_id'))
    .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .select(['pa.role', 'pa.starts_on', 'pa.ends_on', 'pa.decree_number', 'p.code as position_code', 'p.name as position_name', 'p.kind as position_kind', 'p.kelas_jabatan', 'u.name as unit_name'])
    .where('pa.agency_id', '=', agencyId)
    .where('pa.employee_id', '=', employeeId)
    .orderBy('pa.starts_on')
    .execute(),
);

/** Every entry, deleted ones too (with when), oldest first, with the activity as it was named in its dictionary version. */
export const entriesOfPerson = defineQuery('my-data', 'entriesOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('journal_entries as e')
    .leftJoin('activities as a', (j) => j.onRef('a.code', '=', 'e.activity_code').onRef('a.version', '=', 'e.activity_version'))
    .select([
      'e.id',
      'e.work_date',
      'e.start_minute',
      'e.end_minute',
      'e.duration_minutes',
      'e.activity_code',
      'a.name as activity_name',
      'a.unit as activity_unit',
      'e.volume',
      'e.description',
      'e.rhk_id',
      'e.credited_minutes',
      'e.status',
      'e.version',
      'e.device_recorded_at',
      'e.received_at',
      'e.submitted_at',
      'e.created_at',
      'e.updated_at',
      'e.deleted_at',
    ])
    .where('e.agency_id', '=', agencyId)
    .where('e.employee_id', '=', employeeId)
    .orderBy('e.work_date')
    .orderBy('e.start_minute')
    .orderBy('e.id')
    .execute(),
);

export const entryEventsOfPerson = defineQuery('my-data', 'entryEventsOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('journal_entry_events as v')
    .innerJoin('journal_entries as e', (j) => j.onRef('e.agency_id', '=', 'v.agency_id').onRef('e.id', '=', 'v.entry_id'))
    .select(['v.entry_id', 'v.seq', 'v.at', 'v.action', 'v.actor_account_id', 'v.data'])
    .where('v.agency_id', '=', agencyId)
    .where('e.employee_id', '=', employeeId)
    .orderBy('v.entry_id')
    .orderBy('v.seq')
    .execute(),
);

export const decisionsOfPerson = defineQuery('my-data', 'decisionsOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('entry_decisions as d')
    .innerJoin('journal_entries as e', (j) => j.onRef('e.agency_id', '=', 'd.agency_id').onRef('e.id', '=', 'd.entry_id'))
    .leftJoin('employees as b', (j) => j.onRef('b.agency_id', '=', 'd.agency_id').onRef('b.id', '=', 'd.decided_by_employee_id'))
    .select(['d.entry_id', 'e.work_date', 'd.decision', 'd.note', 'd.capacity', 'd.auto_reason', 'd.entry_version', 'd.submitted_at', 'd.decided_at', 'b.name as decided_by_name', 'b.nip as decided_by_nip'])
    .where('d.agency_id', '=', agencyId)
    .where('e.employee_id', '=', employeeId)
    .orderBy('d.decided_at')
    .execute(),
);

/** The files on the person's entries (deleted entries' too: they were the person's). */
export const evidenceOfPerson = defineQuery('my-data', 'evidenceOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('journal_entry_evidence as x')
    .innerJoin('journal_entries as e', (j) => j.onRef('e.agency_id', '=', 'x.agency_id').onRef('e.id', '=', 'x.entry_id'))
    .innerJoin('evidence_files as f', 'f.sha256', 'x.sha256')
    .select(['x.entry_id', 'e.work_date', 'x.sha256', 'x.file_name', 'x.added_at', 'f.media_type', 'f.byte_size', 'f.captured_at'])
    .where('x.agency_id', '=', agencyId)
    .where('e.employee_id', '=', employeeId)
    .orderBy('e.work_date')
    .orderBy('x.added_at')
    .execute(),
);

export const skpOfPerson = defineQuery('my-data', 'skpOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('skp')
    .select(['id', 'period_from', 'period_to', 'form', 'pendekatan', 'status', 'current_version', 'version_in_force', 'created_at', 'updated_at'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .orderBy('period_from')
    .execute(),
);

/** The person's attendance punches (machines and files), oldest first, with the machine's name. */
export const punchesOfPerson = defineQuery('my-data', 'punchesOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('attendance_punches as p')
    .leftJoin('attendance_machines as m', (join) => join.onRef('m.agency_id', '=', 'p.agency_id').onRef('m.id', '=', 'p.machine_id'))
    .select(['p.at', 'p.pin', 'p.status', 'p.verify', 'p.work_code', 'p.source', 'p.received_at', 'm.name as machine_name', 'm.zone as machine_zone'])
    .where('p.agency_id', '=', agencyId)
    .where('p.employee_id', '=', employeeId)
    .orderBy('p.at')
    .execute(),
);

/** The person's TPP lines, one per run of a month, newest month first, with the run's state. */
export const tppLinesOfPerson = defineQuery('my-data', 'tppLinesOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('tpp_run_employees as e')
    .innerJoin('tpp_runs as r', (join) => join.onRef('r.agency_id', '=', 'e.agency_id').onRef('r.id', '=', 'e.run_id'))
    .select(['r.month', 'r.status as run_status', 'r.rule_set_version', 'r.computed_at', 'e.run_id', 'e.status', 'e.kelas', 'e.golongan', 'e.basic', 'e.gross', 'e.cuts', 'e.pph21', 'e.bpjs_employee', 'e.net', 'e.payable', 'e.bank_account', 'e.input', 'e.result', 'e.error'])
    .where('e.agency_id', '=', agencyId)
    .where('e.employee_id', '=', employeeId)
    .orderBy('r.month', 'desc')
    .orderBy('r.computed_at', 'desc')
    .execute(),
);

/** What the agency's finance staff hold about the person for TPP: payroll attributes and disciplinary decisions. */
export const tppRecordsOfPerson = defineQuery('my-data', 'tppRecordsOfPerson', [[AGENCY, EMPLOYEE]], async (db, agencyId: string, employeeId: string) => ({
  payroll: await db
    .selectFrom('tpp_payroll')
    .select(['golongan', 'cpns', 'kelas_override', 'salary', 'bank_account', 'objective', 'part_scores', 'updated_at'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst(),
  hukdis: await db
    .selectFrom('tpp_hukdis')
    .select(['hukdis_id', 'from_month', 'to_month', 'decree_number', 'created_at', 'withdrawn_at'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .orderBy('from_month')
    .execute(),
}));

/** The person's leave and permission requests, with the attachment's kind when there is one. */
export const leaveOfPerson = defineQuery('my-data', 'leaveOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('attendance_leave_requests as l')
    .leftJoin('evidence_files as f', 'f.sha256', 'l.attachment_sha256')
    .select(['l.id', 'l.type_code', 'l.part', 'l.starts_on', 'l.ends_on', 'l.reason', 'l.status', 'l.decided_at', 'l.decision_note', 'l.created_at', 'l.attachment_sha256', 'f.media_type'])
    .where('l.agency_id', '=', agencyId)
    .where('l.employee_id', '=', employeeId)
    .orderBy('l.starts_on')
    .orderBy('l.created_at')
    .execute(),
);

/** The person's selfie check-ins, oldest first, with each photo's type (the descriptor stays out: see sections.ts). */
export const selfieCheckinsOfPerson = defineQuery('my-data', 'selfieCheckinsOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('selfie_checkins as c')
    .leftJoin('evidence_files as f', 'f.sha256', 'c.photo_sha256')
    .select(['c.id', 'c.at', 'c.device_time', 'c.received_at', 'c.clock_skewed', 'c.lat', 'c.lon', 'c.accuracy_meters', 'c.place', 'c.distance_meters', 'c.match_score', 'c.liveness_score', 'c.antispoof_score', 'c.face', 'c.accepted', 'c.device_id', 'c.photo_sha256', 'f.media_type', 'c.resolution', 'c.resolution_note', 'c.resolved_at', 'c.other_employee_id'])
    .where('c.agency_id', '=', agencyId)
    .where('c.employee_id', '=', employeeId)
    .orderBy('c.at')
    .orderBy('c.id')
    .execute(),
);

/** The person's face references (the photos the check-ins are matched against), oldest first. */
export const selfieReferencesOfPerson = defineQuery('my-data', 'selfieReferencesOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('selfie_references as r')
    .leftJoin('evidence_files as f', 'f.sha256', 'r.photo_sha256')
    .select(['r.id', 'r.state', 'r.submitted_at', 'r.decided_at', 'r.note', 'r.photo_sha256', 'f.media_type'])
    .where('r.agency_id', '=', agencyId)
    .where('r.employee_id', '=', employeeId)
    .orderBy('r.submitted_at')
    .orderBy('r.id')
    .execute(),
);

/** The apel and upacara the person was recorded at. */
export const eventsOfPerson = defineQuery('my-data', 'eventsOfPerson', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('attendance_event_attendees as a')
    .innerJoin('attendance_events as e', (j) => j.onRef('e.agency_id', '=', 'a.agency_id').onRef('e.id', '=', 'a.event_id'))
    .select(['e.date', 'e.kind', 'e.name', 'e.start_minute', 'e.end_minute', 'a.recorded_at', 'e.id'])
    .where('a.agency_id', '=', agencyId)
    .where('a.employee_id', '=', employeeId)
    .orderBy('e.date')
    .orderBy('e.start_minute')
    .execute(),
);
