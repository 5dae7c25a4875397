/**
 * The supervisor inbox and "approve all" alone, in this process, both engines: what one first page
 * and one approve-all cost the server, measured as CPU (this process: the app and, for PGlite, the
 * database; PostgreSQL's backends of the bench database separately) so that a shared, busy machine
 * still gives comparable figures. Requests go through Fastify's inject (no sockets).
 *
 * The journal is filled as phones would fill it: every employee pushes BENCH_DAYS_EACH open days of
 * 8 entries + Kirim through POST /sync/push. Then the BENCH_SUPERVISORS largest teams read their
 * inbox's first page: one at a time (CPU per page), then BENCH_CONCURRENCY at once (latency, as the
 * province bench asks them), and finally each approves all.
 *
 * Environment: BENCH_KINDS ("pglite,postgres"), BENCH_EMPLOYEES (1500), BENCH_DAYS_EACH (4),
 * BENCH_SUPERVISORS (30), BENCH_CONCURRENCY (16), BENCH_DATABASE_URL (the server; a database of
 * its own is created and dropped), BENCH_SECTION (the bench/README.md section written; "inbox"),
 * BENCH_REUSE (keep the filled journal in a PGlite folder and a PostgreSQL template database under
 * the system's temporary folder, and start later runs of the same size from a copy),
 * BENCH_STATISTICS ("0": PGlite without the statistics the server's periodic work gathers),
 * BENCH_INBOX_QUERY (the first page's query string: "people=page" lists only the page's people, as
 * the web asks; empty: the default answer, every waiting person with a summary of each pending day),
 * BENCH_APPROVE_ENTRIES (1000: before the 30 teams approve all, one team, the smallest whose
 * members could hold that many pending entries, has every member push the open days they have not
 * pushed yet, and its approve-all is timed alone; the bench's entries draw no flag, so it decides
 * them all).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { v7 } from 'uuid';
import { addDays } from '../packages/core/src/calendar/index.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { connectDatabase, type DatabaseHandle } from '../packages/server/src/db/connect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { refreshStatistics } from '../packages/server/src/db/statistics.js';
import { ensureReferenceData } from '../packages/server/src/db/reference-data.js';
import { DEMO_PASSWORD, seedDemoProvince } from '../packages/server/src/demo/seed.js';
import { todayChart } from '../packages/server/src/modules/org/today-chart.js';
import { createContext } from '../packages/server/src/runtime.js';
import { signIn, type Client } from '../packages/server/src/testing/app.js';
import { PostgresCpu } from './lib/cpu.js';
import { entryBody, SLOTS } from './lib/day.js';
import { machineLine, writeSection } from './lib/report.js';
import { pool, summarise } from './lib/stats.js';

const KINDS = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',');
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 1500);
const DAYS_EACH = Number(process.env.BENCH_DAYS_EACH ?? 4);
const SUPERVISORS = Number(process.env.BENCH_SUPERVISORS ?? 30);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const STATISTICS = process.env.BENCH_STATISTICS !== '0';
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const INBOX_QUERY = process.env.BENCH_INBOX_QUERY ?? 'people=page';
const PAGE_LABEL = INBOX_QUERY ? ` (?${INBOX_QUERY})` : ' (default: every pending day summarised)';
const FIRST_PAGE = `/api/v1/validation/inbox${INBOX_QUERY ? `?${INBOX_QUERY}` : ''}`;
const APPROVE_ENTRIES = Number(process.env.BENCH_APPROVE_ENTRIES ?? 1000);
/** Bumped when the fill's entries change: a kept journal of an older fill is not reused. */
const FILL_VERSION = 2;

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/**
 * Drops a bench database once nothing is connected to it. pg's Pool.end() resolves before its
 * sockets have closed; a forced drop at that moment terminated a backend whose client was still
 * ending, and the 'error' that client then emitted had no listener left: the run crashed at its end.
 */
