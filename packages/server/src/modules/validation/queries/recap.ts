import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';

/** The agency's id, code and name, or undefined. */
export const agencyHeading = defineQuery('validation', 'agencyHeading', [[AGENCY]], async (db, agencyId: string) =>
  db.selectFrom('agencies').select(['id', 'code', 'name']).where('id', '=', agencyId).executeTakeFirst(),
);

/** Every unit of the agency (active or not), for the recap's tree. */
export const unitsOfAgency = defineQuery('validation', 'unitsOfAgency', [[AGENCY]], async (db, agencyId: string) =>
  db.selectFrom('units').select(['id', 'name', 'code', 'parent_id']).where('agency_id', '=', agencyId).execute(),
);

/** Every position of the agency with its unit. */
export const positionsOfAgency = defineQuery('validation', 'positionsOfAgency', [[AGENCY]], async (db, agencyId: string) =>
  db.selectFrom('positions').select(['id', 'name', 'unit_id']).where('agency_id', '=', agencyId).execute(),
);

/** Every employee of the agency (active or not) with their name parts. */
export const employeesOfAgency = defineQuery('validation', 'employeesOfAgency', [[AGENCY]], async (db, agencyId: string) =>
  db.selectFrom('employees').select(['id', 'nip', 'name', 'front_title', 'back_title', 'active']).where('agency_id', '=', agencyId).execute(),
);

/** Per employee, the live entries dated from `from` to `to` counted by status, and the approved minutes. */
export const entryCountsByEmployee = defineQuery(
  'validation',
  'entryCountsByEmployee',
  [[AGENCY, '2026-11-01', '2026-11-30']],
  async (db, agencyId: string, from: string, to: string) =>
    db
      .selectFrom('journal_entries')
      .select((eb) => [
        'employee_id',
        eb.fn.countAll<number>().filterWhere('status', '<>', 'draft').as('submitted'),
        eb.fn.countAll<number>().filterWhere('status', '=', 'approved').as('approved'),
        eb.fn.countAll<number>().filterWhere('status', '=', 'rejected').as('rejected'),
        eb.fn.countAll<number>().filterWhere('status', '=', 'returned').as('returned'),
        eb.fn.countAll<number>().filterWhere('status', '=', 'submitted').as('pending'),
        eb.fn.sum<number>('credited_minutes').filterWhere('status', '=', 'approved').as('approved_minutes'),
      ])
      .where('agency_id', '=', agencyId)
      .where('work_date', '>=', from)
      .where('work_date', '<=', to)
      .where('deleted_at', 'is', null)
      .groupBy('employee_id')
      .execute(),
);

/** Sent entries grouped by employee, local submission day, and the latest decision's decider, reason and local day. */
export interface SubmissionGroup {
  employee_id: string;
  submitted_on: string;
  decided_by_employee_id: string | null;
  auto_reason: string | null;
  decided_on: string | null;
  n: number;
}

/**
 * The live sent entries dated from `from` to `to`, each counted once by its latest submission and
 * the decision on it (none while pending), grouped for on-time rates; days are local to `timeZone`.
 */
export const submissionGroups = defineQuery(
  'validation',
  'submissionGroups',
  [[AGENCY, '2026-11-01', '2026-11-30', 'Asia/Jakarta']],
  async (db, agencyId: string, from: string, to: string, timeZone: string): Promise<SubmissionGroup[]> => {
    const { rows } = await sql<SubmissionGroup>`
      select e.employee_id,
        (e.submitted_at at time zone ${timeZone}::text)::date as submitted_on,
        d.decided_by_employee_id, d.auto_reason,
        (d.decided_at at time zone ${timeZone}::text)::date as decided_on,
        count(*) as n
      from journal_entries e
      left join lateral (
        select x.decided_by_employee_id, x.auto_reason, x.decided_at from entry_decisions x
        where x.agency_id = ${agencyId} and x.agency_id = e.agency_id and x.entry_id = e.id
        order by x.entry_version desc limit 1
      ) d on e.status <> 'submitted'
      where e.agency_id = ${agencyId} and e.work_date between ${from} and ${to}
        and e.deleted_at is null and e.status <> 'draft' and e.submitted_at is not null
      group by 1, 2, 3, 4, 5
    `.execute(db);
    return rows;
  },
);
