/**
 * The TPP monthly run (issue 19 item 3) through the server module, on both engines: the demo
 * province at BENCH_EMPLOYEES (the demo seed also gives everyone payroll attributes, locks last
 * month and drafts this one), then a province run of the month before last — gather (people, posts,
 * journal minutes, predikat, SKP, Plt/Plh, attendance judged from punches), compute, and store each
 * employee's snapshot and explained result, agency by agency — timed as wall and CPU with the
 * process's peak memory; then "TPP saya" (GET /tpp/me) for a sample of employees: p50/p95/p99 of
 * the month just run (its row, the months before, recalculations) and of a month with no run (a
 * live estimate gathered for one person).
 *
 *   npx tsx bench/tpp-run.ts     (BENCH_KINDS=pglite,postgres BENCH_EMPLOYEES=20000 BENCH_SAMPLE=200
 *                                 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres)
 *   … --write    also replaces the tpp-run section of bench/README.md
 *
 * The demo province has no attendance punches (every working day judges as TK) and journals only at
 * Dinas Kesehatan: the run's work per employee is the same statements and a month of day lines.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import pg from 'pg';
import { addDays, localDateOf, type Principal } from '../packages/core/src/index.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { refreshStatistics } from '../packages/server/src/db/statistics.js';
import { DEMO_PASSWORD, seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { createOrRedoRun } from '../packages/server/src/modules/tpp/index.js';
import { createContext } from '../packages/server/src/runtime.js';
import { signIn } from '../packages/server/src/testing/app.js';
import { machineLine, writeSection } from './lib/report.js';
import { summarise } from './lib/stats.js';

const KINDS = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',');
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 20_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 200);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const cpuS = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const rssMiB = () => Math.round(process.memoryUsage().rss / 1048576);

async function admin(text: string) {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

async function benchKind(kind: string): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kinerja-tpp-run-'));
  const dbName = `bench_tpp_${process.pid}`;
  if (kind === 'postgres') {
    await admin(`drop database if exists ${dbName}`);
    await admin(`create database ${dbName}`);
  }
  const url = Object.assign(new URL(SERVER_URL), { pathname: `/${dbName}` }).toString();
  const handle = await connectDatabase(kind === 'postgres' ? { url } : { dataDir: join(folder, 'db') });
  const out: string[] = [];
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    const seedStart = performance.now();
    const seeded = await seedDemoProvince(handle.db, { employees: EMPLOYEES, onProgress: (l) => console.error(`  ${kind}: ${l}`) });
    const seedS = (performance.now() - seedStart) / 1000;
    await refreshStatistics(handle.db, kind === 'postgres' ? 'postgres' : 'pglite').catch(() => undefined);
    const ctx = createContext(handle, { ...loadConfig({}), dataDir: folder, webDistDir: '/nonexistent', loginRateLimitPerMinute: 1e9, writeRateLimitPerAccountPerMinute: 1e9 });
    const bkd = await handle.db.selectFrom('accounts').select(['id', 'agency_id', 'employee_id']).where('role', '=', 'bkd_admin').executeTakeFirstOrThrow();
    const p: Principal = { accountId: bkd.id, role: 'bkd_admin', agencyId: bkd.agency_id, employeeId: bkd.employee_id };
    const agencies = await handle.db.selectFrom('agencies').select(['id', 'code']).orderBy('code').execute();
    const today = localDateOf(new Date(), 'Asia/Pontianak');
    const month = addDays(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7) + '-01', -1).slice(0, 7);

    // The run: every agency's month before last, from nothing, one agency after another.
    global.gc?.();
    const rssBefore = rssMiB();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB())), 200);
    for (const a of agencies) await createOrRedoRun(ctx, p, a.id, month);
    clearInterval(sampler);
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuS(process.cpuUsage(cpu0));
    const rows = await handle.db.selectFrom('tpp_run_employees').innerJoin('tpp_runs', (j) => j.onRef('tpp_runs.agency_id', '=', 'tpp_run_employees.agency_id').onRef('tpp_runs.id', '=', 'tpp_run_employees.run_id')).select((eb) => eb.fn.countAll<number>().as('n')).where('tpp_runs.month', '=', month).executeTakeFirstOrThrow();
    console.error(`${kind}: run of ${month} for ${rows.n} employees in ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (this process), peak RSS ${Math.max(peak, rssMiB())} MiB`);

    // TPP saya: a sample of employees, one request at a time.
    const app = await buildApp(ctx, { logger: false });
    const people = await handle.db.selectFrom('accounts').select('nip').where('role', '=', 'employee').orderBy('nip').execute();
    const step = Math.max(1, Math.floor(people.length / SAMPLE));
    const clients: Awaited<ReturnType<typeof signIn>>[] = [];
    for (let i = 0; i < people.length && clients.length < SAMPLE; i += step) clients.push(await signIn(app, people[i]!.nip, DEMO_PASSWORD));
    const timed = async (path: string) => {
      const ms: number[] = [];
      for (const c of clients) {
        const s = performance.now();
        const res = await c.get(path);
        ms.push(performance.now() - s);
        if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      return summarise(ms);
    };
    await timed(`/api/v1/tpp/me?month=${month}`); // warm
    const current = await timed(`/api/v1/tpp/me?month=${month}`);
    const noRun = addDays(`${month}-01`, -1).slice(0, 7);
    const estimate = await timed(`/api/v1/tpp/me?month=${noRun}`);
    await app.close();
    const f = (x: number) => x.toFixed(0);
    out.push(
      `| ${kind} | ${seeded.employees} (${agencies.length} OPD) | ${f(seedS)} s | ${rows.n} | ${wall.toFixed(1)} s | ${cpu.toFixed(1)} s | ${Math.max(peak, rssMiB())} MiB (${rssBefore} before) | ${f(current.p50)} / ${f(current.p95)} / ${f(current.p99)} ms | ${f(estimate.p50)} / ${f(estimate.p95)} / ${f(estimate.p99)} ms |`,
    );
    console.error(out.at(-1));
  } finally {
    await handle.close();
    rmSync(folder, { recursive: true, force: true });
    if (kind === 'postgres') await admin(`drop database if exists ${dbName} with (force)`);
  }
  return out;
}

const lines: string[] = [];
for (const kind of KINDS) lines.push(...(await benchKind(kind)));
const report = [
  `${machineLine()}; load before ${loadAverage()}; peak RSS is this process's (PGlite's database included; PostgreSQL's backends not); max RSS of the process ${Math.round(resourceUsage().maxRSS / 1024)} MiB.`,
  '',
  '| engine | demo province | seed (incl. demo TPP) | employees in the run | run wall | run CPU | peak RSS | TPP saya, the month run (its row) p50 / p95 / p99 | TPP saya, a month with no run (live estimate) p50 / p95 / p99 |',
  '|---|---|---|---|---|---|---|---|---|',
  ...lines,
].join('\n');
console.log(report);
if (process.argv.includes('--write')) writeSection('tpp-run', report);