async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0]!.n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await admin.query(`drop database ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/**
 * A database holding the demo province and the filled journal. With BENCH_REUSE the filled state is
 * kept (a PGlite data folder, a PostgreSQL template database) and later runs start from a copy.
 */
async function openFilled(kind: string, folder: string) {
  const seedDir = join(tmpdir(), `kinerja-inbox-seed-v${FILL_VERSION}-${EMPLOYEES}-${DAYS_EACH}`);
  const seedDb = `bench_inbox_seed_v${FILL_VERSION}_${EMPLOYEES}_${DAYS_EACH}`;
  const dbName = `bench_inbox_${process.pid}`;
  const url = (name: string) => Object.assign(new URL(SERVER_URL), { pathname: `/${name}` }).toString();
  const reuse = Boolean(process.env.BENCH_REUSE);
  let have = false;
  if (reuse && kind === 'pglite') have = existsSync(`${seedDir}.filled`);
  if (reuse && kind === 'postgres') {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    have = (await admin.query('select 1 from pg_database where datname = $1', [seedDb])).rowCount === 1;
    await admin.end();
  }
  if (!have) {
    // Filled under a temporary name, renamed when complete: an interrupted fill is never reused.
    const fillDb = reuse ? `${seedDb}_partial` : dbName;
    if (reuse && kind === 'pglite') rmSync(seedDir, { recursive: true, force: true });
    if (kind === 'postgres') await adminQuery(`drop database if exists ${fillDb}`);
    if (kind === 'postgres') await adminQuery(`create database ${fillDb}`);
    const handle = await connectDatabase(kind === 'postgres' ? { url: url(fillDb) } : { dataDir: reuse ? seedDir : join(folder, 'db') });
    const t0 = performance.now();
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    await seedDemoProvince(handle.db, { employees: Math.max(1300, EMPLOYEES) });
    const app = await buildApp(createContext(handle, { ...loadConfig({}), dataDir: folder, webDistDir: '/nonexistent', loginRateLimitPerMinute: 1e9, writeRateLimitPerAccountPerMinute: 1e9 }), { logger: false });
    await fill(app, handle.db);
    await app.close();
    console.error(`${kind}: filled in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    // Only a PostgreSQL fill made a database to drop; PGlite's folder goes with `folder`.
    if (!reuse) return { handle, url: kind === 'postgres' ? url(dbName) : undefined, drop: kind === 'postgres' ? dbName : undefined };
    await handle.close();
    if (kind === 'postgres') await adminQuery(`alter database ${fillDb} rename to ${seedDb}`);
    else writeFileSync(`${seedDir}.filled`, '');
  }
  // A kept journal may predate migrations added since it was filled: its copy is brought up to date.
  if (kind === 'postgres') {
    await adminQuery(`create database ${dbName} template ${seedDb}`);
    const handle = await connectDatabase({ url: url(dbName) });
    await migrateToLatest(handle.db);
    return { handle, url: url(dbName), drop: dbName };
  }
  cpSync(seedDir, join(folder, 'db'), { recursive: true });
  rmSync(join(folder, 'db', 'kinerja.pid'), { force: true });
  const handle = await connectDatabase({ dataDir: join(folder, 'db') });
  await migrateToLatest(handle.db);
  return { handle, url: undefined, drop: undefined };
}

async function employeesPushing(db: DatabaseHandle['db']) {
  return db
    .selectFrom('employees')
    .innerJoin('accounts', 'accounts.employee_id', 'employees.id')
    .select(['employees.nip', 'employees.id', 'employees.agency_id'])
    .where('employees.active', '=', true)
    .orderBy('employees.nip')
    .limit(EMPLOYEES)
    .execute();
}

type App = Awaited<ReturnType<typeof buildApp>>;

