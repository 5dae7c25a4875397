import { sql, type Insertable } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { Database, ImportJobsTable } from '../../db/schema.js';

const AGENCY = '00000000-0000-4000-8000-00000000000a';
const JOB = '00000000-0000-4000-8000-0000000000f0';
const NIP = '198001012006041001';
const AT = new Date('2026-01-05T08:00:00Z');

/** What an import job's status answer is made of. */
const JOB_COLUMNS = ['id', 'account_id', 'file_name', 'dry_run', 'status', 'total_rows', 'processed_rows', 'problems', 'summary', 'created_at', 'finished_at'] as const;

export const agencyCodeAndTimeZone = defineQuery('imports', 'agencyCodeAndTimeZone', [[AGENCY]], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['code', 'time_zone']).where('id', '=', agencyId).executeTakeFirst(),
);

export const agencyCodeAndName = defineQuery('imports', 'agencyCodeAndName', [[AGENCY]], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['code', 'name']).where('id', '=', agencyId).executeTakeFirst(),
);

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────────

export const insertImportJob = defineQuery(
  'imports',
  'insertImportJob',
  [
    [
      {
        id: JOB,
        account_id: AGENCY,
        agency_id: AGENCY,
        file_name: 'pegawai.xlsx',
        file_sha256: 'ab',
        file_format: 'xlsx',
        dry_run: true,
        status: 'queued',
        problems: '[]',
        summary: '{}',
        created_at: AT,
      },
    ],
  ] as [Insertable<ImportJobsTable>][],
  (db, job: Insertable<ImportJobsTable>) => db.insertInto('import_jobs').values(job).returning(JOB_COLUMNS).executeTakeFirstOrThrow(),
);

export const markImportJobRunning = defineQuery('imports', 'markImportJobRunning', [[JOB]], async (db, id: string) => {
  await db.updateTable('import_jobs').set({ status: 'running' }).where('id', '=', id).execute();
});

export const finishImportJob = defineQuery(
  'imports',
  'finishImportJob',
  [[JOB, { status: 'succeeded', total_rows: 10, processed_rows: 10, problems: '[]', summary: '{}', finished_at: AT }]],
  async (
    db,
    id: string,
    result: { status: 'succeeded' | 'failed'; total_rows: number; processed_rows: number; problems: string; summary: string; finished_at: Date },
  ) => {
    await db.updateTable('import_jobs').set(result).where('id', '=', id).execute();
  },
);

export const importJobById = defineQuery('imports', 'importJobById', [[JOB]], (db, id: string) =>
  db.selectFrom('import_jobs').select(JOB_COLUMNS).where('id', '=', id).executeTakeFirst(),
);

// ── What the import finds already there (existing.ts) ────────────────────────────────────────────

/** Locks the agencies an import touches, in id order, so two imports into one agency queue. */
/**
 * A real import reads and writes tenant tables on several shards and writes `accounts` (a reference table
 * on Citus) in one transaction, which Citus allows only in sequential mode ("cannot modify table accounts
 * because there was a parallel operation on a distributed table"). Set first in the transaction; a
 * placeholder setting on PostgreSQL and PGlite.
 */
export const sequentialOnCitus = defineQuery('imports', 'sequentialOnCitus', [[]], async (db) => {
  await sql`set local citus.multi_shard_modify_mode to 'sequential'`.execute(db);
});

export const lockAgenciesByCode = defineQuery('imports', 'lockAgenciesByCode', [[['DINKES']]], async (db, codes: string[]) => {
  await db.selectFrom('agencies').select('id').where(sql<boolean>`code = any(${codes}::text[])`).orderBy('id').forUpdate().execute();
});

export const allAgencies = defineQuery('imports', 'allAgencies', [[]], (db) => db.selectFrom('agencies').select(['id', 'code', 'name', 'time_zone']).execute());

