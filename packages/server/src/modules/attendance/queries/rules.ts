/** An agency's discipline table versions and leave catalogue (migration 0036). */
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const T = new Date('2026-11-23T00:00:00Z');

export const ruleVersionsOf = defineQuery('attendance', 'ruleVersionsOf', [[A]], (db, agencyId: string) =>
  db.selectFrom('attendance_rule_versions').select(['effective_from', 'rules', 'updated_at']).where('agency_id', '=', agencyId).orderBy('effective_from').execute(),
);

export interface RuleVersionRow {
  agency_id: string;
  effective_from: string;
  rules: string;
  updated_at: Date;
  updated_by_account_id: string | null;
}

export const upsertRuleVersion = defineQuery(
  'attendance',
  'upsertRuleVersion',
  [[{ agency_id: A, effective_from: '2027-01-01', rules: '{}', updated_at: T, updated_by_account_id: null }]],
  (db, row: RuleVersionRow) =>
    db
      .insertInto('attendance_rule_versions')
      .values(row)
      .onConflict((oc) => oc.columns(['agency_id', 'effective_from']).doUpdateSet({ rules: row.rules, updated_at: row.updated_at, updated_by_account_id: row.updated_by_account_id }))
      .execute(),
);

export const deleteRuleVersion = defineQuery('attendance', 'deleteRuleVersion', [[A, '2027-01-01']], (db, agencyId: string, from: string) =>
  db.deleteFrom('attendance_rule_versions').where('agency_id', '=', agencyId).where('effective_from', '=', from).returning('effective_from').executeTakeFirst(),
);

export const leaveTypesOf = defineQuery('attendance', 'leaveTypesOf', [[A]], (db, agencyId: string) =>
  db.selectFrom('attendance_leave_types').select(['code', 'name', 'counts', 'active']).where('agency_id', '=', agencyId).orderBy('position').execute(),
);

export const deleteLeaveTypes = defineQuery('attendance', 'deleteLeaveTypes', [[A]], (db, agencyId: string) => db.deleteFrom('attendance_leave_types').where('agency_id', '=', agencyId).execute());

export interface LeaveTypeRow {
  agency_id: string;
  code: string;
  name: string;
  counts: 'present' | 'absent_excused' | 'non_tpp';
  active: boolean;
  position: number;
  updated_at: Date;
  updated_by_account_id: string | null;
}

export const insertLeaveTypes = defineQuery(
  'attendance',
  'insertLeaveTypes',
  [[[{ agency_id: A, code: 'cuti_tahunan', name: 'Cuti tahunan', counts: 'absent_excused', active: true, position: 0, updated_at: T, updated_by_account_id: null }]]],
  (db, rows: readonly LeaveTypeRow[]) => db.insertInto('attendance_leave_types').values([...rows]).execute(),
);

/** The leave type codes the agency's people have asked for at least once. */
export const leaveCodesInUse = defineQuery('attendance', 'leaveCodesInUse', [[A]], (db, agencyId: string) =>
  db.selectFrom('attendance_leave_requests').select('type_code').distinct().where('agency_id', '=', agencyId).execute(),
);