/** The BENCH_DAYS_EACH latest working days whose window is open, as the employee's phone sees them. */
async function openDates(client: Client): Promise<string[]> {
  const today = ((await client.get('/api/v1/journal/context')).json() as { today: string }).today;
  const open = (await client.get(`/api/v1/journal/days?from=${addDays(today, -14)}&to=${today}`)).json().days as { date: string; windowOpen: boolean; isWorkingDay: boolean }[];
  return open.filter((d) => d.windowOpen && d.isWorkingDay).map((d) => d.date).reverse().slice(0, DAYS_EACH);
}

/** One day of 8 entries + Kirim in one push, as a phone sends it. */
async function pushDay(client: Client, date: string, tag: string): Promise<void> {
  const deviceTime = new Date().toISOString();
  const items = [
    ...SLOTS.map((_, slot) => ({ itemId: v7(), kind: 'entry.put', entryId: v7(), baseVersion: null, deviceTime, entry: entryBody(date, slot, tag) })),
    { itemId: v7(), kind: 'day.submit', date, deviceTime },
  ];
  const res = await client.send('POST', '/api/v1/sync/push', { deviceId: v7(), deviceNow: deviceTime, items });
  if (res.statusCode !== 200) throw new Error(`push ${res.statusCode}: ${res.body.slice(0, 300)}`);
}

/** BENCH_DAYS_EACH open days of every employee, a day per push, as phones send them. */
async function fill(app: App, db: DatabaseHandle['db']): Promise<void> {
  const people = await employeesPushing(db);
  const dates = await openDates(await signIn(app, people[0]!.nip, DEMO_PASSWORD));
  for (const [i, p] of people.entries()) {
    const client = await signIn(app, p.nip, DEMO_PASSWORD);
    for (const date of dates) await pushDay(client, date, String(i));
  }
}

/**
 * A team holding at least BENCH_APPROVE_ENTRIES pending entries: the smallest team of the province
 * (employees with an account, pushing or not) whose members' open days could hold that many; every
 * member pushes the open days they have not sent yet. Returns its supervisor's NIP and the entries
 * pending in the team, or undefined when no team is large enough.
 */
async function teamOfThousand(app: App, ctx: ReturnType<typeof createContext>): Promise<{ nip: string; members: number; pending: number } | undefined> {
  const db = ctx.db;
  const accounts = await db
    .selectFrom('employees')
    .innerJoin('accounts', 'accounts.employee_id', 'employees.id')
    .select(['employees.nip', 'employees.id', 'employees.agency_id'])
    .where('employees.active', '=', true)
    .execute();
  const perDay = SLOTS.length;
  let best: { boss: (typeof accounts)[number]; team: typeof accounts } | undefined;
  for (const agencyId of new Set(accounts.map((a) => a.agency_id))) {
    const { chart } = await todayChart(ctx, agencyId);
    const here = new Map(accounts.filter((a) => a.agency_id === agencyId).map((a) => [a.id, a]));
    for (const boss of here.values()) {
      const team = chart.subordinatesOf(boss.id).flatMap((id) => (here.has(id) ? [here.get(id)!] : []));
      if (team.length * DAYS_EACH * perDay >= APPROVE_ENTRIES && (!best || team.length < best.team.length)) best = { boss, team };
    }
  }
  if (!best) return undefined;
  const dates = await openDates(await signIn(app, best.boss.nip, DEMO_PASSWORD));
  const ids = best.team.map((m) => m.id);
  const sent = await db
    .selectFrom('journal_entries')
    .select(['employee_id', 'work_date'])
    .distinct()
    .where('agency_id', '=', best.boss.agency_id)
    .where('employee_id', 'in', ids)
    .where('work_date', 'in', dates)
    .execute();
  const has = new Set(sent.map((r) => `${r.employee_id}|${String(r.work_date).slice(0, 10)}`));
  for (const [i, m] of best.team.entries()) {
    const missing = dates.filter((d) => !has.has(`${m.id}|${d}`));
    if (missing.length === 0) continue;
    const client = await signIn(app, m.nip, DEMO_PASSWORD);
    for (const date of missing) await pushDay(client, date, `t${i}`);
  }
  const { n } = await db
    .selectFrom('journal_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', best.boss.agency_id)
    .where('employee_id', 'in', ids)
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return { nip: best.boss.nip, members: best.team.length, pending: Number(n) };
}

