/**
 * EXPLAIN ANALYZE of every statement one inbox first page sends, for the largest
 * team, on a database filled by `inbox.bench.ts` with BENCH_REUSE (a copy is made; the filled one is
 * left as it was). Also prints each statement's generic plan (what a prepared statement may settle
 * on after five runs). `npx tsx inbox-explain.ts pglite|postgres [analyze]`; with BENCH_EMPLOYEES and
 * BENCH_DAYS_EACH as for the bench. With "analyze", ANALYZE runs first.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase } from '../packages/server/src/db/connect.js';
import { pgliteDialect } from '../packages/server/src/db/pglite-dialect.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { OrgChartCache } from '../packages/server/src/modules/org/chart-cache.js';
import { loadInbox } from '../packages/server/src/modules/validation/inbox.js';
import { todayChart } from '../packages/server/src/modules/org/today-chart.js';
import { createContext } from '../packages/server/src/runtime.js';

const kind = process.argv[2] ?? 'pglite';
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 1500);
const DAYS_EACH = Number(process.env.BENCH_DAYS_EACH ?? 4);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seedDir = join(tmpdir(), `kinerja-inbox-seed-${EMPLOYEES}-${DAYS_EACH}`);
const seedDb = `bench_inbox_seed_${EMPLOYEES}_${DAYS_EACH}`;
const copyDb = `bench_inbox_explain_${process.pid}`;
const folder = mkdtempSync(join(tmpdir(), 'kinerja-explain-'));

async function admin(text: string) {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  await c.query(text);
  await c.end();
}

let url: string | undefined;
if (kind === 'postgres') {
  await admin(`create database ${copyDb} template ${seedDb}`);
  url = Object.assign(new URL(SERVER_URL), { pathname: `/${copyDb}` }).toString();
} else {
  cpSync(seedDir, join(folder, 'db'), { recursive: true });
  rmSync(join(folder, 'db', 'kinerja.pid'), { force: true });
}
const handle = await connectDatabase(url ? { url } : { dataDir: join(folder, 'db') });
const captured: CompiledQuery[] = [];
let capture = false;
const log = (e: { level: string; query: CompiledQuery }) => void (capture && captured.push(e.query));
const db =
  handle.native?.kind === 'pglite'
    ? new Kysely<Database>({ dialect: pgliteDialect(handle.native.pglite), log })
    : new Kysely<Database>({ dialect: new PostgresDialect({ pool: (handle.native as { pool: pg.Pool }).pool }), log });
try {
  if (process.argv[3] === 'analyze') await db.executeQuery({ sql: 'analyze', parameters: [], query: {} as never, queryId: {} as never });
  // Everything through the logging Kysely: two statement caches on one PGlite would reuse names.
  const ctx = { ...createContext(handle, { ...loadConfig({}), dataDir: folder }), db, charts: new OrgChartCache(db) };
  const people = await db.selectFrom('employees').innerJoin('accounts', 'accounts.employee_id', 'employees.id').select(['employees.id', 'employees.agency_id', 'accounts.id as account_id']).where('employees.active', '=', true).orderBy('employees.nip').limit(EMPLOYEES).execute();
  let best: { id: string; agency_id: string; account_id: string; size: number } | undefined;
  for (const agencyId of new Set(people.map((p) => p.agency_id))) {
    const { chart } = await todayChart(ctx, agencyId);
    for (const p of people.filter((x) => x.agency_id === agencyId)) {
      const size = chart.subordinatesOf(p.id).length;
      if (!best || size > best.size) best = { ...p, size };
    }
  }
  const who = { accountId: best!.account_id, agencyId: best!.agency_id, employeeId: best!.id };
  console.log(`team of ${best!.size}`);
  const explainAll = async (label: string) => {
    for (const q of captured.splice(0)) {
      if (!/^\s*(select|update|insert|with)/i.test(q.sql)) continue;
      console.log(`\n=== ${label}: ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      const plan = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...q, sql: `explain (analyze, buffers off) ${q.sql}` });
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
      const generic = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...q, sql: `explain (generic_plan) ${q.sql}`, parameters: [] }).catch((e: Error) => ({ rows: [{ 'QUERY PLAN': `(no generic plan: ${e.message})` }] }));
      console.log('--- generic:\n' + generic.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  };
  await loadInbox(ctx, who, undefined, 10);
  capture = true;
  await loadInbox(ctx, who, undefined, 10);
  capture = false;
  await explainAll('inbox');
} finally {
  await handle.close();
  if (url) await admin(`drop database ${copyDb} with (force)`);
  rmSync(folder, { recursive: true, force: true });
}
