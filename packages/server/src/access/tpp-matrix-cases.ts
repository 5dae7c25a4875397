/**
 * The TPP routes' rows of the access matrix (access-matrix.test.ts), with their setup: the shipped
 * Kalbar-like rule set (and an unused version 2), a locked September with a recalculation, a draft
 * October, and sanctions to withdraw (one per caller). Callers as in the matrix.
 */
import { SHIPPED_TPP_RULE_SETS } from '@kinerja/core';
import type { Client, TestApp } from '../testing/index.js';

type Caller = 'own' | 'peer' | 'boss' | 'outsider' | 'admin' | 'otherAdmin' | 'bkd' | 'auditor' | 'none';
interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  url: (caller: Caller, i: number) => string;
  body?: (caller: Caller, i: number) => unknown;
  expect: Record<Caller, number>;
}

export async function tppMatrixCases(t: TestApp, clients: Map<Caller, Client>): Promise<Case[]> {
  const A = t.fixture.agencyIds.A;
  const own = t.fixture.people.staff1!.id;
  const bkd = clients.get('bkd')!;
  const admin = clients.get('admin')!;
  const doc = SHIPPED_TPP_RULE_SETS['kalbar-default'] as { version: number };
  const v2 = { ...doc, version: 2, effectiveFrom: '2030-01' };
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`TPP matrix setup: ${r.statusCode} ${r.body.slice(0, 300)}`);
    return r.json() as Record<string, unknown>;
  };
  await ok(bkd.send('POST', '/api/v1/tpp/rule-sets', { document: doc }));
  await ok(bkd.send('POST', '/api/v1/tpp/rule-sets', { document: v2 }));
  const runs = `/api/v1/agencies/${A}/tpp/runs`;
  const september = ((await ok(admin.send('POST', runs, { month: '2026-09' }))).run as { id: string }).id;
  await ok(admin.send('POST', `${runs}/${september}/check`, {}));
  await ok(admin.send('POST', `${runs}/${september}/lock`, { acceptNotFinal: true }));
  const recalculation = (await ok(admin.send('POST', `${runs}/${september}/recalculations`, { reason: 'Koreksi data uji' }))).id as string;
  const october = ((await ok(admin.send('POST', runs, { month: '2026-10' }))).run as { id: string }).id;
  const payroll = `/api/v1/agencies/${A}/tpp/payroll/${own}`;
  const hukdis: string[] = [];
  for (let i = 0; i < 9; i++) hukdis.push((await ok(admin.send('POST', `${payroll}/hukdis`, { hukdisId: 'sedang', fromMonth: '2027-01', toMonth: '2027-03', decreeNumber: `SK-${i}` }))).id as string);

  const all = (s: number): Record<Caller, number> => ({ own: s, peer: s, boss: s, outsider: s, admin: s, otherAdmin: s, bkd: s, auditor: s, none: 401 });
  const read = { own: 403, peer: 403, boss: 403, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 };
  const manage = (adminGets: number, bkdGets = adminGets) => ({ own: 403, peer: 403, boss: 403, outsider: 403, admin: adminGets, otherAdmin: 403, bkd: bkdGets, auditor: 403, none: 401 });
  const overview = { own: 403, peer: 403, boss: 403, outsider: 403, admin: 200, otherAdmin: 200, bkd: 200, auditor: 200, none: 401 };
  const run = (id: string, path = '') => `${runs}/${id}${path}`;

  return [
    // Rule sets are the region's published rules: every signed-in account reads them; only the BKD imports.
    { method: 'GET', path: '/api/v1/tpp/rule-sets', url: () => '/api/v1/tpp/rule-sets', expect: all(200) },
    { method: 'POST', path: '/api/v1/tpp/rule-sets/check', url: () => '/api/v1/tpp/rule-sets/check', body: () => ({ document: v2 }), expect: all(200) },
    { method: 'POST', path: '/api/v1/tpp/rule-sets', url: () => '/api/v1/tpp/rule-sets', body: () => ({ document: v2 }), expect: { ...manage(403), bkd: 200 } },
    { method: 'GET', path: '/api/v1/tpp/rule-sets/{ruleSetId}/versions/{version}', url: () => '/api/v1/tpp/rule-sets/kalbar-default/versions/1', expect: all(200) },
    { method: 'GET', path: '/api/v1/tpp/rule-sets/{ruleSetId}/versions/{version}/diff', url: () => '/api/v1/tpp/rule-sets/kalbar-default/versions/2/diff?against=1', expect: all(200) },
    // Payroll attributes: the agency's TPP readers read, its admins (and finance) and the BKD set.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/payroll', url: () => `/api/v1/agencies/${A}/tpp/payroll`, expect: read },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/tpp/payroll/{employeeId}',
      url: () => payroll,
      body: () => ({ golongan: 'III/b', cpns: false, kelasOverride: null, salary: 3_800_000, bankAccount: { bank: 'Bank Kalbar', number: '1001002003', holder: 'Dewi Lestari' }, objective: null }),
      expect: manage(200),
    },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/tpp/payroll/{employeeId}/hukdis', url: () => `${payroll}/hukdis`, body: () => ({ hukdisId: 'sedang', fromMonth: '2027-05', toMonth: '2027-06', decreeNumber: 'SK-M' }), expect: manage(200) },
    { method: 'DELETE', path: '/api/v1/agencies/{agencyId}/tpp/payroll/{employeeId}/hukdis/{hukdisRecordId}', url: (_c, i) => `${payroll}/hukdis/${hukdis[i]}`, expect: manage(204) },
    // The nominatif's signers: read like the payroll, set by the agency's admins (and finance) and the BKD.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/signers', url: () => `/api/v1/agencies/${A}/tpp/signers`, expect: read },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/tpp/signers',
      url: () => `/api/v1/agencies/${A}/tpp/signers`,
      body: () => ({ pa: { name: 'Hendra Wijaya', nip: '197001011995031001', title: 'Kepala Dinas Kesehatan' }, bendahara: null }),
      expect: manage(200),
    },
    // Posts' position groups (which rule set computes their holders): read like the payroll, set like it.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/position-groups', url: () => `/api/v1/agencies/${A}/tpp/position-groups`, expect: read },
    {
      method: 'PUT',
      path: '/api/v1/agencies/{agencyId}/tpp/position-groups',
      url: () => `/api/v1/agencies/${A}/tpp/position-groups`,
      body: () => ({ positionIds: [t.fixture.positions.PENGADM!.id], group: null }),
      expect: manage(200),
    },
    // The province's month: the BKD and auditors, and admins (and finance) for their own agency.
    { method: 'GET', path: '/api/v1/tpp/months/{month}', url: () => '/api/v1/tpp/months/2026-09', expect: overview },
    { method: 'POST', path: '/api/v1/tpp/months/{month}/runs', url: () => '/api/v1/tpp/months/2026-08/runs', body: () => ({}), expect: { ...overview, auditor: 403 } },
    // An agency's runs.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/runs', url: () => runs, expect: read },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/tpp/runs', url: () => runs, body: () => ({ month: '2026-10' }), expect: manage(200) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}', url: () => run(october), expect: read },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/employees', url: () => run(october, '/employees'), expect: read },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/recompute', url: () => run(october, '/recompute'), expect: manage(200) },
    // One state change each: the admin moves it, the BKD then finds it already moved.
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/check', url: () => run(october, '/check'), body: () => ({}), expect: manage(200, 409) },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/reopen', url: () => run(october, '/reopen'), body: () => ({}), expect: manage(200, 409) },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/lock', url: () => run(october, '/lock'), body: () => ({ acceptNotFinal: true }), expect: manage(409) },
    { method: 'POST', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/recalculations', url: () => run(september, '/recalculations'), body: () => ({ reason: 'Koreksi presensi' }), expect: manage(200) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/recalculations/{recalculationId}', url: () => run(september, `/recalculations/${recalculation}`), expect: read },
    // Finance's exports (modules/tpp-finance): whoever reads the agency's runs.
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/nominatif.xlsx', url: () => run(september, '/nominatif.xlsx'), expect: read },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/runs/{runId}/nominatif.pdf', url: () => run(september, '/nominatif.pdf'), expect: read },
    // The month's, every run the caller may read: agency B's admin has none that month.
    { method: 'GET', path: '/api/v1/tpp/months/{month}/nominatif.xlsx', url: () => '/api/v1/tpp/months/2026-09/nominatif.xlsx', expect: { ...read, otherAdmin: 404 } },
    { method: 'GET', path: '/api/v1/tpp/months/{month}/nominatif.pdf', url: () => '/api/v1/tpp/months/2026-09/nominatif.pdf', expect: { ...read, otherAdmin: 404 } },
    { method: 'POST', path: '/api/v1/tpp/what-if', url: () => '/api/v1/tpp/what-if', body: () => ({ month: '2026-09', ruleSet: { id: 'kalbar-default', version: 2 } }), expect: overview },
    // My TPP: every account with an employee record; the auditor has none.
    { method: 'GET', path: '/api/v1/tpp/me', url: () => '/api/v1/tpp/me?month=2026-09', expect: { ...all(200), auditor: 403 } },
    // One employee's month: themselves, their supervisor, the agency's TPP readers.
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/tpp/employees/{employeeId}/months/{month}',
      url: () => `/api/v1/agencies/${A}/tpp/employees/${own}/months/2026-09`,
      expect: { own: 200, peer: 403, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    // A team: any employee of the agency asks for their own (empty when they supervise nobody).
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/tpp/team', url: () => `/api/v1/agencies/${A}/tpp/team?month=2026-09`, expect: { own: 200, peer: 200, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 403, auditor: 403, none: 401 } },
  ];
}
