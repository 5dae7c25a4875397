/**
 * The day push alone, one day at a time, in this process: no socket, no load generator, no queue.
 * It answers "what does one day (8 entry.put + day.submit in one POST /sync/push) cost the server?",
 * and a CPU profile of it (`node --cpu-prof --import tsx day-push.bench.ts`) holds only that work.
 * Requests go through Fastify's inject, so HTTP parsing is left out; the province bench has it.
 *
 * Environment: BENCH_KINDS ("pglite,postgres"; also "pglite-folder", PGlite in a data folder, and
 * "citus", a Citus cluster at BENCH_CITUS_URL, default scripts/citus/start.sh's coordinator on 9700),
 * BENCH_DAYS (2000: one day each for that many employees), BENCH_DAYS_EACH (1: also their earlier
 * open days, for a larger journal), BENCH_DATABASE_URL, BENCH_TRACE (p50 and CPU of every 1,000 days
 * on stderr), BENCH_MARK (a command whose output is printed before and after the timed pushes).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { v7 } from 'uuid';
import { addDays } from '../packages/core/src/calendar/index.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { DEMO_PASSWORD, seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { createContext } from '../packages/server/src/runtime.js';
import { signIn, type Client } from '../packages/server/src/testing/app.js';
import { entryBody, SLOTS } from './lib/day.js';
import { machineLine, writeSection } from './lib/report.js';
import { summarise } from './lib/stats.js';

const DAYS = Number(process.env.BENCH_DAYS ?? 2000);
const KINDS = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',');
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CITUS_URL = process.env.BENCH_CITUS_URL ?? 'postgres://postgres@127.0.0.1:9700/kinerja';

async function run(kind: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'kinerja-daypush-'));
  const schema = kind === 'postgres' || kind === 'citus' ? `bench_daypush_${process.pid}` : undefined;
  // On Citus, migrateToLatest places the tables (db/distribution.ts) in the bench's schema.
  const url = kind === 'citus' ? CITUS_URL : SERVER_URL;
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  }
  const handle = await connectDatabase({ url: schema ? url : undefined, dataDir: kind === 'pglite-folder' ? join(folder, 'db') : 'memory://', schema });
  try {
    await migrateToLatest(handle.db, schema);
    await ensureReferenceData(handle.db);
    // The demo needs some 1,200 people for its structure; the pushes take the first DAYS of them.
    await seedDemoProvince(handle.db, { employees: Math.max(1300, DAYS) });
    const config = { ...loadConfig({}), dataDir: folder, webDistDir: '/nonexistent', loginRateLimitPerMinute: 1e9, writeRateLimitPerAccountPerMinute: 1e9 };
    const app = await buildApp(createContext(handle, config), { logger: false });
    const nips = await handle.db
      .selectFrom('employees')
      .innerJoin('accounts', 'accounts.employee_id', 'employees.id')
      .select('employees.nip')
      .where('employees.active', '=', true)
      .orderBy('employees.nip')
      .limit(DAYS)
      .execute();
    const clients: Client[] = [];
    for (const { nip } of nips) clients.push(await signIn(app, nip, DEMO_PASSWORD));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Pontianak' }).format(new Date());
    // BENCH_DAYS_EACH > 1 also fills the employees' earlier open days, to see the push at a larger journal.
    const open = (await clients[0]!.get(`/api/v1/journal/days?from=${addDays(today, -14)}&to=${today}`)).json().days as { date: string; windowOpen: boolean }[];
    const dates = [today, ...open.filter((d) => d.windowOpen && d.date !== today).map((d) => d.date).reverse()].slice(0, Number(process.env.BENCH_DAYS_EACH ?? 1));

    const ms: number[] = [];
    // BENCH_MARK: a command run before and after the timed pushes (e.g. one that prints the database
    // server's CPU), so the database's share of the pushes alone can be told from the seed's.
    const mark = (when: string) => process.env.BENCH_MARK && console.error(`${when}: ${execSync(process.env.BENCH_MARK, { encoding: 'utf8' }).trim()}`);
    mark(`${kind} pushes start`);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const work = dates.flatMap((date) => clients.map((c, i) => ({ c, i, date })));
    let cpuMark = process.cpuUsage();
    for (const [n, { c, i, date }] of work.entries()) {
      const deviceTime = new Date().toISOString();
      const items = [
        ...SLOTS.map((_, slot) => ({ itemId: v7(), kind: 'entry.put', entryId: v7(), baseVersion: null, deviceTime, entry: entryBody(date, slot, String(i)) })),
        { itemId: v7(), kind: 'day.submit', date, deviceTime },
      ];
      const started = performance.now();
      const res = await c.send('POST', '/api/v1/sync/push', { deviceId: v7(), deviceNow: deviceTime, items });
      ms.push(performance.now() - started);
      const refused = (res.json().results as { status: string }[] | undefined)?.filter((r) => r.status !== 'applied').length;
      if (res.statusCode !== 200 || refused !== 0) throw new Error(`push ${res.statusCode}: ${res.body.slice(0, 300)}`);
      if (process.env.BENCH_TRACE && (n + 1) % 1000 === 0) {
        const used = process.cpuUsage(cpuMark);
        cpuMark = process.cpuUsage();
        console.error(`${kind}: ${n + 1} days, last 1000: p50 ${summarise(ms.slice(-1000)).p50.toFixed(2)} ms, CPU ${((used.user + used.system) / 1000 / 1000).toFixed(2)} ms/day`);
      }
    }
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    mark(`${kind} pushes end (${work.length} days, ${(wall / 1000).toFixed(1)} s)`);
    await app.close();
    const s = summarise(ms);
    const line = `| ${kind} | ${work.length} | ${(work.length / (wall / 1000)).toFixed(1)} days/s | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.p99.toFixed(2)} | ${((cpu.user + cpu.system) / 1000 / work.length).toFixed(2)} |`;
    console.log(line);
    return line;
  } finally {
    if (schema) await handle.db.schema.dropSchema(schema).cascade().execute();
    await handle.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const header = [
  `${machineLine()}. One day at a time (8 entries + Kirim in one POST /sync/push through Fastify's inject), each by another employee, today's date; the demo province with ${Math.max(1300, DAYS)} employees. CPU is this whole process (app and, for PGlite, the database).`,
  '',
  '| engine | days | throughput | p50 ms | p95 ms | p99 ms | CPU ms/day |',
  '|---|---|---|---|---|---|---|',
];
console.log(header.join('\n'));
const rows: string[] = [];
for (const kind of KINDS) rows.push(await run(kind));
writeSection('day-push', [...header, ...rows].join('\n'));
