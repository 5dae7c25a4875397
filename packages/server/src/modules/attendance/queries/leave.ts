/** Leave and permission requests. */
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const X = '0190b7a0-0000-7000-8000-0000000000a5';
const H = 'a'.repeat(64);
const T = new Date('2026-11-23T00:00:00Z');

export interface LeaveRow {
  agency_id: string;
  id: string;
  request_id: string;
  employee_id: string;
  type_code: string;
  part: 'day' | 'arrival' | 'departure';
  starts_on: string;
  ends_on: string;
  reason: string;
  attachment_sha256: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  approver_employee_id: string | null;
  created_at: Date;
  created_by_account_id: string;
}

const NEW: LeaveRow = { agency_id: A, id: X, request_id: X, employee_id: E, type_code: 'cuti_tahunan', part: 'day', starts_on: '2026-11-23', ends_on: '2026-11-24', reason: 'Keperluan keluarga', attachment_sha256: null, status: 'pending', approver_employee_id: E, created_at: T, created_by_account_id: X };

/** A new request; the same (employee, requestId) again inserts nothing. Answers whether it was inserted. */
export const insertLeave = defineQuery('attendance', 'insertLeave', [[NEW]], async (db, row: LeaveRow) =>
  (await db.insertInto('attendance_leave_requests').values(row).onConflict((oc) => oc.columns(['agency_id', 'employee_id', 'request_id']).doNothing()).returning('id').execute()).length > 0,
);

export const leaveIdByRequest = defineQuery('attendance', 'leaveIdByRequest', [[A, E, X]], (db, agencyId: string, employeeId: string, requestId: string) =>
  db.selectFrom('attendance_leave_requests').select('id').where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).where('request_id', '=', requestId).executeTakeFirst(),
);

/** Whole-day leave of the employee still standing (pending or approved) that overlaps [from, to]. */
export const overlappingLeave = defineQuery('attendance', 'overlappingLeave', [[A, E, '2026-11-23', '2026-11-24']], (db, agencyId: string, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('attendance_leave_requests')
    .select(['id', 'starts_on', 'ends_on'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('status', 'in', ['pending', 'approved'])
    .where('part', '=', 'day')
    .where('starts_on', '<=', to)
    .where('ends_on', '>=', from)
    .executeTakeFirst(),
);

/** Evidence files this account uploaded (an attachment must be the requester's own). */
export const uploadedBy = defineQuery('attendance', 'uploadedBy', [[H, X]], (db, sha256: string, accountId: string) =>
  db.selectFrom('evidence_uploads').select('sha256').where('sha256', '=', sha256).where('account_id', '=', accountId).executeTakeFirst(),
);

export interface LeaveFilter {
  ids?: readonly string[];
  employeeIds?: readonly string[];
  status?: LeaveRow['status'];
  from?: string;
  to?: string;
}

/** Requests with the names of the people they name, newest first. */
export const leaveRequests = defineQuery(
  'attendance',
  'leaveRequests',
  [
    [A, { ids: [X] }],
    [A, { employeeIds: [E], status: 'pending' }],
    [A, { from: '2026-11-01', to: '2026-11-30' }],
  ],
  (db, agencyId: string, f: LeaveFilter) => {
    let q = db
      .selectFrom('attendance_leave_requests as l')
      .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'l.agency_id').onRef('e.id', '=', 'l.employee_id'))
      .leftJoin('employees as ap', (j) => j.onRef('ap.agency_id', '=', 'l.agency_id').onRef('ap.id', '=', 'l.approver_employee_id'))
      .leftJoin('employees as dc', (j) => j.onRef('dc.agency_id', '=', 'l.agency_id').onRef('dc.id', '=', 'l.decided_by_employee_id'))
      .select([
        'l.id',
        'l.agency_id',
        'l.employee_id',
        'e.nip',
        'e.name',
        'l.type_code',
        'l.part',
        'l.starts_on',
        'l.ends_on',
        'l.reason',
        'l.attachment_sha256',
        'l.status',
        'l.approver_employee_id',
        'ap.nip as approver_nip',
        'ap.name as approver_name',
        'l.decided_by_employee_id',
        'dc.nip as decided_nip',
        'dc.name as decided_name',
        'l.decided_at',
        'l.decision_note',
        'l.created_at',
      ])
      .where('l.agency_id', '=', agencyId);
    if (f.ids) q = q.where('l.id', 'in', f.ids);
    if (f.employeeIds) q = q.where('l.employee_id', 'in', f.employeeIds.length ? f.employeeIds : ['00000000-0000-0000-0000-000000000000']);
    if (f.status) q = q.where('l.status', '=', f.status);
    if (f.to) q = q.where('l.starts_on', '<=', f.to);
    if (f.from) q = q.where('l.ends_on', '>=', f.from);
    return q.orderBy('l.created_at', 'desc').orderBy('l.id').limit(500).execute();
  },
);

/** Moves a pending request to its decision; answers nothing when it was no longer pending. */
export const decideLeave = defineQuery(
  'attendance',
  'decideLeave',
  [[A, X, { status: 'approved', by: E, at: T, note: null }]],
  (db, agencyId: string, id: string, d: { status: 'approved' | 'rejected' | 'cancelled'; by: string | null; at: Date; note: string | null }) =>
    db
      .updateTable('attendance_leave_requests')
      .set({ status: d.status, decided_by_employee_id: d.by, decided_at: d.at, decision_note: d.note })
      .where('agency_id', '=', agencyId)
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returning(['id', 'employee_id', 'type_code', 'starts_on', 'ends_on'])
      .executeTakeFirst(),
);
