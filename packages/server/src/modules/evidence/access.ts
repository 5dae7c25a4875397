import { canReadAgency, isProvinceWide, localDateOf, type OrgChart, type Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';

/**
 * Who may read an employee's journal (entries and their evidence): the employee, their direct
 * supervisor and their atasan (including Plt/Plh, as today's org chart resolves them), and the
 * agency's admins and auditors. Same rule as org/access.ts assertCanReadEmployee, as a boolean.
 */
export async function canReadEmployeeJournal(ctx: AppContext, p: Principal, agencyId: string, employeeId: string): Promise<boolean> {
  return (await journalReaderFor(ctx, p, agencyId))(employeeId);
}

/**
 * The same rule for many employees of one agency: the agency row and org chart are looked up at
 * most once, and only when the cheap checks do not decide.
 */
export async function journalReaderFor(ctx: AppContext, p: Principal, agencyId: string): Promise<(employeeId: string) => Promise<boolean>> {
  if (canReadAgency(p, agencyId)) return async () => true;
  const me = p.employeeId;
  if (p.agencyId !== agencyId || !me) return async () => false;
  let chart: Promise<OrgChart | null> | undefined;
  return async (employeeId) => {
    if (employeeId === me) return true;
    chart ??= chartOf(ctx, agencyId);
    const c = await chart;
    if (!c) return false;
    return c.supervisorOf(employeeId)?.employeeId === me || c.atasanPejabatPenilaiOf(employeeId)?.employeeId === me;
  };
}

async function chartOf(ctx: AppContext, agencyId: string): Promise<OrgChart | null> {
  const agency = await ctx.db.selectFrom('agencies').select(['time_zone', 'org_version']).where('id', '=', agencyId).executeTakeFirst();
  if (!agency) return null;
  return ctx.charts.get(agencyId, localDateOf(ctx.now(), agency.time_zone), agency.org_version);
}

/**
 * May `p` fetch this file? Its uploaders may (before it is attached to anything), and so may anyone
 * who may read the journal of an employee with a live entry it is attached to. Callers answer 404
 * otherwise, so a hash does not reveal whether someone else holds the file.
 */
export async function canReadEvidence(ctx: AppContext, p: Principal, sha256: string): Promise<boolean> {
  const uploaded = await ctx.db
    .selectFrom('evidence_uploads')
    .select('sha256')
    .where('sha256', '=', sha256)
    .where('account_id', '=', p.accountId)
    .executeTakeFirst();
  if (uploaded) return true;

  // Only province-wide readers can read across agencies; everyone else only needs their own
  // agency's entries, which keeps this query small even for a circular attached by thousands.
  const provinceWide = isProvinceWide(p);
  if (!provinceWide && !p.agencyId) return false;
  let query = ctx.db
    .selectFrom('journal_entry_evidence as x')
    .innerJoin('journal_entries as e', (join) => join.onRef('e.agency_id', '=', 'x.agency_id').onRef('e.id', '=', 'x.entry_id'))
    .select(['e.agency_id', 'e.employee_id'])
    .distinct()
    .where('x.sha256', '=', sha256)
    .where('e.deleted_at', 'is', null);
  if (!provinceWide && p.agencyId) query = query.where('e.agency_id', '=', p.agencyId);
  const owners = await query.execute();

  const readers = new Map<string, (employeeId: string) => Promise<boolean>>();
  for (const { agency_id, employee_id } of owners) {
    let reader = readers.get(agency_id);
    if (!reader) readers.set(agency_id, (reader = await journalReaderFor(ctx, p, agency_id)));
    if (await reader(employee_id)) return true;
  }
  return false;
}
