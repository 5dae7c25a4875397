import { defineQuery } from '../../db/query.js';

// The demo province's TPP month (demo/tpp.ts): everybody, to give them payroll attributes.

/** Every active employee of the province with what their payroll attributes are made from. */
export const demoPayrollPeople = defineQuery('demo', 'demoPayrollPeople', [[]], (db) =>
  db.selectFrom('employees').select(['agency_id', 'id', 'nip', 'kind', 'rank_code', 'name']).where('active', '=', true).orderBy('agency_id').orderBy('nip').execute(),
);

/** Every agency, by code. */
export const demoAgencies = defineQuery('demo', 'demoAgencies', [[]], (db) => db.selectFrom('agencies').select(['id', 'code', 'time_zone']).orderBy('code').execute());

/** The BKD admin's account (the demo's TPP runs are made in their name). */
export const demoBkdAccount = defineQuery('demo', 'demoBkdAccount', [[]], (db) =>
  db.selectFrom('accounts').select(['id', 'agency_id', 'employee_id']).where('role', '=', 'bkd_admin').orderBy('nip').limit(1).executeTakeFirst(),
);
