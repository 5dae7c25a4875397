import { localDateOf, OrgChart, parseNip, PNS_RANKS, type OrgSnapshot } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { verifyPassword } from '../modules/auth/passwords.js';
import { createTestDatabase } from '../testing/database.js';
import { buildDemoPlan } from './plan.js';
import { DEMO_PASSWORD, isDatabaseEmpty, pickDemoAccounts, seedDemoProvince, type SeedResult } from './seed.js';

// Runs on the embedded PGlite, or in a private schema of TEST_DATABASE_URL's PostgreSQL when set.
const today = localDateOf(new Date(), 'Asia/Pontianak');

interface Loaded {
  agencies: { id: string; code: string; name: string; time_zone: string }[];
  charts: Map<string, OrgChart>;
  employees: { id: string; agency_id: string; nip: string; kind: string; sex: string; birth_date: string; rank_code: string | null }[];
  positions: { id: string; agency_id: string; unit_id: string; code: string; kind: string; jf_level: string | null; kelas_jabatan: number; is_unit_head: boolean }[];
  units: { id: string; agency_id: string; parent_id: string | null; code: string }[];
  assignments: { agency_id: string; employee_id: string; position_id: string; role: string; starts_on: string; ends_on: string | null }[];
}

/** The org charts as core sees them, built from the rows the seeder wrote. */
async function load(db: Kysely<Database>): Promise<Loaded> {
  const agencies = await db.selectFrom('agencies').select(['id', 'code', 'name', 'time_zone']).execute();
  const units = await db.selectFrom('units').select(['id', 'agency_id', 'parent_id', 'code']).execute();
  const positions = await db
    .selectFrom('positions')
    .select(['id', 'agency_id', 'unit_id', 'code', 'kind', 'jf_level', 'kelas_jabatan', 'is_unit_head'])
    .execute();
  const assignments = await db.selectFrom('position_assignments').select(['agency_id', 'employee_id', 'position_id', 'role', 'starts_on', 'ends_on']).execute();
  const employees = await db.selectFrom('employees').select(['id', 'agency_id', 'nip', 'kind', 'sex', 'birth_date', 'rank_code']).execute();
  const charts = new Map<string, OrgChart>();
  for (const a of agencies) {
    const snapshot: OrgSnapshot = {
      units: units.filter((u) => u.agency_id === a.id).map((u) => ({ id: u.id, parentId: u.parent_id })),
      positions: positions.filter((p) => p.agency_id === a.id).map((p) => ({ id: p.id, unitId: p.unit_id, isUnitHead: p.is_unit_head })),
      assignments: assignments
        .filter((x) => x.agency_id === a.id)
        .map((x) => ({ employeeId: x.employee_id, positionId: x.position_id, role: x.role, startsOn: x.starts_on, endsOn: x.ends_on })),
      employees: employees.filter((e) => e.agency_id === a.id).map((e) => ({ id: e.id, active: true, supervisorOverrideId: null })),
    };
    charts.set(a.id, new OrgChart(snapshot, today));
  }
  return { agencies, charts, employees, positions, units, assignments };
}

