import type { OrgSnapshot } from '@kinerja/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function loadOrgSnapshot(db: Kysely<Database>, agencyId: string): Promise<OrgSnapshot> {
  const [units, positions, assignments, employees] = await Promise.all([
    db.selectFrom('units').select(['id', 'parent_id']).where('agency_id', '=', agencyId).where('active', '=', true).execute(),
    db
      .selectFrom('positions')
      .select(['id', 'unit_id', 'is_unit_head'])
      .where('agency_id', '=', agencyId)
      .where('active', '=', true)
      .execute(),
    db
      .selectFrom('position_assignments')
      .select(['employee_id', 'position_id', 'role', 'starts_on', 'ends_on'])
      .where('agency_id', '=', agencyId)
      .execute(),
    db.selectFrom('employees').select(['id', 'active', 'supervisor_override_id']).where('agency_id', '=', agencyId).execute(),
  ]);
  return {
    units: units.map((u) => ({ id: u.id, parentId: u.parent_id })),
    positions: positions.map((p) => ({ id: p.id, unitId: p.unit_id, isUnitHead: p.is_unit_head })),
    assignments: assignments.map((a) => ({
      employeeId: a.employee_id,
      positionId: a.position_id,
      role: a.role,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
    })),
    employees: employees.map((e) => ({ id: e.id, active: e.active, supervisorOverrideId: e.supervisor_override_id })),
  };
}

/** Every change to an agency's organisation calls this in the same transaction. */
export async function bumpOrgVersion(db: Kysely<Database> | Transaction<Database>, agencyId: string): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ org_version: sql`org_version + 1`, updated_at: new Date() })
    .where('id', '=', agencyId)
    .execute();
}
