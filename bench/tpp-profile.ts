/**
 * Where the TPP monthly run's time goes (issue 19, "Measured"): the province run of the month before
 * last, agency by agency, split into its steps (createOrRedoRun's onStep): gather (every source, one
 * statement each per agency), compute (core's engine), store (the rows, their input snapshot and
 * explained result). Wall and CPU of this process per step and, on PostgreSQL, of the backends
 * serving the bench's database; then the stored sizes per employee. Each pass computes the same
 * month again over the same data (a delete first), so passes compare like for like.
 *
 *   npx tsx bench/tpp-profile.ts      BENCH_KIND=postgres|pglite  BENCH_EMPLOYEES=20000
 *     BENCH_KEEP=name   (PostgreSQL) keep the seeded database under this name and reuse it next time
 *     BENCH_TYPES=json,jsonb,json  the column type of the stored input/result for each pass (migration
 *                       0046 made them json; jsonb is how they were before): an A/B on one database
 *     KINERJA_QUERY_STATS=1  also prints time per statement at exit (seed included unless reused)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { addDays, localDateOf, type Principal } from '../packages/core/src/index.js';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { refreshStatistics } from '../packages/server/src/db/statistics.js';
import { seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { createOrRedoRun } from '../packages/server/src/modules/tpp/index.js';
import { createContext } from '../packages/server/src/runtime.js';
import { PostgresCpu } from './lib/cpu.js';

const KIND = (process.env.BENCH_KIND ?? 'postgres') as 'postgres' | 'pglite';
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 20_000);
const KEEP = process.env.BENCH_KEEP;
const TYPES = (process.env.BENCH_TYPES ?? 'json').split(',').filter((x) => x === 'json' || x === 'jsonb');
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const load1 = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

async function admin<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'kinerja-tpp-profile-'));
const dbName = KEEP ?? `bench_tpp_profile_${process.pid}`;
let fresh = true;
if (KIND === 'postgres') {
  const exists = (await admin<{ n: number }>(`select count(*)::int as n from pg_database where datname = '${dbName}'`))[0]!.n > 0;
  if (exists && KEEP) fresh = false;
  else {
    await admin(`drop database if exists ${dbName}`);
    await admin(`create database ${dbName}`);
  }
}
const url = Object.assign(new URL(SERVER_URL), { pathname: `/${dbName}` }).toString();
const handle = await connectDatabase(KIND === 'postgres' ? { url } : { dataDir: join(folder, 'db') });
const pgCpu = KIND === 'postgres' ? await PostgresCpu.open(url) : null;
try {
  await migrateToLatest(handle.db);
  if (fresh) {
    await ensureReferenceData(handle.db);
    const s = performance.now();
    await seedDemoProvince(handle.db, { employees: EMPLOYEES });
    console.error(`seeded ${EMPLOYEES} in ${((performance.now() - s) / 1000).toFixed(1)} s`);
    await refreshStatistics(handle.db, KIND).catch(() => undefined);
  }
  const ctx = createContext(handle, { ...loadConfig({}), dataDir: folder, webDistDir: '/nonexistent' });
  const bkd = await handle.db.selectFrom('accounts').select(['id', 'agency_id', 'employee_id']).where('role', '=', 'bkd_admin').executeTakeFirstOrThrow();
  const p: Principal = { accountId: bkd.id, role: 'bkd_admin', agencyId: bkd.agency_id, employeeId: bkd.employee_id };
  const agencies = await handle.db.selectFrom('agencies').select(['id', 'code']).orderBy('code').execute();
  const today = localDateOf(new Date(), 'Asia/Pontianak');
  const month = addDays(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7) + '-01', -1).slice(0, 7);

  const pass = async (type: string) => {
    const steps = { gather: { wall: 0, cpu: 0, db: 0 }, compute: { wall: 0, cpu: 0, db: 0 }, store: { wall: 0, cpu: 0, db: 0 } };
    const load0 = load1();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const a of agencies) {
      let wall = performance.now();
      let cpu = process.cpuUsage();
      let db = pgCpu ? await pgCpu.snapshot() : null;
      const mark = async (step: keyof typeof steps) => {
        steps[step].wall += performance.now() - wall;
        steps[step].cpu += cpuMs(process.cpuUsage(cpu));
        if (pgCpu && db) steps[step].db += await pgCpu.since(db);
        db = pgCpu ? await pgCpu.snapshot() : null;
        wall = performance.now();
        cpu = process.cpuUsage();
      };
      await createOrRedoRun(ctx, p, a.id, month, undefined, (s) => mark(s === 'gathered' ? 'gather' : s === 'computed' ? 'compute' : 'store'));
    }
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuMs(process.cpuUsage(c0)) / 1000;
    const sizes = await sql<{ n: number; input: number; result: number; input_text: number; result_text: number }>`
      select count(*)::int as n, avg(pg_column_size(e.input))::int as input, avg(pg_column_size(e.result))::int as result,
             avg(octet_length(e.input::text))::int as input_text, avg(octet_length(e.result::text))::int as result_text
        from tpp_run_employees e join tpp_runs r on r.agency_id = e.agency_id and r.id = e.run_id where r.month = ${month}`.execute(handle.db);
    const z = sizes.rows[0]!;
    const f = (x: number) => (x / 1000).toFixed(1);
    console.log(`\n${KIND}, input/result as ${type}: ${z.n} employees, month ${month}, load ${load0}–${load1()}: run ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (this process)`);
    console.log(`| step | wall s | this process CPU s | PostgreSQL backends CPU s |`);
    console.log(`|---|---|---|---|`);
    for (const [k, v] of Object.entries(steps)) console.log(`| ${k} | ${f(v.wall)} | ${f(v.cpu)} | ${pgCpu ? f(v.db) : '—'} |`);
    console.log(`stored per employee: input ${z.input} B (text ${z.input_text}), result ${z.result} B (text ${z.result_text})`);
  };

  for (const type of TYPES) {
    for (const table of ['tpp_run_employees', 'tpp_recalculation_employees']) {
      await sql`alter table ${sql.raw(table)} alter column input type ${sql.raw(type)} using input::${sql.raw(type)}, alter column result type ${sql.raw(type)} using result::${sql.raw(type)}`.execute(handle.db);
    }
    await pass(type);
  }
} finally {
  await pgCpu?.close();
  await handle.close();
  rmSync(folder, { recursive: true, force: true });
  if (KIND === 'postgres' && !KEEP) await admin(`drop database if exists ${dbName} with (force)`);
}
