/**
 * What the daily status of a whole agency over a range of days is computed from, set-based: the
 * staff with their unit, the unit tree, the punches of everyone at once, and the holidays.
 */
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const FROM = new Date('2026-10-28T00:00:00Z');
const TO = new Date('2026-12-04T00:00:00Z');

/**
 * The agency's active employees with the unit of their definitive post on `date` (null: no post);
 * with `employeeIds`, only those. Overlapping definitive posts give one row each (latest first).
 */
export const staffWithUnits = defineQuery(
  'attendance',
  'staffWithUnits',
  [
    [A, '2026-11-30', null],
    [A, '2026-11-30', [E]],
  ],
  (db, agencyId: string, date: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('employees as e')
      .leftJoin('position_assignments as a', (j) =>
        j
          .onRef('a.agency_id', '=', 'e.agency_id')
          .onRef('a.employee_id', '=', 'e.id')
          .on('a.role', '=', 'definitive')
          .on('a.starts_on', '<=', date)
          .on((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', date)])),
      )
      .leftJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
      .select(['e.id', 'e.nip', 'e.name', 'p.unit_id', 'a.starts_on'])
      .where('e.agency_id', '=', agencyId)
      .where('e.active', '=', true);
    if (employeeIds) q = q.where('e.id', 'in', employeeIds.length ? employeeIds : ['00000000-0000-0000-0000-000000000000']);
    return q.orderBy('e.id').orderBy('a.starts_on', 'desc').execute();
  },
);

/** The agency's units and their parents (inactive ones too: a path must not break). */
export const unitParents = defineQuery('attendance', 'unitParents', [[A]], (db, agencyId: string) =>
  db.selectFrom('units').select(['id', 'parent_id']).where('agency_id', '=', agencyId).execute(),
);

/**
 * Punches of the agency's known employees between two instants, [from, to): the machines' and the
 * accepted selfie check-ins (source 'selfie', at the instant judged; migration 0034).
 */
export const punchesBetween = defineQuery(
  'attendance',
  'punchesBetween',
  [
    [A, FROM, TO, null],
    [A, FROM, TO, [E]],
  ],
  (db, agencyId: string, from: Date, to: Date, employeeIds: readonly string[] | null) => {
    const only = employeeIds ? (employeeIds.length ? employeeIds : ['00000000-0000-0000-0000-000000000000']) : null;
    let q = db
      .selectFrom('attendance_punches')
      .select(['employee_id', 'at'])
      .where('agency_id', '=', agencyId)
      .where('employee_id', 'is not', null)
      .where('at', '>=', from)
      .where('at', '<', to);
    let selfie = db
      .selectFrom('selfie_checkins')
      .select(['employee_id', 'at'])
      .where('agency_id', '=', agencyId)
      .where('accepted', '=', true)
      .where('at', '>=', from)
      .where('at', '<', to);
    if (only) {
      q = q.where('employee_id', 'in', only);
      selfie = selfie.where('employee_id', 'in', only);
    }
    return q.unionAll(selfie).execute();
  },
);

/** National holidays and cuti bersama between two dates, inclusive. */
export const holidaysBetween = defineQuery('attendance', 'holidaysBetween', [['2026-10-28', '2026-12-04']], (db, from: string, to: string) =>
  db.selectFrom('holidays').select(['date', 'name', 'kind']).where('date', '>=', from).where('date', '<=', to).execute(),
);

/** The agency's first punch: attendance is judged from its day on (before it the agency kept none here). */
export const firstPunchAt = defineQuery('attendance', 'firstPunchAt', [[A]], (db, agencyId: string) =>
  db
    .selectNoFrom((eb) =>
      eb.fn<Date | null>('least', [
        eb.selectFrom('attendance_punches').select((s) => s.fn.min('at').as('m')).where('agency_id', '=', agencyId),
        eb.selectFrom('selfie_checkins').select((s) => s.fn.min('at').as('m')).where('agency_id', '=', agencyId).where('accepted', '=', true),
      ]).as('first'),
    )
    .executeTakeFirst(),
);
