import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';

/** The agency's heading and its units (the tree of the overview). */
export const overviewAgency = defineQuery('skp', 'overviewAgency', [[A]], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['id', 'code', 'name']).where('id', '=', agencyId).executeTakeFirst(),
);

export const overviewUnits = defineQuery('skp', 'overviewUnits', [[A]], (db, agencyId: string) =>
  db.selectFrom('units').select(['id', 'code', 'name', 'parent_id']).where('agency_id', '=', agencyId).execute(),
);

/** Every post of the agency with its unit and kind (the SKP form of someone not started yet). */
export const overviewPositions = defineQuery('skp', 'overviewPositions', [[A]], (db, agencyId: string) =>
  db.selectFrom('positions').select(['id', 'unit_id', 'kind']).where('agency_id', '=', agencyId).execute(),
);

export const overviewEmployees = defineQuery('skp', 'overviewEmployees', [[A]], (db, agencyId: string) =>
  db.selectFrom('employees').select(['id', 'nip', 'name', 'front_title', 'back_title']).where('agency_id', '=', agencyId).execute(),
);

/**
 * Every SKP of the agency overlapping a period, with the pejabat penilai (name, NIP) on its snapshot (none, or
 * a kepala daerah without an employee row, leaves those columns null).
 */
export const overviewSkps = defineQuery('skp', 'overviewSkps', [[A, '2026-01-01', '2026-12-31']], (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .leftJoin('skp_people as x', (j) => j.onRef('x.agency_id', '=', 's.agency_id').onRef('x.skp_id', '=', 's.id').on('x.role', '=', 'pejabat_penilai'))
    .select(['s.employee_id', 's.form', 's.period_from', 's.period_to', 's.status', 's.version_in_force', 'x.person_agency_id as penilai_agency_id', 'x.employee_id as penilai_id', 'x.name as penilai_name', 'x.nip as penilai_nip'])
    .where('s.agency_id', '=', agencyId)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('s.employee_id')
    .orderBy('s.period_from')
    .execute(),
);

/** The SKP overlapping a period of penilai in other agencies (a Sekda rates every Kepala Dinas). */
export const overviewOutsidePenilaiSkps = defineQuery(
  'skp',
  'overviewOutsidePenilaiSkps',
  [[[A], [E], '2026-01-01', '2026-12-31']],
  (db, agencyIds: readonly string[], employeeIds: readonly string[], from: string, to: string) =>
    db
      .selectFrom('skp')
      .select(['agency_id', 'employee_id', 'period_from', 'period_to', 'status', 'version_in_force'])
      .where('agency_id', 'in', agencyIds)
      .where('employee_id', 'in', employeeIds)
      .where('period_from', '<=', to)
      .where('period_to', '>=', from)
      .orderBy('employee_id')
      .orderBy('period_from')
      .execute(),
);
