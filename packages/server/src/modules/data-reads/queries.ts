import { defineQuery } from '../../db/query.js';
import type { PersonalDataReadsTable } from '../../db/schema.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
const ACCOUNT = '00000000-0000-7000-8000-000000000003';

export type ReadKind = PersonalDataReadsTable['kind'];

export interface NewRead {
  agencyId: string;
  employeeId: string;
  readOn: string;
  kind: ReadKind;
  at: Date;
  reader: { accountId: string; role: string; agencyId: string | null; employeeId: string | null };
}

const EXAMPLE_READ: NewRead = {
  agencyId: AGENCY,
  employeeId: EMPLOYEE,
  readOn: '2026-12-07',
  kind: 'journal',
  at: new Date(0),
  reader: { accountId: ACCOUNT, role: 'employee', agencyId: AGENCY, employeeId: EMPLOYEE },
};

/** Records reads; a read already recorded for that reader, person, kind and day stays as it was. */
export const insertReads = defineQuery('data-reads', 'insertReads', [[[EXAMPLE_READ]]], async (db, reads: readonly NewRead[]): Promise<void> => {
  if (reads.length === 0) return;
  await db
    .insertInto('personal_data_reads')
    .values(
      reads.map((r) => ({
        agency_id: r.agencyId,
        employee_id: r.employeeId,
        read_on: r.readOn,
        kind: r.kind,
        first_at: r.at,
        reader_account_id: r.reader.accountId,
        reader_role: r.reader.role,
        reader_agency_id: r.reader.agencyId,
        reader_employee_id: r.reader.employeeId,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
});

/** Who read one person's data between two dates, newest first, at most `limit` rows. */
export const readsOf = defineQuery('data-reads', 'readsOf', [[AGENCY, EMPLOYEE, '2026-01-01', '2026-12-31', 200]], (db, agencyId: string, employeeId: string, from: string, to: string, limit: number) =>
  db
    .selectFrom('personal_data_reads')
    .select(['read_on', 'kind', 'first_at', 'reader_account_id', 'reader_role', 'reader_agency_id', 'reader_employee_id'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('read_on', '>=', from)
    .where('read_on', '<=', to)
    .orderBy('read_on', 'desc')
    .orderBy('first_at', 'desc')
    .limit(limit)
    .execute(),
);

/** Names of some employees of one agency (the readers from that agency). */
export const employeeNames = defineQuery('data-reads', 'employeeNames', [[AGENCY, [EMPLOYEE]]], async (db, agencyId: string, ids: readonly string[]) =>
  ids.length === 0 ? [] : db.selectFrom('employees').select(['id', 'name', 'front_title', 'back_title']).where('agency_id', '=', agencyId).where('id', 'in', ids).execute(),
);

/** The readers' accounts: NIP, and the name of those that have no employee record (province admins, auditors). */
export const readerAccounts = defineQuery('data-reads', 'readerAccounts', [[[ACCOUNT]]], async (db, ids: readonly string[]) =>
  ids.length === 0 ? [] : db.selectFrom('accounts').select(['id', 'nip', 'display_name']).where('id', 'in', ids).execute(),
);

/** Reads recorded before a day (retention, KINERJA_RETENTION_DATA_READS_DAYS); how many were removed. */
export const deleteReadsBefore = defineQuery('data-reads', 'deleteReadsBefore', [['2024-12-07']], async (db, before: string) => {
  const result = await db.deleteFrom('personal_data_reads').where('read_on', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
});
