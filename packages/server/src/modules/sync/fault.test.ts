/**
 * Fault test of offline sync (issue 5): several phones push a week's backlog to a real server
 * process while that process is killed with SIGKILL and restarted, again and again. Clients retry
 * until every item is acknowledged. Afterwards no acknowledged item may be missing and nothing may
 * be stored twice. Runs on PGlite (a data folder of its own) and, with TEST_DATABASE_URL, on a
 * PostgreSQL database of its own.
 *
 * FAULT_RESTARTS (default 50) sets how many times the server is killed. CI runs the file on both
 * engines, so a run kills the server 100 times in all; each restart costs about 4 s of CPU (PGlite
 * opening its data folder after the kill is most of it), which on CI's two shared cores set the
 * length of the whole PGlite phase when one engine took all 100.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { ensureReferenceData } from '../../db/reference-data.js';
import { FIXTURE_PASSWORD, seedFixture, type Fixture } from '../../testing/fixtures.js';

const RESTARTS = Number(process.env.FAULT_RESTARTS ?? 50);
const CLIENTS = ['staff1', 'staff2', 'staff3', 'teacherB'];
const DAYS = 5;
const ENTRIES_PER_DAY = 8;
const BATCH = 10;

const require = createRequire(import.meta.url);
const serverRoot = new URL('../../../', import.meta.url).pathname;
const mainTs = join(serverRoot, 'src/main.ts');
const pgBase = process.env.TEST_DATABASE_URL;

let dataDir: string;
let databaseUrl: string | undefined;
let dbName: string | undefined;
/** On a Citus cluster: the schema of the cluster's database the test uses instead of a database of its own. */
let citusSchema: string | undefined;
let fixture: Fixture;
let port: number;
/** How the server is started: main.ts bundled once (a restart then skips compiling TypeScript), or through tsx. */
let command: string[];

/**
 * Bundles main.ts with esbuild (which tsx brings) into node_modules/.cache, beside the server's own
 * dependencies, which stay external. Starting from the bundle takes about a second less than tsx,
 * which over a hundred restarts is minutes. Falls back to tsx when esbuild is not at hand.
 */
async function serverCommand(): Promise<string[]> {
  try {
    const esbuild = createRequire(require.resolve('tsx/cli'))('esbuild') as typeof import('esbuild');
    const deps = Object.keys((require(join(serverRoot, 'package.json')) as { dependencies: Record<string, string> }).dependencies).filter((d) => !d.startsWith('@kinerja/'));
    const folder = join(serverRoot, 'node_modules/.cache', `kinerja-fault-${process.pid}`);
    await mkdir(folder, { recursive: true });
    const outfile = join(folder, 'main.mjs');
    await esbuild.build({
      entryPoints: [mainTs],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: [...deps, ...deps.map((d) => `${d}/*`)],
      outfile,
      logLevel: 'error',
      banner: { js: "import { createRequire as __kinerjaRequire } from 'node:module'; const require = __kinerjaRequire(import.meta.url);" },
    });
    bundleFolder = folder;
    return [outfile];
  } catch {
    return ['--import', require.resolve('tsx/esm'), mainTs];
  }
}
let bundleFolder: string | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function openStore(): Promise<DatabaseHandle> {
  return connectDatabase(databaseUrl ? { url: databaseUrl } : { dataDir });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-fault-'));
  if (pgBase) {
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    const u = new URL(pgBase);
    if ((await admin.query(`select 1 from pg_extension where extname = 'citus'`)).rowCount) {
      // Citus does not propagate CREATE DATABASE: a new database would have neither the extension nor the
      // workers, and the test would run on the coordinator alone. A schema of the cluster's database
      // instead (as the other database tests use), named to the server by the URL's search_path.
      citusSchema = `fault_${process.pid}`;
      await admin.query(`drop schema if exists ${citusSchema} cascade`);
      await admin.query(`create schema ${citusSchema}`);
      u.searchParams.set('options', `-c search_path=${citusSchema}`);
    } else {
      dbName = `kinerja_fault_${process.pid}`;
      await admin.query(`drop database if exists ${dbName}`);
      await admin.query(`create database ${dbName}`);
      u.pathname = `/${dbName}`;
    }
    await admin.end();
    databaseUrl = u.toString();
  }
  const handle = await openStore();
  await migrateToLatest(handle.db, citusSchema);
  await ensureReferenceData(handle.db);
  fixture = await seedFixture(handle.db);
  await handle.close();
  port = await freePort();
  command = await serverCommand();
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  if (bundleFolder) await rm(bundleFolder, { recursive: true, force: true });
  if ((dbName || citusSchema) && pgBase) {
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(dbName ? `drop database if exists ${dbName}` : `drop schema if exists ${citusSchema} cascade`);
    await admin.end();
  }
});

