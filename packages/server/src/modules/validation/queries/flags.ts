import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
const SHA = 'a'.repeat(64);

/** Every live entry of the agency that carries one of these files (the caller bounds the list). */
export const entriesUsingFiles = defineQuery(
  'validation',
  'entriesUsingFiles',
  [[AGENCY, [SHA]]],
  async (db, agencyId: string, shas: readonly string[]): Promise<{ sha256: string; entryId: string; employeeId: string; workDate: string }[]> => {
    const rows = await db
      .selectFrom('journal_entry_evidence as je')
      .innerJoin('journal_entries as e', (j) => j.onRef('e.agency_id', '=', 'je.agency_id').onRef('e.id', '=', 'je.entry_id'))
      .select(['je.sha256', 'je.entry_id', 'e.employee_id', 'e.work_date'])
      .where('je.agency_id', '=', agencyId)
      .where('je.sha256', 'in', [...shas])
      .where('e.deleted_at', 'is', null)
      .execute();
    return rows.map((r) => ({ sha256: r.sha256, entryId: r.entry_id, employeeId: r.employee_id, workDate: r.work_date }));
  },
);

/** The people's non-empty descriptions of live entries dated from `from` to `to`. */
export const descriptionsBetween = defineQuery(
  'validation',
  'descriptionsBetween',
  [[AGENCY, [EMPLOYEE], '2026-11-10', '2026-11-24']],
  async (db, agencyId: string, people: readonly string[], from: string, to: string): Promise<{ id: string; employeeId: string; workDate: string; description: string }[]> => {
    // Person by person in the (agency, employee, date) index: asked for a list of people and a date
    // range at once, PGlite without statistics took the agency's date index and read everyone's days.
    const rows = await db
      .selectFrom(sql<{ employee_id: string }>`(select * from unnest(${[...people]}::uuid[]) as x(employee_id))`.as('p'))
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom('journal_entries as e')
            .select(['e.id', 'e.employee_id', 'e.work_date', 'e.description'])
            .where('e.agency_id', '=', agencyId)
            .whereRef('e.employee_id', '=', 'p.employee_id')
            .where('e.work_date', '>=', from)
            .where('e.work_date', '<=', to)
            .where('e.deleted_at', 'is', null)
            .where('e.description', '<>', '')
            // Not pulled up into a plain join: each person stays one index lookup.
            .offset(0)
            .as('d'),
        (j) => j.onTrue(),
      )
      .select(['d.id', 'd.employee_id', 'd.work_date', 'd.description'])
      .execute();
    return rows.map((r) => ({ id: r.id, employeeId: r.employee_id, workDate: r.work_date, description: r.description }));
  },
);
