import { localDateOf, type OrgChart, type SupervisorLink } from '@kinerja/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { principalOf } from '../auth/plugin.js';

/** A signed-in employee acting as a supervisor: decisions are taken as a person, never as a role. */
export interface Decider {
  accountId: string;
  agencyId: string;
  employeeId: string;
}

export function deciderOf(request: FastifyRequest): Decider {
  const p = principalOf(request);
  if (!p.agencyId || !p.employeeId) throw new AppError('NOT_AN_EMPLOYEE');
  return { accountId: p.accountId, agencyId: p.agencyId, employeeId: p.employeeId };
}

export interface TodayChart {
  today: string;
  timeZone: string;
  chart: OrgChart;
}

/**
 * The org chart on the agency's today. Who may decide is always judged on today's chart: an
 * acting Plt/Plh only within the dates of their decree, a vacancy passing to the next level up.
 */
export async function todayChart(ctx: AppContext, agencyId: string): Promise<TodayChart> {
  const agency = await ctx.db.selectFrom('agencies').select(['time_zone', 'org_version']).where('id', '=', agencyId).executeTakeFirst();
  if (!agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const today = localDateOf(ctx.now(), agency.time_zone);
  return { today, timeZone: agency.time_zone, chart: await ctx.charts.get(agencyId, today, agency.org_version) };
}

/** The link by which `supervisorId` supervises `employeeId` today, or null when they do not. */
export function supervisionLink(chart: OrgChart, supervisorId: string, employeeId: string): SupervisorLink | null {
  const link = chart.supervisorOf(employeeId);
  return link && link.employeeId === supervisorId ? link : null;
}

export const NOT_SUPERVISOR_MESSAGE = 'Hanya atasan langsung pegawai ini (atau Plt/Plh-nya) yang dapat memvalidasi kegiatannya.';

export function assertSupervises(chart: OrgChart, supervisorId: string, employeeId: string): SupervisorLink {
  const link = supervisionLink(chart, supervisorId, employeeId);
  if (!link) throw new AppError('FORBIDDEN', NOT_SUPERVISOR_MESSAGE);
  return link;
}
