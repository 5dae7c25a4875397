import { localDateOf, type OrgChart } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { agencyClock } from './queries.js';

export interface AgencyToday {
  today: string;
  timeZone: string;
  /** The agency's org version: a chart cached under an older one is stale. */
  orgVersion: number;
}

export interface TodayChart extends AgencyToday {
  chart: OrgChart;
}

const AGENCY_NOT_FOUND = 'Instansi tidak ditemukan.';

/** The agency's date today (in its own time zone), or null for an unknown agency. */
export async function findAgencyToday(ctx: AppContext, agencyId: string): Promise<AgencyToday | null> {
  const agency = await agencyClock(ctx.db, agencyId);
  if (!agency) return null;
  return { today: localDateOf(ctx.now(), agency.time_zone), timeZone: agency.time_zone, orgVersion: agency.org_version };
}

/** The same, answering 404 for an unknown agency. */
export async function agencyToday(ctx: AppContext, agencyId: string): Promise<AgencyToday> {
  const found = await findAgencyToday(ctx, agencyId);
  if (!found) throw new AppError('NOT_FOUND', AGENCY_NOT_FOUND);
  return found;
}

/**
 * The org chart on the agency's today, or null for an unknown agency. Who supervises whom is always
 * judged on today's chart: an acting Plt/Plh only within the dates of their decree, a vacancy passing
 * to the next level up. The one place that reads "the agency row, then today's chart".
 */
export async function findTodayChart(ctx: AppContext, agencyId: string): Promise<TodayChart | null> {
  const found = await findAgencyToday(ctx, agencyId);
  return found && { ...found, chart: await ctx.charts.get(agencyId, found.today, found.orgVersion) };
}

/** The same, answering 404 for an unknown agency. */
export async function todayChart(ctx: AppContext, agencyId: string): Promise<TodayChart> {
  const found = await findTodayChart(ctx, agencyId);
  if (!found) throw new AppError('NOT_FOUND', AGENCY_NOT_FOUND);
  return found;
}