describe('demo province at its default size', () => {
  let handle: DatabaseHandle;
  let result: SeedResult;
  let data: Loaded;

  beforeAll(async () => {
    handle = await createTestDatabase();
    expect(await isDatabaseEmpty(handle.db)).toBe(true);
    result = await seedDemoProvince(handle.db, { today });
    data = await load(handle.db);
    console.info(`demo province seeded on ${handle.kind} in ${result.ms} ms: ${result.employees} employees, ${result.positions} positions`);
  });
  afterAll(() => handle?.close());

  it('has a province of OPD, units, positions, employees and accounts', async () => {
    expect(result.agencies).toBeGreaterThanOrEqual(32);
    expect(result.employees).toBe(5200);
    expect(result.accounts).toBe(result.employees + 1);
    expect(data.agencies).toHaveLength(result.agencies);
    expect(data.employees).toHaveLength(result.employees);
    expect(data.units).toHaveLength(result.units);
    expect(data.positions).toHaveLength(result.positions);
    for (const a of data.agencies) expect(a.time_zone).toBe('Asia/Pontianak');
    // No settings version: every agency runs on the defaults.
    expect(await handle.db.selectFrom('agency_settings_versions').select('agency_id').execute()).toEqual([]);
    const codes = data.agencies.map((a) => a.code);
    for (const code of ['SETDA', 'SETWAN', 'INSPEKTORAT', 'BAPPEDA', 'BKD', 'BPKAD', 'BAPENDA', 'DISDIKBUD', 'DINKES', 'RSUD', 'RSJ', 'SATPOLPP', 'BPBD']) {
      expect(codes).toContain(code);
    }
    // Agency sizes vary: the education office and the hospital dwarf a small badan.
    const size = (code: string) => data.employees.filter((e) => e.agency_id === data.agencies.find((a) => a.code === code)!.id).length;
    expect(size('DISDIKBUD')).toBeGreaterThan(900);
    expect(size('RSUD')).toBeGreaterThan(400);
    expect(size('BRIDA')).toBeLessThan(80);
  });

  it('gives every employee a valid, unique NIP that matches their birth date, sex and kind', () => {
    const nips = new Set<string>();
    for (const e of data.employees) {
      const parsed = parseNip(e.nip);
      expect(parsed.ok, e.nip).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.birthDate).toBe(e.birth_date);
      expect(parsed.value.sex).toBe(e.sex);
      expect(parsed.value.kind).toBe(e.kind);
      const birthYear = Number(e.birth_date.slice(0, 4));
      expect(birthYear).toBeGreaterThanOrEqual(1966);
      expect(birthYear).toBeLessThanOrEqual(2001);
      if (e.kind === 'pns') {
        const age = Number(parsed.value.appointed.slice(0, 4)) - birthYear;
        expect(age).toBeGreaterThanOrEqual(20);
        expect(age).toBeLessThanOrEqual(35);
      }
      nips.add(e.nip);
    }
    expect(nips.size).toBe(data.employees.length);
    const pppk = data.employees.filter((e) => e.kind === 'pppk').length / data.employees.length;
    expect(pppk).toBeGreaterThan(0.1);
    expect(pppk).toBeLessThan(0.2);
  });

  it('grades posts and ranks consistently with the kind of post', () => {
    const pnsRank = (code: string | null) => PNS_RANKS.findIndex(([c]) => c === code);
    const between = (code: string | null, lo: string, hi: string) => pnsRank(code) >= pnsRank(lo) && pnsRank(code) <= pnsRank(hi);
    const jfKelas: Record<string, number> = { terampil: 6, mahir: 7, penyelia: 8, ahli_pertama: 8, ahli_muda: 9, ahli_madya: 11 };
    for (const p of data.positions) {
      if (p.kind === 'jpt_madya') expect(p.kelas_jabatan).toBe(16);
      if (p.kind === 'jpt_pratama') expect([14, 15]).toContain(p.kelas_jabatan);
      if (p.kind === 'administrator') expect([11, 12]).toContain(p.kelas_jabatan);
      if (p.kind === 'pengawas') expect([8, 9]).toContain(p.kelas_jabatan);
      if (p.kind === 'pelaksana') expect([5, 6, 7]).toContain(p.kelas_jabatan);
      if (p.kind === 'fungsional') expect(p.kelas_jabatan, p.code).toBe(jfKelas[p.jf_level!]);
    }
    const position = new Map(data.positions.map((p) => [p.id, p]));
    const current = new Map(data.assignments.filter((a) => a.role === 'definitive' && a.ends_on === null).map((a) => [a.employee_id, position.get(a.position_id)!]));
    for (const e of data.employees) {
      const p = current.get(e.id);
      expect(p, e.nip).toBeDefined();
      if (!p) continue;
      if (e.kind === 'pppk') {
        expect(['V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI']).toContain(e.rank_code);
        expect(p.is_unit_head).toBe(false);
        continue;
      }
      const ok =
        p.kind === 'jpt_madya' || p.kind === 'jpt_pratama'
          ? between(e.rank_code, 'IV/c', 'IV/d')
          : p.kind === 'administrator'
            ? between(e.rank_code, 'IV/a', 'IV/b')
            : p.kind === 'pengawas'
              ? between(e.rank_code, 'III/c', 'III/d')
              : p.jf_level === 'ahli_madya'
                ? between(e.rank_code, 'IV/a', 'IV/c')
                : between(e.rank_code, 'II/c', 'III/d');
      expect(ok, `${e.nip} ${e.rank_code} ${p.code}`).toBe(true);
    }
  });

  it('fills every head post but a few vacant ones, with Plt and Plh officials acting today', () => {
    let vacantWithPlt = 0;
    let vacantEmpty = 0;
    let plh = 0;
    for (const p of data.positions.filter((x) => x.is_unit_head)) {
      const occupant = data.charts.get(p.agency_id)!.occupantOf(p.id);
      if (!occupant) vacantEmpty += 1;
      else if (occupant.role === 'plt') vacantWithPlt += 1;
      else if (occupant.role === 'plh') plh += 1;
    }
    expect(vacantWithPlt).toBeGreaterThanOrEqual(2);
    expect(vacantEmpty).toBeGreaterThanOrEqual(2);
    expect(vacantWithPlt + vacantEmpty).toBeLessThanOrEqual(12);
    expect(plh).toBe(1);
    // Position history exists: some people have ended earlier posts.
    expect(data.assignments.filter((a) => a.role === 'definitive' && a.ends_on !== null).length).toBeGreaterThan(50);
  });

  it('gives every employee a supervisor except the agency heads (and whoever acts for one)', () => {
    const unitsById = new Map(data.units.map((u) => [u.id, u]));
    for (const e of data.employees) {
      const chart = data.charts.get(e.agency_id)!;
      if (chart.supervisorOf(e.id)) continue;
      const posts = [chart.positionOf(e.id), ...chart.actingPostsOf(e.id).map((a) => a.positionId)];
      const headsTop = posts.some((id) => {
        const p = data.positions.find((x) => x.id === id);
        return p?.is_unit_head && unitsById.get(p.unit_id)!.parent_id === null;
      });
      expect(headsTop, `${e.nip} has no supervisor`).toBe(true);
    }
  });

  it('exempts exactly the admin, finance and auditor accounts from two-factor sign-in (issue 20), so the README password opens them', async () => {
    const rows = await handle.db.selectFrom('accounts').select(['role', 'two_factor_exempt']).execute();
    const byRole = new Map<string, Set<boolean>>();
    for (const r of rows) byRole.set(r.role, (byRole.get(r.role) ?? new Set()).add(r.two_factor_exempt));
    expect(Object.fromEntries([...byRole].map(([role, set]) => [role, [...set]]))).toEqual({ employee: [false], agency_admin: [true], finance: [true], bkd_admin: [true], auditor: [true] });
  });

  it('returns demo sign-ins whose relationships hold in the org chart', async () => {
    const accounts = result.demoAccounts;
    expect(accounts).toEqual(pickDemoAccounts({ today }));
    const employeeByNip = new Map(data.employees.map((e) => [e.nip, e]));
    const agencyCode = (agencyId: string) => data.agencies.find((a) => a.id === agencyId)!.code;
    const dinkes = data.agencies.find((a) => a.code === 'DINKES')!;
    const chart = data.charts.get(dinkes.id)!;
    const position = new Map(data.positions.map((p) => [p.id, p]));
    const postOf = (employeeId: string) => position.get(chart.positionOf(employeeId)!)!;

    const staff = employeeByNip.get(accounts[0]!.nip)!;
    const boss = employeeByNip.get(accounts[1]!.nip)!;
    expect(accounts[0]!.role).toBe('employee');
    expect(accounts[0]!.label).toMatch(/pelaksana/);
    expect(agencyCode(staff.agency_id)).toBe('DINKES');
    expect(postOf(staff.id).kind).toBe('pelaksana');
    expect(chart.supervisorOf(staff.id)).toMatchObject({ employeeId: boss.id, capacity: 'definitive' });
    expect(postOf(boss.id)).toMatchObject({ kind: 'pengawas', is_unit_head: true });
    expect(chart.subordinatesOf(boss.id).length).toBeGreaterThanOrEqual(3);

    const underPlt = accounts.find((a) => a.label.includes('Plt'))!;
    const u = employeeByNip.get(underPlt.nip)!;
    const link = chart.supervisorOf(u.id)!;
    expect(link.capacity).toBe('plt');
    expect(link.unitId).toBe(postOf(u.id).unit_id);
    expect(chart.positionOf(link.employeeId)).not.toBe(chart.headPositionOf(link.unitId!));

    const byRole = async (role: 'agency_admin' | 'bkd_admin' | 'auditor') =>
      handle.db.selectFrom('accounts').select(['nip', 'agency_id', 'employee_id', 'display_name', 'must_change_password']).where('role', '=', role).execute();
    const agencyAdmins = await byRole('agency_admin');
    expect(agencyAdmins.map((a) => agencyCode(a.agency_id!)).sort()).toEqual(['BKD', 'DINKES']);
    for (const a of agencyAdmins) expect(employeeByNip.get(a.nip)?.id).toBe(a.employee_id);
    const [bkdAdmin] = await byRole('bkd_admin');
    expect(agencyCode(bkdAdmin!.agency_id!)).toBe('BKD');
    expect(employeeByNip.get(bkdAdmin!.nip)?.agency_id).toBe(bkdAdmin!.agency_id);
    const [auditor] = await byRole('auditor');
    expect(auditor).toMatchObject({ agency_id: null, employee_id: null });
    // With no employee record, the account carries the name the app greets them by (the README's name).
    expect(auditor!.display_name).toBe(accounts.find((a) => a.role === 'auditor')!.name);
    expect(parseNip(auditor!.nip).ok).toBe(true);
    expect(employeeByNip.has(auditor!.nip)).toBe(false);

    for (const role of ['agency_admin', 'bkd_admin', 'auditor'] as const) {
      expect(accounts.filter((a) => a.role === role).map((a) => a.nip).sort()).toEqual((await byRole(role)).map((a) => a.nip).sort());
    }
  });

  it('shares one password hash across all accounts, with no forced change', async () => {
    const hashes = await handle.db.selectFrom('accounts').select(['password_hash', 'must_change_password']).distinct().execute();
    expect(hashes).toHaveLength(1);
    expect(hashes[0]!.must_change_password).toBe(false);
    expect(await verifyPassword(hashes[0]!.password_hash!, DEMO_PASSWORD)).toBe(true);
  });

  it("locks last month's TPP at every OPD, and drafts this month at Dinas Kesehatan and the BKD", async () => {
    const month = today.slice(0, 7);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
    const runs = await handle.db
      .selectFrom('tpp_runs')
      .innerJoin('agencies', 'agencies.id', 'tpp_runs.agency_id')
      .select(['agencies.code', 'tpp_runs.month', 'tpp_runs.status', 'tpp_runs.agency_id', 'tpp_runs.id'])
      .execute();
    const lockedAt = runs.filter((r) => r.month === last && r.status === 'locked').map((r) => r.code).sort();
    expect(lockedAt).toEqual(data.agencies.map((a) => a.code).sort());
    expect(runs.filter((r) => r.month === month).map((r) => `${r.code} ${r.status}`).sort()).toEqual(['BKD draft', 'DINKES draft']);
    // Every employee with a post is in their agency's locked month.
    const rows = await handle.db.selectFrom('tpp_run_employees').select((eb) => eb.fn.countAll<number>().as('n')).where('run_id', 'in', runs.filter((r) => r.month === last).map((r) => r.id)).executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(data.employees.filter((e) => data.charts.get(e.agency_id)!.positionOf(e.id) != null).length);
  });

  it('refuses to seed a database that is not empty', async () => {
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
    await expect(seedDemoProvince(handle.db, { today })).rejects.toThrow(/tidak kosong/);
    const { n } = await handle.db.selectFrom('employees').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBe(result.employees);
  });
});

