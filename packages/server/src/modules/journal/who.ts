import type { FastifyRequest } from 'fastify';
import { actingEmployee, type ActingEmployee } from '../access/index.js';
import { principalOf } from '../auth/index.js';

export type Journalist = ActingEmployee;

/** The journal is personal: only an account linked to an employee has one. */
export function journalistOf(request: FastifyRequest): Journalist {
  return actingEmployee(principalOf(request));
}
