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
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { skpOverview } from '../packages/server/src/modules/skp/overview.js';
import { createContext } from '../packages/server/src/runtime.js';
import { closeBenchDatabase, openBenchDatabase } from './lib/bench-database.js';
import { machineLine } from './lib/report.js';
import { summarise } from './lib/stats.js';

const CALLS = Number(process.env.BENCH_N ?? 50);
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5200);
const SERVER_URL = process.env.BENCH_DATABASE_URL;

async function run(kind: 'pglite' | 'postgres'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-skp-overview-'));
  const handle = await openBenchDatabase(kind, folder, 'bench_skp_overview', SERVER_URL);
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
    await closeBenchDatabase(handle);
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
