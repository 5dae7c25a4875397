import type { Principal } from '@kinerja/core';
import { AppError } from '../../http/errors.js';

/** A signed-in account acting as the employee it is linked to: journals and decisions belong to a person, never to a role. */
export interface ActingEmployee {
  accountId: string;
  agencyId: string;
  employeeId: string;
}

export function actingEmployee(p: Principal): ActingEmployee {
  if (!p.agencyId || !p.employeeId) throw new AppError('NOT_AN_EMPLOYEE');
  return { accountId: p.accountId, agencyId: p.agencyId, employeeId: p.employeeId };
}
