import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.js';
import { principalOf } from '../auth/plugin.js';

export interface Journalist {
  accountId: string;
  agencyId: string;
  employeeId: string;
}

/** The journal is personal: only an account linked to an employee has one. */
export function journalistOf(request: FastifyRequest): Journalist {
  const p = principalOf(request);
  if (!p.agencyId || !p.employeeId) throw new AppError('NOT_AN_EMPLOYEE');
  return { accountId: p.accountId, agencyId: p.agencyId, employeeId: p.employeeId };
}