export const unitsOfAgencies = defineQuery('imports', 'unitsOfAgencies', [[[AGENCY]]], (db, agencyIds: string[]) =>
  db
    .selectFrom('units')
    .select(['agency_id', 'id', 'code', 'name', 'parent_id', 'active'])
    .where(sql<boolean>`agency_id = any(${agencyIds}::uuid[])`)
    .execute(),
);

export const positionsOfAgencies = defineQuery('imports', 'positionsOfAgencies', [[[AGENCY]]], (db, agencyIds: string[]) =>
  db
    .selectFrom('positions')
    .select(['agency_id', 'id', 'unit_id', 'code', 'name', 'kind', 'jf_level', 'kelas_jabatan', 'is_unit_head', 'active'])
    .where(sql<boolean>`agency_id = any(${agencyIds}::uuid[])`)
    .execute(),
);

export const employeesByNips = defineQuery('imports', 'employeesByNips', [[[NIP]]], (db, nips: string[]) =>
  db
    .selectFrom('employees')
    .select(['agency_id', 'id', 'nip', 'kind', 'name', 'front_title', 'back_title', 'sex', 'birth_date', 'rank_code', 'email', 'phone', 'supervisor_override_id', 'active'])
    .where(sql<boolean>`nip = any(${nips}::text[])`)
    .execute(),
);

/** The employees' current definitive posts (open-ended assignments). */
export const openDefinitiveAssignments = defineQuery(
  'imports',
  'openDefinitiveAssignments',
  [[[AGENCY], [JOB]]],
  (db, agencyIds: string[], employeeIds: string[]) =>
    db
      .selectFrom('position_assignments')
      .select(['agency_id', 'id', 'employee_id', 'position_id', 'starts_on'])
      .where(sql<boolean>`agency_id = any(${agencyIds}::uuid[])`)
      .where(sql<boolean>`employee_id = any(${employeeIds}::uuid[])`)
      .where('role', '=', 'definitive')
      .where('ends_on', 'is', null)
      .execute(),
);

export const accountsByNips = defineQuery('imports', 'accountsByNips', [[[NIP]]], (db, nips: string[]) =>
  db
    .selectFrom('accounts')
    .select(['id', 'nip', 'role', 'agency_id', 'employee_id'])
    .where(sql<boolean>`nip = any(${nips}::text[])`)
    .execute(),
);

// ── Writing a plan (write.ts, one statement per batch) ─────────────────────────────────────────────

/** One multi-row INSERT of a batch. */
export const insertRows = defineQuery(
  'imports',
  'insertRows',
  [['units', [{ agency_id: AGENCY, id: JOB, code: 'U1', name: 'Sekretariat', parent_id: null, active: true, created_at: AT, updated_at: AT }]]] as [
    keyof Database & string,
    readonly Record<string, unknown>[],
  ][],
  async (db, table: keyof Database & string, rows: readonly Record<string, unknown>[]) => {
    await db.insertInto(table).values(rows as never).execute();
  },
);

/** PostgreSQL types of the columns an UPDATE … FROM (VALUES …) sets or matches on. */
export type ColumnTypes = Record<string, 'uuid' | 'text' | 'date' | 'smallint' | 'boolean' | 'timestamptz'>;

/**
 * One UPDATE of a batch: `update t set c = v.c from (values …) as v(…) where t.key = v.key`.
 * Parameters arrive untyped inside VALUES, hence a cast on each. Table and column names come
 * from this module's code, never from the file.
 */