describe('demo province determinism', () => {
  it('gives the same people and NIPs for the same seed, and others for another seed', () => {
    const a = buildDemoPlan({ employees: 5200, seed: 2026, today });
    const b = buildDemoPlan({ employees: 5200, seed: 2026, today });
    const c = buildDemoPlan({ employees: 5200, seed: 7, today });
    const people = (p: typeof a) => p.agencies.flatMap((x) => x.employees.map((e) => `${e.nip} ${e.name} ${e.positionCode}`));
    expect(people(b)).toEqual(people(a));
    expect(b.auditor.nip).toBe(a.auditor.nip);
    expect(people(c)).not.toEqual(people(a));
  });

  it('keeps the NIPs when only the date moves (acting dates follow today, people do not)', () => {
    const a = buildDemoPlan({ employees: 5200, seed: 2026, today: '2026-01-15' });
    const b = buildDemoPlan({ employees: 5200, seed: 2026, today: '2027-06-30' });
    expect(b.agencies.flatMap((x) => x.employees.map((e) => e.nip))).toEqual(a.agencies.flatMap((x) => x.employees.map((e) => e.nip)));
    expect(pickDemoAccounts({ today: '2027-06-30' }).map((x) => x.nip)).toEqual(pickDemoAccounts({ today: '2026-01-15' }).map((x) => x.nip));
  });

  it('says how many employees it needs at the least', async () => {
    await expect(seedDemoProvince(undefined as never, { employees: 100 })).rejects.toThrow(/sedikitnya \d+ pegawai/);
  });

  it('writes exactly the planned people for a smaller province and another seed', async () => {
    const handle = await createTestDatabase();
    try {
      const result = await seedDemoProvince(handle.db, { employees: 1500, seed: 7, today, tppLocked: 'sign-in-agencies' });
      expect(result.employees).toBe(1500);
      const plan = buildDemoPlan({ employees: 1500, seed: 7, today });
      const planned = plan.agencies.flatMap((x) => x.employees.map((e) => e.nip)).sort();
      const stored = (await handle.db.selectFrom('employees').select('nip').execute()).map((e) => e.nip).sort();
      expect(stored).toEqual(planned);
      const data = await load(handle.db);
      for (const account of result.demoAccounts.filter((x) => x.role === 'employee')) {
        const e = data.employees.find((x) => x.nip === account.nip)!;
        expect(data.charts.get(e.agency_id)!.positionOf(e.id)).toBeDefined();
      }
    } finally {
      await handle.close();
    }
  });
});
