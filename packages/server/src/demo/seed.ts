import { localDateOf } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { seedDemoDictionary } from './dictionary.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { AGENCIES, PROVINCE_NAME, PROVINCE_TIME_ZONE } from './agencies.js';
import { writePlan } from './insert.js';
import { writeRegionalLeadership } from './regional.js';
import { writeDemoSkp } from './skp.js';
import { writeDemoEvaluations } from './evaluation.js';
import { writeDemoTpp } from './tpp.js';
import { writeDemoAttendance } from './attendance.js';
import { anyAgency } from './queries.js';
import { pickFromPlan, type DemoAccount } from './picks.js';
import { buildDemoPlan, type DemoPlan } from './plan.js';

/**
 * The demo province: a realistic Kalimantan Barat provincial government (37 OPD, about 5,200 ASN)
 * generated from a seed, so the same seed always gives the same people and NIPs and the README can
 * list the demo sign-ins.
 */
export type { DemoAccount } from './picks.js';
export { PROVINCE_NAME } from './agencies.js';

/** Every demo account shares this password (demo data only; accounts need no password change). */
export const DEMO_PASSWORD = 'kinerja-demo';
export const DEFAULT_DEMO_EMPLOYEES = 5200;
export const DEFAULT_DEMO_SEED = 2026;

export interface DemoOptions {
  employees?: number;
  seed?: number;
  /** The date acting (Plt/Plh) assignments must cover; defaults to today in Pontianak. */
  today?: string;
}

export interface SeedOptions extends DemoOptions {
  onProgress?: (message: string) => void;
  /**
   * Where last month's TPP is computed and locked: at every OPD (the default: the demo and the
   * browser tests), or only at the OPD of the demo sign-ins (Dinas Kesehatan and the BKD), for tests
   * of other modules that seed a province of their own and would otherwise pay about 0.7 ms of CPU
   * per employee for months they never read.
   */
  tppLocked?: 'province' | 'sign-in-agencies';
}

export interface SeedResult {
  agencies: number;
  units: number;
  positions: number;
  employees: number;
  accounts: number;
  ms: number;
  demoAccounts: DemoAccount[];
}

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  return (await anyAgency(db)) === undefined;
}

let cached: { key: string; plan: DemoPlan } | undefined;

/** Pure and deterministic: the same options always give the same plan (building one takes ~100 ms). */
export function planDemoProvince(options: DemoOptions = {}): DemoPlan {
  const employees = options.employees ?? DEFAULT_DEMO_EMPLOYEES;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const today = options.today ?? localDateOf(new Date(), PROVINCE_TIME_ZONE);
  const key = `${employees}|${seed}|${today}`;
  if (cached?.key !== key) cached = { key, plan: buildDemoPlan({ employees, seed, today }) };
  return cached.plan;
}

/**
 * The demo sign-ins for a seeding with these options, known without a database (the plan is
 * deterministic): a pelaksana and their pengawas at Dinas Kesehatan, someone under a Plt, admins,
 * the auditor and a few more. The first with role 'employee' is the pelaksana.
 */
export function pickDemoAccounts(options: DemoOptions = {}): DemoAccount[] {
  return pickFromPlan(planDemoProvince(options), DEMO_PASSWORD);
}

export async function seedDemoProvince(db: Kysely<Database>, options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  progress(`Menyusun ${PROVINCE_NAME}: ${AGENCIES.length} OPD, ${options.employees ?? DEFAULT_DEMO_EMPLOYEES} pegawai…`);
  const plan = planDemoProvince(options);
  const demoAccounts = pickFromPlan(plan, DEMO_PASSWORD);
  // One hash for every account: Argon2id costs tens of milliseconds, thousands of them minutes.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const counts = await db.transaction().execute(async (trx) => {
    // Checked again here; a concurrent seeder that also saw no agencies fails on the unique agency codes.
    if (!(await isDatabaseEmpty(trx))) {
      throw new Error('Basis data tidak kosong: provinsi demo hanya dibuat pada basis data kosong.');
    }
    const written = await writePlan(trx, plan, passwordHash, progress);
    await writeRegionalLeadership(trx);
    return written;
  });
  const activities = await seedDemoDictionary(db);
  progress(`Kamus aktivitas: ${activities} kegiatan.`);
  // After the commit: the SKP steps take their own transactions, as the routes do.
  const skpStarted = performance.now();
  const kasi = demoAccounts.find((a) => a.label.startsWith('Atasan langsung'));
  const skp = kasi ? await writeDemoSkp(db, plan, kasi.nip) : 0;
  progress(`SKP tahun ini di Dinas Kesehatan: ${skp} (${Math.round(performance.now() - skpStarted)} ms).`);
  const evaluationStarted = performance.now();
  const dinkesAdmin = demoAccounts.find((a) => a.label.startsWith('Admin OPD Dinas Kesehatan'));
  const evaluations = kasi && dinkesAdmin && skp > 0 ? await writeDemoEvaluations(db, plan, kasi.nip, dinkesAdmin.nip) : { finished: 0, inProgress: 0 };
  progress(`Evaluasi kinerja di Dinas Kesehatan: ${evaluations.finished} final (tahun lalu), ${evaluations.inProgress} berjalan (triwulan ini) (${Math.round(performance.now() - evaluationStarted)} ms).`);
  await writeDemoAttendance(db, demoAccounts, progress);
  await writeDemoTpp(db, progress, options.tppLocked ?? 'province');
  const ms = Math.round(performance.now() - started);
  progress(`Selesai: ${counts.employees} pegawai dalam ${(ms / 1000).toFixed(1)} detik.`);
  return {
    agencies: counts.agencies,
    units: counts.units,
    positions: counts.positions,
    employees: counts.employees,
    accounts: counts.accounts,
    ms,
    demoAccounts,
  };
}
