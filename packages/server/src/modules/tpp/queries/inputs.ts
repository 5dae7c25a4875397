import { defineQuery } from '../../../db/query.js';
import { AGENCY, EMPLOYEE, few } from './examples.js';

// What a TPP month reads besides the journal and attendance: people, posts, payroll attributes,
// sanctions, acting posts, predikat and SKP. One statement each per agency (or some of its people).

/** The agency's code, name and time zone, or undefined. */
export const agencyOfRun = defineQuery('tpp', 'agencyOfRun', [[AGENCY]], async (db, agencyId: string) =>
  db.selectFrom('agencies').select(['id', 'code', 'name', 'time_zone']).where('id', '=', agencyId).executeTakeFirst(),
);

/** Active agencies, by name. */
export const activeAgencies = defineQuery('tpp', 'activeAgencies', [[]], async (db) =>
  db.selectFrom('agencies').select(['id', 'code', 'name']).where('active', '=', true).orderBy('name').execute(),
);

/** The agency's active employees (or these of them) with their name parts, kind and rank. */
export const employeesForTpp = defineQuery(
  'tpp',
  'employeesForTpp',
  [
    [AGENCY, null],
    [AGENCY, [EMPLOYEE]],
  ],
  async (db, agencyId: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('employees')
      .select(['id', 'nip', 'name', 'front_title', 'back_title', 'kind', 'rank_code'])
      .where('agency_id', '=', agencyId)
      .where('active', '=', true);
    if (employeeIds) q = q.where('id', 'in', few(employeeIds));
    return q.orderBy('nip').execute();
  },
);

/** Every position of the agency with its kelas and unit, and the unit's name. */
export const positionsForTpp = defineQuery('tpp', 'positionsForTpp', [[AGENCY]], async (db, agencyId: string) =>
  db
    .selectFrom('positions')
    .innerJoin('units', (j) => j.onRef('units.agency_id', '=', 'positions.agency_id').onRef('units.id', '=', 'positions.unit_id'))
    .select(['positions.id', 'positions.name', 'positions.kelas_jabatan', 'positions.unit_id', 'units.name as unit_name'])
    .where('positions.agency_id', '=', agencyId)
    .execute(),
);

/** Plt/Plh assignments overlapping [from, to], with the acting post's kelas. */
export const actingAssignments = defineQuery(
  'tpp',
  'actingAssignments',
  [
    [AGENCY, '2026-11-01', '2026-11-30', null],
    [AGENCY, '2026-11-01', '2026-11-30', [EMPLOYEE]],
  ],
  async (db, agencyId: string, from: string, to: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('position_assignments as a')
      .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
      .select(['a.employee_id', 'a.role', 'a.starts_on', 'a.ends_on', 'a.decree_number', 'p.kelas_jabatan', 'p.name as position_name'])
      .where('a.agency_id', '=', agencyId)
      .where('a.role', 'in', ['plt', 'plh'])
      .where('a.starts_on', '<=', to)
      .where((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', from)]));
    if (employeeIds) q = q.where('a.employee_id', 'in', few(employeeIds));
    return q.orderBy('a.employee_id').orderBy('a.starts_on').execute();
  },
);

/** Payroll attributes of the agency's employees (or these). */
export const payrollRows = defineQuery(
  'tpp',
  'payrollRows',
  [
    [AGENCY, null],
    [AGENCY, [EMPLOYEE]],
  ],
  async (db, agencyId: string, employeeIds: readonly string[] | null) => {
    let q = db.selectFrom('tpp_payroll').selectAll().where('agency_id', '=', agencyId);
    if (employeeIds) q = q.where('employee_id', 'in', few(employeeIds));
    return q.execute();
  },
);

/** Sanctions of the agency's employees (or these); with a month, only those in force that month and not withdrawn. */
export const hukdisRows = defineQuery(
  'tpp',
  'hukdisRows',
  [
    [AGENCY, null, null],
    [AGENCY, '2026-11', [EMPLOYEE]],
  ],
  async (db, agencyId: string, month: string | null, employeeIds: readonly string[] | null) => {
    let q = db.selectFrom('tpp_hukdis').selectAll().where('agency_id', '=', agencyId);
    if (month) q = q.where('from_month', '<=', month).where('to_month', '>=', month).where('withdrawn_at', 'is', null);
    if (employeeIds) q = q.where('employee_id', 'in', few(employeeIds));
    return q.orderBy('employee_id').orderBy('from_month').execute();
  },
);

/**
 * Per employee, the predikat of the latest finalised evaluation that began by `to`: the period
 * ending last, a periodic one before the annual one of the same end.
 */
export const latestPredikat = defineQuery(
  'tpp',
  'latestPredikat',
  [
    [AGENCY, '2026-11-30', null],
    [AGENCY, '2026-11-30', [EMPLOYEE]],
  ],
  async (db, agencyId: string, to: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('evaluations as e')
      .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'e.agency_id').onRef('s.id', '=', 'e.skp_id'))
      .select(['s.employee_id', 'e.id', 'e.predikat', 'e.label', 'e.period_to'])
      .distinctOn('s.employee_id')
      .where('e.agency_id', '=', agencyId)
      .where('e.status', '=', 'final')
      .where('e.predikat', 'is not', null)
      .where('e.period_from', '<=', to);
    if (employeeIds) q = q.where('s.employee_id', 'in', few(employeeIds));
    return q.orderBy('s.employee_id').orderBy('e.period_to', 'desc').orderBy('e.kind').execute();
  },
);

/** Employees with an approved SKP (a version in force) whose period covers `date`. */
export const approvedSkpOn = defineQuery(
  'tpp',
  'approvedSkpOn',
  [
    [AGENCY, '2026-11-30', null],
    [AGENCY, '2026-11-30', [EMPLOYEE]],
  ],
  async (db, agencyId: string, date: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('skp')
      .select(['employee_id'])
      .distinct()
      .where('agency_id', '=', agencyId)
      .where('version_in_force', 'is not', null)
      .where('period_from', '<=', date)
      .where('period_to', '>=', date);
    if (employeeIds) q = q.where('employee_id', 'in', few(employeeIds));
    return q.execute();
  },
);