/** Starts the real server (as `npm start` does) and resolves when it listens. */
function startServer(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'fatal',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
    KINERJA_WEB_DIST: '/nonexistent',
    KINERJA_DATA_DIR: dataDir,
    INIT_CWD: dataDir,
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, command, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (/Kinerja berjalan di /.test(out)) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code, signal) => reject(new Error(`server exited while starting (${code ?? signal}): ${out.slice(-2000)}`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

interface Item {
  itemId: string;
  kind: string;
  entryId?: string;
  [k: string]: unknown;
}

/** The working days' backlog of one phone: eight entries a day, then the day is sent. */
function backlog(): { items: Item[]; dates: string[] } {
  const today = new Date();
  const dates: string[] = [];
  for (let d = DAYS; d >= 1; d--) dates.push(new Date(today.getTime() - d * 86_400_000).toISOString().slice(0, 10));
  const items: Item[] = [];
  for (const date of dates) {
    for (let k = 0; k < ENTRIES_PER_DAY; k++) {
      const start = 7 * 60 + 30 + k * 55;
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      items.push({
        itemId: v7(),
        kind: 'entry.put',
        entryId: v7(),
        baseVersion: null,
        // Made offline on the day itself (15:00 WIB), so the device-time policy keeps the day open.
        deviceTime: `${date}T08:00:00.000Z`,
        entry: { workDate: date, startTime: hhmm(start), endTime: hhmm(start + 50), activityCode: 'ADM-001', volume: 1, description: `Kegiatan ${k + 1}` },
      });
    }
    items.push({ itemId: v7(), kind: 'day.submit', date, deviceTime: `${date}T09:00:00.000Z` });
  }
  return { items, dates };
}

interface ClientState {
  name: string;
  employeeId: string;
  items: Item[];
  acked: Map<string, string>;
  requests: number;
  failures: number;
  replays: number;
  /** Items applied by a request whose answer was lost (the server died), acknowledged on a retry. */
  ackedOnRetry: number;
  problems: string[];
}

const base = () => `http://127.0.0.1:${port}/api/v1`;

/** When the clients last sent a push: the killer aims at requests in flight. */
let lastPushSent = 0;

async function login(nip: string): Promise<{ cookie: string; csrf: string }> {
  for (;;) {
    try {
      const res = await fetch(`${base()}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip, password: FIXTURE_PASSWORD }), signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) {
        const cookie = /kinerja_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
        return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
      }
      await res.body?.cancel();
    } catch {
      // The server is down: try again.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function runClient(state: ClientState, session: { cookie: string; csrf: string }, stop: () => boolean): Promise<void> {
  const deviceId = v7();
  const pushOnce = async (batch: Item[]): Promise<{ itemId: string; status: string; code?: string; message?: string }[] | undefined> => {
    state.requests++;
    lastPushSent = Date.now();
    try {
      const res = await fetch(`${base()}/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: JSON.stringify({ deviceId, deviceNow: new Date().toISOString(), items: batch }),
        signal: AbortSignal.timeout(15_000),
      });
      if (res.status !== 200) {
        const text = await res.text();
        if (res.status < 500) state.problems.push(`push ${res.status}: ${text.slice(0, 200)}`);
        state.failures++;
        return undefined;
      }
      return ((await res.json()) as { results: { itemId: string; status: string; code?: string; message?: string }[] }).results;
    } catch {
      state.failures++;
      return undefined;
    }
  };
  // The outbox: batches of at most BATCH unacknowledged items, in order, until everything is acknowledged.
  for (;;) {
    const waiting = state.items.filter((i) => !state.acked.has(i.itemId));
    if (waiting.length === 0) break;
    const results = await pushOnce(waiting.slice(0, BATCH));
    if (!results) {
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 100));
      continue;
    }
    for (const r of results) {
      if (r.status === 'already_applied' && !state.acked.has(r.itemId)) state.ackedOnRetry++;
      if (r.status === 'applied' || r.status === 'already_applied') state.acked.set(r.itemId, r.status);
      else state.problems.push(`${r.itemId}: ${r.status} ${r.code ?? ''} ${r.message ?? ''}`);
    }
    if (state.problems.length) return;
  }
  // Everything acknowledged: keep replaying acknowledged batches while the server is still being killed.
  // Each must be answered already_applied (a second 'applied' would be a duplicate).
  while (!stop()) {
    const from = Math.floor(Math.random() * (state.items.length - BATCH));
    const batch = state.items.slice(from, from + BATCH);
    const results = await pushOnce(batch);
    if (!results) {
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 100));
      continue;
    }
    state.replays++;
    for (const r of results) if (r.status !== 'already_applied') state.problems.push(`replay ${r.itemId}: ${r.status} ${r.code ?? ''}`);
    if (state.problems.length) return;
  }
}

