import type { Role } from '../../api/types';

const AGENCY_ROLES: readonly string[] = ['agency_admin', 'bkd_admin', 'auditor', 'finance'];
const PROVINCE_ROLES: readonly string[] = ['bkd_admin', 'auditor'];

/** May open an agency's TPP runs, the what-if and the rule sets (the server checks each agency). */
export const canSeeTppAgency = (role: Role): boolean => AGENCY_ROLES.includes(role);
/** Sees every agency's run of a month. */
export const seesProvince = (role: Role): boolean => PROVINCE_ROLES.includes(role);
/** The agency's bendahara / pengelola keuangan. */
export const isFinance = (role: Role): boolean => (role as string) === 'finance';
