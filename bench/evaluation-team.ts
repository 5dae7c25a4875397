/**
 * The evaluation screens' reads on the demo province, on PGlite and, with BENCH_DATABASE_URL, on
 * PostgreSQL: the penilai's team view (GET /evaluation-team's work after authentication: the team
 * from the SKP snapshots, the access check, the live predikat, the curve of the agency) for the
 * demo Kepala Dinas Kesehatan, and the employee's evaluation page for a Kepala Bidang of their team
 * (the periods of the SKP, this quarter's evaluation with its realisasi, umpan balik, check and
 * curve, and the year's annual result: the three reads the page makes). Target (issue 17): p99 < 300 ms.
 *
 * `npx tsx bench/evaluation-team.ts` (BENCH_DATABASE_URL=postgres://… adds PostgreSQL; BENCH_N calls,
 * default 50; BENCH_EMPLOYEES for the demo province, default 5200)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '@kinerja/core';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase, type DatabaseHandle } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { annualResult } from '../packages/server/src/modules/evaluation/annual.js';
import { evaluationDetail, skpEvaluations } from '../packages/server/src/modules/evaluation/service.js';
import { evaluationTeam } from '../packages/server/src/modules/evaluation/team.js';
import { createContext } from '../packages/server/src/runtime.js';
import { machineLine } from './lib/report.js';
import { summarise } from './lib/stats.js';

const CALLS = Number(process.env.BENCH_N ?? 50);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5200);
const SERVER_URL = process.env.BENCH_DATABASE_URL;

async function open(kind: 'pglite' | 'postgres', folder: string): Promise<DatabaseHandle & { drop?: () => Promise<void> }> {
  if (kind === 'pglite') return connectDatabase({ dataDir: join(folder, 'db') });
  const pg = (await import('pg')).default;
  const name = `bench_evaluation_team_${process.pid}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(SERVER_URL!);
  u.pathname = `/${name}`;
  const handle = await connectDatabase({ url: u.toString() });
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: SERVER_URL });
      await a.connect();
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}

async function timed(fn: () => Promise<unknown>): Promise<{ cold: number; wall: number[] }> {
  const t0 = performance.now();
  await fn();
  const cold = performance.now() - t0;
  const wall: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
  }
  return { cold, wall };
}

async function run(kind: 'pglite' | 'postgres'): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-evaluation-team-'));
  const handle = await open(kind, folder);
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    const { demoAccounts } = await seedDemoProvince(handle.db, { employees: EMPLOYEES });
    const ctx = createContext(handle, { ...loadConfig({}), dataDir: folder });
    const principalOf = async (nip: string): Promise<Principal> => {
      const a = await handle.db.selectFrom('accounts').select(['id', 'role', 'agency_id', 'employee_id']).where('nip', '=', nip).executeTakeFirstOrThrow();
      return { accountId: a.id, role: a.role, agencyId: a.agency_id, employeeId: a.employee_id };
    };
    const kadisAccount = demoAccounts.find((a) => /Kepala Dinas Kesehatan/.test(a.label));
    if (!kadisAccount) throw new Error('the demo province has no Kepala Dinas Kesehatan account');
    const kadis = await principalOf(kadisAccount.nip);
    const team = await evaluationTeam(ctx, kadis, {});
    const member = team.items.find((i) => i.evaluationId !== null);
    if (!member) throw new Error('the Kepala Dinas rates nobody this quarter');
    const memberNip = (await handle.db.selectFrom('employees').select('nip').where('agency_id', '=', member.agencyId).where('id', '=', member.employeeId).executeTakeFirstOrThrow()).nip;
    const employee = await principalOf(memberNip);
    const year = Number(team.periodFrom.slice(0, 4));
    const teamTimes = await timed(() => evaluationTeam(ctx, kadis, {}));
    const pageTimes = await timed(() =>
      Promise.all([
        skpEvaluations(ctx, employee, member.agencyId, member.skpId),
        evaluationDetail(ctx, employee, member.agencyId, member.evaluationId!),
        annualResult(ctx, employee, member.agencyId, member.employeeId, year),
      ]),
    );
    const f = (n: number) => n.toFixed(0);
    const row = (what: string, t: { cold: number; wall: number[] }) => {
      const w = summarise(t.wall);
      return `| ${kind} | ${what} | ${f(t.cold)} | ${w.n} | ${f(w.p50)} | ${f(w.p95)} | ${f(w.p99)} | ${f(w.max)} |`;
    };
    return [row(`team view (${team.items.length} people, ${team.curves.length} curve)`, teamTimes), row('employee page (periods + evaluation + annual)', pageTimes)];
  } finally {
    if (handle.drop) await handle.drop();
    else await handle.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const rows: string[] = [];
for (const kind of ['pglite', ...(SERVER_URL ? ['postgres' as const] : [])] as const) {
  const r = await run(kind);
  console.log(r.join('\n'));
  rows.push(...r);
}
console.log(
  [
    `Evaluation reads (bench/evaluation-team.ts, demo province of ${EMPLOYEES} employees, ${CALLS} calls each; ${machineLine()}; load ${loadavg()[0]!.toFixed(1)}). Target p99 < 300 ms.`,
    '',
    '| engine | read | first call ms | calls | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
