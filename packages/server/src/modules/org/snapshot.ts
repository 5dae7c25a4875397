import type { OrgSnapshot } from '@kinerja/core';
import type { Db } from '../../db/query.js';
import { chartAssignments, chartEmployees, chartPositions, chartUnits } from './queries.js';

export { bumpOrgVersion } from './queries.js';

export async function loadOrgSnapshot(db: Db, agencyId: string): Promise<OrgSnapshot> {
  const [units, positions, assignments, employees] = await Promise.all([
    chartUnits(db, agencyId),
    chartPositions(db, agencyId),
    chartAssignments(db, agencyId),
    chartEmployees(db, agencyId),
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
