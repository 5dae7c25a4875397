/**
 * The agency SKP overview (GET /agencies/{id}/skp/overview's work after the access check: today's
 * chart, the five or six statements, the counting) for the largest agency of the demo province, on
 * PGlite and, with BENCH_DATABASE_URL, on PostgreSQL. The target (issue 16) is p99 < 300 ms at
 * province scale. The chart is cached as in the app (the first call builds it).
 *
 * `npx tsx bench/skp-overview.ts` (BENCH_DATABASE_URL=postgres://… adds PostgreSQL; BENCH_N calls,
 * default 50; BENCH_EMPLOYEES for the demo province, default 5200)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase, type DatabaseHandle } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { skpOverview } from '../packages/server/src/modules/skp/overview.js';
import { createContext } from '../packages/server/src/runtime.js';
import { machineLine } from './lib/report.js';
import { summarise } from './lib/stats.js';

const CALLS = Number(process.env.BENCH_N ?? 50);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5200);
const SERVER_URL = process.env.BENCH_DATABASE_URL;

async function open(kind: 'pglite' | 'postgres', folder: string): Promise<DatabaseHandle & { drop?: () => Promise<void> }> {
  if (kind === 'pglite') return connectDatabase({ dataDir: join(folder, 'db') });
  const pg = (await import('pg')).default;
  const name = `bench_skp_overview_${process.pid}`;
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

async function run(kind: 'pglite' | 'postgres'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-skp-overview-'));
  const handle = await open(kind, folder);
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    await seedDemoProvince(handle.db, { employees: EMPLOYEES });
    const ctx = createContext(handle, { ...loadConfig({}), dataDir: folder });
    const largest = await handle.db
      .selectFrom('employees')
      .select((eb) => ['agency_id', eb.fn.countAll<string>().as('n')])
      .groupBy('agency_id')
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const year = new Date().getFullYear();
    const t0 = performance.now();
    const first = await skpOverview(ctx, largest.agency_id, year);
    const cold = performance.now() - t0;
    const wall: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      await skpOverview(ctx, largest.agency_id, year);
      wall.push(performance.now() - t);
    }
    const w = summarise(wall);
    const f = (n: number) => n.toFixed(0);
    return `| ${kind} | ${largest.n} (${first.units.length} units, ${first.totals.employees} placed, ${first.blocked.length} blocked) | ${f(cold)} | ${w.n} | ${f(w.p50)} | ${f(w.p95)} | ${f(w.p99)} | ${f(w.max)} |`;
  } finally {
    if (handle.drop) await handle.drop();
    else await handle.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const rows: string[] = [];
for (const kind of ['pglite', ...(SERVER_URL ? ['postgres' as const] : [])] as const) {
  const row = await run(kind);
  console.log(row);
  rows.push(row);
}
console.log(
  [
    `SKP agency overview (bench/skp-overview.ts, demo province of ${EMPLOYEES} employees, the largest agency, ${CALLS} calls; ${machineLine()}; load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}). Target p99 < 300 ms.`,
    '',
    '| engine | employees of the agency | first call ms (chart built) | calls | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
