import { describe, expect, it } from 'vitest';
import { canImport, canManageAgency, canManageProvince, canManageTpp, canReadAgency, canReadTpp, canSeeAgency, canSignOutAccount, isProvinceWide, ROLE_LABEL, ROLES, type Principal, type Role } from './roles.js';

const OWN = 'agency-own';
const OTHER = 'agency-other';

function principal(role: Role, agencyId: string | null): Principal {
  return { accountId: `acc-${role}`, role, agencyId, employeeId: role === 'employee' ? 'emp-1' : null };
}

/**
 * The full matrix. "home" is the principal's own agency (null = not tied to an agency, i.e. a
 * province-wide account). Each row: what the principal may do on its own agency, on another agency,
 * and whether it is province-wide.
 */
const MATRIX: {
  role: Role;
  home: string | null;
  readOwn: boolean;
  readOther: boolean;
  manageOwn: boolean;
  manageOther: boolean;
  provinceWide: boolean;
}[] = [
  { role: 'employee', home: OWN, readOwn: false, readOther: false, manageOwn: false, manageOther: false, provinceWide: false },
  { role: 'employee', home: null, readOwn: false, readOther: false, manageOwn: false, manageOther: false, provinceWide: false },
  { role: 'agency_admin', home: OWN, readOwn: true, readOther: false, manageOwn: true, manageOther: false, provinceWide: false },
  { role: 'agency_admin', home: null, readOwn: false, readOther: false, manageOwn: false, manageOther: false, provinceWide: false },
  { role: 'bkd_admin', home: OWN, readOwn: true, readOther: true, manageOwn: true, manageOther: true, provinceWide: true },
  { role: 'bkd_admin', home: null, readOwn: true, readOther: true, manageOwn: true, manageOther: true, provinceWide: true },
  { role: 'auditor', home: OWN, readOwn: true, readOther: false, manageOwn: false, manageOther: false, provinceWide: false },
  { role: 'auditor', home: null, readOwn: true, readOther: true, manageOwn: false, manageOther: false, provinceWide: true },
  // Finance reads and runs its agency's TPP only (canReadTpp / canManageTpp below), none of its other data.
  { role: 'finance', home: OWN, readOwn: false, readOther: false, manageOwn: false, manageOther: false, provinceWide: false },
  { role: 'finance', home: null, readOwn: false, readOther: false, manageOwn: false, manageOther: false, provinceWide: false },
];

describe('access matrix', () => {
  it('covers every role, both tied to an agency and province-wide', () => {
    for (const role of ROLES) {
      expect(MATRIX.filter((r) => r.role === role).map((r) => r.home)).toEqual([OWN, null]);
    }
    expect(MATRIX).toHaveLength(ROLES.length * 2);
  });

  describe.each(MATRIX)('$role with agency $home', (row) => {
    const p = principal(row.role, row.home);
    // With home = null, "own" just names some agency; the principal belongs to none.
    it(`canReadAgency: own ${row.readOwn}, other ${row.readOther}`, () => {
      expect(canReadAgency(p, OWN)).toBe(row.readOwn);
      expect(canReadAgency(p, OTHER)).toBe(row.readOther);
    });
    it(`canManageAgency: own ${row.manageOwn}, other ${row.manageOther}`, () => {
      expect(canManageAgency(p, OWN)).toBe(row.manageOwn);
      expect(canManageAgency(p, OTHER)).toBe(row.manageOther);
    });
    it(`isProvinceWide: ${row.provinceWide}`, () => {
      expect(isProvinceWide(p)).toBe(row.provinceWide);
    });
  });

  it('nobody may manage what they may not read', () => {
    for (const row of MATRIX) {
      const p = principal(row.role, row.home);
      for (const a of [OWN, OTHER]) {
        if (canManageAgency(p, a)) expect(canReadAgency(p, a)).toBe(true);
      }
    }
  });

  it('a province-wide principal may read every agency', () => {
    for (const row of MATRIX) {
      const p = principal(row.role, row.home);
      if (isProvinceWide(p)) {
        expect(canReadAgency(p, OWN)).toBe(true);
        expect(canReadAgency(p, OTHER)).toBe(true);
      }
    }
  });

  it('the auditor never writes', () => {
    for (const home of [OWN, OTHER, null]) {
      for (const a of [OWN, OTHER]) expect(canManageAgency(principal('auditor', home), a)).toBe(false);
    }
  });

  it('an employee account with an employeeId still reads no agency data', () => {
    const p: Principal = { accountId: 'a', role: 'employee', agencyId: OWN, employeeId: 'e' };
    expect(canReadAgency(p, OWN)).toBe(false);
  });
});

