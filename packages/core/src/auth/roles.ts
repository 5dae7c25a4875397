/**
 * Access roles. Being a supervisor is not a role: it follows from the org chart.
 * - employee: own data (and, through the org chart, subordinates' data)
 * - agency_admin: manages one agency
 * - bkd_admin: manages the whole province (all agencies)
 * - auditor: reads everything in scope (one agency, or the province when not tied to one), writes nothing
 * - finance: the bendahara / pengelola keuangan of one agency: its TPP runs, payroll attributes and
 *   finance exports; none of its other administrative data (journals, org chart)
 */
export const ROLES = ['employee', 'agency_admin', 'bkd_admin', 'auditor', 'finance'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  employee: 'Pegawai',
  agency_admin: 'Admin OPD',
  bkd_admin: 'Admin BKD',
  auditor: 'Auditor',
  finance: 'Bendahara / Pengelola Keuangan',
};

export interface Principal {
  accountId: string;
  role: Role;
  /** The agency the account belongs to; null for province-wide accounts. */
  agencyId: string | null;
  employeeId: string | null;
}

/** May this principal read the agency's administrative data (org chart, all employees)? */
export function canReadAgency(p: Principal, agencyId: string): boolean {
  if (p.role === 'bkd_admin') return true;
  if (p.role === 'auditor') return p.agencyId === null || p.agencyId === agencyId;
  if (p.role === 'agency_admin') return p.agencyId === agencyId;
  return false;
}

/** May this principal change the agency's administrative data? */
export function canManageAgency(p: Principal, agencyId: string): boolean {
  if (p.role === 'bkd_admin') return true;
  return p.role === 'agency_admin' && p.agencyId === agencyId;
}

export function isProvinceWide(p: Principal): boolean {
  return p.role === 'bkd_admin' || (p.role === 'auditor' && p.agencyId === null);
}

/** May see the agency's summary card: whoever may read it, and its own people. */
export function canSeeAgency(p: Principal, agencyId: string): boolean {
  return canReadAgency(p, agencyId) || p.agencyId === agencyId;
}

/**
 * May read an agency's TPP (runs, every employee's result, payroll attributes): its admins and
 * finance, the BKD, and auditors in scope. Employees and supervisors read their own and their team's
 * through the org chart, not through this rule.
 */
export function canReadTpp(p: Principal, agencyId: string): boolean {
  if (p.role === 'finance') return p.agencyId === agencyId;
  return canReadAgency(p, agencyId);
}

/** May run an agency's TPP month (create, check, lock, recalculate) and set payroll attributes: its admins and finance, the BKD. */
export function canManageTpp(p: Principal, agencyId: string): boolean {
  if (p.role === 'finance') return p.agencyId === agencyId;
  return canManageAgency(p, agencyId);
}

/** May change what holds for the whole province (holidays, the activity dictionary, a province-wide outage). */
export function canManageProvince(p: Principal): boolean {
  return p.role === 'bkd_admin';
}

/** May import units, positions and employees: an agency admin (their agency) or the BKD. */
export function canImport(p: Principal): boolean {
  return p.role === 'agency_admin' || p.role === 'bkd_admin';
}

/**
 * May force an account of the agency to sign out everywhere: whoever manages the agency, except that
 * only the BKD signs out a province-wide role (a BKD admin or an auditor), so an agency admin cannot
 * lock those who oversee it out of the app.
 */
export function canSignOutAccount(p: Principal, agencyId: string, targetRole: Role): boolean {
  if (!canManageAgency(p, agencyId)) return false;
  return targetRole === 'employee' || targetRole === 'agency_admin' || targetRole === 'finance' || canManageProvince(p);
}