export const updateRowsFromValues = defineQuery(
  'imports',
  'updateRowsFromValues',
  [
    ['units', { agency_id: 'uuid', id: 'uuid' }, { name: 'text', parent_id: 'uuid', updated_at: 'timestamptz' }, [{ agency_id: AGENCY, id: JOB, name: 'Sekretariat', parent_id: null, updated_at: AT }], 'active = true'],
    ['accounts', { id: 'uuid' }, { role: 'text', agency_id: 'uuid', employee_id: 'uuid', updated_at: 'timestamptz' }, [{ id: JOB, role: 'employee', agency_id: AGENCY, employee_id: JOB, updated_at: AT }], undefined],
  ] as [keyof Database & string, ColumnTypes, ColumnTypes, readonly Record<string, unknown>[], string | undefined][],
  async (db, table: keyof Database & string, keys: ColumnTypes, set: ColumnTypes, rows: readonly Record<string, unknown>[], extraSet: string | undefined) => {
    const types = { ...keys, ...set };
    const names = Object.keys(types);
    const values = sql.join(rows.map((r) => sql`(${sql.join(names.map((c) => sql`${r[c] ?? null}::${sql.raw(types[c]!)}`))})`));
    const assignments = Object.keys(set).map((c) => sql`${sql.ref(c)} = ${sql.ref(`v.${c}`)}`);
    if (extraSet) assignments.push(sql.raw(extraSet));
    const match = Object.keys(keys).map((k) => sql`${sql.ref(`t.${k}`)} = ${sql.ref(`v.${k}`)}`);
    await sql`update ${sql.table(table)} as t set ${sql.join(assignments)}
      from (values ${values}) as v(${sql.join(names.map((c) => sql.ref(c)))})
      where ${sql.join(match, sql` and `)}`.execute(db);
  },
);

/**
 * Foreign-key checks run through plans the server caches per connection. Planned while a table was
 * small (a fresh install, the first agency), they scan it row by row, and every batch that follows
 * gets slower: 5,000 assignments went from 0.5 s to 3.5 s on PGlite, which never autovacuums to
 * refresh them. Dropping the cached plans after filling the referenced tables makes the next checks
 * plan again against their real size. Affects only this connection; costs nothing measurable.
 */
export const discardPlans = defineQuery('imports', 'discardPlans', [[]], async (db) => {
  await sql`discard plans`.execute(db);
});

/** Leavers (an import marked as the full staff list): the active staff of the agencies the Pegawai sheet names. */
export const activeStaffOfAgencies = defineQuery('imports', 'activeStaffOfAgencies', [[[AGENCY]]], (db, agencyIds: string[]) =>
  db
    .selectFrom('employees as e')
    .leftJoin('accounts as a', 'a.employee_id', 'e.id')
    .select(['e.agency_id', 'e.id', 'e.nip', 'e.name', 'a.id as account_id', 'a.role as account_role', 'a.active as account_active'])
    .where(sql<boolean>`e.agency_id = any(${agencyIds}::uuid[])`)
    .where('e.active', '=', true)
    .orderBy('e.nip')
    .execute(),
);

/** A leaver's row stays as history, inactive, with their open posts ended the day before the import. */
export const deactivateLeavers = defineQuery('imports', 'deactivateLeavers', [[AGENCY, [JOB], '2026-01-01', new Date(0)]], async (db, agencyId: string, employeeIds: string[], endsOn: string, now: Date) => {
  await db.updateTable('employees').set({ active: false, updated_at: now }).where('agency_id', '=', agencyId).where(sql<boolean>`id = any(${employeeIds}::uuid[])`).execute();
  await db
    .updateTable('position_assignments')
    .set({ ends_on: endsOn })
    .where('agency_id', '=', agencyId)
    .where(sql<boolean>`employee_id = any(${employeeIds}::uuid[])`)
    .where('ends_on', 'is', null)
    .where('starts_on', '<=', endsOn)
    .execute();
});

/** A leaver's account is turned off and every session of it ends (as `kinerja disable-account`). */
export const disableLeaverAccounts = defineQuery('imports', 'disableLeaverAccounts', [[[JOB], new Date(0)]], async (db, accountIds: string[], now: Date): Promise<number> => {
  await db.updateTable('accounts').set({ active: false, updated_at: now }).where(sql<boolean>`id = any(${accountIds}::uuid[])`).execute();
  const r = await db.deleteFrom('sessions').where(sql<boolean>`account_id = any(${accountIds}::uuid[])`).executeTakeFirst();
  return Number(r.numDeletedRows);
});