describe('ROLE_LABEL', () => {
  it('labels every role', () => {
    expect(ROLE_LABEL).toEqual({ employee: 'Pegawai', agency_admin: 'Admin OPD', bkd_admin: 'Admin BKD', auditor: 'Auditor', finance: 'Bendahara / Pengelola Keuangan' });
  });
});

describe('rules beside the matrix', () => {
  it('canSeeAgency: whoever reads the agency, and its own people', () => {
    for (const role of ROLES) {
      for (const home of [OWN, null]) {
        const p = principal(role, home);
        for (const a of [OWN, OTHER]) expect(canSeeAgency(p, a), `${role}@${home} on ${a}`).toBe(canReadAgency(p, a) || home === a);
      }
    }
    expect(canSeeAgency(principal('employee', OWN), OWN)).toBe(true);
    expect(canSeeAgency(principal('employee', OWN), OTHER)).toBe(false);
  });

  it('canManageProvince: the BKD admin only', () => {
    expect(ROLES.filter((r) => canManageProvince(principal(r, OWN)))).toEqual(['bkd_admin']);
  });

  it('canImport: agency admins and the BKD admin', () => {
    expect(ROLES.filter((r) => canImport(principal(r, OWN)))).toEqual(['agency_admin', 'bkd_admin']);
  });
});

describe('canSignOutAccount', () => {
  it('the agency\'s admin signs out its employees and admins, not a province-wide role; the BKD anyone; nobody else', () => {
    const targets: Role[] = ['employee', 'agency_admin', 'bkd_admin', 'auditor', 'finance'];
    const allowed = (p: Principal, agencyId: string) => targets.filter((r) => canSignOutAccount(p, agencyId, r));
    expect(allowed(principal('agency_admin', OWN), OWN)).toEqual(['employee', 'agency_admin', 'finance']);
    expect(allowed(principal('finance', OWN), OWN)).toEqual([]);
    expect(allowed(principal('agency_admin', OWN), OTHER)).toEqual([]);
    expect(allowed(principal('bkd_admin', null), OTHER)).toEqual(targets);
    expect(allowed(principal('auditor', null), OWN)).toEqual([]);
    expect(allowed(principal('employee', OWN), OWN)).toEqual([]);
  });
});

describe('TPP', () => {
  const readers = (a: string, home: string | null) => ROLES.filter((r) => canReadTpp(principal(r, home), a));
  const managers = (a: string, home: string | null) => ROLES.filter((r) => canManageTpp(principal(r, home), a));
  it('canReadTpp: the agency\'s admins and finance, auditors in scope, the BKD; never employees (they read their own through the chart)', () => {
    expect(readers(OWN, OWN)).toEqual(['agency_admin', 'bkd_admin', 'auditor', 'finance']);
    expect(readers(OTHER, OWN)).toEqual(['bkd_admin']);
    expect(readers(OTHER, null)).toEqual(['bkd_admin', 'auditor']);
  });
  it('canManageTpp: the agency\'s admins and finance, the BKD; the auditor never', () => {
    expect(managers(OWN, OWN)).toEqual(['agency_admin', 'bkd_admin', 'finance']);
    expect(managers(OTHER, OWN)).toEqual(['bkd_admin']);
    expect(managers(OTHER, null)).toEqual(['bkd_admin']);
  });
  it('whoever manages an agency\'s TPP reads it', () => {
    for (const role of ROLES) for (const home of [OWN, null]) for (const a of [OWN, OTHER]) {
      if (canManageTpp(principal(role, home), a)) expect(canReadTpp(principal(role, home), a)).toBe(true);
    }
  });
});