it(
  `loses and duplicates nothing while the server is killed ${RESTARTS} times (${pgBase ? 'PostgreSQL' : 'PGlite'})`,
  async () => {
    const started = Date.now();
    let killing = true;
    const states: ClientState[] = CLIENTS.map((name) => ({
      name,
      employeeId: fixture.people[name]!.id,
      items: backlog().items,
      acked: new Map(),
      requests: 0,
      failures: 0,
      replays: 0,
      ackedOnRetry: 0,
      problems: [],
    }));
    let server = await startServer();
    // Signing in (a slow password hash) happens once, before the killing starts; sessions are in the database.
    const sessions = await Promise.all(states.map((s) => login(fixture.people[s.name]!.nip)));
    const clients = states.map((s, i) => runClient(s, sessions[i]!, () => !killing));

    const startTimes: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      // Wait for a push to reach the new server, then kill it a random moment later: mostly in the
      // middle of a batch, sometimes between two.
      const up = Date.now();
      while (lastPushSent < up && Date.now() - up < 3000) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, Math.random() * 800));
      await killHard(server);
      const t0 = Date.now();
      server = await startServer();
      startTimes.push(Date.now() - t0);
    }
    killing = false;
    await Promise.all(clients);
    // A last, orderly stop: the counts are read from the database itself.
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });

    const problems = states.flatMap((s) => s.problems.map((p) => `${s.name}: ${p}`));
    expect(problems).toEqual([]);

    const handle = await openStore();
    try {
      const people = states.map((s) => s.employeeId);
      const entryIds = states.flatMap((s) => s.items.filter((i) => i.kind === 'entry.put').map((i) => i.entryId!));
      const itemIds = states.flatMap((s) => s.items.map((i) => i.itemId));
      const acked = states.flatMap((s) => [...s.acked.keys()]);
      expect(new Set(acked)).toEqual(new Set(itemIds));

      const rows = await handle.db.selectFrom('journal_entries').select(['id', 'status', 'employee_id']).where('employee_id', 'in', people).execute();
      const stored = new Set(rows.map((r) => r.id));
      const lost = entryIds.filter((id) => !stored.has(id));
      const extra = rows.filter((r) => !entryIds.includes(r.id));
      expect({ lost: lost.length, extra: extra.length, rows: rows.length }).toEqual({ lost: 0, extra: 0, rows: entryIds.length });
      // Every entry was sent to the supervisor (an acknowledged day.submit).
      expect(rows.filter((r) => r.status !== 'submitted' && r.status !== 'approved')).toEqual([]);

      // Applied once: one 'created' and one submission per entry, one remembered item per item id. The
      // backlog's oldest days may close while the phone still retries; the server's job then sends
      // them itself ('auto_submitted', at a restart), and the phone's late day.submit changes nothing.
      const events = await handle.db
        .selectFrom('journal_entry_events')
        .select(['entry_id', 'action'])
        .where('entry_id', 'in', entryIds)
        .where('action', 'in', ['created', 'submitted', 'auto_submitted'])
        .execute();
      const perEntry = new Map<string, string[]>();
      for (const e of events) perEntry.set(e.entry_id, [...(perEntry.get(e.entry_id) ?? []), e.action.replace('auto_', '')]);
      const odd = entryIds.filter((id) => (perEntry.get(id) ?? []).sort().join(',') !== 'created,submitted');
      expect(odd).toEqual([]);
      const remembered = await handle.db.selectFrom('sync_applied_items').select('item_id').where('employee_id', 'in', people).execute();
      expect(remembered.length).toBe(itemIds.length);
      expect(new Set(remembered.map((r) => r.item_id))).toEqual(new Set(itemIds));
    } finally {
      await handle.close();
    }

    const figures = {
      database: pgBase ? 'postgres' : 'pglite',
      restarts: RESTARTS,
      clients: states.length,
      items: itemIds(states),
      requests: states.reduce((s, c) => s + c.requests, 0),
      failedRequests: states.reduce((s, c) => s + c.failures, 0),
      replayedBatches: states.reduce((s, c) => s + c.replays, 0),
      ackedOnRetry: states.reduce((s, c) => s + c.ackedOnRetry, 0),
      medianRestartMs: startTimes.sort((a, b) => a - b)[Math.floor(startTimes.length / 2)],
      seconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(`sync fault test: ${JSON.stringify(figures)}`);
  },
  // About 1.5–3 s per restart on a quiet two-core machine; far more when it is shared.
  30 * 60_000,
);

function itemIds(states: ClientState[]): number {
  return states.reduce((s, c) => s + c.items.length, 0);
}
