/** The PP 94/2021 alerts raised: one row per employee, year, threshold and recipient. */
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const T = new Date('2026-11-23T00:00:00Z');

/** The agencies that have employees (the alerts step walks them). */
export const activeAgencyIds = defineQuery('attendance', 'activeAgencyIds', [[]], (db) => db.selectFrom('agencies').select('id').where('active', '=', true).orderBy('id').execute());

export const raisedCodes = defineQuery('attendance', 'raisedCodes', [[A, 2026]], (db, agencyId: string, year: number) =>
  db.selectFrom('attendance_alerts').select(['employee_id', 'code']).distinct().where('agency_id', '=', agencyId).where('year', '=', year).execute(),
);

export interface AlertRow {
  agency_id: string;
  employee_id: string;
  year: number;
  code: string;
  recipient: 'employee' | 'supervisor' | 'bkd';
  recipient_employee_id: string | null;
  level: string;
  sanction: string;
  reached_on: string;
  days: number;
  raised_at: Date;
}

/** Alerts not raised before; one raised already is left as it was. Answers how many are new. */
export const insertAlerts = defineQuery(
  'attendance',
  'insertAlerts',
  [[[{ agency_id: A, employee_id: E, year: 2026, code: 'TK_7', recipient: 'employee', recipient_employee_id: E, level: 'ringan', sanction: 'Pernyataan tidak puas secara tertulis', reached_on: '2026-11-20', days: 7, raised_at: T }]]],
  async (db, rows: readonly AlertRow[]) =>
    (await db.insertInto('attendance_alerts').values(rows as AlertRow[]).onConflict((oc) => oc.doNothing()).returning('code').execute()).length,
);

export interface AlertFilter {
  agencyId?: string;
  recipient: AlertRow['recipient'];
  recipientEmployeeId?: string;
}

export const alertsFor = defineQuery(
  'attendance',
  'alertsFor',
  [[{ recipient: 'bkd' }], [{ agencyId: A, recipient: 'supervisor', recipientEmployeeId: E }], [{ agencyId: A, recipient: 'bkd' }]],
  (db, f: AlertFilter) => {
    let q = db
      .selectFrom('attendance_alerts as a')
      .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'a.agency_id').onRef('e.id', '=', 'a.employee_id'))
      .select(['a.agency_id', 'a.employee_id', 'e.nip', 'e.name', 'a.year', 'a.code', 'a.level', 'a.sanction', 'a.reached_on', 'a.days', 'a.recipient', 'a.raised_at'])
      .where('a.recipient', '=', f.recipient);
    if (f.agencyId) q = q.where('a.agency_id', '=', f.agencyId);
    if (f.recipientEmployeeId) q = q.where('a.recipient_employee_id', '=', f.recipientEmployeeId);
    return q.orderBy('a.raised_at', 'desc').orderBy('a.employee_id').orderBy('a.code').limit(500).execute();
  },
);