async function run(kind: string): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kinerja-inbox-'));
  const { handle, url, drop } = await openFilled(kind, folder);
  const dbCpu = url ? await PostgresCpu.open(url) : undefined;
  try {
    // What the server's periodic work has done within a minute of the journal filling (PGlite only).
    const analysed = STATISTICS ? await refreshStatistics(handle.db, handle.kind) : [];
    if (analysed.length) console.error(`${kind}: analysed ${analysed.map((t) => t.table).join(', ')}`);
    const config = { ...loadConfig({}), dataDir: folder, webDistDir: '/nonexistent', loginRateLimitPerMinute: 1e9, writeRateLimitPerAccountPerMinute: 1e9 };
    const ctx = createContext(handle, config);
    const app = await buildApp(ctx, { logger: false });
    const people = await employeesPushing(handle.db);

    // The largest teams among the employees who pushed.
    const pushed = new Set(people.map((p) => p.id));
    const teamSize = new Map<string, { nip: string; size: number }>();
    for (const agencyId of new Set(people.map((p) => p.agency_id))) {
      const { chart } = await todayChart(ctx, agencyId);
      for (const p of people.filter((x) => x.agency_id === agencyId)) {
        const size = chart.subordinatesOf(p.id).filter((id) => pushed.has(id)).length;
        if (size > 0) teamSize.set(p.id, { nip: p.nip, size });
      }
    }
    const teams = [...teamSize.values()].sort((a, b) => b.size - a.size).slice(0, SUPERVISORS);
    const bosses: Client[] = [];
    for (const t of teams) bosses.push(await signIn(app, t.nip, DEMO_PASSWORD));
    const pending = (await handle.db.selectFrom('journal_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'submitted').executeTakeFirstOrThrow()).n;

    // Warm every path once (org charts, prepared statements), as a running server would be.
    for (const b of bosses) await b.get(FIRST_PAGE);
    const loadBefore = loadAverage();

    // 1. One first page at a time: CPU and database CPU per page.
    const ROUNDS = 3;
    const seq: number[] = [];
    let bytes = 0;
    const dbBefore = await dbCpu?.snapshot();
    let c0 = process.cpuUsage();
    for (let r = 0; r < ROUNDS; r++) {
      for (const b of bosses) {
        const s = performance.now();
        const res = await b.get(FIRST_PAGE);
        seq.push(performance.now() - s);
        if (res.statusCode !== 200) throw new Error(`inbox ${res.statusCode}: ${res.body.slice(0, 300)}`);
        bytes += res.rawPayload.length;
      }
    }
    const pageCpu = cpuMs(process.cpuUsage(c0)) / seq.length;
    const pageDb = dbBefore ? (await dbCpu!.since(dbBefore)) / seq.length : undefined;

    // 2. BENCH_CONCURRENCY at once, 150 pages (the province bench's count), the teams in turn.
    const conc: number[] = [];
    const n = 150;
    c0 = process.cpuUsage();
    const w0 = performance.now();
    await pool(
      Array.from({ length: n }, (_, i) => async () => {
        const s = performance.now();
        const res = await bosses[i % bosses.length]!.get(FIRST_PAGE);
        conc.push(performance.now() - s);
        if (res.statusCode !== 200) throw new Error(`inbox ${res.statusCode}`);
      }),
      CONCURRENCY,
    );
    const concWall = (performance.now() - w0) / 1000;
    const concCpu = cpuMs(process.cpuUsage(c0)) / n;

    // 3. One team of BENCH_APPROVE_ENTRIES pending entries approves all, alone.
    const thousand = await teamOfThousand(app, ctx);
    let big1000: { ms: number; cpu: number; db: number | undefined; decided: number; flagged: number; members: number; pending: number } | undefined;
    if (thousand) {
      const boss = await signIn(app, thousand.nip, DEMO_PASSWORD);
      const asOf = ((await boss.get(FIRST_PAGE)).json() as { asOf: string }).asOf;
      const before = await dbCpu?.snapshot();
      const cpu = process.cpuUsage();
      const s = performance.now();
      const res = await boss.send('POST', '/api/v1/validation/approve-all', { asOf });
      const ms = performance.now() - s;
      if (res.statusCode !== 200) throw new Error(`approve-all ${res.statusCode}: ${res.body.slice(0, 300)}`);
      const r = res.json() as { decided: number; flagged: number };
      big1000 = { ms, cpu: cpuMs(process.cpuUsage(cpu)), db: before ? await dbCpu!.since(before) : undefined, decided: r.decided, flagged: r.flagged, members: thousand.members, pending: thousand.pending };
      console.error(`${kind}: approve-all of one team (${thousand.members} people, ${thousand.pending} pending): ${r.decided} decided, ${r.flagged} left flagged, ${ms.toFixed(0)} ms wall, ${big1000.cpu.toFixed(0)} ms CPU${big1000.db === undefined ? '' : ` + ${big1000.db.toFixed(0)} ms PostgreSQL`}`);
    } else console.error(`${kind}: no team could hold ${APPROVE_ENTRIES} pending entries`);

    // 4. Each of the largest teams approves all, one at a time (but the team just timed).
    const approve: { ms: number; cpu: number; db: number | undefined; decided: number }[] = [];
    for (const [i, b] of bosses.entries()) {
      if (teams[i]!.nip === thousand?.nip) continue;
      const asOf = ((await b.get(FIRST_PAGE)).json() as { asOf: string }).asOf;
      const before = await dbCpu?.snapshot();
      const cpu = process.cpuUsage();
      const s = performance.now();
      const res = await b.send('POST', '/api/v1/validation/approve-all', { asOf });
      const ms = performance.now() - s;
      if (res.statusCode !== 200) throw new Error(`approve-all ${res.statusCode}: ${res.body.slice(0, 300)}`);
      approve.push({ ms, cpu: cpuMs(process.cpuUsage(cpu)), db: before ? await dbCpu!.since(before) : undefined, decided: (res.json() as { decided: number }).decided });
    }
    const loadAfter = loadAverage();
    await app.close();

    const label = kind === 'pglite' && !STATISTICS ? 'pglite, no ANALYZE' : kind;
    const s1 = summarise(seq);
    const s2 = summarise(conc);
    const big = approve.filter((a) => a.decided >= 1000);
    const sa = summarise(approve.map((a) => a.ms));
    const sb = summarise(big.map((a) => a.ms));
    const perThousand = (xs: typeof approve, f: (a: (typeof approve)[number]) => number) => (1000 * xs.reduce((s, a) => s + f(a), 0)) / Math.max(1, xs.reduce((s, a) => s + a.decided, 0));
    const fmt = (x: number | undefined) => (x === undefined ? '' : x.toFixed(1));
    const decided = summarise(approve.map((a) => a.decided));
    console.error(`${kind}: ${pending} pending; teams ${teams[0]!.size}…${teams[teams.length - 1]!.size}; load ${loadBefore} → ${loadAfter}`);
    // The issue's targets (14 item 16), as this run saw them: CPU is the figure a busy machine disturbs least.
    console.error(
      `${kind}: first page ${(pageCpu + (pageDb ?? 0)).toFixed(1)} ms CPU in all (app ${pageCpu.toFixed(1)} + PostgreSQL ${fmt(pageDb) || '—'}; target ≤ 10), ` +
        `p99 ${s1.p99.toFixed(0)} ms one at a time and ${s2.p99.toFixed(0)} ms ${CONCURRENCY} at once (target < 300); ` +
        `approve-all ${big.length ? `of ≥ 1,000 entries max ${sb.max.toFixed(0)} ms` : `largest ${decided.max} entries (none reached 1,000) max ${sa.max.toFixed(0)} ms`}, ` +
        `CPU ${fmt(perThousand(approve, (a) => a.cpu + (a.db ?? 0)))} ms per 1,000 entries in all (target < 1 s for 1,000)`,
    );
    return [
      `| ${label} | first page${PAGE_LABEL}, one at a time | ${seq.length} | ${s1.p50.toFixed(1)} | ${s1.p99.toFixed(1)} | ${pageCpu.toFixed(1)} | ${fmt(pageDb)} | ${(pageCpu + (pageDb ?? 0)).toFixed(1)} ms of CPU in all (target ≤ 10); ${Math.round(bytes / seq.length / 1024)} KB a page |`,
      `| ${label} | first page${PAGE_LABEL}, ${CONCURRENCY} at once | ${n} | ${s2.p50.toFixed(0)} | ${s2.p99.toFixed(0)} | ${concCpu.toFixed(1)} | | ${(n / concWall).toFixed(0)} pages/s |`,
      `| ${label} | approve-all, every team (p50 ${decided.p50}, max ${decided.max} entries) | ${approve.length} | ${sa.p50.toFixed(0)} | ${sa.p99.toFixed(0)} | ${fmt(perThousand(approve, (a) => a.cpu))} per 1,000 | ${fmt(url ? perThousand(approve, (a) => a.db ?? 0) : undefined)} per 1,000 | |`,
      ...(big1000
        ? [`| ${label} | approve-all of one team's ${big1000.pending} pending entries (${big1000.members} people; ${big1000.decided} decided, ${big1000.flagged} left flagged) | 1 | ${big1000.ms.toFixed(0)} | | ${big1000.cpu.toFixed(0)} | ${fmt(big1000.db)} | target < 1 s for 1,000 |`]
        : []),
      ...(big.length ? [`| ${label} | approve-all of ≥ 1,000 entries | ${big.length} | ${sb.p50.toFixed(0)} | ${sb.max.toFixed(0)} (max) | ${fmt(perThousand(big, (a) => a.cpu))} per 1,000 | ${fmt(url ? perThousand(big, (a) => a.db ?? 0) : undefined)} per 1,000 | |`] : []),
      `<!-- ${kind}: ${people.length} employees, ${pending} pending; ${teams.length} largest teams of ${teams[teams.length - 1]!.size}–${teams[0]!.size} people; load average ${loadBefore} → ${loadAfter} -->`,
    ];
  } finally {
    await dbCpu?.close();
    await handle.close();
    if (drop) await dropDatabase(drop);
    rmSync(folder, { recursive: true, force: true });
  }
}

const header = [
  `${machineLine()}. In process (Fastify inject); demo province, ${EMPLOYEES} employees each pushing ${DAYS_EACH} open days of 8 entries + Kirim; the ${SUPERVISORS} largest teams. CPU ms per request: this process (app, and PGlite's engine) and the PostgreSQL backends of the bench database.`,
  '',
  '| engine | request | n | p50 ms | p99 ms | CPU ms (process) | PostgreSQL CPU ms | |',
  '|---|---|---|---|---|---|---|---|',
];
const rows: string[] = [];
for (const kind of KINDS) {
  const out = await run(kind);
  for (const l of out) console.log(l);
  rows.push(...out);
}
// BENCH_WRITE=0: print only (runs side by side must not both rewrite bench/README.md).
if (process.env.BENCH_WRITE !== '0') writeSection(process.env.BENCH_SECTION ?? 'inbox', [...header, ...rows].join('\n'));
